// `npm run eval`: measures Sourcelight's reading of the labelled articles in tests/fixtures/articles
// (figures, claims, facts and speakers) and prints precision, recall and F1 with every miss.
// `npm run eval -- --quiet` prints the totals only; `--json` prints them as JSON.
import { fileURLToPath } from 'node:url';
import { ARTICLES_DIR, labelledArticles } from './labels.ts';
import { evaluateArticle, type ArticleResult } from './extraction.ts';
import { add, emptyScore, fmt, pct, prf } from './score.ts';
import { VERDICT_SETS, evaluateVerdicts, perVerdict, type VerdictTotals } from './verdicts.ts';

/** Articles never used to tune the rules: they tell how well the figures above generalise. */
export const HELD_OUT_DIR = fileURLToPath(new URL('../fixtures/articles-heldout/', import.meta.url));

export async function evaluateAll(dir = ARTICLES_DIR): Promise<{ results: ArticleResult[]; totals: ReturnType<typeof totalsOf> }> {
  const results = [];
  for (const item of await labelledArticles(dir)) results.push(await evaluateArticle(item));
  return { results, totals: totalsOf(results) };
}

function totalsOf(results: ArticleResult[]) {
  const numbers = emptyScore();
  const claims = emptyScore();
  const sum = (f: (r: ArticleResult) => number) => results.reduce((n, r) => n + f(r), 0);
  for (const r of results) {
    add(numbers, r.numbers);
    add(claims, r.claims);
  }
  return {
    articles: results.length,
    numbers, claims,
    numbersF1: prf(numbers).f1,
    claimsF1: prf(claims).f1,
    valuesRight: sum((r) => r.valuesRight) / Math.max(1, numbers.tp),
    nounsRight: sum((r) => r.nounsRight) / Math.max(1, numbers.tp),
    factsLabelled: sum((r) => r.factsLabelled),
    factsFound: sum((r) => r.factsFound) / Math.max(1, sum((r) => r.factsLabelled)),
    speakersLabelled: sum((r) => r.speakersLabelled),
    speakersRight: sum((r) => r.speakersRight) / Math.max(1, sum((r) => r.speakersLabelled)),
    speakersInvented: sum((r) => r.speakersInvented),
  };
}

function printTotals(title: string, totals: ReturnType<typeof totalsOf>): void {
  console.log(`${title} (${totals.articles} articles)`);
  console.log(`  figures: ${fmt(totals.numbers)}`);
  console.log(`           of those found: value right ${pct(totals.valuesRight)}, counted noun right ${pct(totals.nounsRight)}`);
  console.log(`  claims:  ${fmt(totals.claims)}`);
  console.log(`  fact base: ${pct(totals.factsFound)} of ${totals.factsLabelled} labelled figures became a fact with the right value`);
  console.log(`  speakers: ${pct(totals.speakersRight)} of ${totals.speakersLabelled} attributed sentences right; ${totals.speakersInvented} own-voice sentences given a speaker`);
}

function printArticles(results: ArticleResult[]): void {
  for (const r of results) {
    console.log(`\n## ${r.name} (${r.style})`);
    console.log(`  figures ${fmt(r.numbers)}`);
    console.log(`  claims  ${fmt(r.claims)}`);
    console.log(`  facts found ${r.factsFound}/${r.factsLabelled}; speakers right ${r.speakersRight}/${r.speakersLabelled}, invented ${r.speakersInvented}`);
    for (const m of r.misses) console.log(`    - ${m}`);
  }
  console.log('');
}

function printVerdicts(title: string, t: VerdictTotals, quiet: boolean): void {
  if (!quiet) for (const m of t.misses) console.log(`    - ${m}`);
  console.log(`${title}: ${t.pages} labelled pages (${t.labelled} figures and claims)`);
  console.log(`  right: ${pct(t.right / t.labelled)} (${t.right}/${t.labelled}); harmful errors (false consistent or conflicting): ${t.harmful}; not highlighted: ${t.notFound}`);
  for (const v of perVerdict(t)) console.log(`  ${v.verdict.padEnd(12)} precision ${v.precision.toFixed(3)}  recall ${v.recall.toFixed(3)}  (${v.support} labelled)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quiet = process.argv.includes('--quiet');
  const tuning = await evaluateAll();
  const heldOut = await evaluateAll(HELD_OUT_DIR);
  const verdicts: Array<[string, string, VerdictTotals]> = [];
  for (const set of VERDICT_SETS) verdicts.push([set.key, set.title, await evaluateVerdicts(set.dir)]);
  if (process.argv.includes('--json')) {
    const summary = (v: VerdictTotals) => ({ ...v, misses: undefined, perVerdict: perVerdict(v) });
    const sets = Object.fromEntries(verdicts.map(([key, , totals]) => [key, summary(totals)]));
    console.log(JSON.stringify({ tuning: tuning.totals, heldOut: heldOut.totals, ...sets }, null, 2));
  } else {
    if (!quiet) printArticles([...tuning.results, ...heldOut.results]);
    printTotals('Extraction on the tuning articles, tests/fixtures/articles', tuning.totals);
    printTotals('Extraction on the held-out articles, tests/fixtures/articles-heldout', heldOut.totals);
    for (const [, title, totals] of verdicts) printVerdicts(title, totals, quiet);
  }
}
