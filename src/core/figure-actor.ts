import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { unverified, type Judgement } from './judgement.ts';
import { CALENDAR, contentKeys, isStopword } from './words.ts';
import { canonical } from './news-words.ts';
import { phraseOf, voiceOf } from './explain.ts';
import type { Span } from './figure-words.ts';

// Who gives a figure: "35,000 by the police's estimate and 60,000 according to the organisers".
// Two estimates of one thing by two actors are two claims; a page that puts one actor's figure in
// the other's mouth is not confirmed by it. Written here rather than taken from a library: no
// library reads attribution per figure, and the sentence-level speaker (speakers.ts) gives one
// voice to a sentence that may hold two.

/** Who gives a figure: the words as written, and the keys that tell this actor from another. */
export interface Actor { phrase: string; keys: Set<string> }

/** An actor's words: one to four words from a word's start, the first perhaps "the". */
const WORD = String.raw`[\p{L}'’-]{1,40}`;
const ACTOR = String.raw`(?<![\p{L}'’-])((?!(?:and|but|while|which|who|that|it|he|she|they)(?![\p{L}]))(?:the\s+)?(?:${WORD}\s+){0,3}?${WORD})`;
const SAYS = String.raw`(?:say|said|says|estimate|estimated|estimates|claim|claimed|claims|report|reported|reports|count|counted|put|puts|forecast|forecasts|expect|expects|expected)`;
/** Phrases after the figure they attribute: "according to aid groups", ", the central bank said", "by the police's count". */
const AFTER = [
  new RegExp(String.raw`\baccording\s+to\s+${ACTOR}(?=\s*(?:[,;.)]|\s(?:while|and|but|which|who)\b|$))`, 'iu'),
  new RegExp(String.raw`,\s*${ACTOR}\s+${SAYS}\b(?=\s*(?:[,;.]|\s(?:while|and|but)\b|$))`, 'iu'),
  new RegExp(String.raw`\bby\s+${ACTOR}(?:'s|’s|s'|s’)?\s+(?:estimate|count|figures?|tally|reckoning)\b`, 'iu'),
];
/** Phrases before the figure they attribute: "police put the turnout at", "organisers claimed". */
const BEFORE = new RegExp(String.raw`${ACTOR}\s+${SAYS}\s+(?:${WORD}\s+){0,8}?(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+)?$`, 'iu');
/** How far from its figure an attribution is looked for: enough for a clause, little for a hostile page. */
const REACH = 200;

/** Who gives the target figure, in its own clause, or null when the sentence does not say. */
export function actorOf(sentence: string, figures: Span[], target: Span): Actor | null {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(target);
  const from = Math.max(at > 0 ? sorted[at - 1].end : 0, target.start - REACH);
  const to = Math.min(at < sorted.length - 1 ? sorted[at + 1].start : sentence.length, target.end + REACH);
  // After the figure, up to the next figure (whose own words then begin: ", and the hospital says 16").
  const after = sentence.slice(target.end, to) + (at < sorted.length - 1 ? NEXT_FIGURE : '');
  for (const pattern of AFTER) {
    const m = pattern.exec(after);
    if (m) return actorNamed(m[1], false);
  }
  // Before it, since the figure before.
  const m = BEFORE.exec(sentence.slice(from, target.start));
  // (A sentence's first word is capitalised anyway: "Medics say" names no one.)
  return m ? actorNamed(m[1], /^\s*$/.test(sentence.slice(0, from + m.index))) : null;
}

const NEXT_FIGURE = '\u0000';

/**
 * The words that tell one actor from another: names ("Ardmoor Mountain Rescue", "the NDMO") and
 * the kinds of actor that give rival counts (police and organisers, a bank and a statistics office).
 * Who is named only as a kind of anyone ("officials", "the company", "bosses") may be anyone a
 * source names, and tells nothing.
 */
function actorNamed(phrase: string, opensSentence: boolean): Actor | null {
  const capitalised = (phrase.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]*/gu) ?? []).filter((w) => !CALENDAR.test(w) && !isStopword(w));
  // (One capitalised word opening the sentence is no name: "Medics say"; "Ilvarne City Transport says" is.)
  const names = opensSentence && capitalised.length === 1 && phrase.trimStart().startsWith(capitalised[0]) ? [] : capitalised;
  // ("Ilvarne City Transport" is "ICT".)
  const initials = names.length > 1 ? [names.map((w) => w[0]).join('').toLowerCase()] : [];
  const keys = new Set([...contentKeys(names.join(' ')), ...initials, ...kindsIn(phrase)].map(canonical));
  return keys.size > 0 ? { phrase: phrase.trim(), keys } : null;
}

