import type { Fact } from './types.ts';
import { contentKeys } from './words.ts';

/**
 * The fact base, indexed so that a claim's candidates are found by key, never by scanning
 * every fact: by counted noun, by date, and by the content words of each distinct sentence.
 */
export class FactIndex {
  readonly size: number;
  private readonly byNoun = new Map<string, Fact[]>();
  private readonly byMonthDay = new Map<string, Fact[]>();
  private readonly byWord = new Map<string, Fact[]>();
  private readonly keysOfSentence = new Map<string, Set<string>>();

  constructor(facts: Fact[]) {
    this.size = facts.length;
    const seenSentences = new Set<string>();
    for (const fact of facts) {
      const q = fact.quantity;
      if (q?.kind === 'quantity' && q.nounKey) push(this.byNoun, q.nounKey, fact);
      if (q?.kind === 'date' && q.date) push(this.byMonthDay, monthDayOf(q.date), fact);
      const sentenceKey = `${fact.source.url}\u0000${fact.start}\u0000${fact.sentence}`;
      if (seenSentences.has(sentenceKey)) continue;
      seenSentences.add(sentenceKey);
      for (const key of this.keysOfFact(fact)) push(this.byWord, key, fact);
    }
  }

  /** Facts that count the same noun. */
  withNoun(nounKey: string): Fact[] {
    return this.byNoun.get(nounKey) ?? [];
  }

  /** Date facts on the same day of the same month (the year may be left out on either side). */
  onDay(date: string): Fact[] {
    return this.byMonthDay.get(monthDayOf(date)) ?? [];
  }

  /** Sentence facts that share the most content words with these keys, best first. */
  sharingWords(keys: Iterable<string>, limit = 20): Fact[] {
    const counts = new Map<Fact, number>();
    for (const key of new Set(keys)) {
      const facts = this.byWord.get(key);
      // A word in most sentences tells nothing apart, and following it would scan the base.
      if (!facts || facts.length > 5_000) continue;
      for (const f of facts) counts.set(f, (counts.get(f) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].id - b[0].id).slice(0, limit).map(([f]) => f);
  }

  /** The content-word keys of a fact's sentence, computed once per sentence. */
  keysOfFact(fact: Fact): Set<string> {
    let keys = this.keysOfSentence.get(fact.sentence);
    if (!keys) {
      keys = new Set(contentKeys(fact.sentence));
      this.keysOfSentence.set(fact.sentence, keys);
    }
    return keys;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "2023-10-17" and "10-17" → "10-17"; "2023" → "2023". */
function monthDayOf(date: string): string {
  const m = /(\d{2}-\d{2})$/.exec(date);
  return m && date.length !== 7 ? m[1] : date;
}
