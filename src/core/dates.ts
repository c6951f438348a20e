const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** Month names and their news abbreviations ("Oct.", "Sept."). */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

/** 1-based month number of a month name or abbreviation, or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A comparable date key: "YYYY-MM-DD", "MM-DD" when the year is not given, "YYYY-MM", or "YYYY". */
export function dateKey(year: number | null, month: number | null, day: number | null): string {
  const parts: string[] = [];
  if (year !== null) parts.push(String(year));
  if (month !== null) parts.push(pad(month));
  if (day !== null) parts.push(pad(day));
  return parts.join('-');
}

/**
 * Whether a page's date key can name the same day as a source's: "10-17" agrees with "2023-10-17"
 * either way; a page's year or month with a source's day in it ("in 2006" with "on 14 February
 * 2006"), never the other way (a source's "in 2006" does not vouch for a page's "5 March 2006").
 */
export function datesAgree(page: string, source: string): boolean {
  if (page === source) return true;
  const [short, long] = page.length < source.length ? [page, source] : [source, page];
  return (/^\d{2}-\d{2}$/.test(short) && long.endsWith(`-${short}`)) || (/^\d{4}(?:-\d{2})?$/.test(page) && source.startsWith(`${page}-`));
}
