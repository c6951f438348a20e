import type { Article } from './article.ts';
import type { Quantity } from './types.ts';
import { splitSentences } from './sentences.ts';
import { findQuantities, mainClauseYear } from './numbers.ts';
import { inheritYear } from './year-before.ts';
import { attributeSentences, newSpeakerMemory, type Speaker } from './speakers.ts';
import { isCheckWorthy, isStatement } from './claims.ts';

/** One sentence of an article as Sourcelight reads it: its figures, its speaker, whether it is a claim. */
export interface ArticleSentence {
  text: string;
  /** UTF-16 offsets in the article's text. */
  start: number;
  end: number;
  paragraph: number;
  speaker: Speaker | null;
  quantities: Quantity[];
  checkWorthy: boolean;
  /** Whether a source may be quoted for it: a check-worthy sentence, or what someone advised or warned. */
  statement: boolean;
}

/** Reads an article sentence by sentence, carrying who has spoken from one paragraph to the next. */
export function articleSentences(article: Article): ArticleSentence[] {
  const out: ArticleSentence[] = [];
  const memory = newSpeakerMemory();
  article.paragraphs.forEach((paragraph, p) => {
    const sentences = splitSentences(paragraph.text);
    const speakers = attributeSentences(paragraph.text, sentences, memory);
    let yearBefore: string | null = null;
    sentences.forEach((sentence, i) => {
      const quantities = findQuantities(sentence.text);
      inheritYear(sentence.text, quantities, yearBefore);
      yearBefore = mainClauseYear(sentence.text, quantities);
      out.push({
        text: sentence.text,
        start: paragraph.start + sentence.start,
        end: paragraph.start + sentence.end,
        paragraph: p,
        speaker: speakers[i],
        quantities,
        checkWorthy: isCheckWorthy(sentence.text, quantities),
        statement: isStatement(sentence.text, quantities),
      });
    });
  });
  return out;
}
