import type { Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { lowerFirst, type Judgement } from './judgement.ts';
import { isDistinctive } from './value-given.ts';
import { isRelativeDate } from './numbers.ts';
import { voiceOf } from './explain.ts';
import { significantDigits } from './confirmed-by-value.ts';
import { differInKnownAct, thingOf } from './thing.ts';
import { peopleByRole } from './news-words.ts';
import type { Fact } from './types.ts';

// A change told again: "the maths pass rate rose from 61.9% to 64.7%" and "Mathematics improved to
// 64.7% from 61.9% last year"; "sales edged up 3.1 per cent to €8.42bn" and "revenue rose 3.1% to
// €8.42 billion". Two distinctive values in one source sentence, of one unit with the same one of
// them the level before, or of two units, are too unlikely a coincidence to be another thing: both
// figures are confirmed, whatever the words around them. (Two values of one unit with no level
// before, "sport €398m, health €351m", may be swapped, and are left to the other rules.)

/** "from 61.9%", "up from 34%", "compared with 2,310": the level before a change. */
const LEVEL_BEFORE = /\b(?:from|compared with|compared to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just under\s+|just over\s+)?$/i;
const isLevelBefore = (sentence: string, q: { start: number }) => LEVEL_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));

/**
 * Of two units, unless the words name two things: "412,000 hotel beds" is not "employs 412,000
 * people", whatever else they share. (A change of one unit needs no such proof: the level before
 * pins it, and its nouns are mostly left out.)
 */
function namedAsAnother(q: Quantity, sentence: string, fact: Fact, index: FactIndex): boolean {
  const [mine, theirs] = [thingOf(q, sentence), index.thingOfFact(fact)];
  return (mine.noun !== null && theirs.noun !== null && mine.noun !== theirs.noun && !peopleByRole(mine.noun, theirs.noun)) || differInKnownAct(mine, theirs);
}

export function changeToldAgain(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const ofChange = (q: Quantity) => q.kind === 'quantity' && q.value !== null && (q.valueMax ?? q.value) === q.value && isDistinctive(q) && !isRelativeDate(q);
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0 || !ofChange(q)) return j;
    const sameUnit = quantities.filter((o) => o !== q && o.unit === q.unit && ofChange(o) && o.value !== q.value);
    if (sameUnit.length === 1 && isLevelBefore(sentence, q) !== isLevelBefore(sentence, sameUnit[0])) return toldWith(q, sameUnit[0], j);
    // (Of two units: a value of another unit the sentence gives once, told with it in the source.)
    // (One of them a value of three significant digits or more: "5%" and "€2m" coincide too easily.)
    for (const other of quantities.filter((o) => o !== q && o.unit !== q.unit && ofChange(o) && quantities.filter((x) => x.unit === o.unit).length === 1 &&
      Math.max(significantDigits(q.value!), significantDigits(o.value!)) >= 3)) {
      if (quantities.filter((x) => x.unit === q.unit).length !== 1) break;
      const told = index.withValueBetween(q.unit, q.value!, q.value!).find((f) => {
        const siblings = index.siblingsOf(f).map((s) => s.quantity!).filter((s) => s.kind === 'quantity' && s.value !== null);
        return !namedAsAnother(q, sentence, f, index) && siblings.filter((s) => s.unit === q.unit).length === 1 && siblings.filter((s) => s.unit === other.unit).length === 1 &&
          siblings.some((s) => s.unit === other.unit && s.value === other.value && (s.valueMax ?? s.value) === s.value);
      });
      if (told) return { verdict: 'consistent', explanation: `${voiceOf(told)} gives ${lowerFirst(q.text)} with ${lowerFirst(other.text)}, as this sentence does.`, facts: [told] };
    }
    return j;
  });

  function toldWith(q: Quantity, other: Quantity, j: Judgement): Judgement {
    const told = index.withValueBetween(q.unit, q.value!, q.value!).find((f) => {
      const siblings = index.siblingsOf(f).map((s) => s.quantity!).filter((s) => s.kind === 'quantity' && s.unit === q.unit && s.value !== null);
      const theirs = siblings.filter((s) => s.value === other.value);
      if (siblings.length !== 2 || theirs.length !== 1) return false;
      return isLevelBefore(f.sentence, f.quantity!) === isLevelBefore(sentence, q) && isLevelBefore(f.sentence, theirs[0]) === isLevelBefore(sentence, other);
    });
    if (!told) return j;
    const [before, after] = isLevelBefore(sentence, q) ? [q, other] : [other, q];
    return { verdict: 'consistent', explanation: `${voiceOf(told)} gives the same change, from ${lowerFirst(before.text)} to ${lowerFirst(after.text)}.`, facts: [told] };
  }
}
