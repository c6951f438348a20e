import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { differInAct, isMeasure, isShare, thingOf } from './thing.ts';
import { isRate } from './sum-of-parts.ts';
import { pins, valuesAgree } from './values.ts';
import { contentKeys } from './words.ts';
import { sourceLabel } from './explain.ts';

// "350 fewer officers", "a rise of 270", "almost 14,000 more than in June": a change the page works
// out from two figures one source sentence gives ("officers fell from 11,750 to 11,400"); and
// "together, sport and the arts received €655m", a total of two of them. Labelled pages do this
// often; no source gives the difference or the total itself, so nothing else can confirm it.

/** Words that make a figure a difference: after it ("350 fewer", "270 more") or before it ("a rise of", "down by"). */
const DIFFERENCE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:fewer|more|less|higher|lower)\b/iu;
const DIFFERENCE_BEFORE = /\b(?:rise|fall|drop|increase|decrease|gap|difference|jump|decline|cut|up|down|rose|fell|grew|dropped|climbed)\s+(?:of|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+|around\s+|more\s+than\s+|just\s+over\s+|just\s+under\s+)?$/i;
/** Words that make a figure a total of two: "together, sport and the arts received €655m", "27,000 in all". */
const TOTAL_BEFORE = /\b(?:together|combined|between\s+them|a\s+total\s+of|in\s+all|in\s+total|altogether)\b[^.;]{0,40}$/i;
const TOTAL_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:in\s+all|in\s+total|combined|altogether|between\s+them|together)\b/iu;
/** Words besides the figures the two sentences must share to be telling the same. */
const DIFFERENCE_SHARED = 3;

export function differenceOfOneSentence(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const keys = new Set(contentKeys(sentence));
  return judgements.map((j, i) => {
    const q = quantities[i];
    // (A difference is no level: one a source sentence's two figures give is confirmed even where a
    // level seemed to contradict it, "350 fewer prison officers" against the 11,400 left.)
    if (j.verdict === 'consistent' || (j.verdict === 'unverified' && j.facts.length > 0) || q.kind !== 'quantity' || q.value === null || isShare(q.unit) || isMeasure(q.unit)) return j;
    const difference = DIFFERENCE_AFTER.test(sentence.slice(q.end, q.end + 40)) || DIFFERENCE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start));
    const total = !difference && (TOTAL_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start)) || TOTAL_AFTER.test(sentence.slice(q.end, q.end + 30)));
    if (!difference && !total) return j;
    // (A total's parts are of its act and its thing, and no rates: "killed 30 and injured 15" is not
    // 45 killed, nor "12,000 on a weekday and 8,000 on a Saturday" 20,000 in all.)
    const thing = thingOf(q, sentence);
    const part = (f: Fact) => {
      const other = index.thingOfFact(f);
      return !differInAct(thing, other) && !isRate(f);
    };
    for (const { fact } of index.sharing(keys, DIFFERENCE_SHARED)) {
      const mates = index.siblingsOf(fact).filter((f) => f.quantity?.kind === 'quantity' && (difference || part(f)));
      const pair = pairGiving(q, mates, difference ? (a, b) => a - b : (a, b) => a + b);
      if (pair) {
        const [a, b] = pair;
        const value = difference ? a.quantity!.value! - b.quantity!.value! : a.quantity!.value! + b.quantity!.value!;
        return {
          verdict: 'consistent',
          explanation: `${sourceLabel(a.source)} gives ${a.quantity!.text} and ${b.quantity!.text} in one sentence: ${difference ? 'a difference of' : 'together'} ${value.toLocaleString('en-GB')}.`,
          facts: [a, b],
        };
      }
    }
    return j;
  });
}

/** Two figures of a source sentence, in the page figure's unit, whose difference (or sum) is its value. */
function pairGiving(q: Quantity, mates: Fact[], combine: (a: number, b: number) => number): [Fact, Fact] | null {
  const figures = mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null && f.quantity.valueMax == null);
  // (Not where the sentence gives the page's value itself: "12 more burned on farms" is a count of its own.)
  if (figures.some((f) => f.quantity!.value === q.value)) return null;
  for (const a of figures) {
    for (const b of figures) {
      if (a === b || a.quantity!.value! <= b.quantity!.value!) continue;
      const combined = { ...q, value: combine(a.quantity!.value!, b.quantity!.value!), valueMax: null, qualifier: 'exact' as const };
      // (An exact page figure must be the difference itself; a hedged one, "almost 14,000", may round it.)
      if (q.qualifier === 'exact' ? combined.value === q.value : valuesAgree(q, combined) && pins(combined, q)) return [a, b];
    }
  }
  return null;
}
