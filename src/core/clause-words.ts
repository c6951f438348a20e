import { CALENDAR, contentKeys, isStopword } from './words.ts';

// What a figure's clause says around it when no noun follows the figure: the noun an amount is
// "of", the subject of the clause, whether a share went up or down.

/**
 * Whether a figure is a level before a change, said after "from" or "compared with": "dropped from
 * 355 to 310", "310, down from 355", "compared with 2,310". ("14,500 votes against 11,200" compares
 * two candidates, not two levels.)
 */
export function isLevelBeforeAt(sentence: string, start: number): boolean {
  return LEVEL_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
}
const LEVEL_BEFORE = /\b(?:from|compared\s+(?:with|to))\s+(?:the\s+|its\s+|their\s+)?(?:about\s+|some\s+|nearly\s+)?$/i;

export const WENT_DOWN = /\b(?:fell|fall(?:s|en|ing)?|drop(?:s|ped)?|plung(?:e|es|ed)|plummet(?:s|ed)?|slump(?:s|ed)?|tumbl(?:e|es|ed)|declin(?:e|es|ed)|dip(?:s|ped)?|slid|slip(?:s|ped)?|eas(?:e|es|ed)|weaken(?:s|ed)?|sank|down|lower|shed|lost|cut)\b/i;
export const WENT_UP = /\b(?:rose|rise[sn]?|rising|jump(?:s|ed)?|climb(?:s|ed)?|soar(?:s|ed)?|surg(?:e|es|ed)|increas(?:e|es|ed)|grew|gain(?:s|ed)?|strengthen(?:s|ed)?|firm(?:s|ed)|up|higher)\b/i;

/** Whether a share went up or down: "fell 6.5%", "are down 8.5%", "plunged below 15%". */
export function directionOf(about: string, before: string): string | null {
  // The verb right before the figure ("courses fell 12%", "are down by 8.5%"), else the clause's act.
  // ("makes up close to 40 per cent of sales": to make up is to be a part of, not to rise.)
  const verb = /(\S+)\s+(?:by\s+|some\s+|about\s+|nearly\s+|almost\s+)?$/i.exec(before.replace(MADE_UP, ''))?.[1] ?? '';
  const said = WENT_DOWN.test(verb) || WENT_UP.test(verb) ? verb : about.replace(MADE_UP, '');
  if (WENT_DOWN.test(said)) return 'went down';
  return WENT_UP.test(said) ? 'went up' : null;
}

const MADE_UP = /\b(?:make|makes|made|making)\s+up\b/gi;

/** Nouns that name an act ("the evacuation of", "the deployment of", "the arrest of"), not a store ("an arsenal of"). */
const ACT_NOUN = /(?:tion|sion|ment|ure)s?$|^(?:deaths?|arrests?|rescues?|releases?|losses|loss|killings?)$/i;

/** Nouns that say only that an amount is one: "a total of", "the sum of". */
const EMPTY_HEADS = /^(?:total|sum|amount|figure|tune|excess|upwards|average|maximum|minimum|estimate|level|value|rate|increase|rise|fall|drop|record|high|low|peak)$/i;

/** "an emergency fund of €4.5m", "an initial payment of €6,000": the noun an amount is "of". */
export function headOfBefore(sentence: string, at: number): string | null {
  const m = /\b([a-z]{3,})\s+of\s+$/i.exec(sentence.slice(Math.max(0, at - 40), at));
  return m && !isStopword(m[1]) && !EMPTY_HEADS.test(m[1]) && !/(?:ed|ing)$/.test(m[1]) ? m[1] : null;
}

/** Hedges that open a clause before its noun: "Nearly a third of the patients…". */
const HEDGES = /^(?:nearly|almost|about|around|roughly|some|just|only|over|under|fully|barely)$/i;
const CLAUSE_START = /,(?!\d{3}\b)|[;:()]|\s(?:and|but|as|while|after|when|whereas|with|since)\s/;
const VERBISH = /^(?:again|last|once|came|topped|finished|ranked|is|are|was|were|be|been|went|gone|goes|lost|gained|added|shed|closed?|closes|ended|ends|finished|opened|opens|slipped|eased|rallied|wants?|demands?|seeks?|has|have|had|rose|fell|grew|sank|slid|hit|reached|stood|stands|remains?|remained|dropped|jumped|climbed|plunged|plummeted|soared|surged|slumped|tumbled|dipped|rises|falls|grows|climbs|drops|jumps|sinks|slides|dips|edges|reaches|hits|down|up|by|to|at|a|an|the|its|their)$/i;

/** The head of the first noun phrase of a figure's clause: "Shares in Talvex fell 6.5%" → shares. */
export function subjectOf(sentence: string, at: number): string | null {
  return subjectPhrase(sentence, at)?.pop() ?? null;
}

