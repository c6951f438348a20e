import type { Quantity } from './types.ts';
import { datesAgree } from './dates.ts';

/** A comparable key for a date ("10-17", "2023-10-17") or a clock time ("04:30"). */
export function momentKey(q: Pick<Quantity, 'kind' | 'text' | 'date'>): string {
  if (q.kind === 'date') return q.date ?? '';
  const spoken = spokenClock(q.text);
  if (spoken) return spoken;
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

const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTES: Record<string, number> = { quarter: 15, 'a quarter': 15, half: 30, five: 5, ten: 10, twenty: 20, 'twenty-five': 25 };
const SPOKEN = /(?:\b(a quarter|quarter|half|twenty-five|twenty|ten|five|([a-z-]+) minutes?)\s+(past|to)\s+)?\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)(?:\s+o'clock)?(?:\s+(in the morning|in the afternoon|in the evening|at night))?$/i;

/**
 * "half past three" → "03:30", "ten to eight in the evening" → "19:50", "a quarter to midnight" →
 * "23:45", "ten to twelve in the morning" → "11:50", "half past twelve at night" → "00:30"; null for
 * a time written in digits. (A hedge before it, "shortly before ten at night", is the qualifier's.)
 * Without a half of the day, the time before noon is given; isSpokenWithoutPeriod says so.
 */
function spokenClock(text: string): string | null {
  if (/\d/.test(text)) return null;
  const m = SPOKEN.exec(text.trim().toLowerCase());
  if (!m) return null;
  const words = m[2] ? spokenNumber(m[2]) : m[1] ? MINUTES[m[1]] : 0;
  if (words === null || words === undefined) return null;
  const fixed = m[4] === 'midnight' ? 0 : m[4] === 'noon' ? 12 * 60 : null;
  // On a twelve-hour clock: "ten to twelve" is 11:50, "half past twelve" 12:30.
  let minutes = (fixed ?? (HOURS.indexOf(m[4]) + 1) * 60) + (m[3] === 'to' ? -words : words);
  const period = m[5];
  if (fixed === null) {
    const noonHour = minutes >= 12 * 60; // 12:00–12:59 on the clock face
    if (period === 'in the morning' || (period === undefined)) minutes -= noonHour ? 12 * 60 : 0;
    // ("eight at night", "ten to nine at night" are evening; "two at night" is after midnight.)
    else if (period === 'at night') minutes += noonHour ? -12 * 60 : HOURS.indexOf(m[4]) + 1 >= 6 ? 12 * 60 : 0;
    else if (!noonHour) minutes += 12 * 60;
  }
  minutes = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The keys a time may have: both halves of the day for a spoken one that does not say which. */
export function momentKeys(q: Pick<Quantity, 'kind' | 'text' | 'date'>): string[] {
  const key = momentKey(q);
  if (q.kind !== 'time' || !isSpokenWithoutPeriod(q)) return [key];
  const [h, m] = key.split(':');
  return [key, `${String((Number(h) + 12) % 24).padStart(2, '0')}:${m}`];
}

/**
 * A spoken time that names no half of the day, read in the half its sentence names: "On Tuesday
 * afternoon, at half past three" is 15:30. (Only for comparing: the page's words are not changed.)
 */
export function inHalfOfDay(q: Quantity, sentence: string): Quantity {
  if (!isSpokenWithoutPeriod(q)) return q;
  const later = /\b(?:afternoon|evening|tonight|night)\b/i.test(sentence);
  const earlier = /\b(?:morning|dawn|daybreak)\b/i.test(sentence);
  if (later === earlier) return q;
  return { ...q, text: `${q.text} ${later ? (/\bnight\b/i.test(sentence) && !/\b(?:afternoon|evening)\b/i.test(sentence) ? 'at night' : 'in the evening') : 'in the morning'}` };
}

/** A spoken time that does not say which half of the day: "half past three" may be 3:30 a.m. or p.m. */
function isSpokenWithoutPeriod(q: Pick<Quantity, 'kind' | 'text'>): boolean {
  return q.kind === 'time' && !/\d|midnight|noon|morning|afternoon|evening|night/i.test(q.text) && spokenClock(q.text) !== null;
}

const SMALL_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS: Record<string, number> = { twenty: 20 }; // the finder reads minutes up to twenty-nine
function spokenNumber(word: string): number | null {
  const [tens, unit] = word.split('-');
  if (unit === undefined) return SMALL_NUMBERS.includes(tens) ? SMALL_NUMBERS.indexOf(tens) : TENS[tens] ?? null;
  return TENS[tens] !== undefined && SMALL_NUMBERS.indexOf(unit) > 0 ? TENS[tens] + SMALL_NUMBERS.indexOf(unit) : null;
}

/** A season or a year of accounts, "2024-25", "2023/24": a date of two years. */
export const isYearSpan = (q: Pick<Quantity, 'kind' | 'text'>) => q.kind === 'date' && /^\d{4}[-–/]\d{2,4}$/.test(q.text);

/** Whether two dates or two times can be the same moment ("just before 5 a.m." and "about 4:50 a.m."). */
export function momentsAgree(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  // (A season, "2024/25", is no calendar year: it agrees only with the same season.)
  if (a.kind === 'date') return datesAgree(a.date ?? '', b.date ?? '') && isYearSpan(a) === isYearSpan(b);
  // (A spoken time of no half of the day agrees with either: "half past three" with 3:30 p.m.)
  const halfDay = isSpokenWithoutPeriod(a) || isSpokenWithoutPeriod(b) ? 12 * 60 : 0;
  return momentKey(a) === momentKey(b) || (halfDay > 0 && minutesApart(a, b) === halfDay) ||
    (hedged(a, b) && Math.min(minutesApart(a, b), Math.abs(halfDay - minutesApart(a, b))) <= HEDGED_AGREES && !wrongSide(a, b) && !wrongSide(b, a));
}

/** "Just before 5 a.m." is not 5:05; "just after 3 a.m." is not 2:55, nor "just after midnight" 11:50 p.m. */
function wrongSide(a: Quantity, b: Quantity): boolean {
  const ahead = minutesAhead(a, b);
  return (a.qualifier === 'nearly' && ahead > 0 && ahead < 12 * 60) || (isAfter(a) && ahead > 12 * 60);
}

/** How many minutes b is after a, round the clock: 23:50 is 1,430 minutes after 00:00, ten before it. */
const minutesAhead = (a: Quantity, b: Quantity) => (minutesOf(b) - minutesOf(a) + 24 * 60) % (24 * 60);

/** "just after 3 a.m.", "soon after 10 p.m.": a time a little after, held as a time more than it. */
const isAfter = (q: Quantity) => q.kind === 'time' && q.qualifier === 'more than';

/** How long after "soon after 10 p.m." a time may be without contradicting it. */
const AFTER_SPAN = 60;

/** Whether two moments are precise enough that differing means disagreeing (a day, a minute). */
export function preciseMoments(a: Quantity, b: Quantity): boolean {
  // (A hedged time is not contradicted by one a quarter of an hour or less from it.)
  if (a.kind === 'time' && b.kind === 'time') {
    const apart = isSpokenWithoutPeriod(a) || isSpokenWithoutPeriod(b) ? Math.min(minutesApart(a, b), 12 * 60 - minutesApart(a, b)) : minutesApart(a, b);
    // (Nor is "soon after 10 p.m." by 10:20 p.m.: how soon is the writer's to say.)
    const after = (x: Quantity, y: Quantity) => isAfter(x) && minutesAhead(x, y) <= AFTER_SPAN;
    return !((hedged(a, b) && apart <= HEDGED_SPAN) || after(a, b) || after(b, a));
  }
  const day = (q: Quantity) => /^\d{2}-\d{2}$|^\d{4}-\d{2}-\d{2}$/.test(q.date ?? '');
  const year = (q: Quantity) => /^\d{4}$/.test(q.date ?? '');
  // Two days, or two years ("completed in 1968" against "in 1971"); a day and a year never disagree.
  return (day(a) && day(b)) || (year(a) && year(b));
}

/** How far a hedged time ("about 4:50", "just before 5") reaches to agree, and to leave unsaid. */
const HEDGED_AGREES = 10;
const HEDGED_SPAN = 15;

const hedged = (a: Quantity, b: Quantity) => [a, b].some((q) => q.qualifier === 'about' || q.qualifier === 'nearly' || isAfter(q)) ||
  roundHour(a) || roundHour(b);
/** An hour said in words with its part of the day, "four in the morning": a round time, as "about 4 a.m." is. */
const roundHour = (q: Quantity) => /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:in the (?:morning|afternoon|evening)|at night)$/i.test(q.text);

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
