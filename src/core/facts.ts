import type { Article } from './article.ts';
import type { Fact, FactBaseFile, SourceRef } from './types.ts';
import { splitSentences } from './sentences.ts';
import { findQuantities } from './numbers.ts';
import { attributeSentences, newSpeakerMemory } from './speakers.ts';
import { isCheckWorthy } from './claims.ts';

export const FACT_BASE_VERSION = 1;

/** Every statement of an article: one fact per figure, and one per check-worthy sentence without a figure. */
export function factsOfArticle(article: Article, firstId = 0): Fact[] {
  const facts: Fact[] = [];
  const memory = newSpeakerMemory();
  for (const paragraph of article.paragraphs) {
    const sentences = splitSentences(paragraph.text);
    const speakers = attributeSentences(paragraph.text, sentences, memory);
    sentences.forEach((sentence, i) => {
      const base = {
        sentence: sentence.text,
        start: paragraph.start + sentence.start,
        end: paragraph.start + sentence.end,
        speaker: speakers[i]?.name ?? null,
        speakerRole: speakers[i]?.role ?? null,
        source: article.source,
      };
      const quantities = findQuantities(sentence.text);
      for (const quantity of quantities) {
        facts.push({ id: firstId + facts.length, ...base, quantity, value: quantity.value });
      }
      if (quantities.length === 0 && isCheckWorthy(sentence.text, quantities)) {
        facts.push({ id: firstId + facts.length, ...base, quantity: null, value: null });
      }
    });
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