/** The words of the first noun phrase of a figure's clause: "Food prices are 14.3% higher" → food, prices. */
export function subjectPhrase(sentence: string, at: number): string[] | null {
  const own = headedPhrase(clauseBefore(sentence, at));
  if (own) return own;
  // "Wages, up 4.1% on a year earlier, are…": a short phrase set off by a comma before the figure's clause.
  // (Not the deal in "The deal, approved on 15 October by 78%": a passive's "by" names who, not what.)
  if (PASSIVE_AGENT.test(clauseBefore(sentence, at))) return null;
  const pieces = sentence.slice(Math.max(0, at - 120), at).split(/,\s*/);
  // (Past a short aside that leaves something out or in, or says when: "Sales, excluding fuel,
  // increased 4.3 percent" are sales.)
  const aside = pieces.length > 2 && /^(?:excluding|including|except|not including|before|after)\s+\S+(?:\s+\S+)?$/i.test(pieces[pieces.length - 2].trim()) ? 1 : 0;
  const set = pieces.length > 1 + aside ? pieces[pieces.length - 2 - aside].split(CLAUSE_START).pop()!.trim() : '';
  // (Not a time or place set off before it: "By 24 October, 85% of them…".)
  return set && set.split(/\s+/).length <= 3 && !/^(?:by|on|in|at|since|after|before|until|from|for|during|under|with|without|despite|according)\b|\d/i.test(set) ? headedPhrase(set) : null;
}

const PASSIVE_AGENT = /\b[a-z]{3,}ed\s+(?:[^,;]*\s)?by\s+(?:about\s+|nearly\s+|almost\s+|some\s+)?$/i;

/** The words of a phrase up to its head noun, or null when it has none. */
function headedPhrase(text: string): string[] | null {
  const words: string[] = [];
  let head: string | null = null;
  for (const word of text.trim().split(/\s+/)) {
    const w = word.replace(/[^\p{L}-]+/gu, '');
    // ("approved on 15 October by 78%": a month is when, never what.)
    // ("increased 4.3 percent to": the unit of a change is no head.)
    // ("car exports alone were down 12%": a word that only stresses the head is none, and ends the phrase after it.)
    if (!w || VERBISH.test(w) || /^(?:alone|themselves|itself)$/i.test(w) || (head === null && /^(?:percent|cent|points?)$/i.test(w)) || CALENDAR.test(w) || /(?:ed|ing)$/i.test(w) || ((isStopword(w) || HEDGES.test(w)) && head === null)) {
      if (head !== null) break;
      continue;
    }
    if (isStopword(w)) break;
    // "North American sales": names before a noun qualify it; a name after one ("sales Talvex") ends it.
    if (/^\p{Lu}/u.test(w) && head !== null && !/^\p{Lu}/u.test(head)) break;
    head = w;
    words.push(w);
  }
  return head === null ? null : words;
}

/** The clause a figure stands in, up to the figure. */
export function clauseBefore(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - 120), at).split(CLAUSE_START).pop() ?? '';
}

/** The rest of a figure's clause after it, within `reach` characters: "… of tram services" in "85% of tram services, and 60%…". */
export function clauseAfter(sentence: string, end: number, reach = 120): string {
  const after = sentence.slice(end, end + reach);
  const cut = after.search(CLAUSE_END);
  return cut < 0 ? after : after.slice(0, cut);
}
const CLAUSE_END = /,(?!\d{3}\b)|[;:()]|\s(?:and|but|while|whereas|against)\s/;

export const isActNoun = (word: string) => ACT_NOUN.test(word);

/**
 * Where what a count counts was taken: "35 were moved to the hospital's main building" → main,
 * build (a possessive only says whose). Null when the figure's clause names no destination.
 */
export function destinationOf(sentence: string, end: number): string[] | null {
  const m = DESTINATION.exec(sentence.slice(end, end + 100));
  if (!m) return null;
  const keys = contentKeys(m[1].split(/\s+/).filter((w) => !/['’]s$/.test(w)).join(' '));
  return keys.length ? keys : null;
}
// ("31 to St Brannoc General Hospital, 20 to …": in a list, the verb left out.)
const DESTINATION = /^\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:were|was|had been|have been|are|is|being)\s+(?:[a-z]+\s+)?(?:[a-z]+ed|sent|taken|flown|brought|driven)\s+)?to\s+((?:(?:the|a|an|its|their)\s|\p{Lu})[^,.;:]*?)(?=\s+(?:and|but|while|on|at|by|for|after|before|with)\b|[,.;:]|$)/u;

/** Two destinations are one when the head of either is named in the other ("Kirrowfield" and "Kirrowfield Hospital"). */
export function sameDestination(a: string[] | null, b: string[] | null): boolean {
  return a === null || b === null || b.includes(a[a.length - 1]) || a.includes(b[b.length - 1]);
}
