import type { Quantity } from './types.ts';
import type { Thing } from './thing.ts';
import { isStopword, wordKey } from './words.ts';
import { canonical } from './news-words.ts';
import { clauseBefore, directionOf, headOfBefore, subjectPhrase } from './clause-words.ts';
import { placeKeys } from './places.ts';

// What a share is of ("Food prices are 14.3% higher", "82.0% in history", "the family keeps 13 per
// cent"): its subject, field, owner or group, and which way it went.

/** What a share is of, which way it went, and whose it is: "Food prices are 14.3% higher". */
export function shareThing(q: Quantity, sentence?: string): Omit<Thing, 'acts'> {
  // "58% of the vote in Northgate and Hillcrest 44%": a share after a name, its noun left out, is
  // of what the share before it is of, in its own place.
  const before = sentence !== undefined && !q.nounKey ? SHARE_THEN_NAME.exec(sentence.slice(Math.max(0, q.start - 120), q.start)) : null;
  if (before && sentence !== undefined) {
    const start = Math.max(0, q.start - 120) + before.index;
    const end = start + before[1].length;
    const of = /^\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z]+)/.exec(sentence.slice(end, end + 30))?.[1];
    const listed = shareThing({ ...q, start, end, nounKey: of ? wordKey(of) : '', noun: of ?? '' }, sentence);
    return { ...listed, places: placeKeys(q.place) };
  }
  // "shares fell 6.5%", "humidity plunged below 15%": a share is of the subject of its clause,
  // and whether it rose or fell is part of what it says.
  // "14.3% higher": a direction after the share, not what it is of.
  const after = q.nounKey && !DIRECTION_WORDS.test(q.nounKey) ? q.nounKey : '';
  // "agreed to sell 82 per cent of it", "the family keeps 13 per cent": a share owned is a stake.
  if (!after && sentence !== undefined && STAKE_VERB.test(sentence.slice(Math.max(0, q.start - 40), q.start))) {
    return { noun: 'stake', event: null, places: placeKeys(q.place) };
  }
  const of = sentence !== undefined && !after ? headOfBefore(sentence, q.start) : null;
  // ("1.41 million pigs, a fall of 14%": the change is of the count it stands beside.)
  // (Not where the share says what it is of: "…, a fall of 14% in the value of pork exports".)
  const beside = !after && sentence !== undefined && !/^\s+(?:in|of|on)\b/i.test(sentence.slice(q.end, q.end + 5)) ? CHANGE_BESIDE_A_COUNT.exec(sentence.slice(Math.max(0, q.start - 80), q.start)) : null;
  if (beside) return { noun: canonical(wordKey(beside[1])), event: /^(?:rise|increase|jump|growth)$/i.test(beside[2]) ? 'went up' : 'went down', places: placeKeys(q.place) };
  // "Economists expected the rate to fall to 7.0%", "They show the unemployment rate falling to
  // 6.8%": the share is of what was expected or shown, not of who expected it.
  // "The ban cut consumption by 18%": the share is of what was cut, and went the way of the verb.
  const changed = sentence !== undefined && !after && !of ? CHANGED_OBJECT.exec(clauseBefore(sentence, q.start)) : null;
  const object = sentence !== undefined && !after && !of ? EXPECTED_OBJECT.exec(clauseBefore(sentence, q.start)) ?? changed : null;
  // "The pass rate was 86.3% in literature, 71.5% in physics and 82.0% in history": a share listed
  // after another is of the same subject.
  const subject = object ? [object[1], object[2]].filter(Boolean).map((w) => w.trim()) : sentence !== undefined && !after && !of ? subjectPhrase(sentence, q.start) ?? subjectPhrase(sentence, listedAfter(sentence, q.start)) : null;
  // "Food prices are 14.3% higher", "household energy prices 9.1% higher": the word before the
  // subject's head says whose prices. (A capital that only opens the sentence is no name.)
  // ("a 6% pay rise": the word before the noun after it, as "a council-tax rise of 4.99%" has it before.)
  const modifier = subject && sentence !== undefined ? modifierOf(subject, sentence) : after && sentence !== undefined ? modifierAfter(q, sentence) : undefined;
  const named = of ?? (subject ? subject[subject.length - 1] : null);
  const key = after || (named ? subjectKey(named) : null);
  const direction = changed ? (/^(?:cut|reduc|lower|slash|trim)/i.test(changed[0]) ? 'went down' : 'went up')
    : sentence !== undefined ? directionOf(q.about, sentence.slice(Math.max(0, q.start - 40), q.start)) : null;
  // "the jobless rate for men is 6.5%", "the 7.1% for women": whose share it is is part of it.
  const group = sentence !== undefined ? groupOf(sentence, q) : null;
  const noun = key ? canonical(key) : null;
  const directionAfter = !direction && q.nounKey && DIRECTION_WORDS.test(q.nounKey) ? directionOf(q.nounKey, '') : null;
  return { noun: noun && group ? `${noun} for ${group}` : noun, event: direction ?? directionAfter, places: placeKeys(q.place), modifier };
}

