import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { isMeasure, isShare } from './thing.ts';
import { pins, valuesAgree } from './values.ts';
import { contentKeys } from './words.ts';
import { sourceLabel } from './explain.ts';

// "350 fewer officers", "a rise of 270", "almost 14,000 more than in June": a change the page works
// out from two figures one source sentence gives ("officers fell from 11,750 to 11,400"). Labelled
// pages do this often; no source gives the difference itself, so nothing else can confirm it.

/** Words that make a figure a difference: after it ("350 fewer", "270 more") or before it ("a rise of", "down by"). */
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:fewer|more|less|higher|lower)\b/iu;
const DIFFERENCE_BEFORE = /\b(?:rise|fall|drop|increase|decrease|gap|difference|jump|decline|cut|up|down|rose|fell|grew|dropped|climbed)\s+(?:of|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$/i;
/** Words besides the figures the two sentences must share to be telling the same. */
const DIFFERENCE_SHARED = 3;

export function differenceOfOneSentence(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const keys = new Set(contentKeys(sentence));
  return judgements.map((j, i) => {
    const q = quantities[i];
    // (A difference is no level: one a source sentence's two figures give is confirmed even where a
    // level seemed to contradict it, "350 fewer prison officers" against the 11,400 left.)
    if (j.verdict === 'consistent' || (j.verdict === 'unverified' && j.facts.length > 0) || q.kind !== 'quantity' || q.value === null || isShare(q.unit) || isMeasure(q.unit)) return j;
    if (!DIFFERENCE_AFTER.test(sentence.slice(q.end, q.end + 40)) && !DIFFERENCE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return j;
    for (const { fact } of index.sharing(keys, DIFFERENCE_SHARED)) {
      const pair = pairDiffering(q, index.siblingsOf(fact));
      if (pair) {
        const [a, b] = pair;
        const difference = Math.abs(a.quantity!.value! - b.quantity!.value!);
        return {
          verdict: 'consistent',
          explanation: `${sourceLabel(a.source)} gives ${a.quantity!.text} and ${b.quantity!.text} in one sentence: a difference of ${difference.toLocaleString('en-GB')}.`,
          facts: [a, b],
        };
      }
    }
    return j;
  });
}

/** Two figures of a source sentence, in the page figure's unit, whose difference is its value. */
function pairDiffering(q: Quantity, mates: Fact[]): [Fact, Fact] | null {
  const figures = mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null && f.quantity.valueMax == null);
  // (Not where the sentence gives the page's value itself: "12 more burned on farms" is a count of its own.)
  if (figures.some((f) => f.quantity!.value === q.value)) return null;
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || a.quantity!.value! <= b.quantity!.value!) continue;
      const difference = { ...q, value: a.quantity!.value! - b.quantity!.value!, valueMax: null, qualifier: 'exact' as const };
      // (An exact page figure must be the difference itself; a hedged one, "almost 14,000", may round it.)
      if (q.qualifier === 'exact' ? difference.value === q.value : valuesAgree(q, difference) && pins(difference, q)) return [a, b];
    }
  }
  return null;
}
