import type { Quantity } from './types.ts';

/**
 * A source's "last year", "this year" and "next year", read against the day it was published: "fell
 * to 198,400 last year" in a report of 26 February 2025 speaks of 2024. A page that says "in 2024"
 * may then be compared with it, and a page's other year beside the same figure contradicted. (Only in
 * sources, whose date is known; a page's "last year" stays relative, as its other relative days do.
 * Not a figure of the sentence: no highlight is made of it. Only in a sentence with figures of its
 * own, which a year may date, and not after a year written out, to which it may be relative: "In 2020
 * the firm said it would hire 500 staff next year".)
 */
export function relativeYears(sentence: string, published: string, quantities: Quantity[]): Quantity[] {
  const year = Number(/^(\d{4})/.exec(published)?.[1]);
  if (!year || !quantities.some((q) => q.kind === 'quantity')) return [];
  const writtenYears = quantities.filter((q) => q.kind === 'date' && /^\d{4}$/.test(q.date ?? ''));
  return [...sentence.matchAll(RELATIVE_YEAR)]
    .filter((m) => !quantities.some((q) => q.start < m.index! + m[0].length && q.end > m.index!) &&
      !writtenYears.some((q) => q.end <= m.index!) &&
      !SET_AGAINST.test(sentence.slice(Math.max(0, m.index! - 60), m.index!)))
    // (Its text is the source's words, marked in the card's quote; its date says which year.)
    .map((m) => ({ kind: 'date', text: m[0], value: null, valueMax: null, qualifier: 'exact', unit: null,
      date: String(year + OFFSET[m[1].toLowerCase()]), noun: '', nounKey: '', place: null, about: '', time: null,
      start: m.index!, end: m.index! + m[0].length }));
}

// (Not "in the last year", the twelve months before, "its last year of operation", nor "last year's
// budget", which names a thing.)
const RELATIVE_YEAR = /(?<!\b(?:the|a|one|every|each|its|their|his|her|our|my|your)\s)\b(last|this|next) year\b(?!['’]s|\s+of\b)/gi;

/**
 * A year set against, not the figure's own: "more than last year", "up from last year", "compared
 * with 4,100 cars last year", "the same period last year".
 */
const SET_AGAINST = /\b(?:than|from|compared (?:with|to)|against|versus|vs\.?|on|over|since|same (?:period|time|month|quarter))\b(?:[^,;.]|[,.](?=\d))*$/i;

/** Whether a source's date is such a year read against its day: it confirms, never contradicts. */
export const isReadRelativeYear = (q: Quantity) => q.kind === 'date' && /^(?:last|this|next) year$/i.test(q.text) && /^\d{4}$/.test(q.date ?? '');
const OFFSET: Record<string, number> = { last: -1, this: 0, next: 1 };

/** A date as an explanation tells it: a read year with the year it was read as, "last year (2024)". */
export const dateText = (q: Quantity) => (isReadRelativeYear(q) ? `${q.text} (${q.date})` : q.text);
