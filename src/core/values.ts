import type { Fact, Quantity } from './types.ts';

/** The range of values a hedged figure allows: "about 900" allows 810–990, "at least 12" 12 and up. */
export function valueRange(q: Pick<Quantity, 'value' | 'valueMax' | 'qualifier'>): [number, number] {
  const v = q.value ?? NaN;
  const max = q.valueMax ?? v;
  switch (q.qualifier) {
    case 'at least':
    case 'more than':
      return [v, Infinity];
    case 'about':
      return [v - slackOf(v), max + slackOf(max)];
    case 'nearly':
      return [v - nearlySlackOf(v), max];
    case 'up to':
    case 'less than':
      return [0, max];
    default:
      return [v, max];
  }
}

/** Whether two figures can describe the same count. */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  if (roundsTo(a, b) || roundsTo(b, a)) return true;
  // Two maxima are two claims about the same bound: "up to four metres" and "as much as six" differ.
  const maximum = (q: Quantity) => q.qualifier === 'up to' || q.qualifier === 'less than';
  if (maximum(a) && maximum(b) && a.value !== null && b.value !== null) {
    return Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
  }
  // "about 1.3 million" and "about 1.1 million" are two estimates that differ, not one that overlaps.
  if (a.qualifier === 'about' && b.qualifier === 'about' && a.value !== null && b.value !== null && a.valueMax === null && b.valueMax === null) {
    return Math.abs(a.value - b.value) <= Math.max(slackOf(a.value), slackOf(b.value));
  }
  const [aLow, aHigh] = valueRange(a);
  const [bLow, bHigh] = valueRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/**
 * Whether a figure written with fewer decimals is the other rounded to them: "46 per cent" is
 * 46.2%, "€5.7bn" is €5.68 billion. Precision is read from the digits as written, so "20" is never
 * 24 rounded, and a figure of one significant digit ("2 million") is not taken as rounding.
 */
function roundsTo(rounded: Quantity, precise: Quantity): boolean {
  if (rounded.qualifier !== 'exact' || rounded.valueMax !== null || precise.valueMax !== null) return false;
  const [place, precisePlace] = [writtenPlace(rounded), writtenPlace(precise)];
  if (place === null || precisePlace === null || precisePlace >= place || writtenDigits(rounded) < 2) return false;
  return Math.abs((rounded.value as number) - (precise.value as number)) <= place / 2 + 1e-9 * place;
}

const WRITTEN_NUMBER = /\d[\d,]*(?:\.\d+)?/;
/** The place of the last digit as written: "46.2%" → 0.1, "€5.7bn" → 100,000,000; null without digits. */
function writtenPlace(q: Quantity): number | null {
  const written = WRITTEN_NUMBER.exec(q.text)?.[0];
  if (!written || q.value === null || q.value === 0) return null;
  const number = Number(written.replace(/,/g, ''));
  if (!number) return null;
  const decimals = written.split('.')[1]?.length ?? 0;
  return (q.value / number) * 10 ** -decimals;
}
const writtenDigits = (q: Quantity) => (WRITTEN_NUMBER.exec(q.text)?.[0] ?? '').replace(/[,.]/g, '').replace(/^0+/, '').length;

/**
 * How far below itself "nearly" reaches: to what rounds up to it (half its last significant
 * digit), or a whole digit while that is within a twentieth; at least one, at most a tenth.
 * "Nearly 8,000" is not 7,295; "nearly 18,500" is 18,400, "nearly 30" 28, "nearly a dozen" 11.
 */
function nearlySlackOf(value: number): number {
  const magnitude = Math.abs(value);
  const digit = lastDigitOf(magnitude);
  return Math.min(0.1 * magnitude, Math.max(1, digit / 2, Math.min(digit, 0.05 * magnitude)));
}

/**
 * The place of a number's last significant digit: 186,000 → 1,000; 2.5 → 0.1. A last digit of 5
 * rounds to the half of the place above ("about 250" is to the nearest fifty, or less), so counts
 * as that place.
 */
function lastDigitOf(magnitude: number): number {
  if (magnitude === 0) return 0;
  let unit = 10 ** Math.floor(Math.log10(magnitude));
  while (unit >= 1 && Math.round(magnitude / unit) * unit !== magnitude) unit /= 10;
  const digit = Math.round(magnitude / unit) % 10;
  return digit === 5 ? unit * 10 : unit;
}

/**
 * How far "about" reaches: as far as the figure's last significant digit, between 3% and 10% of
 * it. "About 900" is rounded to the hundred (810–990); "about 186,000" is rounded to the thousand
 * and does not take in 168,000; "some 74,000" is not 71,400, which would be "some 71,000". (With a
 * floor of 5%, measured on the labelled sets, such roundings gave four false agreements for one
 * right one.)
 */
function slackOf(value: number): number {
  const magnitude = Math.abs(value);
  return Math.min(0.1 * magnitude, Math.max(0.03 * magnitude, lastDigitOf(magnitude)));
}

