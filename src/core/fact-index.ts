import type { Fact } from './types.ts';
import { contentKeys, isStopword, wordKey } from './words.ts';
import { thingKeys, thingOf, type Thing } from './thing.ts';
import { canonical } from './news-words.ts';
import { momentKeys } from './moments.ts';
import { isPerson } from './speakers.ts';

/** A word, then a name of two capitalised words: a title before a person's name. */
const TITLE_BEFORE_NAME = /([\p{L}'’-]+)(?=\s+(\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+))/gu;

/**
 * The fact base, indexed so that a claim's candidates are found by key, never by scanning
 * every fact: by counted noun, by date, and by the content words of each distinct sentence.
 */
export class FactIndex {
  readonly size: number;
  private readonly byThing = new Map<string, Fact[]>();
  private readonly things = new Map<number, Thing>();
  private readonly byMonthDay = new Map<string, Fact[]>();
  private readonly byTime = new Map<string, Fact[]>();
  private readonly byWord = new Map<string, Fact[]>();
  /** Quantity facts by unit, sorted by value: the facts whose value falls in a range, found by search. */
  private readonly byValue = new Map<string, Fact[]>();
  private readonly keysOfSentence = new Map<string, Set<string>>();
  /** Each fact's sentence-mates (the facts of one sentence share one list). */
  private readonly factsOfSentence = new Map<Fact, Fact[]>();
  /** Each fact's sentence before it in its article, when the facts come in the article's order. */
  private readonly before = new Map<Fact, Fact>();
  /** The names each source article mentions, to tell which article a page reports on. */
  private readonly namesBySource = new Map<string, Set<string>>();
  /** "Corvel, the capital": what "the capital" means in each source article. */
  private readonly capitalBySource = new Map<string, string>();
  private readonly allNames = new Set<string>();
  /** The words of the names of the people each source article quotes. */
  private readonly quotedBySource = new Map<string, Set<string>>();

  constructor(facts: Fact[]) {
    this.size = facts.length;
    let sentenceMates: Fact[] = [];
    for (const fact of facts) {
      const source = sourceKey(fact.source);
      if (fact.speaker && isPerson(fact.speaker)) {
        const quoted = this.quotedBySource.get(source) ?? new Set<string>();
        for (const k of contentKeys(fact.speaker)) quoted.add(k);
        this.quotedBySource.set(source, quoted);
      }
      // A sentence with several figures is several facts, one after the other (facts.ts): what
      // depends on the sentence alone is read once.
      const first = sentenceMates[0];
      const newSentence = !first || first.start !== fact.start || first.sentence !== fact.sentence || sourceKey(first.source) !== source;
      if (newSentence) {
        if (first && sourceKey(first.source) === source && first.end <= fact.start) this.before.set(fact, first);
        sentenceMates = [];
        this.learnSentence(source, fact.sentence);
      } else if (this.before.has(first)) {
        this.before.set(fact, this.before.get(first)!);
      }
      sentenceMates.push(fact);
      this.factsOfSentence.set(fact, sentenceMates);
      const q = fact.quantity;
      if (q?.kind === 'quantity') {
        const thing = thingOf(q, fact.sentence);
        this.things.set(fact.id, thing);
        for (const key of thingKeys(thing)) push(this.byThing, key, fact);
        if (q.value !== null && Number.isFinite(q.value)) push(this.byValue, q.unit ?? '', fact);
      }
      if (q?.kind === 'date' && q.date) push(this.byMonthDay, monthDayOf(q.date), fact);
      if (q?.kind === 'time') for (const key of momentKeys(q)) push(this.byTime, key, fact);
      // One entry per sentence, except that each date of a sentence is its own entry.
      if (newSentence || q?.kind === 'date') for (const key of this.keysOfFact(fact)) push(this.byWord, key, fact);
    }
    for (const list of this.byValue.values()) list.sort((a, b) => a.quantity!.value! - b.quantity!.value!);
    // (A sentence's figures are read as each other's siblings; a statement without a figure is no
    // figure, and a fact base file may put one in a sentence with figures: it stays its own.)
    const figuresOnly = new Map<Fact[], Fact[]>(); // one filtered list per sentence, shared by its figures
    for (const [fact, mates] of this.factsOfSentence) {
      if (!mates.some((m) => m.quantity === null)) continue;
      if (!figuresOnly.has(mates)) figuresOnly.set(mates, mates.filter((m) => m.quantity !== null));
      this.factsOfSentence.set(fact, fact.quantity === null ? [fact] : figuresOnly.get(mates)!);
    }
  }

  /** The names a source article mentions, and what it calls "the capital". */
  private learnSentence(source: string, sentence: string): void {
    const names = this.namesBySource.get(source) ?? new Set<string>();
    for (const n of namesIn(sentence)) {
      names.add(n);
      this.allNames.add(n);
    }
    this.namesBySource.set(source, names);
    const capital = /(\p{Lu}[\p{L}'’-]+),\s+the\s+capital\b/u.exec(sentence);
    if (capital) this.capitalBySource.set(source, contentKeys(capital[1]).join(' '));
  }

  /** How many of a page's names each source article shares: which articles the page reports on. */
  affinity(pageNames: Set<string>): Map<string, number> {
    return new Map([...this.namesBySource].map(([key, names]) => [key, [...pageNames].filter((n) => names.has(n)).length]));
  }

  /** Whether any source article names this key ("brask"): a capitalised first word may be a name. */
  isName(key: string): boolean {
    return this.allNames.has(key);
  }

  /** The keys of the names a source article mentions anywhere. */
  namesOf(source: string): Set<string> {
    return this.namesBySource.get(source) ?? new Set();
  }

  /** The place a source article calls "the capital", as a place key. */
  capitalOf(source: string): string | null {
    return this.capitalBySource.get(source) ?? null;
  }

  /** Quantity facts about any of these things or acts (keys from thingKeys). */
  withThing(keys: string[]): Fact[] {
    return [...new Set(keys.flatMap((k) => this.byThing.get(k) ?? []))];
  }

  /** What a quantity fact counts, computed once when the index is built. */
  thingOfFact(fact: Fact): Thing {
    return this.things.get(fact.id) ?? thingOf(fact.quantity!, fact.sentence);
  }

  /** The facts of the same sentence of the same article, this one included. */
  siblingsOf(fact: Fact): Fact[] {
    return this.factsOfSentence.get(fact) ?? [fact];
  }

  /** The sentence before this fact's in its article ("Mayor Lene Ostrova said…" before '"This is the darkest day," she said'), or null. */
  sentenceBefore(fact: Fact): Fact | null {
    return this.before.get(fact) ?? null;
  }

  /** Quantity facts of this unit (null: a plain count) whose value lies from `low` to `high`. */
  withValueBetween(unit: string | null, low: number, high: number): Fact[] {
    const list = this.byValue.get(unit ?? '') ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].quantity!.value! < low) lo = mid + 1;
      else hi = mid;
    }
    const out: Fact[] = [];
    for (let i = lo; i < list.length && list[i].quantity!.value! <= high; i++) out.push(list[i]);
    return out;
  }

  /** Time facts at the same clock time. */
  atTime(key: string): Fact[] {
    return this.byTime.get(key) ?? [];
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

  /**
   * Whether a source article gives a word of this key as the title of another person it quotes:
   * "Education Minister Adela Vranken", where the speaker is Tobias Ferrand.
   */
  titleOfAnother(source: string, key: string, speaker: string[]): boolean {
    const quoted = this.quotedBySource.get(source) ?? new Set<string>();
    const another = (name: string[]) => name.every((k) => quoted.has(k)) && name.some((k) => !speaker.includes(k));
    return (this.byWord.get(key) ?? []).some((f) => sourceKey(f.source) === source &&
      [...f.sentence.matchAll(TITLE_BEFORE_NAME)].some((m) => wordKey(m[1]) === key && another(contentKeys(m[2]))));
  }

  /** Whether a source article says, in any sentence, a word of this key. */
  articleSays(source: string, key: string): boolean {
    return (this.byWord.get(key) ?? []).some((f) => sourceKey(f.source) === source);
  }

  /** Whether a fact's sentence says a word that folds to this key ("injuries" for "injur"). */
  names(fact: Fact, key: string): boolean {
    for (const k of this.keysOfFact(fact)) if (canonical(k) === key) return true;
    return false;
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

/** A source article's identity: its address, title, outlet and date. */
export const sourceKey = (s: { url: string; title: string; outlet: string; published: string }) =>
  `${s.url}\u0000${s.title}\u0000${s.outlet}\u0000${s.published}`;

/** The keys of the names in a sentence: capitalised words past the first. */
export function namesIn(sentence: string): string[] {
  return (sentence.match(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !isStopword(w)).map(wordKey);
}
