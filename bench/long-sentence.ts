// Time to read a hostile paragraph: one "sentence" of 25,000 and 100,000 characters of figures and
// years with no full stop, against, as the baseline measured in the same run, the same clauses
// written as ordinary sentences. A page may hold such a run (a table flattened into text, a list
// of figures); it must read no slower than the same words in sentences.
// Run: npx tsx bench/long-sentence.ts
import { readFileSync } from 'node:fs';
import { parseTextArticle } from '../src/core/article.ts';
import { buildFactBase } from '../src/core/facts.ts';
import { FactIndex } from '../src/core/fact-index.ts';
import { analyseParagraphs } from '../src/core/analyse.ts';

const trt = parseTextArticle(readFileSync(new URL('../facts/trt-2023-10-27-us-strikes-iranian-targets-syria.txt', import.meta.url), 'utf8'));
const index = new FactIndex(buildFactBase([trt]).facts);
const CLAUSES = ['in 2019 the council spent €4.5 million on 12 new buses', 'while 340 people were injured in 2021',
  'and about 1,200 homes lost power for 3 hours', 'up 4.5% from 2020', 'with 27 firefighters and 3 engines'];

function clauses(length: number): string[] {
  const out: string[] = [];
  for (let i = 0, n = 0; n < length; i++) {
    out.push(CLAUSES[i % CLAUSES.length]);
    n += CLAUSES[i % CLAUSES.length].length + 2;
  }
  return out;
}

/** The median of three runs, in milliseconds, and the number of findings. */
function time(paragraph: string): { ms: number; findings: number } {
  const runs: number[] = [];
  let findings = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    findings = analyseParagraphs([paragraph], index).length;
    runs.push(performance.now() - start);
  }
  return { ms: runs.sort((a, b) => a - b)[1], findings };
}

console.log('characters | one run-on sentence | the same clauses as sentences (baseline) | ratio');
for (const length of [25_000, 100_000]) {
  const parts = clauses(length);
  const runOn = time(`Officials said that ${parts.join(', ')}.`);
  const sentences = time(parts.map((p) => `${p[0].toUpperCase()}${p.slice(1)}.`).join(' '));
  console.log(`${length.toLocaleString('en')} | ${runOn.ms.toFixed(0)} ms (${runOn.findings} findings) | ${sentences.ms.toFixed(0)} ms (${sentences.findings} findings) | ${(runOn.ms / sentences.ms).toFixed(2)}`);
}
