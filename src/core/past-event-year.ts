import type { Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { PageContext } from './page-context.ts';
import { judgeQuantity } from './compare.ts';
import { yearOf } from './match-figure.ts';
import { NOW } from './year-before.ts';

/**
 * Dates a page sentence's undated counts with a year one of the two sentences before it named, or
 * it names itself, where a source gives one of them, in that year, for the same thing: "In 1997 a
 * train rolled back down the lift hill. Twenty-three people were hurt" tells of 1997 when a source
 * says 23 were injured in 1997. (Not a sentence that says it speaks of now: "the No side took 48.3%
 * this time" is this vote's, whatever share the last one had.)
 * The evidence is the source's; a page's undated figure is otherwise this event's, so a history
 * figure given to the present is still called wrong where the page names no year nearby.
 */
/** A level a figure is set against, which is of an earlier time in any sentence: "dropped to €1.3bn from €1.5bn". */
const SET_AGAINST_BEFORE = /\b(?:from|compared (?:with|to)|against|than)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;

export function dateByThePastEvent(quantities: Quantity[], sentence: string, yearsNear: readonly string[], index: FactIndex, page: PageContext): void {
  const undated = quantities.filter((q) => q.kind === 'quantity' && !yearOf(q.time));
  if (undated.length === 0 || yearsNear.length === 0 || NOW.test(sentence) || quantities.some((q) => q.kind === 'date')) return;
  for (const year of new Set(yearsNear)) {
    const ofThatYear = undated.some((q) => {
      // (Nor an age, which is a person's in any year: "Among 18-year-olds".)
      if (q.unit === 'years of age' || SET_AGAINST_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return false;
      const judged = judgeQuantity({ ...q, time: year }, sentence, index, page);
      return judged.verdict === 'consistent' && judged.facts.some((f) => f.quantity?.value === q.value && yearOf(f.quantity.time) === year);
    });
    if (!ofThatYear) continue;
    // (Its other figures are of that year too: "That disaster killed nine people and injured 34" is
    // no count of this week's injured. Sparing those a source confirms as they stand cost 4 harmful
    // verdicts for 7 right on the labelled sets.)
    for (const q of undated) q.time = year;
    return;
  }
}
