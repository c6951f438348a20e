import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { overlap } from './judgement.ts';
import { pins, sameNumber } from './values.ts';
import { differInAct, isEarlierLevel, notTheSamePeople, placeRelation, shareAnAct, type Thing } from './thing.ts';
import { peopleByRole } from './news-words.ts';
import { isHistory } from './match-figure.ts';
import { figuresOfSentence } from './numbers.ts';

// An early report and a later one often give the same count differently ("17 were in hospital on
// Wednesday morning"; two days on, "Fourteen patients remain in hospital"). A page that gives the
// early count may match only the later sentence, in words, and so seem wrong. Sources are compared
// with each other here: when another article gives the page's very value to what counts alike with
// the sentence the page seemed to contradict, the sources disagree and the page agrees with one.

/** Content words two source sentences must share besides their figures, to speak of the same count. */
const SHARED_WITH_OTHER_REPORT = 3;

/** A fact of another source article that gives the page's value to the same count as the fact it seemed to contradict; else null. */
export function sameCountInAnotherReport(q: Quantity, sentence: string, contradicted: Fact[], index: FactIndex): Fact | null {
  if (q.kind !== 'quantity' || q.value === null) return null;
  const given = index.withValueBetween(q.unit, q.value, q.valueMax ?? q.value)
    // (The very value: "about 60 km/h" is not the other report's 54 on any reading.)
    .filter((g) => g.quantity!.value === q.value && sameNumber(q, g.quantity!) && pins(g.quantity!, q) && !isHistory(q, g, sentence));
  // (Not a swap: "35 to the main building and 52 to Kirrowfield" against a report of 35 at
  // Kirrowfield and 52 in all gives both of that report's figures, to other things.)
  const pageValues = new Set(figuresOfSentence(sentence, 0).filter((o) => o.start !== q.start && o.unit === q.unit).map((o) => o.value));
  const swapped = (g: Fact) => index.siblingsOf(g).some((o) => o !== g && o.quantity?.unit === q.unit && pageValues.has(o.quantity.value));
  for (const g of given.filter((g) => !swapped(g))) {
    const theirs = index.thingOfFact(g);
    const alike = contradicted.find((f) => sourceKey(f.source) !== sourceKey(g.source) && countsAlike(theirs, index.thingOfFact(f)) &&
      overlap(index.keysOfFact(f), index.keysOfFact(g)) >= SHARED_WITH_OTHER_REPORT);
    if (alike) return g;
  }
  return null;
}

/** Whether two source figures count the same thing, by their words: noun, act, place, and neither an earlier level. */
function countsAlike(a: Thing, b: Thing): boolean {
  if (isEarlierLevel(a) !== isEarlierLevel(b) || notTheSamePeople(a, b)) return false;
  if (placeRelation(a.places, b.places) === 'different' || differInAct(a, b)) return false;
  if (a.modifier && b.modifier && a.modifier !== b.modifier) return false;
  if (a.acts.length + b.acts.length > 0 && !shareAnAct(a, b)) return false;
  return a.noun === b.noun || peopleByRole(a.noun, b.noun) || ((a.noun === null || b.noun === null) && a.acts.length > 0);
}

