import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { isDistinctive } from './value-given.ts';
import { voiceOf } from './explain.ts';
import { lastCapitalisedWordBefore } from './paired-values.ts';
import { CAPITALISED_FUNCTION_WORDS, isStopword, wordKey } from './words.ts';
import { isEarlierLevel, thingOf } from './thing.ts';

// "Orlen, the capital, manages a median of 19 megabits, while the Harrowfell Uplands get 97" against
// "The capital region of Orlen recorded the highest median, 97 Mbit/s, and the Harrowfell Uplands the
// lowest, 19 Mbit/s": two values, each after its own name in both sentences, given the other way round.
// The matcher sees each value agree with a source figure (the place is the sentence's subject, not
// said after the figure, so no place is read for it); only the pair shows the swap. One figure alone
// shows it too where the source sentence gives its value to one name and another value to the name
// the page gives it: "the Harbour Gallery … 612,000" against "the Museum … 612,000, the Harbour Gallery 388,000".
// (Names are read here by the capitals before a figure, one word enough, "Orlen", which names.ts's
// lastNameBefore, written for speakers and owners, does not take.)

/** A name and its figure, as one sentence gives them: name, then value, then the next name, then the next value. */
interface Named {
  name: string;
  figure: Quantity;
}

/**
 * The two figures of a sentence, each with the name said after the figure before: null unless each
 * has a name of its own ("A … x … B … y"), so that a name said once for both pairs with neither.
 */
function namedPair(sentence: string, first: Quantity, second: Quantity): [Named, Named] | null {
  const [a, b] = first.start < second.start ? [first, second] : [second, first];
  // (A figure whose own place follows it, "97.4 megabits in Orlen, against 19.6 in the Uplands", is
  // that place's: the name before it is another's.)
  const from = Math.max(0, a.start - NAME_REACH);
  const full = (name: string, before: number) => fullName(sentence, sentence.lastIndexOf(name, before), name);
  const before = (name: string | null, at: number) => (name ? full(name, at) : null);
  const nameOfA = placeRightAfter(sentence, a) ?? listLabelBefore(sentence, a) ?? before(lastCapitalisedWordBefore(sentence.slice(from, a.start), a.start - from), a.start);
  const nameOfB = placeRightAfter(sentence, b) ?? listLabelBefore(sentence, b) ?? before(lastCapitalisedWordBefore(sentence.slice(a.end, b.start), b.start - a.end), b.start);
  if (!nameOfA || !nameOfB || lastKey(nameOfA) === lastKey(nameOfB)) return null;
  const pair: [Named, Named] = [{ name: nameOfA, figure: a }, { name: nameOfB, figure: b }];
  return a === first ? pair : [pair[1], pair[0]];
}

/** Figures the page gives each to the name a source sentence gives the other's value, made conflicting. */
export function swappedBetweenNames(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const swapped = new Map<number, Judgement>();
  quantities.forEach((q, i) => {
    if (q.kind !== 'quantity' || q.value === null || swapped.has(i)) return;
    // (The sources first: the names are read only where a source gives the value.)
    const givers = index.withValueBetween(q.unit, q.value, q.value);
    if (givers.length === 0) return;
    quantities.forEach((o, k) => {
      if (k <= i || o.kind !== 'quantity' || o.value === null || o.unit !== q.unit || o.value === q.value || swapped.has(k)) return;
      // (One of the two no small count, which two names might give in any order by chance.)
      if (!isDistinctive(q) && !isDistinctive(o)) return;
      const mine = namedPair(sentence, q, o);
      if (!mine) return;
      for (const f of givers) {
        const g = index.siblingsOf(f).find((h) => h.quantity?.kind === 'quantity' && h.quantity.unit === o.unit && h.quantity.value === o.value);
        if (!g || f.quantity!.value !== q.value) continue;
        const theirs = namedPair(f.sentence, f.quantity!, g.quantity!);
        if (!theirs || lastKey(theirs[0].name) !== lastKey(mine[1].name) || lastKey(theirs[1].name) !== lastKey(mine[0].name)) continue;
        swapped.set(i, swap(f, g, mine[0].figure === q ? mine : [mine[1], mine[0]]));
        swapped.set(k, swap(g, f, mine[0].figure === o ? mine : [mine[1], mine[0]]));
        return;
      }
    });
  });
  return judgements.map((j, i) => swapped.get(i) ?? givenToAnotherName(quantities, i, j, sentence, index) ?? j);
}

