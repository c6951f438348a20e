// Measures our figure finder and sentence splitter against general libraries on the same labelled
// text (tests/fixtures/articles): compromise (numbers, sentences) with chrono-node (dates, times).
// Prints accuracy (exact spans against the labels) and time per article, and the ratio to ours.
// Run: npx tsx bench/extraction-libraries.ts [--tuning]   (default: the held-out articles)
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { readArticleFile } from '../src/cli/read-article.ts';
import { splitSentences } from '../src/core/sentences.ts';
import { findQuantities } from '../src/core/numbers.ts';
import type { Article } from '../src/core/article.ts';
import { labelledArticles, normaliseText } from '../tests/eval/labels.ts';
import { locateFigures, type Located } from '../tests/eval/extraction.ts';
import { emptyScore, fmt, prf, type Score } from '../tests/eval/score.ts';

type Span = { start: number; end: number };
type Finder = (article: Article) => Span[];

const HEDGE = /\b(?:at least|more than|over|nearly|almost|about|around|roughly|approximately|some|up to|as many as|fewer than|less than)\s+$/i;

/** The same hedge step for every finder, so that the comparison is of number detection itself. */
function withHedge(text: string, span: Span): Span {
  const m = HEDGE.exec(text.slice(Math.max(0, span.start - 30), span.start));
  return m ? { start: span.start - (m[0].length), end: span.end } : span;
}

const ours: Finder = (article) =>
  article.paragraphs.flatMap((p) => splitSentences(p.text).flatMap((s) =>
    findQuantities(s.text).map((q) => ({ start: p.start + s.start + q.start, end: p.start + s.start + q.end }))));

const libraries: Finder = (article) => {
  const spans: Span[] = [];
  for (const p of article.paragraphs) {
    const dates = chrono.parse(p.text).map((r) => ({ start: p.start + r.index, end: p.start + r.index + r.text.length }));
    spans.push(...dates);
    const numbers = nlp(p.text).numbers().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
    for (const n of numbers) {
      const text = n.text.replace(/[.,;:!?)"'”’]+$/, '');
      const span = withHedge(p.text, { start: n.offset.start, end: n.offset.start + text.length });
      const abs = { start: p.start + span.start, end: p.start + span.end };
      if (!dates.some((d) => abs.start < d.end && d.start < abs.end)) spans.push(abs);
    }
  }
  return spans;
};

function score(found: Span[], expected: Located[]): Score {
  const s = emptyScore();
  const key = (x: Span) => `${x.start}:${x.end}`;
  const want = new Set(expected.map(key));
  const got = new Set(found.map(key));
  for (const k of got) want.has(k) ? s.tp++ : s.fp++;
  for (const k of want) if (!got.has(k)) s.fn++;
  return s;
}

function timePerArticle(finder: Finder, articles: Article[], rounds = 15): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const a of articles) finder(a);
    times.push((performance.now() - t0) / articles.length);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

// The held-out articles were never used to tune our rules: the fair ground for a comparison.
const dir = process.argv.includes('--tuning') ? undefined : fileURLToPath(new URL('../tests/fixtures/articles-heldout/', import.meta.url));
const items = await labelledArticles(dir);
const articles = await Promise.all(items.map((i) => readArticleFile(i.path)));
const results: Array<[string, Finder]> = [['ours (src/core/numbers.ts)', ours], ['compromise + chrono-node', libraries]];
console.log(`Figures on ${items.length} ${dir ? 'held-out' : 'tuning'} labelled articles (${items.reduce((n, i) => n + i.labels.numbers.length, 0)} labelled figures), exact spans:`);
const baseline = timePerArticle(ours, articles);
for (const [name, finder] of results) {
  const total = emptyScore();
  items.forEach((item, i) => {
    const s = score(finder(articles[i]), locateFigures(item, articles[i].text));
    total.tp += s.tp; total.fp += s.fp; total.fn += s.fn;
  });
  const ms = finder === ours ? baseline : timePerArticle(finder, articles);
  console.log(`  ${name.padEnd(28)} ${fmt(total)}  ${ms.toFixed(2)} ms/article (×${(ms / baseline).toFixed(1)} ours)`);
}

// Sentences: how many labelled sentences (claims and attributed sentences) each splitter finds exactly.
const splitters: Array<[string, (text: string) => string[]]> = [
  ['ours (Intl.Segmenter + abbreviations)', (t) => splitSentences(t).map((s) => s.text)],
  ['compromise', (t) => (nlp(t).sentences().json() as Array<{ text: string }>).map((s) => s.text)],
];
console.log('\nSentences: labelled sentences found exactly:');
let sentenceBaseline = 0;
for (const [name, split] of splitters) {
  let found = 0;
  let labelled = 0;
  const t0 = performance.now();
  items.forEach((item, i) => {
    const got = new Set(articles[i].paragraphs.flatMap((p) => split(p.text)).map(normaliseText));
    for (const s of new Set([...item.labels.claims, ...item.labels.speakers.map((x) => x.sentence)].map(normaliseText))) {
      labelled++;
      if (got.has(s)) found++;
    }
  });
  const ms = (performance.now() - t0) / items.length;
  sentenceBaseline ||= ms;
  console.log(`  ${name.padEnd(38)} ${found}/${labelled} (${((100 * found) / labelled).toFixed(1)}%)  ${ms.toFixed(2)} ms/article (×${(ms / sentenceBaseline).toFixed(1)} ours)`);
}
void prf;
