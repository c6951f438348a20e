import type { Fact } from './types.ts';
import { namesIn } from './fact-index.ts';
import { clauseBefore } from './clause-words.ts';
import { CALENDAR, contentKeys, isStopword, saysAll, wordKey } from './words.ts';
import { perObject, perSentence } from './memo.ts';

// Whose a figure is, by the names around it: the name of its clause, the nearest name, the name a
// sentence opens with. Two sentences that give one figure to two names count two things.

/**
 * The name that is the subject of a figure's clause, as keys: "Kesslow sweltered at 40.9C while
 * Pellingford hit 41.8C" → pellingford for the second. Only a name at most three words before the
 * figure, with no reporting verb between ("the Fire Service says two" names who says, not whose).
 */
export function nameBefore(sentence: string, at: number): string | null {
  const clause = clauseBefore(sentence, at);
  const m = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)((?:\s+[\p{Ll}]+){0,3})\s+$/u.exec(clause);
  if (!m || REPORTED.test(m[2])) return null;
  // One capitalised word opening the sentence may be any word ("Air defences intercepted 43").
  if (!/\s/.test(m[1]) && sentence.trimStart().startsWith(clause.trimStart()) && clause.trimStart().startsWith(m[1])) return null;
  const name = m[1].split(/\s+/).filter((w) => !isStopword(w) && !CALENDAR.test(w)).map(wordKey).join(' ');
  return name.length > 0 ? name : null;
}
const REPORTED = /\b(?:says?|said|told|tells|reports?|reported|according|estimates?|estimated|puts?|claims?|claimed)\b/;

/** "Brannig" and "Ivo Brannig" are one name: the words of the shorter are all in the longer. */
export function sameName(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = long.split(' ');
  return short.split(' ').every((w) => words.includes(w));
}

/** The last name in the words before a figure, in any clause: "Here in Oskalund the pass rate was 83.1%" → oskalund. */
export function lastNameBefore(sentence: string, at: number): string | null {
  const before = sentence.slice(Math.max(0, at - 80), at);
  // (The sentence's first word is capitalised anyway: alone, it is no name; "The Marren Valley" is.)
  const names = [...before.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)]
    .map((m) => ({ opens: m.index! + Math.max(0, at - 80) === 0, words: m[0].split(/\s+/).filter((w) => !isStopword(w) && !CALENDAR.test(w)) }))
    .filter(({ opens, words }) => words.length > (opens ? 1 : 0))
    .map(({ words }) => words.map(wordKey).join(' '));
  return names.at(-1) ?? null;
}

/**
 * Whether a source sentence names the page figure's name but gives the figure to another: "while
 * Pellingford hit 41.8C" against "Kesslow reached 41.8C and Pellingford 40.9C". (The source's
 * figure, when its own clause names none, is the nearest name's in any clause, if the page names
 * that one too: "Pennick Heath lost 4.3%, while Castlegate …" against "Pennick Heath was almost
 * unchanged, while the historic centre, Castlegate, lost 4.3%".)
 */