const OPEN_ENDED = new Set(['at least', 'more than', 'up to', 'less than']);
/** A bound rather than a value: "at least 12", "up to 40". */
export const isOpenEnded = (q: Pick<Quantity, 'qualifier'>) => OPEN_ENDED.has(q.qualifier);
/** Two values within a tenth of the larger. */
/** Significant digits of a value: 71.9 → 3, 612,000,000 → 3, 21,000 → 2. */
export function significantDigits(value: number): number {
  return String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

export const withinATenth = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));

/**
 * Whether a source's value vouches for the page's: it is bounded, or gives the page's very number,
 * or is a bound the page's follows from ("at least 15" vouches for "at least 12", not for "at least 40").
 */
export function pins(source: Quantity, page: Quantity): boolean {
  // (The ages of a group, "aged between 66 and 84", are its youngest and its oldest: a range vouches for
  // them, not one age inside it. A range of a count, "12 to 15 people", is an estimate a count may settle.)
  if (page.unit === 'years of age' && page.valueMax !== null && source.valueMax === null && page.qualifier === 'exact') return false;
  // (The source's very number vouches for itself, unless the page makes it a strict bound: "more than 4.5%".)
  if (!OPEN_ENDED.has(source.qualifier) || (page.value === source.value && !(page.qualifier === 'more than' && !Number.isInteger(page.value)))) return true;
  const [pageFloor, sourceFloor] = [boundOf(page, 'at least', 'more than', 1), boundOf(source, 'at least', 'more than', 1)];
  if (pageFloor && sourceFloor) return pageFloor.value < sourceFloor.value || (pageFloor.value === sourceFloor.value && (!pageFloor.strict || sourceFloor.strict));
  const [pageCeiling, sourceCeiling] = [boundOf(page, 'up to', 'less than', -1), boundOf(source, 'up to', 'less than', -1)];
  return !!pageCeiling && !!sourceCeiling && (pageCeiling.value > sourceCeiling.value || (pageCeiling.value === sourceCeiling.value && (!pageCeiling.strict || sourceCeiling.strict)));
}

/**
 * A figure's bound on one side: "at least 41" and "more than 40" are both 41 and over (a whole
 * count); "more than 4.5%" is over 4.5, strictly, which "at least 4.5%" does not vouch for.
 */
function boundOf(q: Quantity, inclusive: string, strict: string, step: 1 | -1): { value: number; strict: boolean } | null {
  if (q.value === null) return null;
  if (q.qualifier === inclusive) return { value: q.value, strict: false };
  if (q.qualifier !== strict) return null;
  return Number.isInteger(q.value) ? { value: q.value + step, strict: false } : { value: q.value, strict: true };
}

/**
 * Whether two figures that agree are the same number, as words alone pair them: a bound takes in
 * values far from it ("under €40,000" takes in €1,000), which only its own value, give or take a
 * tenth, may stand for.
 */
export function sameNumber(page: Quantity, source: Quantity): boolean {
  if (!valuesAgree(page, source)) return false;
  if (!OPEN_ENDED.has(page.qualifier) || page.value === null || source.value === null) return true;
  return withinATenth(page.value, source.value);
}

/** A value worked out from a source's figures (a sum, a difference) against the page's: an exact page figure is that value itself; a hedged one ("almost 14,000") may round it. */
export function agreesWithWorkedOut(q: Quantity, value: number): boolean {
  const computed = { ...q, value, valueMax: null, qualifier: 'exact' as const };
  return q.qualifier === 'exact' ? value === q.value : valuesAgree(q, computed) && pins(computed, q);
}

/** Whether a page's ceiling ("below 600,000", "up to 40") is more than twice a source's value, exact or hedged ("gusts of up to 25 mph" against winds of "about 6 mph"), which it then does not stand for. */
export function farBelowCeiling(page: Quantity, source: Quantity): boolean {
  return (page.qualifier === 'less than' || page.qualifier === 'up to') && !isOpenEnded(source) && page.value !== null &&
    source.value !== null && source.value < 0.5 * page.value;
}

/**
 * Whether the page and the source each give an amount for a period, and not the same: "child
 * benefit will rise by €40 a week" is not the source's "€40 a month", nor called wrong by its €35 a
 * month (an amount named by its period alone would match any other for that period).
 */
export function amountPeriodsDiffer(sentence: string, q: Quantity, fact: Fact): boolean {
  if (!q.unit || !/^[A-Z]{3}$/.test(q.unit)) return false;
  const [mine, theirs] = [periodOfAmount(sentence, q.end), periodOfAmount(fact.sentence, fact.quantity!.end)];
  return mine !== null && theirs !== null && mine !== theirs;
}
const periodOfAmount = (sentence: string, end: number) =>
  /^(?:\s+(?:euros?|dollars?|pounds?|francs?|kronor|kroner|krone))?\s+(?:a|an|per|each)\s+(hour|day|week|fortnight|month|year)\b/i.exec(sentence.slice(end, end + 30))?.[1].toLowerCase() ?? null;
