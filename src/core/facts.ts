import type { Article } from './article.ts';
import type { Fact, FactBaseFile, SourceRef } from './types.ts';
import { articleSentences } from './article-sentences.ts';
import { relativeYears } from './relative-years.ts';

/**
 * 2: a quantity may carry a role (part, whole) and the units fraction, degC/degF, magnitude, years of age.
 * (The version is the format's, not which statements are kept: a file an older Sourcelight built still
 * reads; rebuilt from its articles, it also keeps what a source reports someone advised or planned.)
 */
export const FACT_BASE_VERSION = 2;

/** Every statement of an article: one fact per figure, and one per statement without a figure (claims.ts isStatement). */
export function factsOfArticle(article: Article, firstId = 0): Fact[] {
  const facts: Fact[] = [];
  for (const sentence of articleSentences(article)) {
    const base = {
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      speaker: sentence.speaker?.name ?? null,
      speakerRole: sentence.speaker?.role ?? null,
      source: article.source,
    };
    for (const quantity of sentence.quantities) {
      facts.push({ id: firstId + facts.length, ...base, quantity, value: quantity.value });
    }
    if (sentence.quantities.length === 0 && sentence.statement) {
      facts.push({ id: firstId + facts.length, ...base, quantity: null, value: null });
    }
    for (const quantity of relativeYears(sentence.text, article.source.published, sentence.quantities)) {
      facts.push({ id: firstId + facts.length, ...base, quantity, value: null });
    }
  }
  return facts;
}

/** A fact base file from articles, in the order given: the same articles give the same bytes. */
export function buildFactBase(articles: Article[]): FactBaseFile {
  const facts: Fact[] = [];
  const sources: SourceRef[] = [];
  for (const article of articles) {
    sources.push(article.source);
    facts.push(...factsOfArticle(article, facts.length));
  }
  return { version: FACT_BASE_VERSION, articles: sources, facts };
}
