import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { overlap, unverified, type Judgement } from './judgement.ts';
import { sameNumber } from './values.ts';
import { momentsAgree } from './moments.ts';
import { thingOf } from './thing.ts';
import { canonical } from './news-words.ts';
import { voiceOf } from './explain.ts';
import { contentKeys } from './words.ts';
import { FEW, factsGivingValue } from './value-given.ts';

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
    const small = q.kind === 'quantity' && q.unit === null && (q.value ?? 0) < FEW;
    const words = small ? new Set(contentKeys(sentence)) : null;
    const thing = small ? thingOf(q, sentence) : null;
    // (Or every word of a short sentence, of people by what the page says they did: "Three people are
    // still missing" and "the three people still missing".)
    const given = factsGivingValue(q, sentence, index).find((f) => {
      if (!words || !thing) return true;
      const shared = overlap(words, index.keysOfFact(f));
      if (shared < SMALL_SHARED && !(shared >= 2 && shared === words.size)) return false;
      const named = (a: string) => [...index.keysOfFact(f)].some((k) => canonical(k) === a);
      return thing.noun !== null && (thing.noun === 'person' ? thing.acts.length > 0 && thing.acts.every(named) : thing.noun === index.thingOfFact(f).noun);
    }) ?? null;
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
