import type { Quantity } from './types.ts';
import { datesAgree } from './dates.ts';

/** A comparable key for a date ("10-17", "2023-10-17") or a clock time ("04:30"). */
export function momentKey(q: Pick<Quantity, 'kind' | 'text' | 'date'>): string {
  if (q.kind === 'date') return q.date ?? '';
  const m = /(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i.exec(q.text);
  if (!m) return q.text;
  let hours = Number(m[1]);
  let minutes = m[2] ?? '00';
  if (!m[2] && /^\d{4}/.test(q.text)) {
    hours = Number(q.text.slice(0, 2));
    minutes = q.text.slice(2, 4);
  }
  const pm = m[3] && /p/i.test(m[3]);
  if (pm && hours < 12) hours += 12;
  if (m[3] && !pm && hours === 12) hours = 0;
  return `${String(hours).padStart(2, '0')}:${minutes}`;
}

/** Whether two dates or two times can be the same moment ("just before 5 a.m." and "about 4:50 a.m."). */
export function momentsAgree(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'date') return datesAgree(a.date ?? '', b.date ?? '');
  return momentKey(a) === momentKey(b) || (hedged(a, b) && minutesApart(a, b) <= HEDGED_AGREES && !wrongSide(a, b) && !wrongSide(b, a));
}

/** "Just before 5 a.m." is not 5:05. */
function wrongSide(a: Quantity, b: Quantity): boolean {
  return a.qualifier === 'nearly' && minutesOf(b) > minutesOf(a) && minutesOf(b) - minutesOf(a) < 12 * 60;
}

/** Whether two moments are precise enough that differing means disagreeing (a day, a minute). */
export function preciseMoments(a: Quantity, b: Quantity): boolean {
  // (A hedged time is not contradicted by one a quarter of an hour or less from it.)
  if (a.kind === 'time' && b.kind === 'time') return !(hedged(a, b) && minutesApart(a, b) <= HEDGED_SPAN);
  const day = (q: Quantity) => /^\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}$/.test(q.date ?? '');
  const year = (q: Quantity) => /^\d{4}$/.test(q.date ?? '');
  // Two days, or two years ("completed in 1968" against "in 1971"); a day and a year never disagree.
  return (day(a) && day(b)) || (year(a) && year(b));
}

/** How far a hedged time ("about 4:50", "just before 5") reaches to agree, and to leave unsaid. */
const HEDGED_AGREES = 10;
const HEDGED_SPAN = 15;

const hedged = (a: Quantity, b: Quantity) => a.qualifier === 'about' || b.qualifier === 'about' || a.qualifier === 'nearly' || b.qualifier === 'nearly';

/** A clock time in minutes after midnight. */
function minutesOf(q: Quantity): number {
  const [h, m] = momentKey(q).split(':').map(Number);
  return h * 60 + m;
}

/** Minutes between two clock times, across midnight the short way. */
function minutesApart(a: Quantity, b: Quantity): number {
  const d = Math.abs(minutesOf(a) - minutesOf(b));
  return Number.isNaN(d) ? Infinity : Math.min(d, 24 * 60 - d);
}
