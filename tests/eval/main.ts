// `npm run eval`: measures Sourcelight's reading of the labelled articles in tests/fixtures/articles
// (figures, claims, facts and speakers) and prints precision, recall and F1 with every miss.
// `npm run eval -- --quiet` prints the totals only; `--json` prints them as JSON.
import { fileURLToPath } from 'node:url';
import { ARTICLES_DIR, labelledArticles } from './labels.ts';
import { evaluateArticle, type ArticleResult } from './extraction.ts';
import { add, emptyScore, fmt, pct, prf } from './score.ts';
import { VERDICTS_HELD_OUT_2_DIR, VERDICTS_HELD_OUT_3_DIR, VERDICTS_HELD_OUT_4_DIR, VERDICTS_HELD_OUT_5_DIR, VERDICTS_HELD_OUT_6_DIR, VERDICTS_HELD_OUT_7_DIR, VERDICTS_HELD_OUT_8_DIR, VERDICTS_HELD_OUT_9_DIR, VERDICTS_HELD_OUT_10_DIR, VERDICTS_HELD_OUT_11_DIR, VERDICTS_HELD_OUT_12_DIR, VERDICTS_HELD_OUT_DIR, evaluateVerdicts, perVerdict, type VerdictTotals } from './verdicts.ts';

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
  const verdicts = await evaluateVerdicts();
  const verdictsHeldOut = await evaluateVerdicts(VERDICTS_HELD_OUT_DIR);
  const verdictsHeldOut2 = await evaluateVerdicts(VERDICTS_HELD_OUT_2_DIR);
  const verdictsHeldOut3 = await evaluateVerdicts(VERDICTS_HELD_OUT_3_DIR);
  const verdictsHeldOut4 = await evaluateVerdicts(VERDICTS_HELD_OUT_4_DIR);
  const verdictsHeldOut5 = await evaluateVerdicts(VERDICTS_HELD_OUT_5_DIR);
  const verdictsHeldOut6 = await evaluateVerdicts(VERDICTS_HELD_OUT_6_DIR);
  const verdictsHeldOut7 = await evaluateVerdicts(VERDICTS_HELD_OUT_7_DIR);
  const verdictsHeldOut8 = await evaluateVerdicts(VERDICTS_HELD_OUT_8_DIR);
  const verdictsHeldOut9 = await evaluateVerdicts(VERDICTS_HELD_OUT_9_DIR);
  const verdictsHeldOut10 = await evaluateVerdicts(VERDICTS_HELD_OUT_10_DIR);
  const verdictsHeldOut11 = await evaluateVerdicts(VERDICTS_HELD_OUT_11_DIR);
  const verdictsHeldOut12 = await evaluateVerdicts(VERDICTS_HELD_OUT_12_DIR);
  if (process.argv.includes('--json')) {
    const summary = (v: VerdictTotals) => ({ ...v, misses: undefined, perVerdict: perVerdict(v) });
    console.log(JSON.stringify({ tuning: tuning.totals, heldOut: heldOut.totals, verdicts: summary(verdicts), verdictsHeldOut: summary(verdictsHeldOut), verdictsHeldOut2: summary(verdictsHeldOut2), verdictsHeldOut3: summary(verdictsHeldOut3), verdictsHeldOut4: summary(verdictsHeldOut4), verdictsHeldOut5: summary(verdictsHeldOut5), verdictsHeldOut6: summary(verdictsHeldOut6), verdictsHeldOut7: summary(verdictsHeldOut7), verdictsHeldOut8: summary(verdictsHeldOut8), verdictsHeldOut9: summary(verdictsHeldOut9), verdictsHeldOut10: summary(verdictsHeldOut10), verdictsHeldOut11: summary(verdictsHeldOut11), verdictsHeldOut12: summary(verdictsHeldOut12) }, null, 2));
  } else {
    if (!quiet) printArticles([...tuning.results, ...heldOut.results]);
    printTotals('Extraction on the tuning articles, tests/fixtures/articles', tuning.totals);
    printTotals('Extraction on the held-out articles, tests/fixtures/articles-heldout', heldOut.totals);
    printVerdicts('Verdicts on the tuning pages, tests/fixtures/verdicts', verdicts, quiet);
    printVerdicts('Verdicts on the first held-out pages (since used to tune), tests/fixtures/verdicts-heldout', verdictsHeldOut, quiet);
    printVerdicts('Verdicts on the second held-out pages (since used to tune), tests/fixtures/verdicts-heldout-2', verdictsHeldOut2, quiet);
    printVerdicts('Verdicts on the third held-out pages (since used to tune), tests/fixtures/verdicts-heldout-3', verdictsHeldOut3, quiet);
    printVerdicts('Verdicts on the fourth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-4', verdictsHeldOut4, quiet);
    printVerdicts('Verdicts on the fifth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-5', verdictsHeldOut5, quiet);
    printVerdicts('Verdicts on the sixth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-6', verdictsHeldOut6, quiet);
    printVerdicts('Verdicts on the seventh held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-7', verdictsHeldOut7, quiet);
    printVerdicts('Verdicts on the eighth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-8', verdictsHeldOut8, quiet);
    printVerdicts('Verdicts on the ninth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-9', verdictsHeldOut9, quiet);
    printVerdicts('Verdicts on the tenth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-10', verdictsHeldOut10, quiet);
    printVerdicts('Verdicts on the eleventh held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-11', verdictsHeldOut11, quiet);
    printVerdicts('Verdicts on the twelfth held-out pages (only its harmful errors fixed since first measured), tests/fixtures/verdicts-heldout-12', verdictsHeldOut12, quiet);
  }
}