/** The kinds of actor that give rival counts, as keys: "police", "organisers", "the central bank". */
const kindsIn = (text: string) => contentKeys(text).filter((k) => RIVALS.test(k));
const RIVALS = /^(?:polic|organis|union|employ|opposit|campaign|bank|statist|minist|treasur|aid|charit|engin|independ|hospit|resid|protest|govern|manag)/;
const kindsOf = (keys: Iterable<string>) => [...keys].filter((k) => RIVALS.test(k));
/** Kinds of actor whose counts of one thing are known to differ. */
const RIVAL_PAIRS: Array<[RegExp, RegExp]> = [
  [/^polic/, /^(?:organis|protest|campaign|union|resid)/],
  [/^(?:bank|statist|treasur)/, /^(?:minist|statist|bank|govern|treasur)/],
  [/^(?:union|employe)/, /^(?:employer|manag|govern|minist)/],
  [/^govern/, /^opposit/],
  [/^(?:independ|engin|charit|aid$)/, /^(?:minist|govern|polic)/],
];
const rivals = (a: string, b: string) => a !== b && RIVAL_PAIRS.some(([x, y]) => (x.test(a) && y.test(b)) || (x.test(b) && y.test(a)));

/** "rescuers" and "Mountain Rescue": one name, stemmed two ways. (Kinds are compared whole: employees are not employers.) */
const sameName = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && a.startsWith(b.slice(0, 5)) && b.startsWith(a.slice(0, 5)));

/**
 * Figures confirmed by a source that gives them on the word of another actor than the page names
 * are not confirmed: "Police put the turnout at 60,000" against "60,000 people, organisers said,
 * while police put the turnout at 35,000".
 */
export function notSaidByAnother(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'consistent' || q.kind !== 'quantity' || j.facts.length === 0) return j;
    const mine = actorOf(sentence, quantities.filter((o) => o.kind === 'quantity'), q);
    if (!mine) return j;
    const others = j.facts.map((f) => givenBy(f, mine, index));
    if (others.some((o) => o === null)) return j;
    const f = j.facts[0];
    return unverified(`${voiceOf(f)} gives ${phraseOf(f)} on the word of ${others[0]!}, not of whom this page names.`);
  });
}

/** Who else the source gives the fact on the word of, or null when it may be the page's actor. */
function givenBy(fact: Fact, mine: Actor, index: FactIndex): string | null {
  const figures = index.siblingsOf(fact).filter((o) => o.quantity?.kind === 'quantity').map((o) => o.quantity!);
  const theirs = actorOf(fact.sentence, figures, fact.quantity!);
  const myKinds = kindsOf(mine.keys);
  // (A source sentence that names no one for the figure may give it on the word of whoever it names.)
  if (!theirs) return null;
  // The page's actor giving another figure of the sentence: "the Fair Fares Alliance said 60,000,
  // while police put the turnout at 35,000" is not what "police said"; "the central bank expects
  // 1.8%, while the IMF forecasts 1.2%" not what "the IMF expects".
  const givesAnother = figures.some((o) => o !== fact.quantity && [...(actorOf(fact.sentence, figures, o)?.keys ?? [])].some((k) => mine.keys.has(k)));
  if (givesAnother && ![...theirs.keys].some((k) => mine.keys.has(k))) return theirs.phrase;
  const theirKinds = kindsOf(theirs.keys);
  // Two kinds that give rival counts ("police" and "organisers", "the central bank" and "the
  // finance ministry") tell the estimates apart whatever names the sentences share; other kinds
  // may give one official count ("the hospital", "the health ministry"), and a kind against a name
  // ("the union", "Mirela Dost") may be the same.
  if (myKinds.length > 0 && theirKinds.length > 0) return myKinds.some((k) => theirKinds.some((t) => rivals(k, t))) && !myKinds.some((k) => theirKinds.includes(k)) ? theirs.phrase : null;
  if (myKinds.length > 0 || theirKinds.length > 0) return null;
  // Names alone: the page's name given anywhere in the source sentence, or as its speaker, may be the same.
  const named = [...theirs.keys, ...index.keysOfFact(fact), ...contentKeys(fact.speaker ?? '')].map(canonical);
  return [...mine.keys].some((k) => named.some((n) => sameName(k, n))) ? null : theirs.phrase;
}