/** The word before a subject's head that says whose it is: "Food prices", "Italian growth" (a capital that only opens the sentence is no name). */
function modifierOf(subject: string[], sentence: string): string | undefined {
  const qualifier = subject.length > 1 ? subject[subject.length - 2] : null;
  const plain = qualifier !== null && (/^[a-z]/.test(qualifier) || sentence.trimStart().startsWith(qualifier)) && !PLAIN_MODIFIERS.test(qualifier);
  return plain ? canonical(wordKey(qualifier!)) : undefined;
}

/** The word between a share and the noun after it that says whose it is: "a 6% pay rise". */
function modifierAfter(q: Quantity, sentence: string): string | undefined {
  const words = /^\s+([a-z][a-z-]*)\s+([a-z]+)\b/.exec(sentence.slice(q.end, q.end + 40));
  return words && wordKey(words[2]) === q.nounKey && !PLAIN_MODIFIERS.test(words[1]) && !isStopword(words[1]) ? canonical(wordKey(words[1])) : undefined;
}

/** Whose rate a change in points is of, by the subject of its clause: "Italian growth was revised up by 0.2 percentage points". */
export function subjectModifier(q: Quantity, sentence: string): string | undefined {
  const subject = subjectPhrase(sentence, q.start);
  return subject ? modifierOf(subject.map((w) => w.trim()), sentence) : undefined;
}

/** A share, what it is of, then "and" and a name right before this share: "58% of the vote in Northgate and Hillcrest ". */
const SHARE_THEN_NAME = /(\d[\d.,]*\s?(?:%|per\s?cent))[^%\d.;]*?(?:,\s*|\s)(?:and|while|but)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;
const DIRECTION_WORDS = /^(?:higher|lower|up|down|more|less)$/;
const CHANGE_BESIDE_A_COUNT = /\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+([a-z]{3,}s),\s+an?\s+(?:[a-z]+\s+)?(fall|rise|drop|increase|decrease|decline|jump|growth)\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|around\s+)?$/;
/** Words before a share's subject that say nothing of whose it is. */
const PLAIN_MODIFIERS = /^(?:new|annual|overall|total|average|monthly|quarterly|current|main|headline|latest|its|their)$/i;
const GROUPS = '(men|women|young people|youth|under-25s|children|adults|pensioners|graduates|teenagers|pupils|students)';
const GROUP_BEFORE = new RegExp(`\\b(?:for|among)\\s+(?:the\\s+)?${GROUPS}\\b[^,;.]*$`, 'i');
const GROUP_AFTER = new RegExp(`^\\s+(?:for|among)\\s+(?:the\\s+)?${GROUPS}\\b`, 'i');

