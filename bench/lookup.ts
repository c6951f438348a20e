// Time per claim when a page is checked against fact bases of 1k, 10k and 100k facts, with the
// index (FactIndex) and, as the baseline measured in the same run, a scan of every fact.
// The facts are the bundled ones plus synthetic ones whose words, counted nouns and places are
// drawn Zipf-like (as in news: a few words are common, most are rare), so that the index's lists
// have realistic lengths.
// Run: npx tsx bench/lookup.ts
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { parseTextArticle } from '../src/core/article.ts';
import { buildFactBase } from '../src/core/facts.ts';
import { FactIndex } from '../src/core/fact-index.ts';
import { analyseParagraphs } from '../src/core/analyse.ts';
import type { Fact } from '../src/core/types.ts';
import { htmlParagraphs } from '../src/cli/read-article.ts';

const trt = parseTextArticle(readFileSync(new URL('../facts/trt-2023-10-27-us-strikes-iranian-targets-syria.txt', import.meta.url), 'utf8'));
const templates = buildFactBase([trt]).facts;
const page = htmlParagraphs(parseHTML(readFileSync(new URL('../tests/fixtures/pages/wire-report.html', import.meta.url), 'utf8')).document as unknown as Document);

/** A deterministic pseudo-random sequence, so every run measures the same fact base. */
function random(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

/** A rank from 1 to n drawn with probability ~ 1/rank, as word frequencies in text are. */
const zipf = (next: () => number, n: number) => Math.floor(Math.exp(next() * Math.log(n)));

function syntheticFacts(n: number): Fact[] {
  const next = random(42);
  const facts: Fact[] = templates.map((t, id) => ({ ...t, id }));
  for (let i = facts.length; i < n; i++) {
    const t = templates[i % templates.length];
    // Sentences of 20 words drawn from a 30,000-word vocabulary, nouns from 5,000, acts from 2,000,
    // places from 300, dates from four years.
    const words = Array.from({ length: 20 }, () => `word${zipf(next, 30_000)}`);
    const noun = `noun${zipf(next, 5_000)}`;
    const quantity = t.quantity?.kind === 'quantity'
      ? { ...t.quantity, nounKey: noun, noun: `${noun}s`, value: Math.round(next() * 1000), place: `Place${Math.floor(next() * 300)}`,
          about: `were verb${zipf(next, 2_000)}ed` }
      : t.quantity?.kind === 'date'
        ? { ...t.quantity, date: `20${20 + Math.floor(next() * 4)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}` }
        : t.quantity;
    facts.push({ ...t, id: i, quantity, value: quantity?.value ?? null, sentence: `${words.join(' ')} ${quantity?.text ?? ''} ${quantity?.noun ?? ''}.`, start: i });
  }
  return facts;
}

/** The same interface as the index, answering by scanning every fact. */
class ScanningIndex extends FactIndex {
  constructor(private readonly all: Fact[]) {
    super(all);
  }
  override withThing(keys: string[]): Fact[] {
    return this.all.filter((f) => f.quantity?.kind === 'quantity' && keys.some((k) => [this.thingOfFact(f).noun, ...this.thingOfFact(f).acts].includes(k)));
  }
  override sharing(keys: Set<string>, minShared: number, minFraction = 0, only?: (f: Fact) => boolean) {
    const need = Math.max(minShared, Math.ceil(minFraction * keys.size));
    return this.all
      .filter((f) => !only || only(f))
      .map((fact) => ({ fact, shared: [...this.keysOfFact(fact)].filter((k) => keys.has(k)).length }))
      .filter((x) => x.shared >= need).sort((a, b) => b.shared - a.shared || a.fact.id - b.fact.id);
  }
}

function msPerClaim(index: FactIndex, rounds: number): { ms: number; claims: number } {
  let claims = 0;
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    claims = analyseParagraphs(page, index).length;
    times.push(performance.now() - t0);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(rounds / 2)] / claims, claims };
}

console.log('Checking tests/fixtures/pages/wire-report.html against synthetic fact bases (median of runs):');
console.log('facts      indexed ms/claim   scan ms/claim (baseline)   indexed/scan   build index ms');
for (const n of [1_000, 10_000, 100_000]) {
  const facts = syntheticFacts(n);
  const t0 = performance.now();
  const index = new FactIndex(facts);
  const build = performance.now() - t0;
  const indexed = msPerClaim(index, 9);
  const scan = msPerClaim(new ScanningIndex(facts), n >= 100_000 ? 3 : 5);
  console.log(`${String(n).padEnd(10)} ${indexed.ms.toFixed(3).padStart(16)}   ${scan.ms.toFixed(3).padStart(24)}   ${(indexed.ms / scan.ms).toFixed(3).padStart(12)}   ${build.toFixed(0).padStart(14)}`);
}
