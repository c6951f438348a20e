/** Values of the English number words a news report spells out. */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, bn: 1_000_000_000, tn: 1_000_000_000_000,
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const WORD = `(?:(?:${TEN_WORDS})(?:[-\\s](?:${UNIT_WORDS.replace('zero|', '')}))?|${UNIT_WORDS})`;
const SCALE_WORDS = '(?:hundred|thousand|million|billion|trillion)';
/**
 * "twenty-one", "ninety", "seven", optionally followed by "hundred"/"thousand"/"million"…; after a
 * scale, more of the same number ("four hundred and fifty-two thousand", "four thousand three
 * hundred", "a hundred and fifty"); and spoken decimals ("six point one", "one point two million").
 */
export const NUMBER_WORD_SOURCE =
  // ("the hundred and forty-six people evacuated": a spoken hundred after "the" is one hundred.)
  // (Not an ordinal: "the hundred and twenty-fifth anniversary".)
  `(?:(?<=\\bthe\\s)hundred(?:\\s+and)?\\s+(?=${WORD})(?![\\w-]*(?:first|second|third|th)\\b))?` +
  `(?:(?:a|${WORD})(?:\\s+${SCALE_WORDS})+(?:\\s+and)?\\s+(?=${WORD}))*` +
  `${WORD}(?:\\s+(?:${SCALE_WORDS}|dozen))*(?:\\s+point(?:\\s+(?:${UNIT_WORDS}))+(?:\\s+(?:million|billion|trillion))?)?`;

/** The value of a spelled-out number such as "twenty-one" or "two hundred"; NaN when it is not one. */
export function numberWordValue(text: string): number {
  let total = 0;
  let current = 0;
  const [whole, decimals] = text.toLowerCase().split(/\s+point\s+/);
  // The scales said so far, each smaller than the one before ("four thousand three hundred"); one
  // said again ("two thousand and three thousand") is a second number, not one.
  let lastScale = Infinity;
  for (const word of whole.split(/[-\s]+/)) {
    if (word === 'and') continue; // "four hundred and fifty-two"
    if (word === 'a' && current === 0 && total === 0) current = 1; // "a hundred and fifty"
    else if (word in UNITS) current += UNITS[word];
    else if (word in TENS) current += TENS[word];
    else if (word === 'hundred') {
      if (current >= 100) return NaN; // "one hundred and two hundred"
      current = current === 0 && total === 0 ? 100 : current * 100; // ("the hundred and forty-six")
    } else if (word === 'dozen') current *= 12; // two dozen shelters
    else if (word in SCALES) {
      if (SCALES[word] >= lastScale && total > 0) {
        // "three hundred and five thousand": a larger scale takes in all said before it.
        if (SCALES[word] === lastScale) return NaN;
        total = (total + current) * SCALES[word];
      } else total += current * SCALES[word];
      lastScale = SCALES[word];
      current = 0;
    } else return NaN;
  }
  if (decimals === undefined) return total + current;
  // "six point one": each word after "point" is one digit; "one point two million": then a scale.
  const [, spoken, scale] = /^(.*?)(?:\s+(million|billion|trillion))?$/.exec(decimals)!;
  const digits = spoken.split(/\s+/).map((w) => UNITS[w]);
  if (digits.some((d) => d === undefined || d > 9)) return NaN;
  return Number(`${total + current}.${digits.join('')}`) * (scale ? SCALES[scale] : 1);
}

/** Vague counts: "dozens", "in the thousands"; their value is the least they can mean. */
export const VAGUE_COUNTS: Array<[RegExp, number]> = [
  [/^tens of thousands$/i, 10_000],
  [/^hundreds of thousands$/i, 100_000],
  [/^(?:in the )?thousands$/i, 1_000],
  [/^(?:in the )?hundreds$/i, 100],
  [/^dozens$/i, 12],
  [/^half a dozen$/i, 6],
  [/^a quarter of a million$/i, 250_000],
  [/^half a million$/i, 500_000],
  [/^a hundred$/i, 100],
  [/^a thousand$/i, 1_000],
  [/^a million$/i, 1_000_000],
  [/^a billion$/i, 1_000_000_000],
  [/^a dozen$/i, 12],
  [/^a pair of$/i, 2],
  [/^a couple of$/i, 2],
];
