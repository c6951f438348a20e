import type { Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { lowerFirst, type Judgement } from './judgement.ts';
import { isDistinctive } from './value-given.ts';
import { isRelativeDate } from './numbers.ts';
import { voiceOf } from './explain.ts';

// A change told again: "the maths pass rate rose from 61.9% to 64.7%" and "Mathematics improved to
// 64.7% from 61.9% last year". Two distinctive values of one unit, the same one of them the level
// before, in one source sentence, are too unlikely a coincidence to be another thing: both figures
// are confirmed, whatever the words around them. (Two values with no level before, "sport €398m,
// health €351m", may be swapped, and are left to the other rules.)

/** "from 61.9%", "up from 34%", "compared with 2,310": the level before a change. */
const LEVEL_BEFORE = /\b(?:from|compared with|compared to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just under\s+|just over\s+)?$/i;
const isLevelBefore = (sentence: string, q: { start: number }) => LEVEL_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));

export function changeToldAgain(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const ofChange = (q: Quantity) => q.kind === 'quantity' && q.value !== null && (q.valueMax ?? q.value) === q.value && isDistinctive(q) && !isRelativeDate(q);
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0 || !ofChange(q)) return j;
    const pair = quantities.filter((o) => o !== q && o.unit === q.unit && ofChange(o) && o.value !== q.value);
    if (pair.length !== 1) return j;
    const other = pair[0];
    // Exactly one of the two is the level before, on both sides.
    if (isLevelBefore(sentence, q) === isLevelBefore(sentence, other)) return j;
    const told = index.withValueBetween(q.unit, q.value!, q.value!).find((f) => {
      const siblings = index.siblingsOf(f).map((s) => s.quantity!).filter((s) => s.kind === 'quantity' && s.unit === q.unit && s.value !== null);
      const theirs = siblings.filter((s) => s.value === other.value);
      if (siblings.length !== 2 || theirs.length !== 1) return false;
      return isLevelBefore(f.sentence, f.quantity!) === isLevelBefore(sentence, q) && isLevelBefore(f.sentence, theirs[0]) === isLevelBefore(sentence, other);
    });
    if (!told) return j;
    const [before, after] = isLevelBefore(sentence, q) ? [q, other] : [other, q];
    return { verdict: 'consistent', explanation: `${voiceOf(told)} gives the same change, from ${lowerFirst(before.text)} to ${lowerFirst(after.text)}.`, facts: [told] };
  });
}
