import type { Quantity } from './types.ts';
import { tokenize } from './words.ts';

// A first, rule-based check-worthiness test; the issue on extraction measures and deepens it.

const BOILERPLATE = /\b(?:sign up|newsletter|subscribe|photo\/|getty images|ap archive|click here|read more|follow us|cookies?|all rights reserved|advertisement|share this)\b|©/i;
const OPINION = /\b(?:should|must|might|hope|believe|think|feel|unacceptable|outrageous|shameful|we will|I will|let us|let's)\b/i;
const EVENT_VERB = /\b(?:\w+ed|sent|struck|hit|killed|began|begun|fought|left|made|took|gave|won|lost|rose|fell|launched|ordered|said|told|has|have|had|is|are|was|were)\b/i;

/** Whether a sentence states something a reader could check: a figure, or an act of a named actor. */
export function isCheckWorthy(sentence: string, quantities: Quantity[]): boolean {
  const text = sentence.trim();
  if (text.endsWith('?') || BOILERPLATE.test(text)) return false;
  const words = tokenize(text);
  if (words.length < 6 || !/[.!"”’]$/.test(text)) return false;
  if (quantities.some((q) => q.kind === 'quantity' || q.kind === 'date')) return true;
  const namesActor = words.slice(1).some((w) => /^\p{Lu}/u.test(w.text));
  return namesActor && EVENT_VERB.test(text) && !OPINION.test(text);
}
