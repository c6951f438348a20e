import type { Quantity } from './types.ts';

/**
 * A source's "last year", "this year" and "next year", read against the day it was published: "fell
 * to 198,400 last year" in a report of 26 February 2025 speaks of 2024. A page that says "in 2024"
 * may then be compared with it, and a page's other year beside the same figure contradicted. (Only in
 * sources, whose date is known; a page's "last year" stays relative, as its other relative days do.
 * Not a figure of the sentence: no highlight is made of it.)
 */
export function relativeYears(sentence: string, published: string, quantities: Quantity[]): Quantity[] {
  const year = Number(/^(\d{4})/.exec(published)?.[1]);
  if (!year) return [];
  return [...sentence.matchAll(RELATIVE_YEAR)]
    .filter((m) => !quantities.some((q) => q.start < m.index! + m[0].length && q.end > m.index!))
    .map((m) => {
      const date = String(year + OFFSET[m[1].toLowerCase()]);
      // (Its text says both, "last year (2024)", so that an explanation tells the reader which year.)
      return { kind: 'date', text: `${m[0]} (${date})`, value: null, valueMax: null, qualifier: 'exact', unit: null,
        date, noun: '', nounKey: '', place: null, about: '', time: null, start: m.index!, end: m.index! + m[0].length };
    });
}

// (Not "in the last year", the twelve months before, nor "last year's budget", which names a thing.)
const RELATIVE_YEAR = /(?<!\b(?:the|a|one|every|each)\s)\b(last|this|next) year\b(?!['’]s)/gi;

/** Whether a source's date is such a year read against its day: it confirms, never contradicts. */
export const isReadRelativeYear = (q: Quantity) => q.kind === 'date' && /^(?:last|this|next) year \(\d{4}\)$/i.test(q.text);
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };
