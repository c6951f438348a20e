import type { Quantity } from './types.ts';
import { unverified, type Judgement } from './judgement.ts';
import { isShare } from './thing.ts';
import { phraseOf, voiceOf } from './explain.ts';

/**
 * A count ten times another is seldom the same count told wrong: "about 90 million passengers" against
 * the "eight passengers" of a cable car, "two crew members" against 48 injured. Reports of one thing
 * that disagree, disagree within a factor of a few ("63 injured" against 21); so a contradiction that
 * far apart is withdrawn, the source shown, and the figure left unconfirmed. (Not the same digits a
 * power of ten apart: a slipped decimal point is a figure told wrong.)
 */
export function farApart(quantities: Quantity[], judgements: Judgement[]): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'conflicting' || q.kind !== 'quantity' || q.value === null || q.value <= 0 || isShare(q.unit) || j.facts.length === 0) return j;
    const apart = j.facts.every((f) => {
      const v = f.quantity?.value;
      return v !== null && v !== undefined && v > 0 && Math.max(v, q.value!) / Math.min(v, q.value!) >= FAR && !slippedPoint(v, q.value!);
    });
    if (!apart) return j;
    const f = j.facts[0];
    return unverified(`${voiceOf(f)} says ${phraseOf(f)}, so far from this figure that it is more likely another count than the same one told wrong.`);
  });
}

/** "$25m" for "$2.5 million", "20,000" for "2,000": the same digits a power of ten apart are the same figure miswritten. */
function slippedPoint(a: number, b: number): boolean {
  const ratio = Math.max(a, b) / Math.min(a, b);
  const power = Math.round(Math.log10(ratio));
  return power >= 1 && Math.abs(ratio - 10 ** power) < 1e-9 * ratio;
}

/** How far apart two values are before they are taken for two counts. */
const FAR = 10;