/** The key of a name's last word: "Harrow Quay" is "Quay" however much of it is said. */
const lastKey = (name: string) => wordKey(name.split(/\s+/).pop() ?? '');

/** How far before its figure a name may stand to be the figure's. */
const NAME_REACH = 80;
/** A name that speaks is who gives a figure, not what it is of: "Tomas Reinholt says the deficit…". */
const SPEAKS = /^[\p{L}'’-]*\s+(?:says|said|told|thinks|believes|expects|estimates|warned|added|confirmed|confirms|announced|announces|reported|reports|stated|states|insisted|admitted|explained)\b/u;
/** A place named right after a figure, in its clause and before any other figure: "97.4 megabits in Orlen", "19.6 in the Uplands", "310 homes in the village of Hollin Bridge", "95 on the Ferrand Lane estate". */
const PLACE_RIGHT_AFTER = /^[^,;.\d€£$]{0,25}?\b(?:in|at|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b))\s+(?:the\s+)?(?:(?:village|town|city|district|suburb|county|region|parish|borough|hamlet)\s+of\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;
const placeRightAfter = (sentence: string, q: Quantity) => PLACE_RIGHT_AFTER.exec(sentence.slice(q.end, q.end + 60))?.[1] ?? null;

/**
 * The item of a list a figure is given to, named just before "with" in its own clause, capitals or
 * not: "followed by physics with 120 and English with 95", "Retail followed with 862". (Not a
 * clause's "with" after a comma, "the hardest subject to fill, with 210 vacant posts", which names
 * no item; nor a verb's, "loaded with 40 tonnes"; nor a description's, "the largest foreign market
 * with 612,000", whose item is its subject: an item stands first in its clause or after "by", "and".)
 */
function listLabelBefore(sentence: string, q: Quantity): string | null {
  const from = Math.max(0, q.start - 50);
  const m = LIST_ITEM_BEFORE.exec(sentence.slice(from, q.start));
  const label = m?.[1] ?? null;
  if (!label || isStopword(label) || /(?:ed|ing)$/i.test(label)) return null;
  // (A word in lower case is an item only after "by" or in a list already begun: not "Castel stood
  // again and won with 5,412 votes", whose "won" is a verb.)
  const at = from + m!.index + m![0].indexOf(label);
  return /^\p{Lu}/u.test(label) || /\bby\s+$/i.test(sentence.slice(Math.max(0, at - 4), at)) || /\b(?:followed|came)\b/i.test(m![0]) ||
    LIST_BEGUN.test(sentence.slice(0, at)) || LIST_GOES_ON.test(sentence.slice(q.end, q.end + 60)) ? label : null;
}
/** An item of a list before: "… followed by hospitality with 862 and …", "the hardest to staff, with 210; …". */
const LIST_BEGUN = /\p{L},?\s+(?:followed\s+)?with\s+(?:[\p{L}]+\s+)?[\d€£$]/u;
/** An item of a list after: "physics with 120 and English with 95". */
const LIST_GOES_ON = /^[^.;]{0,30}?\band\s+\p{L}[\p{L}'’-]+\s+with\s+[\d€£$]/u;
const LIST_ITEM_BEFORE = /(?:^|\b(?:by|and|then|while|whereas|but|or)\s+|[,;:]\s+)(\p{L}[\p{L}'’-]{2,})\s+(?:followed\s+|came\s+(?:next|second|third)\s+)?with\s+(?:(?:about|around|some|nearly|almost|roughly|just|more than|fewer than|over|under)\s+)*$/u;

/** The name a figure is given to: its place right after it, its list item, or the name that owns it. */
const nameGiven = (sentence: string, figures: Quantity[], q: Quantity) => placeRightAfter(sentence, q) ?? listLabelBefore(sentence, q) ?? nameOwning(sentence, figures, q);

/** The name a figure is given to: the last before it, close, with no other figure between, and not one who speaks. */
function nameOwning(sentence: string, figures: Quantity[], q: Quantity): string | null {
  const previousEnd = Math.max(q.start - NAME_REACH, ...figures.filter((o) => o.end <= q.start).map((o) => o.end));
  const from = Math.max(0, previousEnd);
  const name = lastCapitalisedWordBefore(sentence.slice(from, q.start), q.start - from);
  // (Nor an owner of something else: "which make up about 17% of the NSO's basket, were 4.8%".)
  if (!name || /['’]s$/.test(name)) return null;
  const at = sentence.lastIndexOf(name, q.start);
  return SPEAKS.test(sentence.slice(at + name.length, at + name.length + 40)) ? null : fullName(sentence, at, name);
}

/** A name with the capitalised words before it: "Harrow Quay", "Wrenfield Community Hospital", "St Aldric's". */
function fullName(sentence: string, at: number, last: string): string {
  const before = /(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+)*$/u.exec(sentence.slice(Math.max(0, at - 60), at))?.[0] ?? '';
  const words = before.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0 && (/^(?:of|the|Only|Just|Even|Also|Unlike|Like|Both|Meanwhile|Elsewhere)$/.test(words[0]) || CAPITALISED_FUNCTION_WORDS.has(words[0]))) words.shift();
  return [...words, last].join(' ');
}

/**
 * One figure the page gives to a name a source sentence gives another value, its value being that
 * sentence's for another name: "The Harbour Gallery drew 612,000 visitors" against "The Museum of
 * Industry drew 612,000 visitors and the Harbour Gallery 388,000".
 */
function givenToAnotherName(quantities: Quantity[], i: number, j: Judgement, sentence: string, index: FactIndex): Judgement | null {
  const q = quantities[i];
  if (j.verdict === 'conflicting' || q.kind !== 'quantity' || q.value === null || !isDistinctive(q)) return null;
  const name = nameGiven(sentence, quantities, q);
  // (A level before a change, "rose from 19.6 megabits", is of another time than the source's.)
  if (!name || isEarlierLevel(thingOf(q, sentence))) return null;
  for (const f of index.withValueBetween(q.unit, q.value, q.value)) {
    if (f.quantity!.value !== q.value || (f.speaker ?? '').includes(name)) continue;
    const theirs = index.siblingsOf(f).flatMap((h) => (h.quantity ? [h.quantity] : []));
    const ownName = nameGiven(f.sentence, theirs, f.quantity!);
    if (!ownName || lastKey(ownName) === lastKey(name)) continue;
    const g = index.siblingsOf(f).find((h) => h.quantity?.kind === 'quantity' && h.quantity.unit === q.unit && h.quantity.value !== q.value &&
      lastKey(nameGiven(f.sentence, theirs, h.quantity) ?? '') === lastKey(name));
    if (!g) continue;
    return {
      verdict: 'conflicting',
      explanation: `${voiceOf(f)} gives ${f.quantity!.text} to ${ownName} and ${g.quantity!.text} to ${name}; this page gives ${q.text} to ${name}.`,
      facts: [g, f],
    };
  }
  return null;
}

/** The conflict of one figure of the pair: the source's value for its name, and the page's. */
function swap(theirs: Fact, other: Fact, [mine, partner]: [Named, Named]): Judgement {
  return {
    verdict: 'conflicting',
    explanation: `${voiceOf(theirs)} gives ${theirs.quantity!.text} to ${partner.name} and ${other.quantity!.text} to ${mine.name}; ` +
      `this page gives ${mine.figure.text} to ${mine.name} and ${partner.figure.text} to ${partner.name}.`,
    facts: [theirs, other],
  };
}
