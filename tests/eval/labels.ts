import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The hand labels of one evaluation article (see tests/fixtures/articles/README.md). */
export interface Labels {
  style: string;
  numbers: Array<{ text: string; kind: string; value: number | null; valueMax?: number; noun: string }>;
  claims: string[];
  speakers: Array<{ sentence: string; speaker: string; role: string | null }>;
}

export interface LabelledArticle {
  name: string;
  path: string;
  labels: Labels;
}

export const ARTICLES_DIR = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

/** Every labelled article: each `X.expected.json` with its `X.txt` or `X.html`. */
export async function labelledArticles(dir = ARTICLES_DIR): Promise<LabelledArticle[]> {
  const names = (await readdir(dir)).sort();
  const out: LabelledArticle[] = [];
  for (const name of names.filter((n) => n.endsWith('.expected.json'))) {
    const base = name.replace(/\.expected\.json$/, '');
    const file = names.find((n) => n === `${base}.txt` || n === `${base}.html`);
    if (!file) throw new Error(`${name}: no article ${base}.txt or ${base}.html beside it`);
    out.push({ name: file, path: dir + file, labels: JSON.parse(await readFile(dir + name, 'utf8')) });
  }
  return out;
}

/** White space folded, quotes made straight: labels and extraction compare on the same form. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim();
}

/** Speaker names compared as a reader would: case, a leading "the" and punctuation aside. */
export function sameSpeaker(a: string | null | undefined, b: string | null | undefined): boolean {
  const key = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N} ]/gu, '').trim();
  return key(a) === key(b);
}

/** A long sentence cut for a line of the report. */
export function clip(s: string, max = 90): string {
  return s.length > max ? `${s.slice(0, max - 3)}…` : s;
}
