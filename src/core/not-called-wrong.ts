import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { overlap, unverified, type Judgement } from './judgement.ts';
import { sameNumber } from './values.ts';
import { momentsAgree } from './moments.ts';
import { differInKnownAct, isEarlierLevel, placeRelation, thingOf } from './thing.ts';
import { figuresOfSentence } from './numbers.ts';
import { isHistory } from './match-figure.ts';
import { voiceOf } from './explain.ts';
import { contentKeys } from './words.ts';
import { factsGivingValue, isDistinctive, tooCommon } from './value-given.ts';
import { ownSameWords } from './figure-words.ts';

/**
 * A page's figure is never called wrong when a source gives its very value to something the words
 * do not show to be another thing. Pages and sources word the same count in ways no rule foresees
 * ("40 fire engines" against "40 appliances", "out of work" against "unemployed"), while a wrong
 * figure rarely happens to be one the sources also give: measured on pages Sourcelight had not met,
 * most false contradictions were of this kind. What shows another thing: another place, another
 * counted noun, another year.
 */
export function withoutConflictOnGivenValue(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    if (j.verdict !== 'conflicting') return j;
    const q = quantities[i];
    if (q.kind === 'date') return j;
    // "rose 17%" against "fell 17%": a contradiction of the same value by its way.
    if (q.kind === 'quantity' && j.facts.some((f) => f.quantity && sameNumber(q, f.quantity))) return j;
    // (A small count only from a source sentence that tells much of the page's, of the same named
    // thing: "nearly 18 hours after it began" and "almost 18 hours after the explosion".)
    const small = q.kind === 'quantity' && tooCommon(q);
    const words = small ? new Set(contentKeys(sentence)) : null;
    const thing = small ? thingOf(q, sentence) : null;
    // (Or every word of a short sentence, of people by what the page says they did: "Three people are
    // still missing" and "the three people still missing".)
    const given = factsGivingValue(q, sentence, index).find((f) => {
      if (!words || !thing) return true;
      const shared = overlap(words, index.keysOfFact(f));
      if (shared < SMALL_SHARED && !(shared >= 2 && shared === words.size)) return false;
      // (A part whose noun is left out, "Nineteen of them remain in critical condition", by what the page says of it.)
      if (thing.noun === null || thing.noun === 'person') return thing.acts.length > 0 && thing.acts.every((a) => index.names(f, a));
      return thing.noun === index.thingOfFact(f).noun;
    }) ?? distinctiveValueTold(q, sentence, index);
    // "22 diverted and 14 at anchor" against "22 at anchor and 14 diverted": the page gives both of a
    // source sentence's figures, swapped.
    // (A swap makes both figures conflict: "88% on the coast, against 71% nationally" gives the 71% right.)
    if (given && j.facts.some((f) => index.siblingsOf(f).includes(given) && swappedOnPage(f, i, quantities, judgements))) return j;
    return given ? unverified(`${voiceOf(given)} gives ${given.quantity!.text}, this figure's value, perhaps for another thing; other source sentences differ, so it is not confirmed.`) : j;
  });
}

/** A small count's sentence must share more than three words: "Schools in Haldor and Corvel closed for three days" shares three with many. */
const SMALL_SHARED = 4;

/** Whether another figure of the page's sentence gives the fact's value and is said to conflict too. */
function swappedOnPage(fact: Fact, i: number, quantities: Quantity[], judgements: Judgement[]): boolean {
  return quantities.some((o, k) => k !== i && judgements[k].verdict === 'conflicting' && o.kind === fact.quantity!.kind && o.unit === fact.quantity!.unit &&
    (o.kind === 'quantity' ? sameNumber(o, fact.quantity!) : momentsAgree(o, fact.quantity!)));
}

/** Two words shared, besides a distinctive number: measured on the labelled sets, −7 harmful verdicts, −8 right. */
const DISTINCTIVE_SHARED = 2;

/**
 * A distinctive number (a hundred or more, a fraction, an amount or a measure) that a source sentence
 * sharing two of the page sentence's words gives, however its counted noun was read: "412 million
 * journeys" and "412 million trips a year were made on the network".
 */
function distinctiveValueTold(q: Quantity, sentence: string, index: FactIndex): Fact | null {
  if (q.kind !== 'quantity' || q.value === null || !isDistinctive(q)) return null;
  const words = new Set(contentKeys(sentence));
  const thing = thingOf(q, sentence);
  // (Never where the page gives another of that source sentence's figures too, a level before the
  // change aside: "energy rose 9.1% and food 14.3%" against "food 9.1%, energy 14.3%" is a swap.)
  const pageFigures = figuresOfSentence(sentence, 0).filter((o) => o.kind === 'quantity' && o.unit === q.unit);
  const pageValues = new Set(pageFigures.filter((o) => o.start !== q.start).map((o) => o.value));
  // (Unless, read both ways, the figure owns the same words on both sides: "reservoirs were 54 percent
  // full, against a normal 78 percent" and "reservoir levels stood at 54 percent against an average
  // of 78 percent" give both in the same places.)
  const swappable = (f: Fact) => {
    const sourceFigures = index.siblingsOf(f).filter((o) => o.quantity?.kind === 'quantity' && o.quantity.unit === q.unit);
    return sourceFigures.some((o) => o !== f && pageValues.has(o.quantity!.value) && !isEarlierLevel(index.thingOfFact(o))) &&
      !ownSameWords({ sentence, figures: pageFigures, figure: q }, { sentence: f.sentence, figures: sourceFigures.map((o) => o.quantity!), figure: f.quantity! });
  };
  return index.withValueBetween(q.unit, q.value, q.value).find((f) => {
    const other = index.thingOfFact(f);
    // (Nor a level before a change for the level now: "38% of the new chamber, up from 33%".)
    return overlap(words, index.keysOfFact(f)) >= DISTINCTIVE_SHARED && isEarlierLevel(thing) === isEarlierLevel(other) && !swappable(f) &&
      !differInKnownAct(thing, other) &&
      placeRelation(thing.places, other.places) !== 'different' && !isHistory(q, f, sentence);
  }) ?? null;
}