/** The group a share is of: "the rate for men … 6.5%", "7.1% for women". */
function groupOf(sentence: string, q: Quantity): string | null {
  const group = GROUP_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1] ?? GROUP_BEFORE.exec(clauseBefore(sentence, q.start))?.[1];
  if (group) return group.toLowerCase();
  // "Private schools, which teach about 8% of candidates, reported a pass rate of 91.4%": whose rate.
  const owner = OWNER_BEFORE.exec(sentence.slice(Math.max(0, q.start - 120), q.start))?.[1];
  if (owner && !isStopword(owner)) return canonical(wordKey(owner));
  // "82.0% in history", "the pass rate in history was 82%", "In mathematics, the pass rate rose to
  // 64.7%": the field a share is of, named in plain words after "in".
  const field = FIELD_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1] ?? FIELD_BEFORE.exec(clauseBefore(sentence, q.start))?.[1] ??
    FIELD_FRONTED.exec(sentence)?.[1];
  return field && !NO_FIELD.test(field) ? canonical(wordKey(field)) : null;
}
// (One plain word that ends the phrase: not "in afternoon trading".)
const FIELD_AFTER = /^\s+in\s+([a-z]{4,})(?=\s*(?:[,.;)]|and\b|$))/;
const FIELD_BEFORE = /\b(?:rate|share|proportion|percentage)\s+in\s+([a-z]{4,})\s+(?:was|is|stood|rose|fell|came|reached)\b[^,;.]*$/;
const OWNER_BEFORE = /\b([a-z]{3,})(?:,[^,]{1,80},)?\s+(?:reported|recorded|posted|achieved|had|has)\s+an?\s+(?:[a-z]+\s+)?(?:rate|share)\s+of\s+$/i;
const FIELD_FRONTED = /^(?:In|Among)\s+([a-z]{4,}),/;
/** Words after "in" that say when, how or in all, not of what: "rose 4% in total", "in terms". */
const NO_FIELD = /^(?:total|terms|part|line|value|cash|real|full|response|recent|years?|months?|weeks?|days?|hours?|quarter|spring|summer|autumn|winter|addition|particular|general|fact|practice|theory|effect|turn|return|advance|order|place|time|future|past|march|august)$/;

const EXPECTED_OBJECT = /\b(?:expect|expects|expected|expecting|forecast|forecasts|predict|predicts|predicted|show|shows|showed|see|sees|saw)\s+(?:the|its|their)\s+(?:([a-z]+)\s+)?([a-z]+)\s+(?:to|falling|rising|dropping|climbing|hovering|staying|at)\b/i;
/** "cut consumption by", "raises basic pay by": the verb, then the words of what it changed. */
export const CHANGED_OBJECT = /\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers|raised?|raises|raising|increased?|increases|boosted|boosts|lifted|lifts|slashed|slashes|trimmed|trims)\s+(?:(?:the|its|their|his|her)\s+)?(?:([a-z]+)\s+)?([a-z]+)\s+by\s+(?:about\s+|nearly\s+|almost\s+|some\s+|around\s+)?$/i;
const STAKE_VERB = /\b(?:sell|sells|sold|selling|buy|buys|bought|buying|acquire|acquires|acquired|own|owns|owned|hold|holds|held|keep|keeps|kept|retain|retains|retained)(?:\s+on\s+to)?(?:\s+(?:its|their|his|her|the|a))?(?:\s+remaining)?\s+$/i;

/** Where the first share of the list a listed share (or its earlier level) belongs to begins ("…86.3% in literature, 71.5%"), or the share's own start. */
function listedAfter(sentence: string, at: number): number {
  // (So is the level before it: "Turnout was 71.3%, up from 66.9%".)
  // ("…rise by 11.5% in three phases: 5% from 1 November": a colon opens the list.)
  if (!/(?:[,:]|\band)\s+(?:(?:up|down)\s+from\s+)?$/.test(sentence.slice(Math.max(0, at - 16), at))) return at;
  // The first share of the list, within a clause's reach; a number is matched from its first digit only.
  const from = Math.max(0, at - LIST_REACH);
  const first = /(?<![\d.,])\d[\d.,]{0,20}\s?(?:%|per\s?cent\b|percent\b)/.exec(sentence.slice(from, at));
  return first ? from + first.index : at;
}
const LIST_REACH = 200;


/** The key of a subject noun: "Average monthly pay rose 4.1%" is of wages (the verb "pay", elsewhere, is no wage). */
export function subjectKey(word: string): string {
  return /^pay$/i.test(word) ? 'wage' : wordKey(word);
}
