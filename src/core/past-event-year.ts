import type { Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { PageContext } from './page-context.ts';
import { judgeQuantity } from './compare.ts';
import { yearOf } from './match-figure.ts';
import { NOW, OF_NOW, clauseAt } from './year-before.ts';

/** A level a figure is set against, which is of an earlier time in any sentence: "dropped to €1.3bn from €1.5bn". */
const SET_AGAINST_BEFORE = /\b(?:from|compared (?:with|to)|against|than)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;

/**
 * Dates a page sentence's undated counts with the year of a past event the nearest of the
 * paragraph's two sentences before it named as its day ("In 1997 …", "since January 2006, when …"),
 * where a source gives one of them, in that year, for the same thing: "In 1997 a train rolled back
 * down the lift hill. Twenty-three people were hurt" tells of 1997 when a source says 23 were
 * injured in 1997. Not a sentence that says it speaks of now ("this time", "yesterday", a day), nor
 * after one that did (analyse.ts forgets the years there). The evidence is the source's; a page's
 * undated figure is otherwise this event's, so a history figure given to the present is still
 * called wrong where the page names no past year just before.
 */
export function dateByThePastEvent(quantities: Quantity[], sentence: string, yearsNear: readonly string[], index: FactIndex, page: PageContext): void {
  const undated = quantities.filter((q) => q.kind === 'quantity' && !yearOf(q.time));
  if (undated.length === 0 || yearsNear.length === 0 || NOW.test(sentence) || OF_NOW.test(sentence) || quantities.some((q) => q.kind === 'date')) return;
  // (The nearest year named, and the first figures: a page of runs of numbers is read no slower. "In
  // 2006 a fire destroyed part of the mill. In 2015 another blaze broke out" goes on telling of 2015.)
  const year = yearsNear[yearsNear.length - 1];
  const trigger = undated.slice(0, MAX_FIGURES).find((q) => {
    // (Nor an age, which is a person's in any year: "Among 18-year-olds".)
    if (q.unit === 'years of age' || SET_AGAINST_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return false;
    const judged = judgeQuantity({ ...q, time: year }, sentence, index, page);
    // (A year of the past, as its source tells it: "45% of electricity by 2030" is a target, no event.)
    return judged.verdict === 'consistent' && judged.facts.some((f) => f.quantity?.value === q.value && yearOf(f.quantity.time) === year &&
      Number(year) <= Number(f.source.published.slice(0, 4)));
  });
  if (!trigger) return;
  // (Its other figures of the same clause are of that year too: "That disaster killed nine people
  // and injured 34" is no count of this week's injured. Not those of another clause: "Fourteen were
  // hurt in that fire; in this week's, 60 were evacuated".)
  const [start, end] = clauseAt(sentence, trigger.start, CLAUSE_BREAK);
  for (const q of undated) if (q.start >= start && (end < 0 || q.end <= end)) q.time = year;
}

const MAX_FIGURES = 8;
/** What sets one clause against another: a semicolon, ", but", ", while", "against", "compared with". */
const CLAUSE_BREAK = /;|,\s+(?:but|while|whereas)\b|\bagainst\b|\bcompared (?:with|to)\b/gi;

