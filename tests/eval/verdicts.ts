// Measures Sourcelight's verdicts on the labelled pages of tests/fixtures/verdicts: each page's
// figures and claims against a fact base built from the source articles beside them.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { FactIndex } from '../../src/core/fact-index.ts';
import { analyseParagraphs, DATELINE } from '../../src/core/analyse.ts';
import type { Finding, Verdict } from '../../src/core/types.ts';
import { clip, normaliseText } from './labels.ts';

export const VERDICTS_DIR = fileURLToPath(new URL('../fixtures/verdicts/', import.meta.url));

/** A labelled set of pages and sources, and how it has been used (see the fixtures' README). */
export interface VerdictSet {
  /** Its name in `npm run eval -- --json` and in the test's messages. */
  key: string;
  dir: string;
  title: string;
  /** Whether its harmful errors have been fixed since it was first measured (the newest sets wait for the next session). */
  harmsFixed: boolean;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first', 'thirty-second', 'thirty-third', 'thirty-fourth', 'thirty-fifth', 'thirty-sixth', 'thirty-seventh', 'thirty-eighth', 'thirty-ninth', 'fortieth', 'forty-first', 'forty-second', 'forty-third', 'forty-fourth', 'forty-fifth', 'forty-sixth', 'forty-seventh', 'forty-eighth', 'forty-ninth', 'fiftieth', 'fifty-first', 'fifty-second', 'fifty-third', 'fifty-fourth', 'fifty-fifth', 'fifty-sixth', 'fifty-seventh', 'fifty-eighth', 'fifty-ninth', 'sixtieth', 'sixty-first', 'sixty-second', 'sixty-third', 'sixty-fourth', 'sixty-fifth', 'sixty-sixth', 'sixty-seventh', 'sixty-eighth', 'sixty-ninth', 'seventieth', 'seventy-first', 'seventy-second', 'seventy-third', 'seventy-fourth', 'seventy-fifth', 'seventy-sixth', 'seventy-seventh', 'seventy-eighth', 'seventy-ninth', 'eightieth', 'eighty-first', 'eighty-second', 'eighty-third', 'eighty-fourth', 'eighty-fifth', 'eighty-sixth', 'eighty-seventh', 'eighty-eighth', 'eighty-ninth', 'ninetieth', 'ninety-first', 'ninety-second', 'ninety-third', 'ninety-fourth', 'ninety-fifth', 'ninety-sixth', 'ninety-seventh', 'ninety-eighth', 'ninety-ninth', 'hundredth', 'hundred-and-first', 'hundred-and-second', 'hundred-and-third', 'hundred-and-fourth', 'hundred-and-fifth', 'hundred-and-sixth', 'hundred-and-seventh', 'hundred-and-eighth', 'hundred-and-ninth', 'hundred-and-tenth', 'hundred-and-eleventh', 'hundred-and-twelfth', 'hundred-and-thirteenth', 'hundred-and-fourteenth', 'hundred-and-fifteenth', 'hundred-and-sixteenth', 'hundred-and-seventeenth', 'hundred-and-eighteenth', 'hundred-and-nineteenth', 'hundred-and-twentieth', 'hundred-and-twenty-first', 'hundred-and-twenty-second', 'hundred-and-twenty-third', 'hundred-and-twenty-fourth', 'hundred-and-twenty-fifth', 'hundred-and-twenty-sixth', 'hundred-and-twenty-seventh', 'hundred-and-twenty-eighth', 'hundred-and-twenty-ninth', 'hundred-and-thirtieth', 'hundred-and-thirty-first', 'hundred-and-thirty-second', 'hundred-and-thirty-third', 'hundred-and-thirty-fourth', 'hundred-and-thirty-fifth', 'hundred-and-thirty-sixth', 'hundred-and-thirty-seventh', 'hundred-and-thirty-eighth', 'hundred-and-thirty-ninth', 'hundred-and-fortieth', 'hundred-and-forty-first', 'hundred-and-forty-second', 'hundred-and-forty-third', 'hundred-and-forty-fourth', 'hundred-and-forty-fifth', 'hundred-and-forty-sixth', 'hundred-and-forty-seventh', 'hundred-and-forty-eighth', 'hundred-and-forty-ninth', 'hundred-and-fiftieth', 'hundred-and-fifty-first', 'hundred-and-fifty-second', 'hundred-and-fifty-third', 'hundred-and-fifty-fourth', 'hundred-and-fifty-fifth', 'hundred-and-fifty-sixth', 'hundred-and-fifty-seventh', 'hundred-and-fifty-eighth', 'hundred-and-fifty-ninth', 'hundred-and-sixtieth', 'hundred-and-sixty-first', 'hundred-and-sixty-second', 'hundred-and-sixty-third', 'hundred-and-sixty-fourth', 'hundred-and-sixty-fifth', 'hundred-and-sixty-sixth', 'hundred-and-sixty-seventh', 'hundred-and-sixty-eighth', 'hundred-and-sixty-ninth'];
/** Held-out sets 1–3 were used to tune once measured; later ones only had their harmful errors fixed. */
const TUNED_ON = 3;
/** Held-out sets after this one have been measured once and not yet changed for at all. */
const HARMS_FIXED_THROUGH = 21;

/** Every labelled set: the tuning pages, then the held-out sets written apart from the code. */
export const VERDICT_SETS: VerdictSet[] = [
  { key: 'verdicts', dir: VERDICTS_DIR, title: 'Verdicts on the tuning pages, tests/fixtures/verdicts', harmsFixed: true },
  ...ORDINALS.map((ordinal, i) => {
    const folder = i === 0 ? 'verdicts-heldout' : `verdicts-heldout-${i + 1}`;
    const harmsFixed = i < HARMS_FIXED_THROUGH;
    const use = i < TUNED_ON ? 'since used to tune' : harmsFixed ? 'only its harmful errors fixed since first measured' : 'measured once, nothing changed for it yet';
    return {
      key: i === 0 ? 'verdictsHeldOut' : `verdictsHeldOut${i + 1}`,
      dir: fileURLToPath(new URL(`../fixtures/${folder}/`, import.meta.url)),
      title: `Verdicts on the ${ordinal} held-out pages (${use}), tests/fixtures/${folder}`,
      harmsFixed,
    };
  }),
];
const VERDICTS: Verdict[] = ['consistent', 'conflicting', 'unverified'];

interface PageLabels {
  style: string;
  figures: Array<{ text: string; verdict: Verdict; why?: string; sourcesDisagree?: boolean }>;
  claims: Array<{ sentence: string; verdict: Verdict; why?: string }>;
}

export interface VerdictTotals {
  pages: number;
  labelled: number;
  right: number;
  /** A false consistent or a false conflicting: what misleads a reader. */
  harmful: number;
  notFound: number;
  /** confusion[expected][predicted] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  misses: string[];
}

async function textFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort().map((n) => dir + n);
}

export async function evaluateVerdicts(dir = VERDICTS_DIR): Promise<VerdictTotals> {
  const sources = await Promise.all((await textFiles(`${dir}sources/`)).map(async (f) => parseTextArticle(await readFile(f, 'utf8'))));
  const index = new FactIndex(buildFactBase(sources).facts);
  const totals: VerdictTotals = {
    pages: 0, labelled: 0, right: 0, harmful: 0, notFound: 0,
    confusion: Object.fromEntries(VERDICTS.map((v) => [v, Object.fromEntries(VERDICTS.map((w) => [w, 0]))])) as VerdictTotals['confusion'],
    misses: [],
  };
  for (const file of await textFiles(`${dir}pages/`)) {
    const page = parseTextArticle(await readFile(file, 'utf8'));
    const labels = JSON.parse(await readFile(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as PageLabels;
    const name = file.split('/').pop()!;
    const findings = analyseParagraphs(page.paragraphs.map((p) => p.text), index)
      .map((f) => ({ ...f, at: page.paragraphs[f.paragraph].start + f.start }));
    totals.pages++;
    let from = 0;
    for (const label of labels.figures) {
      const at = page.text.indexOf(label.text, from);
      if (at < 0) {
        totals.misses.push(`${name}: label not in page: "${label.text}"`);
        continue;
      }
      from = at + label.text.length;
      // The highlight a reader clicks for the labelled figure: the one that covers it, even when it
      // takes in more or fewer words ("18 percent" for a label "18", "43.4" for "43.4C").
      const end = at + label.text.length;
      const found = findings.find((f) => f.kind === 'number' && f.at === at && f.text === label.text) ??
        findings.find((f) => f.kind === 'number' && f.at < end && f.at + f.text.length > at);
      score(totals, name, `figure "${label.text}"`, label.verdict, found, label.why);
    }
    for (const label of labels.claims) {
      // (A wire report's opening claim is highlighted without its dateline, "SARVAJA (TNS) — ", which
      // says where it was filed: the label's sentence is the same claim.)
      const claimed = [normaliseText(label.sentence), normaliseText(label.sentence.replace(DATELINE, ''))];
      const found = findings.find((f) => f.kind === 'claim' && claimed.includes(normaliseText(f.text)));
      score(totals, name, `claim "${clip(label.sentence, 70)}"`, label.verdict, found, label.why);
    }
  }
  return totals;
}

function score(t: VerdictTotals, page: string, what: string, expected: Verdict, found: Finding | undefined, why?: string): void {
  t.labelled++;
  // Not highlighted at all: the reader is told nothing, which misleads no one; counted as unverified.
  const predicted = found?.verdict ?? 'unverified';
  if (!found) t.notFound++;
  t.confusion[expected][predicted]++;
  if (predicted === expected) {
    t.right++;
    return;
  }
  const harmful = predicted !== 'unverified';
  if (harmful) t.harmful++;
  t.misses.push(`${harmful ? 'HARMFUL ' : ''}${page}: ${what} expected ${expected}, got ${found ? predicted : 'nothing'}` +
    `${why ? ` (label: ${why})` : ''}${found ? ` — ${found.explanation}` : ''}`);
}

export function perVerdict(t: VerdictTotals): Array<{ verdict: Verdict; precision: number; recall: number; support: number }> {
  return VERDICTS.map((v) => {
    const predicted = VERDICTS.reduce((n, e) => n + t.confusion[e][v], 0);
    const support = VERDICTS.reduce((n, p) => n + t.confusion[v][p], 0);
    return { verdict: v, precision: predicted ? t.confusion[v][v] / predicted : 1, recall: support ? t.confusion[v][v] / support : 1, support };
  });
}

