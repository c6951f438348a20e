import type { Quantity } from './types.ts';
import { NUMBER_WORD_SOURCE } from './number-words.ts';

// "minus 2C", "-4°C", "three degrees below zero": a temperature below zero has its own value, not
// the 2C the sign or the words after it would leave (a page's "minus 2C" is no agreement with a
// source's 2C). Read after the figures are described, since "degrees" makes a word figure a temperature.

// (A sign stands against its number: "Tuesday - 2C short of the record" is a dash.)
const SIGN_BEFORE = /(?:^|[\s(])(minus\s+|[-−])$/i;
const BELOW_ZERO_AFTER = /^(?:\s+degrees?(?:\s+(?:Celsius|centigrade|Fahrenheit))?)?\s+below\s+(?:zero|freezing)\b/i;
const MINUS = new RegExp(`\\bminus(?=\\s+(?:\\d|(?:${NUMBER_WORD_SOURCE})\\b))`, 'gi');

/** The sentence with a number's "minus" blanked out, its offsets kept. */
export const withoutMinus = (sentence: string) => sentence.replace(MINUS, (m) => ' '.repeat(m.length));

/** The sentence's figures with temperatures below zero signed; a "below zero" read as a figure of its own is dropped. */
export function signedTemperatures(sentence: string, quantities: Quantity[]): Quantity[] {
  const signed = quantities.map((q) => {
    if (q.kind !== 'quantity' || q.value === null || !q.unit?.startsWith('deg')) return q;
    const sign = SIGN_BEFORE.exec(sentence.slice(Math.max(0, q.start - 7), q.start));
    const below = BELOW_ZERO_AFTER.exec(sentence.slice(q.end));
    if (!sign && !below) return q;
    const start = q.start - (sign ? sign[1].length : 0);
    const end = q.end + (below ? below[0].length : 0);
    return { ...q, start, end, text: sentence.slice(start, end), value: -q.value, valueMax: q.valueMax === null ? null : -q.valueMax };
  });
  return signed.filter((q) => !signed.some((o) => o !== q && o.unit?.startsWith('deg') && o.start <= q.start && q.end <= o.end));
}