export function givesItToAnother(sentence: string, at: number, sentenceKeys: Set<string>, fact: Fact, factKeys: Set<string>, siblings: Fact[] = []): boolean {
  const namedIn = (keys: Set<string>) => (name: string | null) => name !== null && saysAll(keys, name);
  const [onPage, inSource] = [namedIn(sentenceKeys), namedIn(factKeys)];
  const page = namesAround(sentence, at);
  const source = namesOfFact(fact);
  // (Only the page figure's own clause says whose it is: a name further off may be who measured or
  // said it, "The National Weather Institute first measured gusts of 165km/h near Sallow Point".)
  const theirs = source.own ?? (onPage(source.nearest) ? source.nearest : null);
  // ("…won 52.4%, against 47.6% for Ana Tesk": a name right after the source's figure is its owner too.)
  const owner = theirs ?? source.after;
  // (When the source's figure names no one, a name its sentence gives another figure is not this one's:
  // "Harrow Quay 11,240" against "Northgate recorded 11,240 crimes …; Harrow Quay 9,815".)
  if (page.own !== null) {
    return (owner !== null && !sameName(page.own, owner) && inSource(page.own)) ||
      (owner === null && page.own.includes(' ') && !namedInClause(fact, page.own) && siblings.some((f) => sameKind(f, fact) && namedInClause(f, page.own!)));
  }
  // "Tervale sweltered, but nearby Oskalund was cooler, at 39.5C" against "Oskalund recorded 41.8C,
  // while Tervale reached 39.5C": the page's nearest name, which the source gives another figure.
  // (Also when the source's own figure names no one, a sentence-opening name being no sure name:
  // "Harrow Quay, with 11,240" against "Northgate recorded 11,240 crimes …; Harrow Quay 9,815".)
  // (A name of one word could be any capitalised word, "14:10 — Paramedics have treated…": only a
  // longer one then.)
  if (page.nearest !== null && (owner === null ? page.nearest.includes(' ') : !sameName(page.nearest, owner)) && !namedInClause(fact, page.nearest) &&
    siblings.some((f) => sameKind(f, fact) && namedInClause(f, page.nearest!))) return true;
  // Two sentences about two named subjects, each naming the other further on: "Merovan is the most
  // common, spoken by 4.2%, followed by Ardanese" against "Ardanese is the most common, spoken by
  // 4.2%, followed by Merovan".
  return page.subject !== null && source.subject !== null && !sameName(page.subject, source.subject) &&
    namedIn(source.names)(page.subject) && namedIn(page.names)(source.subject);
}

/** Another figure of a fact's sentence, in its unit ("two" in "broke in two" is no other tonnage). */
function sameKind(f: Fact, fact: Fact): boolean {
  return f !== fact && f.quantity?.kind === 'quantity' && f.quantity.unit === fact.quantity!.unit;
}

interface NamesAround {
  /** The name of the figure's own clause; the nearest in any clause; the sentence's named subject; all its names. */
  own: string | null;
  nearest: string | null;
  subject: string | null;
  names: Set<string>;
  /** A name right after the figure: "47.6% for Ana Tesk" (read for facts only). */
  after: string | null;
}

function readNames(sentence: string, at: number): NamesAround {
  return { own: nameBefore(sentence, at), nearest: lastNameBefore(sentence, at), subject: namedSubject(sentence), names: new Set(namesIn(sentence)), after: null };
}

/** A fact's names, and the name right after its figure ("47.6% for Ana Tesk"). */
function readFactNames(fact: Fact): NamesAround {
  const after = NAME_AFTER.exec(fact.sentence.slice(fact.quantity!.end, fact.quantity!.end + 60))?.[1];
  return { ...readNames(fact.sentence, fact.quantity!.start), after: after ? after.split(/\s+/).filter((w) => !isStopword(w)).map(wordKey).join(' ') || null : null };
}
const NAME_AFTER = /^\s+(?:for|to|by)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;

const namesOfFact = perObject(readFactNames);
const namesAround = perSentence(readNames);

/** The name a sentence opens with as its subject ("Merovan is…", "The Green Compact has…"), as keys. */
function namedSubject(sentence: string): string | null {
  const m = /^\s*(?:The\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,3}?\p{Lu}[\p{L}'’-]+)\s+(?:is|was|are|were|has|had)\b/u.exec(sentence);
  const name = m ? m[1].split(/\s+/).filter((w) => !isStopword(w)).map(wordKey).join(' ') : '';
  return name || null;
}

/** Whether the names nearest before the page's figure and the fact's are one name. */
export function sameNamed(sentence: string, at: number, fact: Fact): boolean {
  const [mine, theirs] = [lastNameBefore(sentence, at), lastNameBefore(fact.sentence, fact.quantity!.start)];
  return mine !== null && theirs !== null && sameName(mine, theirs);
}

/** Whether a fact's figure has this name in its own clause ("Oskalund recorded 41.8C"). */
function namedInClause(fact: Fact, name: string): boolean {
  return saysAll(new Set(contentKeys(clauseBefore(fact.sentence, fact.quantity!.start))), name);
}
