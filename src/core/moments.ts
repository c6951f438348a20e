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

/** Whether two dates or two times can be the same moment. */
export function momentsAgree(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'date' ? datesAgree(a.date ?? '', b.date ?? '') : momentKey(a) === momentKey(b);
}

/** Whether two moments are precise enough that differing means disagreeing (a day, a minute). */
export function preciseMoments(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'time' && b.kind === 'time') return true;
  const day = (q: Quantity) => /^\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}$/.test(q.date ?? '');
  const year = (q: Quantity) => /^\d{4}$/.test(q.date ?? '');
  // Two days, or two years ("completed in 1968" against "in 1971"); a day and a year never disagree.
  return (day(a) && day(b)) || (year(a) && year(b));
}
