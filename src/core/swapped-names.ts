import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { isDistinctive } from './value-given.ts';
import { voiceOf } from './explain.ts';
import { lastCapitalisedWordBefore } from './paired-values.ts';
import { wordKey } from './words.ts';

// "Orlen, the capital, manages a median of 19 megabits, while the Harrowfell Uplands get 97" against
// "The capital region of Orlen recorded the highest median, 97 Mbit/s, and the Harrowfell Uplands the
// lowest, 19 Mbit/s": two values, each after its own name in both sentences, given the other way round.
// The matcher sees each value agree with a source figure (the place is the sentence's subject, not
// said after the figure, so no place is read for it); only the pair shows the swap.

/** A name and the figure after it, as one sentence gives them: name, then value, then the next name, then the next value. */
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
  const nameOfA = lastCapitalisedWordBefore(sentence, a.start);
  const nameOfB = lastCapitalisedWordBefore(sentence.slice(a.end, b.start), b.start - a.end);
  if (!nameOfA || !nameOfB || wordKey(nameOfA) === wordKey(nameOfB)) return null;
  const pair: [Named, Named] = [{ name: nameOfA, figure: a }, { name: nameOfB, figure: b }];
  return a === first ? pair : [pair[1], pair[0]];
}

/** Figures the page gives each to the name a source sentence gives the other's value, made conflicting. */
export function swappedBetweenNames(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const swapped = new Map<number, Judgement>();
  quantities.forEach((q, i) => {
    if (q.kind !== 'quantity' || q.value === null || swapped.has(i)) return;
    quantities.forEach((o, k) => {
      if (k <= i || o.kind !== 'quantity' || o.value === null || o.unit !== q.unit || o.value === q.value || swapped.has(k)) return;
      // (One of the two no small count, which two names might give in any order by chance.)
      if (!isDistinctive(q) && !isDistinctive(o)) return;
      const mine = namedPair(sentence, q, o);
      if (!mine) return;
      for (const f of index.withValueBetween(q.unit, q.value!, q.value!)) {
        const g = index.siblingsOf(f).find((h) => h.quantity?.kind === 'quantity' && h.quantity.unit === o.unit && h.quantity.value === o.value);
        if (!g || f.quantity!.value !== q.value) continue;
        const theirs = namedPair(f.sentence, f.quantity!, g.quantity!);
        if (!theirs || wordKey(theirs[0].name) !== wordKey(mine[1].name) || wordKey(theirs[1].name) !== wordKey(mine[0].name)) continue;
        swapped.set(i, swap(f, g, mine[0].figure === q ? mine : [mine[1], mine[0]]));
        swapped.set(k, swap(g, f, mine[0].figure === o ? mine : [mine[1], mine[0]]));
        return;
      }
    });
  });
  return judgements.map((j, i) => swapped.get(i) ?? j);
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
