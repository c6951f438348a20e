// How long judging a long page takes: every labelled page of tests/fixtures/verdicts*, repeated to
// about 5,000 figures, against a fact base of every set's source articles. The baseline, in the
// same run, is the same page against an empty fact base: finding the figures and claims alone.
// Run: npx tsx bench/verdict-pages.ts
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseTextArticle, type Article } from '../src/core/article.ts';
import { buildFactBase } from '../src/core/facts.ts';
import { FactIndex } from '../src/core/fact-index.ts';
import { analyseParagraphs } from '../src/core/analyse.ts';
import { findQuantities } from '../src/core/numbers.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const FIGURES = 5_000;
const RUNS = 3;

const sources: Article[] = [];
const paragraphs: string[] = [];
for (const set of (await readdir(FIXTURES)).filter((d) => d.startsWith('verdicts')).sort()) {
  for (const f of (await readdir(`${FIXTURES}${set}/sources`)).sort()) sources.push(parseTextArticle(await readFile(`${FIXTURES}${set}/sources/${f}`, 'utf8')));
  for (const f of (await readdir(`${FIXTURES}${set}/pages`)).filter((n) => n.endsWith('.txt')).sort()) {
    paragraphs.push(...parseTextArticle(await readFile(`${FIXTURES}${set}/pages/${f}`, 'utf8')).paragraphs.map((p) => p.text));
  }
}
const page: string[] = [];
let figures = 0;
while (figures < FIGURES) {
  for (const p of paragraphs) {
    page.push(p);
    figures += findQuantities(p).length;
    if (figures >= FIGURES) break;
  }
}

function median(index: FactIndex): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyseParagraphs(page, index);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const full = new FactIndex(buildFactBase(sources).facts);
const empty = new FactIndex([]);
const judged = median(full);
const found = median(empty);
console.log(`A page of ${page.length} paragraphs and ${figures} figures, against ${sources.length} source articles (${full.size} facts); median of ${RUNS} runs:`);
console.log(`judged against the fact base   ${(judged / 1000).toFixed(2)} s   (${(judged / figures).toFixed(2)} ms a figure)`);
console.log(`against no facts (baseline)    ${(found / 1000).toFixed(2)} s   (${(found / figures).toFixed(2)} ms a figure)`);
console.log(`judging / finding alone        ${(judged / found).toFixed(1)}×`);
