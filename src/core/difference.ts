import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { differInAct, isMeasure, isShare, thingOf, type Thing } from './thing.ts';
import { isRate } from './sum-of-parts.ts';
import { agreesWithWorkedOut } from './values.ts';
import { contentKeys } from './words.ts';
import { isLevelBeforeAt } from './clause-words.ts';
import { sourceLabel, workedOutText } from './explain.ts';

// "350 fewer officers", "a rise of 270", "almost 14,000 more than in June": a change the page works
// out from two figures one source sentence gives ("officers fell from 11,750 to 11,400"); and
// "together, sport and the arts received €655m", a total of two of them. Labelled pages do this
// often; no source gives the difference or the total itself, so nothing else can confirm it.

/** Words that make a figure a difference: after it ("350 fewer", "270 more") or before it ("a rise of", "down by"). */
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(fewer|more|less|higher|lower)\b/iu;
const DIFFERENCE_BEFORE = /\b(rise|fall|drop|increase|decrease|jump|decline|cut|up|down|rose|fell|grew|dropped|climbed)\s+(?:of|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$/i;
/** Words that make a figure a total of two: "together, sport and the arts received €655m", "27,000 in all". */
const TOTAL_BEFORE = /\b(?:together|combined|between\s+them|a\s+total\s+of|in\s+all|in\s+total|altogether)\b[^.;]{0,40}$/i;
const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in\s+all|in\s+total|combined|altogether|between\s+them|together)\b/iu;
/** Words besides the figures the two sentences must share to be telling the same. */
const DIFFERENCE_SHARED = 3;

export function differenceOfOneSentence(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const keys = new Set(contentKeys(sentence));
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict === 'consistent' || (j.verdict === 'unverified' && j.facts.length > 0) || q.kind !== 'quantity' || q.value === null ||
      isShare(q.unit) || isMeasure(q.unit) || q.value <= SMALLEST) return j;
    const after = sentence.slice(q.end, q.end + 40);
    const before = sentence.slice(Math.max(0, q.start - 40), q.start);
    const way = DIFFERENCE_AFTER.exec(after)?.[1] ?? DIFFERENCE_BEFORE.exec(before)?.[1];
    const total = !way && (TOTAL_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start)) || TOTAL_AFTER.test(sentence.slice(q.end, q.end + 30)));
    if (!way && !total) return j;
    const thing = thingOf(q, sentence);
    const found = index.sharing(keys, DIFFERENCE_SHARED).map(({ fact }) => index.siblingsOf(fact)).filter((m, k, all) => all.indexOf(m) === k)
      .map((mates) => (way ? levelsOf(q, mates, way, index) : partsOf(q, thing, mates, index)))
      .filter((pair): pair is [Fact, Fact] => pair !== null);
    // (One pair in all the sources, or no verdict: two that fit are a coincidence.)
    if (found.length !== 1) return j;
    // (A contradiction stands where the source counted the page's very thing: only one taken from a level of that sentence gives way.)
    if (j.verdict === 'conflicting' && !j.facts.every((f) => found[0].includes(f))) return j;
    const [a, b] = found[0];
    const value = way ? Math.abs(a.quantity!.value! - b.quantity!.value!) : a.quantity!.value! + b.quantity!.value!;
    return {
      verdict: 'consistent',
      explanation: `${sourceLabel(a.source)} gives ${a.quantity!.text} and ${b.quantity!.text} in one sentence: ${way ? 'a difference of' : 'together'} ${workedOutText(value, a.quantity!)}.`,
      facts: [a, b],
    };
  });
}

/**
 * The way a figure said as a change goes ("a drop of 750" down, "4,500 more" up), or null for a
 * figure not said as one. A change the other way is no telling of it: "a drop of 750" in the
 * patients waiting over a year is not "the rise of 4,500 patients" in all those waiting.
 */
export function changeWay(sentence: string, q: Quantity): 'up' | 'down' | null {
  const way = DIFFERENCE_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1] ?? DIFFERENCE_BEFORE.exec(sentence.slice(Math.max(0, q.start - 40), q.start))?.[1];
  return way ? (DOWN.test(way) ? 'down' : 'up') : null;
}

/** Coincidences of small values are too common to tell anything. */
export const SMALLEST = 10;

/** The figures of a source sentence in the page figure's unit, none of them a range. */
function figuresOf(q: Quantity, mates: Fact[]): Fact[] {
  return mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null && f.quantity.valueMax == null);
}

/**
 * A level and the level before it ("fell from 11,750 to 11,400", "3,412, up from 3,142") of the same
 * thing, whose difference is the page's value and goes the page's way ("fewer" from more to less).
 */
function levelsOf(q: Quantity, mates: Fact[], way: string, index: FactIndex): [Fact, Fact] | null {
  const figures = figuresOf(q, mates);
  // (Not where the sentence gives the page's value itself: "12 more burned on farms" is a count of its own.)
  if (figures.some((f) => f.quantity!.value === q.value)) return null;
  const down = DOWN.test(way);
  const pairs: Array<[Fact, Fact]> = [];
  for (const then of figures.filter(isLevelBefore)) {
    for (const now of figures) {
      if (now === then || isLevelBefore(now) || !sameThing(index, now, then)) continue;
      const change = now.quantity!.value! - then.quantity!.value!;
      if (change === 0 || (change < 0) !== down) continue;
      if (agreesWithWorkedOut(q, Math.abs(change))) pairs.push([then, now]);
    }
  }
  return pairs.length === 1 ? pairs[0] : null;
}

/** Two parts of the page figure's thing and act, no rates, neither the whole of others, adding up to it. */
function partsOf(q: Quantity, thing: Thing, mates: Fact[], index: FactIndex): [Fact, Fact] | null {
  const figures = figuresOf(q, mates);
  if (figures.some((f) => f.quantity!.value === q.value)) return null;
  // (A sentence that gives a whole and its parts, "41 homes, 29 in Lindqvale and 12 around Ostrel", gives no other total.)
  if (givesAWhole(figures)) return null;
  const parts = figures.filter((f) => {
    const other = index.thingOfFact(f);
    return (other.noun === null || thing.noun === null || other.noun === thing.noun) && !differInAct(thing, other) && !isRate(f) &&
      !/\bby\s+(?:about\s+|some\s+)?$/i.test(f.sentence.slice(Math.max(0, f.quantity!.start - 12), f.quantity!.start));
  });
  const pairs: Array<[Fact, Fact]> = [];
  for (const [k, a] of parts.entries()) for (const b of parts.slice(k + 1)) if (agreesWithWorkedOut(q, a.quantity!.value! + b.quantity!.value!)) pairs.push([a, b]);
  return pairs.length === 1 ? pairs[0] : null;
}

/** Whether one figure of a source sentence is the sum of two others. */
export function givesAWhole(figures: Fact[]): boolean {
  const values = figures.map((f) => f.quantity!.value!);
  return values.some((v, k) => values.some((x, m) => m !== k && values.some((y, n) => n !== k && n !== m && x + y === v)));
}

/** A source figure that is a level before a change (`isLevelBeforeAt`). */
export const isLevelBefore = (f: Fact) => isLevelBeforeAt(f.sentence, f.quantity!.start);
const sameThing = (index: FactIndex, a: Fact, b: Fact) => {
  const [x, y] = [index.thingOfFact(a), index.thingOfFact(b)];
  return (x.noun === null || y.noun === null || x.noun.replace(/ earlier$/, '') === y.noun.replace(/ earlier$/, '')) && !differInAct(x, y);
};
const DOWN = /^(?:fewer|less|lower|fall|drop|decrease|decline|cut|down|fell|dropped)$/i;
