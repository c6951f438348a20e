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
      // One entry per sentence, except that each date of a sentence is its own entry.
      const sentenceKey = `${fact.source.url}\u0000${fact.start}\u0000${fact.sentence}`;
      if (q?.kind !== 'date' && seenSentences.has(sentenceKey)) continue;
      if (q?.kind !== 'date') seenSentences.add(sentenceKey);
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

  /**
   * Facts whose sentence shares at least `minShared` of these keys and at least `minFraction` of
   * them, with the count shared. Exact, yet it reads only the rarest keys' lists: a sentence that
   * shares `need` of n keys must hold one of any n − need + 1 of them.
   */
  sharing(keys: Set<string>, minShared: number, minFraction = 0, only?: (f: Fact) => boolean): Array<{ fact: Fact; shared: number }> {
    const need = Math.max(minShared, Math.ceil(minFraction * keys.size));
    if (need > keys.size || need < 1) return [];
    const lists = [...keys].map((k) => this.byWord.get(k) ?? []).sort((a, b) => a.length - b.length);
    const candidates = new Set<Fact>();
    for (const list of lists.slice(0, keys.size - need + 1)) for (const f of list) if (!only || only(f)) candidates.add(f);
    const out: Array<{ fact: Fact; shared: number }> = [];
    for (const fact of candidates) {
      let shared = 0;
      for (const k of this.keysOfFact(fact)) if (keys.has(k)) shared++;
      if (shared >= need) out.push({ fact, shared });
    }
    return out.sort((a, b) => b.shared - a.shared || a.fact.id - b.fact.id);
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
