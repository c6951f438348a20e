import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import type { Thing } from './thing.ts';
import type { Judgement } from './judgement.ts';
import { isHistory } from './match-figure.ts';
import { isRate, partOfTheOneBefore, sumAgrees } from './sum-of-parts.ts';
import { wordsOwnedByClause } from './figure-words.ts';
import { contentKeys } from './words.ts';
import { canonical } from './news-words.ts';

/**
 * "Put ferries and cruises together and you have about 3.3 million passengers" when a source gives
 * 2.9 million ferry passengers in one sentence and 410,000 cruise passengers in another: a total the
 * page says is of several kinds, each named in its sentence, agrees with the sum of one source's
 * counts of the same thing whose clauses each name a word of the page's sentence that no other
 * part's clause names.
 */
export function sumOfNamedKinds(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  if (thing.noun === null || thing.noun === 'person' || thing.places.length > 0 || !ALL_KINDS.test(sentence)) return null;
  const pageWords = new Set(contentKeys(sentence).map(canonical));
  const bySource = new Map<string, Fact[]>();
  for (const f of candidates) {
    if (index.thingOfFact(f).noun !== thing.noun || isHistory(q, f, sentence) || partOfTheOneBefore(f) || isRate(f)) continue;
    bySource.set(sourceKey(f.source), [...(bySource.get(sourceKey(f.source)) ?? []), f]);
  }
  for (const facts of bySource.values()) {
    if (facts.length < 2) continue;
    const owned = facts.map((f) => {
      const figures = index.siblingsOf(f).map((o) => o.quantity!).filter((o) => o.kind === 'quantity');
      return new Set([...wordsOwnedByClause(f.sentence, figures, f.quantity!)].map(canonical));
    });
    // (Each part's kind is a word of its own clause that the page names and no other part's clause has.)
    const kinds = owned.map((words, i) => [...words].filter((k) => k !== thing.noun && pageWords.has(k) && !owned.some((o, j) => j !== i && o.has(k))));
    const parts = facts.filter((_, i) => kinds[i].length > 0);
    if (parts.length < 2) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}

/** Words that say a total is of several kinds put together. */
const ALL_KINDS = /\b(?:together|combined|in all|in total|altogether|all told|between them)\b/i;
