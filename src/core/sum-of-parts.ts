import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { valueRange, valuesAgree } from './values.ts';
import { shareAnAct, type Thing } from './thing.ts';
import { isHistory, wordsAfterFigure } from './match-figure.ts';
import { clauseAfter } from './clause-words.ts';
import { contentKeys } from './words.ts';
import { canonical } from './news-words.ts';
import { phraseOf, sourceLabel } from './explain.ts';
import { MAX_EVIDENCE, type Judgement } from './judgement.ts';

// A page's total that a source gives only in parts: by place ("25 from Sudmark and 15 from
// Kavran"), or by what each part is ("63 treated for the effects of cold and 19 for
// carbon-monoxide poisoning"). The explanation shows the sum.

/**
 * "At least 40 launches" when a source gives 25 from Sudmark and 15 from Kavran: a total the
 * page gives without a place agrees with the sum of one source's figures for distinct places.
 */
export function sumOfParts(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  const bySource = new Map<string, Fact[]>();
  for (const f of candidates) {
    if (isHistory(q, f, sentence)) continue; // the parts of another year's count are not this one's
    if (partOfTheOneBefore(f)) continue;
    const other = index.thingOfFact(f);
    const sameActs = shareAnAct(thing, other);
    if (other.places.length !== 1 || (thing.acts.length && !sameActs) || (thing.noun && other.noun && other.noun !== thing.noun)) continue;
    if (!thing.acts.length && other.noun !== thing.noun) continue;
    const list = bySource.get(sourceKey(f.source)) ?? [];
    if (!list.some((g) => index.thingOfFact(g).places[0] === other.places[0])) list.push(f);
    bySource.set(sourceKey(f.source), list);
  }
  for (const all of bySource.values()) {
    // The page names no place, or exactly the places of the parts ("from Sudmark and Kavran").
    const parts = thing.places.length ? all.filter((f) => thing.places.includes(index.thingOfFact(f).places[0])) : all;
    if (parts.length < 2 || (thing.places.length && parts.length !== thing.places.length)) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}

/**
 * "82 people were treated for the effects of cold or for carbon-monoxide poisoning" when a source
 * sentence gives 63 for the effects of cold and 19 for carbon-monoxide poisoning: a total whose
 * clause names what each of two or more figures of one source sentence is, and equals their sum.
 */
export function sumOfNamedParts(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  const said = new Set(contentKeys(clauseAfter(sentence, q.end, 160)).map(canonical));
  const seen = new Set<Fact[]>();
  for (const candidate of candidates) {
    const mates = index.siblingsOf(candidate);
    if (seen.has(mates)) continue;
    seen.add(mates);
    const figures = mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null && !partOfTheOneBefore(f) &&
      !isHistory(q, f, sentence));
    if (figures.length < 2) continue;
    // What tells each figure apart: the words after it that no other figure of the sentence has.
    const words = figures.map((f) => wordsAfterFigure(f));
    const own = words.map((w, i) => [...w].filter((k) => !words.some((o, j) => j !== i && o.has(k))));
    const parts = figures.filter((_, i) => own[i].length > 0 && own[i].every((k) => said.has(k)));
    if (parts.length < 2 || parts.some((f) => index.thingOfFact(f).noun !== null && thing.noun !== null && index.thingOfFact(f).noun !== thing.noun)) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}

/** "nine were taken to St Aldric's, two of them in critical condition": a part of the figure before is no part beside it. */
function partOfTheOneBefore(f: Fact): boolean {
  return f.quantity!.role === 'part' && /^\s+of\s+(?:them|those|whom|which)\b/.test(f.sentence.slice(f.quantity!.end, f.quantity!.end + 20));
}

/** The page's figure against the sum of a source's parts, shown: consistent, or null when they differ. */
function sumAgrees(q: Quantity, parts: Fact[]): Judgement | null {
  const total = parts.reduce((n, f) => n + f.quantity!.value!, 0);
  const atLeast = parts.some((f) => ['at least', 'more than'].includes(f.quantity!.qualifier));
  const sum: Quantity = { ...parts[0].quantity!, value: total, valueMax: null, qualifier: atLeast ? 'at least' : 'exact' };
  // Parts given as "at least" make a floor: a page figure with an upper bound below it disagrees.
  if (!valuesAgree(q, sum) || (atLeast && valueRange(q)[1] !== Infinity && q.value! < total)) return null;
  const shown = parts.map((f) => f.quantity!.text).join(' + ');
  return {
    verdict: 'consistent',
    explanation: `${sourceLabel(parts[0].source)} gives the parts: ${parts.map(phraseOf).join(' and ')}; ${shown} = ${total}, as this page says.`,
    facts: parts.slice(0, MAX_EVIDENCE),
  };
}
