import { readArticleFile } from '../../src/cli/read-article.ts';
import { articleSentences, type ArticleSentence } from '../../src/core/article-sentences.ts';
import type { Article } from '../../src/core/article.ts';
import { clip, normaliseText, sameSpeaker, type LabelledArticle } from './labels.ts';
import { emptyScore, type Score } from './score.ts';

/** How Sourcelight's reading of one article compares with its labels. */
export interface ArticleResult {
  name: string;
  style: string;
  numbers: Score;
  /** Of the figures found: right value, right counted noun. */
  valuesRight: number;
  nounsRight: number;
  claims: Score;
  /** Labelled figures that became a fact with the right value (the fact base's recall). */
  factsFound: number;
  factsLabelled: number;
  speakersRight: number;
  speakersLabelled: number;
  /** Sentences in the article's own voice that were given a speaker. */
  speakersInvented: number;
  misses: string[];
}

export async function evaluateArticle(item: LabelledArticle): Promise<ArticleResult> {
  const article = await readArticleFile(item.path);
  const sentences = articleSentences(article);
  const result: ArticleResult = {
    name: item.name, style: item.labels.style, numbers: emptyScore(), valuesRight: 0, nounsRight: 0, claims: emptyScore(),
    factsFound: 0, factsLabelled: 0, speakersRight: 0, speakersLabelled: 0, speakersInvented: 0, misses: [],
  };
  scoreNumbers(item, article, sentences, result);
  scoreClaims(item, sentences, result);
  scoreSpeakers(item, sentences, result);
  return result;
}

export interface Located {
  text: string;
  start: number;
  end: number;
}

/** Where each labelled figure stands in the article's text (labels are listed in reading order). */
export function locateFigures(item: LabelledArticle, text: string): Located[] {
  const out: Located[] = [];
  let from = 0;
  for (const label of item.labels.numbers) {
    const at = text.indexOf(label.text, from);
    if (at < 0) continue;
    from = at + label.text.length;
    out.push({ text: label.text, start: at, end: at + label.text.length });
  }
  return out;
}

function scoreNumbers(item: LabelledArticle, article: Article, sentences: ArticleSentence[], r: ArticleResult): void {
  const predicted = sentences.flatMap((s) => s.quantities.map((q) => ({ q, start: s.start + q.start, end: s.start + q.end })));
  const used = new Set<number>();
  let from = 0;
  for (const label of item.labels.numbers) {
    const at = article.text.indexOf(label.text, from);
    if (at < 0) {
      r.misses.push(`label not found in text: "${label.text}"`);
      continue;
    }
    from = at + label.text.length;
    const expected: Located = { text: label.text, start: at, end: at + label.text.length };
    r.factsLabelled++;
    const i = predicted.findIndex((p, k) => !used.has(k) && p.start === expected.start && p.end === expected.end);
    if (i < 0) {
      const near = predicted.find((p) => p.start < expected.end && expected.start < p.end);
      r.numbers.fn++;
      r.misses.push(near ? `figure boundary: expected "${label.text}", found "${near.q.text}"` : `figure missed: "${label.text}" in "${context(article.text, at)}"`);
      continue;
    }
    used.add(i);
    r.numbers.tp++;
    const q = predicted[i].q;
    const valueRight = label.value === null ? q.value === null : q.value !== null && Math.abs(q.value - label.value) < 1e-3 * Math.max(1, Math.abs(label.value));
    if (valueRight) r.valuesRight++;
    else r.misses.push(`figure value: "${label.text}" expected ${label.value}, found ${q.value}`);
    if (valueRight) r.factsFound++;
    if (sameNoun(label.noun, q.noun)) r.nounsRight++;
    else r.misses.push(`figure noun: "${label.text}" expected "${label.noun}", found "${q.noun}"`);
  }
  predicted.forEach((p, k) => {
    if (used.has(k) || p.start < 0) return;
    r.numbers.fp++;
    r.misses.push(`not a figure: "${p.q.text}" in "${context(article.text, p.start)}"`);
  });
}

/** Nouns agree when their last words do: "US forces" and "forces" count the same thing. */
function sameNoun(expected: string, found: string): boolean {
  const head = (s: string) => s.toLowerCase().trim().split(/\s+/).pop() ?? '';
  return head(expected) === head(found);
}

function scoreClaims(item: LabelledArticle, sentences: ArticleSentence[], r: ArticleResult): void {
  const expected = new Set(item.labels.claims.map(normaliseText));
  const predicted = new Set(sentences.filter((s) => s.checkWorthy).map((s) => normaliseText(s.text)));
  for (const c of predicted) {
    if (expected.has(c)) r.claims.tp++;
    else {
      r.claims.fp++;
      r.misses.push(`not a claim: "${clip(c)}"`);
    }
  }
  for (const c of expected) {
    if (!predicted.has(c)) {
      r.claims.fn++;
      r.misses.push(`claim missed: "${clip(c)}"`);
    }
  }
}

function scoreSpeakers(item: LabelledArticle, sentences: ArticleSentence[], r: ArticleResult): void {
  const bySentence = new Map(sentences.map((s) => [normaliseText(s.text), s]));
  const labelled = new Set<string>();
  for (const label of item.labels.speakers) {
    const key = normaliseText(label.sentence);
    labelled.add(key);
    r.speakersLabelled++;
    const ours = bySentence.get(key);
    if (!ours) {
      r.misses.push(`speaker: sentence not split as labelled: "${clip(key)}"`);
      continue;
    }
    if (sameSpeaker(ours.speaker?.name, label.speaker)) r.speakersRight++;
    else r.misses.push(`speaker: expected ${label.speaker}, found ${ours.speaker?.name ?? 'none'} for "${clip(key)}"`);
  }
  for (const s of sentences) {
    if (s.speaker && !labelled.has(normaliseText(s.text))) {
      r.speakersInvented++;
      r.misses.push(`speaker invented: ${s.speaker.name} for "${clip(s.text)}"`);
    }
  }
}

function context(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
}
