import type { Qualifier, Quantity } from './types.ts';
import { MONTH_SOURCE, dateKey, monthNumber } from './dates.ts';
import { NUMBER_WORD_SOURCE, SCALES, VAGUE_COUNTS, numberWordValue } from './number-words.ts';

// Finding figures in a sentence: digits, words, dates, times, ranges, hedges; never designations.
// Written by hand rather than with a general NLP library (bench/extraction-libraries.ts measures
// both): news figures need the hedge and the unit, and must skip "Su-35" and "Highway 49".

/** A figure found, before what it counts is read: the fields of a Quantity that finding fills. */
export type Candidate = Pick<Quantity, 'kind' | 'start' | 'end' | 'value' | 'valueMax' | 'qualifier' | 'unit' | 'date'>;

const CURRENCY: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
};
const currencyOf = (sign: string) => CURRENCY[sign.trim()] ?? sign.trim();
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  rupee: 'INR', rupees: 'INR', francs: 'CHF', franc: 'CHF', roubles: 'RUB', rubles: 'RUB', lira: 'TRY', won: 'KRW',
  kronor: 'SEK', krona: 'SEK', kroner: 'NOK', krone: 'DKK', rand: 'ZAR', pesos: 'MXN', peso: 'MXN', reais: 'BRL',
  real: 'BRL', shekels: 'ILS', naira: 'NGN', dirhams: 'AED', riyals: 'SAR', soles: 'PEN', sol: 'PEN', marks: 'DEM',
};

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|mn|tn|m|k)\\b';
/** "a 21-year-old striker", "the 82-metre dam", "a 12-storey block": the figure and its unit are one. */
const COMPOUND_UNIT_SOURCE = '-(?:(?:year|month|week|day)-old|(?:metre|meter|kilometre|kilometer|mile|foot|storey|story|hour|minute|tonne|ton|acre|hectare)s?)';
const COMPOUND_UNIT = new RegExp(`^${COMPOUND_UNIT_SOURCE}\\b`);
export const ENDS_WITH_UNIT = new RegExp(`${COMPOUND_UNIT_SOURCE}$`);

/** Pence after the digits, glued or spelled out: "27.6p", "53 pence" (not "3pm" or "3p.m."). */
const PENCE_AFTER = /^(?:p(?![\p{L}\d]|\.m\.?)|\s?pence\b)/u;
/** "1080p", "720p": a screen's lines, no money. */
const SCREEN_LINES = /^(?:480|576|720|1080|1440|2160)$/;
/** Units written against the figure: "142mm", "40cm", "110km/h", "5kg". */
const GLUED_UNIT = /^(?:mm|cm|km\/h|km|kg|mph|kph|kmh|ft|lbs?|mg|ml|kWh|MWh|GWh|TWh|kW|MW|GW|ha|m|\s?°\s?[CF]|[CF])\b/;
/** Glued units with the name the spaced form has: "110kph" is "110 km/h". */
const GLUED_NAMES: Record<string, string> = { kph: 'km/h', kmh: 'km/h', kW: 'kw', MW: 'mw', GW: 'gw', kWh: 'kwh', MWh: 'mwh', GWh: 'gwh', TWh: 'twh' };
const TEMPERATURE_WORDS = /\b(?:temperature|heat|cold|warm|hot|degree|thermometer|highs?|lows?|celsius|fahrenheit|mercury|swelter|scorch|sizzl|freez|frost)/i;
/** "38C", "38°C", "100°F": temperatures, in one unit name each. */
const TEMPERATURE = /^\s?°?\s?([CF])$/;
const PERCENT = '(?:%|\\s?per\\s?cent\\b)';
const MONEY_SIGN = '(?:US\\$|A\\$|C\\$|HK\\$|R\\$|[$€£¥₹]|(?:USD|EUR|GBP|CHF|JPY|CNY|INR|SEK|NOK|DKK|AUD|CAD)\\s)';
const FIGURE = new RegExp(
  `(${MONEY_SIGN})?\\s?(${DIGITS})(?:\\s?(${SCALE}))?(?:${PERCENT}(?=\\s?(?:-|–|to)\\s?\\d))?` +
    `(?:\\s?(?:-|–|to)\\s?(?:${MONEY_SIGN})?(${DIGITS})(?!\\d)(?:\\s?(${SCALE}))?)?(${PERCENT})?`,
  'g',
);
const SINGLE_FIGURE = new RegExp(`(${MONEY_SIGN})?\\s?(${DIGITS})(?:\\s?(${SCALE}))?(${PERCENT})?`, 'g');
const BETWEEN = new RegExp(`\\b[Bb]etween\\s+(${MONEY_SIGN})?(${DIGITS})(?:\\s?(${SCALE}))?\\s+and\\s+(?:${MONEY_SIGN})?(${DIGITS})(?:\\s?(${SCALE}))?(${PERCENT}|mm\\b|cm\\b|km\\b|kg\\b)?`, 'g');
const WORD_FIGURE = new RegExp(`\\b(${NUMBER_WORD_SOURCE})\\b(?:\\s?(${PERCENT}))?`, 'gi');
const VAGUE = /\b(?:tens of thousands|hundreds of thousands|in the thousands|in the hundreds|thousands|hundreds|dozens|half a dozen|a dozen|a pair of|a couple of|a quarter of a million|half a million|a (?:hundred|thousand|million|billion))\b/gi;
const MONTH_DAY = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_SOURCE})(?:\\s(\\d{4}))?\\b`, 'g');
/** "the sixth of November", "the 1st of July": a day said as a spoken ordinal. */
const SPOKEN_ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const spokenDay = (word: string) => {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return parseInt(w, 10);
  const [tens, unit] = w.split('-');
  const base = tens === 'twenty' ? 20 : tens === 'thirty' ? 30 : 0;
  return base ? (unit === undefined ? NaN : base + SPOKEN_ORDINAL_DAYS.indexOf(unit) + 1) : w === 'thirtieth' ? 30 : SPOKEN_ORDINAL_DAYS.indexOf(w) + 1;
};
const DAY_OF_MONTH = new RegExp(`\\bthe\\s+((?:(?:twenty|thirty)-)?(?:${SPOKEN_ORDINAL_DAYS.join('|')})|thirtieth|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${MONTH_SOURCE})(?:,?\\s(\\d{4}))?\\b`, 'gi');
/**
 * A year said aloud after a word of time: "in nineteen ninety-seven", "since twenty fifteen", "by
 * twenty twenty-seven", "in two thousand and four". (Without such a word, "nineteen twenty-year-olds"
 * are people; nor before a plural noun, "in two thousand and four homes"; after "of" only in pairs of digits,
 * "the disaster of twenty fifteen", not "a crowd of two thousand and fifty". Written here, not with
 * number-words.ts's values, because a year is read in pairs of digits: "nineteen ninety-seven".)
 */
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TWO_DIGITS = `(?:(?:${Object.keys(TENS_WORDS).join('|')})(?:-(?:${UNIT_WORDS.join('|')}))?|${TEEN_WORDS.join('|')})`;
/** A year said aloud: "nineteen ninety-seven" (groups 1 and 2), "two thousand and four" (group 3). */
const YEAR_WORDS = `(?:(nineteen|twenty)[\\s-](${TWO_DIGITS})|two thousand(?:\\s+and)?\\s+(${UNIT_WORDS.join('|')}|${TWO_DIGITS}))`;
const SPOKEN_YEAR = new RegExp(`(?:(?<=\\b(?:in|since|by|until|till|from|before|after|back in|early|late|mid|spring|summer|autumn|winter|January|February|March|April|June|July|August|September|October|November|December)\\s)|(?<=\\bof\\s)(?=(?:nineteen|twenty)[\\s-]))` +
  `${YEAR_WORDS}\\b(?![\\s-]+(?:hundred|thousand|million|year-olds?|per\\s?cent|percent)|-[a-z]|\\s+(?!(?:was|has|is|as|this|its|his|us|thus|plus|years)\\b)[a-z]+s\\b)`, 'gi');
/**
 * "remember nineteen sixty-six, when a slide…", "remains nineteen ninety-four, when…": a year said in
 * pairs of digits after a word of memory or of a record, which the clause of "when" after it shows.
 * (Not any pair before "when": "at nineteen forty-five, when" is a time, "led twenty fourteen when" a score.)
 */
const SPOKEN_YEAR_WHEN = new RegExp(`(?<=\\b(?:remember|remembers|remembered|recall|recalls|recalled|remains|remained|back\\s+to)\\s)(nineteen|twenty)[\\s-](${TWO_DIGITS})(?=,?\\s+when\\b)`, 'gi');
const SPOKEN_YEAR_IN = new RegExp(`\\b${YEAR_WORDS}\\b`, 'i');
/** The year a text says aloud, "nineteen ninety-four" → "1994"; null when it says none. */
export function spokenYearIn(text: string): string | null {
  // (Asked of every figure's time, so it is tried only on words of a year.)
  if (!/nineteen|twenty|thousand/i.test(text)) return null;
  const m = SPOKEN_YEAR_IN.exec(text);
  const year = m ? yearOfWords(m) : NaN;
  return Number.isFinite(year) ? String(year) : null;
}
/** The value of a match of YEAR_WORDS (or of its first two groups alone). */
function yearOfWords(m: RegExpMatchArray): number {
  return m[1] ? (m[1].toLowerCase() === 'nineteen' ? 1900 : 2000) + spokenTwoDigits(m[2]) : 2000 + spokenTwoDigits(m[3]);
}

/** The value of two spoken digits: "ninety-seven" 97, "fifteen" 15, "four" 4. */
function spokenTwoDigits(words: string): number {
  const w = words.toLowerCase();
  const teen = TEEN_WORDS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const unit = UNIT_WORDS.indexOf(w);
  if (unit >= 0) return unit + 1;
  const [tens, one] = w.split('-');
  return (TENS_WORDS[tens] ?? NaN) + (one ? UNIT_WORDS.indexOf(one) + 1 : 0);
}
const MONTH_YEAR = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{4})\\b`, 'g');
const MONTH_ALONE = /\b(since|in|until|till|by|from|to|during|last|next|early|late|mid|through|before|after|this|of)[\s-](January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)/gi;
/** A month that opens its sentence as what it tells of: "August was the busiest month", "January saw the most". */
const MONTH_OPENING = /^()(January|February|March|April|June|July|August|September|October|November|December)(?=\s+(?:was|were|saw|had|brought|is)\b)/g;
const YEAR_SPAN = /(?<![\d.,])((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)(?![\d%])/g;
// (Before a word ending in "s", a count, "1999 homes"; unless after a word that says when, and the
// word is none of plurals: "in 1999 as a direct result", not "raised 1900 as a gift".)
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!\s+[a-z]+s\b)|(?<=\b(?:[Ii]n|[Ww]ith|[Tt]han|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter)\s)(1[89]\d\d|20\d\d)\b(?=\s+(?:was|has|is|as|this|its|his|thus|plus|versus)\b)/g;
const WEEKDAY = /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const FRACTION = /\b(one|two|three|four|a)[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|hundredth|hundredths)\b|\b(half)(?=\s+(?:of|the|its|their|all)\b(?!\s+(?:time|battle|story)\b))/gi;
const FRACTION_HEDGE = /\b(?:nearly|almost|about|roughly|around|some|more than|less than|over|under|by|down|up|than|just)\s+$/i;
const ORDINAL_COUNT = /\b(?:for the|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[a-z]+\s+)?(times?|days?|weeks?|months?|years?|nights?|consecutive|attacks?|strikes?|hurricanes?|storms?|quakes?|earthquakes?|incidents?|shootings?|raids?|rises?|cuts?|hikes?|increases?|declines?|falls?|fires?|outbreaks?|rounds?|wins?|defeats?|deaths?|derailments?|crashes|crash|collisions?|accidents?|floods?|explosions?|bombings?|protests?|elections?|defeats?|victories|victory|titles?|terms?|recessions?|quarters?|hikes?)\b/gi;
/** "a third worker has died": the toll is three. */
const ORDINAL_DEATH = /\b(?:[Aa]|[Tt]he)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[a-z-]+\s+){0,2}?(?:worker|person|man|woman|child|patient|victim|miner|resident|passenger|soldier|firefighter|pupil|student|employee)\s+(?:has\s+|had\s+|have\s+)?died\b/g;
const ZONE = '(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)';
const TIME = new RegExp(
  `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s?${ZONE}\\b)?|\\b\\d{1,2}:\\d{2}\\b(?:\\s?${ZONE}\\b)?|\\b\\d{4}\\s?(?:GMT|UTC)\\b`, 'g');

/**
 * A clock time as a radio script says it: "half past three", "ten to eight", "twenty-five past
 * ten", "eight minutes to twelve", "a quarter to midnight", "seven o'clock", "five in the morning",
 * "ten at night" (moments.ts reads it).
 */
const SPOKEN_HOUR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const SPOKEN_PERIOD = "(?:\\s+(?:in the (?:morning|afternoon|evening)|at night))";
/** A word of time before a clock time: "at ten to three", "by twenty past five" (not "from five to ten", a range). */
const AT_TIME = '(?<=\\b(?:at|by|until|till|around|about|after|before|approximately|nearly|almost|shortly before|shortly after|just before|just after)\\s{1,3})';
/** What a count, not a time, goes on with: "ten to twelve people", "twenty minutes to two hours". */
const NOT_AFTER_TIME = "(?!\\s+(?:hours?|days?|weeks?|months?|years?|minutes?|people|persons|per\\b|percent|times?|of\\b))";
const SPOKEN_TIME = new RegExp(
  // ("half past three", "a quarter to midnight", "eight minutes to twelve", "seven o'clock".)
  `\\b(?:(?:(?:a\\s+)?quarter|half|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-\\w+) minutes?)\\s+(?:past|to)\\s+(?:${SPOKEN_HOUR}|midnight|noon)|${SPOKEN_HOUR}\\s+o'clock)${SPOKEN_PERIOD}?${NOT_AFTER_TIME}` +
    // ("at five in the morning", "by ten at night"; "two at night" alone may be two trains.)
    `|${AT_TIME}${SPOKEN_HOUR}${SPOKEN_PERIOD}\\b` +
    // ("at ten to three", "by twenty past five": with no "minutes", only after a word of time or before a half of the day; "won five to two" is a score.)
    `|${AT_TIME}(?:five|ten|twenty|twenty-five)\\s+(?:past|to)\\s+(?:${SPOKEN_HOUR}|midnight|noon)${SPOKEN_PERIOD}?${NOT_AFTER_TIME}` +
    `|\\b(?:five|ten|twenty|twenty-five)\\s+(?:past|to)\\s+(?:${SPOKEN_HOUR}|midnight|noon)${SPOKEN_PERIOD}`, 'gi');

/** Text that may hold digits but no figure: addresses, phone numbers, footnote marks. */
const NOT_FIGURES = /(?:https?:\/\/|www\.)\S+|\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\[\d+\]|\S+@\S+\.\w+/g;

// Longest hedges first: "no more than" is "up to", not "more than".
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at least'],
  [/\b(?:up to|as many as|as much as|at most|no more than)\s+$/i, 'up to'],
  // ("The first crew arrived within ten minutes": a time told as its bound. Not a deadline set, "a report within 60 days",
  // which another deadline contradicts.)
  [/(?<=\b(?:arrived|got there|were there|was there|on (?:the )?scene|responded)\s+)within\s+$/i, 'up to'],
  [/\b(?:more than|just over|over|above|in excess of|upwards of)\s+$/i, 'more than'],
  [/\b(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa)\s+$/i, 'about'],
  [/\b(?:fewer than|less than|under|below)\s+$/i, 'less than'],
];

/**
 * What a rule reads before a figure: the last few hundred characters, never the whole text, so
 * that a sentence thousands of characters long costs no more per figure than a short one.
 */
const LOOK_BACK = 240;
export const lookBack = (s: string, at: number) => s.slice(Math.max(0, at - LOOK_BACK), at);
export const lookAhead = (s: string, at: number) => s.slice(at, at + LOOK_BACK);

function spansOf(text: string, re: RegExp): Array<{ start: number; end: number }> {
  return [...text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function overlapsAny(c: { start: number; end: number }, spans: Array<{ start: number; end: number }>): boolean {
  return spans.some((s) => c.start < s.end && s.start < c.end);
}

function base(start: number, end: number): Omit<Candidate, 'kind'> {
  return { start, end, value: null, valueMax: null, qualifier: 'exact', unit: null, date: null };
}

function findDates(s: string): Candidate[] {
  const out: Candidate[] = [];
  const year = (y: string | undefined) => (y ? Number(y) : null);
  for (const m of s.matchAll(MONTH_DAY)) {
    if (Number(m[2]) > 31 || (m[1] === 'May' && !/^May\s\d/.test(m[0]))) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: dateKey(year(m[3]), monthNumber(m[1]), Number(m[2])) });
  }
  for (const m of s.matchAll(DAY_MONTH)) {
    if (Number(m[1]) > 31) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: dateKey(year(m[3]), monthNumber(m[2]), Number(m[1])) });
  }
  for (const m of [...s.matchAll(SPOKEN_YEAR), ...s.matchAll(SPOKEN_YEAR_WHEN)]) {
    const year = yearOfWords(m);
    if (Number.isFinite(year)) out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: String(year) });
  }
  for (const m of s.matchAll(DAY_OF_MONTH)) {
    // (A month by its capital, "May" not "may"; a day the month has.)
    const day = spokenDay(m[1]);
    if (!/^[A-Z]/.test(m[2]) || !(day >= 1 && day <= DAYS_IN_MONTH[monthNumber(m[2]) - 1])) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    out.push({ ...base(start, m.index! + m[0].length), kind: 'date', date: dateKey(year(m[3]), monthNumber(m[2]), day) });
  }
  for (const m of [...s.matchAll(MONTH_ALONE), ...s.matchAll(MONTH_OPENING)]) {
    // (A month by its capital: "the first of may such cases" names none.)
    if (!/^[A-Z]/.test(m[2])) continue;
    if (m[2] === 'May' && !/^[Ii]n|^[Ss]ince|^[Uu]ntil|^[Ll]ast|^[Nn]ext|^[Ee]arly|^[Ll]ate/.test(m[1])) continue;
    const start = m.index! + m[0].length - m[2].length;
    out.push({ ...base(start, start + m[2].length), kind: 'date', date: dateKey(null, monthNumber(m[2]), null).replace(/^/, 'M') });
  }
  for (const m of s.matchAll(MONTH_YEAR)) {
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: dateKey(Number(m[2]), monthNumber(m[1]), null) });
  }
  // "the 2025-26 academic year", "in 2024/25": a season or a year of accounts, dated by its first year.
  for (const m of s.matchAll(YEAR_SPAN)) {
    if ((Number(m[1]) + 1) % 100 === Number(m[2]) % 100) out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: m[1] });
  }
  for (const m of s.matchAll(YEAR)) {
    if (/[\p{L}-]$/u.test(lookBack(s, m.index!)) || /^[\p{L}-]/u.test(s.slice(m.index! + 4))) continue;
    // "Euro 2024", "the 2023 Budget Act": a year inside a name.
    if (isDesignation(s, m.index!, m.index! + 4) || /^\s[A-Z][a-z]+\s[A-Z]/.test(s.slice(m.index! + 4))) continue;
    out.push({ ...base(m.index!, m.index! + 4), kind: 'date', date: m[1] ?? m[2] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "last Thursday", "on Friday": a relative date, kept as written ("last thursday") for lack of a calendar. */
function findRelativeDates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(WEEKDAY)) {
    // "Black Friday", "Super Tuesday" name an occasion, not a day of this story.
    if (!m[1] && /[A-Z][\p{L}]*\s+$/u.test(lookBack(s, m.index!)) && !/\b(?:On|By|Since|Until|Last|Next|Late|Early)\s+$/.test(lookBack(s, m.index!))) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: m[0].toLowerCase() });
  }
  return out;
}

const FRACTION_VALUES: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10, hundredth: 100, hundredths: 100,
};

/** "two-thirds", "a quarter of", "half of": the fraction as a number. "a third attack" is no fraction. */
function findFractions(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(FRACTION)) {
    const [count, part] = m[3] ? ['one', 'half'] : [m[1].toLowerCase() === 'a' ? 'one' : m[1], m[2]];
    const end = m.index! + m[0].length;
    if (m[1]?.toLowerCase() === 'a' && !/^\s+of\b/.test(s.slice(end)) && !FRACTION_HEDGE.test(lookBack(s, m.index!))) continue;
    if (/^\s+of\s+an?\s+(?:hundred|thousand|million|billion)\b/i.test(s.slice(end))) continue; // "a quarter of a million" counts
    out.push({ ...base(m.index!, end), kind: 'quantity', unit: 'fraction', value: Math.round((numberWordValue(count) / FRACTION_VALUES[part.toLowerCase()]) * 10_000) / 10_000 });
  }
  return out;
}

/** "half a percentage point", "a quarter of a percentage point": a change of a rate in words. */
const POINT_FRACTION = /\b(half|a quarter|three quarters)(?=\s+(?:of\s+)?an?\s+(percentage|basis)\s+point\b)/gi;
const POINT_FRACTION_VALUES: Record<string, number> = { half: 0.5, 'a quarter': 0.25, 'three quarters': 0.75 };

function findPointFractions(s: string): Candidate[] {
  return [...s.matchAll(POINT_FRACTION)].map((m) => ({
    ...base(m.index!, m.index! + m[1].length), kind: 'quantity' as const, unit: `${m[2].toLowerCase()} point`, value: POINT_FRACTION_VALUES[m[1].toLowerCase()],
  }));
}

/** "one in seven", "seven in ten", "one train in six": a share told as so many of so many. */
const RATIO = /\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:[a-z]+\s+)?in\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|\d{1,3})\b(?!\s*(?:%|per|a\.m\.|p\.m\.|am\b|pm\b|the\b|o'clock|(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|games?|matches?|attempts?)\b))/gi;

/** "one in seven" as the fraction it is (1/7), not two counts. (Not "two in the morning", nor "one in 2019".) */
function findRatios(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(RATIO)) {
    const value = (w: string) => (/^\d+$/.test(w) ? Number(w) : w.toLowerCase() === 'a hundred' ? 100 : numberWordValue(w));
    const [part, whole] = [value(m[1]), value(m[2])];
    if (!(part > 0 && whole > part && whole <= 100)) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'quantity', unit: 'fraction', value: Math.round((part / whole) * 10_000) / 10_000 });
  }
  return out;
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** "for the third time": an ordinal that counts occurrences. Other ordinals ("first lady") are no figures. */
function findOrdinalCounts(s: string): Candidate[] {
  return [...s.matchAll(ORDINAL_COUNT), ...s.matchAll(ORDINAL_DEATH)].map((m) => {
    const start = m.index! + m[0].indexOf(m[1]);
    const value = ORDINALS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
    return { ...base(start, start + m[1].length), kind: 'quantity' as const, value };
  });
}

function findTimes(s: string): Candidate[] {
  return [...spansOf(s, TIME), ...spansOf(s, SPOKEN_TIME)].map((sp) => ({ ...base(sp.start, sp.end), kind: 'time' as const }));
}

function scaled(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  return scale ? n * SCALES[scale.toLowerCase()] : n;
}

/**
 * Spans said in words, "a fortnight", "a decade", "half an hour": a duration in days, years or
 * minutes, as "14 days" is. (Not a point in time, "a decade ago", "half an hour earlier"; nor a
 * frequency or a rate, "every half an hour", "once a decade", "£166 a fortnight"; nor a part of a span
 * said otherwise, "half a decade", "a decade and a half", "a decade-long war"; nor a reach of
 * comparison after a superlative, "the most in a decade", "its highest level for a decade"; a hedged
 * one, "the worst results in almost a decade", is a figure a source may give.)
 */
function findWordSpans(s: string): Candidate[] {
  return [...s.matchAll(WORD_SPAN)].flatMap((m) => {
    const value = SPAN_VALUES.find(([re]) => re.test(m[0]))![1];
    const after = s.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
    const before = s.slice(Math.max(0, m.index! - 40), m.index!);
    if (/^(?:\s+(?:ago|earlier|later|before|after|on|from now|since|high|low)\b|\s+and\s+a\s+(?:half|quarter)\b|-)/i.test(after) ||
      /\b(?:every|once|twice|times|per|half|quarter\s+of)\s+$/i.test(before) || /[\d€£$][^\s,;]*\s+$/.test(before) ||
      SUPERLATIVE_REACH.test(before)) return [];
    return [{ ...base(m.index!, m.index! + m[0].length), kind: 'quantity' as const, value }];
  });
}
/** A span in words and what it is in days, years or minutes (its noun is read in figure-context.ts's describe). */
export const SPAN_VALUES: Array<[RegExp, number, string]> = [
  [/\ban hour and a half$/i, 90, 'minutes'], [/\bhalf an hour$/i, 30, 'minutes'], [/\ba fortnight$/i, 14, 'days'],
  [/\ba decade$/i, 10, 'years'], [/\bhalf a century$/i, 50, 'years'], [/\ba century$/i, 100, 'years'],
];
/** "the most in a decade", "its highest level for a decade": a superlative a few words before "in" or "for". */
const SUPERLATIVE_REACH = /\b(?:the|its|their)\s+(?:most|least|highest|lowest|best|worst|biggest|largest|fewest|strongest|weakest|fastest|slowest)\b(?:\s+[\p{L}'’-]+){0,3}\s+(?:in|for)\s+$/iu;
const WORD_SPAN = /\b(?:an hour and a half|half an hour|a fortnight|a decade|half a century|a century)\b/gi;

/**
 * "8 minutes 42 seconds", "two hours and 15 minutes": one duration, in the larger unit (8.7
 * minutes), not two counts; a page that says "just under nine minutes" speaks of the same.
 */
function findCompoundDurations(s: string): Candidate[] {
  return [...s.matchAll(COMPOUND_DURATION)].flatMap((m) => {
    const [larger, smaller] = [m[2].toLowerCase(), m[4].toLowerCase()];
    const next = larger.startsWith('h') ? 'm' : 's';
    if (!smaller.startsWith(next) || Number(m[3]) >= 60) return [];
    const start = m.index!;
    return [{ ...base(start, start + m[0].length), kind: 'quantity' as const, value: Number(m[1]) + Number(m[3]) / 60 }];
  });
}
/** A whole number of a larger unit, then of the next smaller one. */
export const COMPOUND_DURATION = /(?<![\d.,])(\d{1,3})\s+(hours?|minutes?|mins?)(?:\s*,)?\s+(?:and\s+)?(\d{1,2})\s+(minutes?|mins?|seconds?|secs?)\b/gi;

function findFigures(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(BETWEEN)) {
    const [all, currency, low, lowScale, high, highScale, percent] = m;
    const scale = lowScale ?? highScale;
    out.push({
      ...base(m.index!, m.index! + all.length), kind: 'quantity', value: scaled(low, scale), valueMax: scaled(high, highScale ?? scale),
      unit: percent && /%|cent/.test(percent) ? 'percent' : percent ? percent : currency ? currencyOf(currency) : null,
    });
  }
  for (const m of s.matchAll(FIGURE)) {
    const [all, currency, low, lowScale, high, highScale, percent] = m;
    const start = m.index! + (all.length - all.trimStart().length);
    // "a 21-year-old striker": the age and its unit are one figure; so are "142mm" and "40cm".
    let end = m.index! + all.length + (COMPOUND_UNIT.exec(s.slice(m.index! + all.length))?.[0].length ?? 0);
    const glued = !currency && !percent && GLUED_UNIT.exec(s.slice(end));
    let measure: string | null = null;
    // "4C" is a temperature only where the sentence speaks of one ("flat 4C" is no weather); a
    // decimal one ("43.4C") always is: flats and forms are not numbered in tenths.
    const bareDegrees = glued && /^[CF]$/.test(glued[0]) && !TEMPERATURE_WORDS.test(s) && !/\.\d$/.test(s.slice(start, m.index! + all.length));
    if (glued && !bareDegrees && !(glued[0] === 'm' && /^m\s+[a-z]+s\b/.test(s.slice(end)))) {
      measure = TEMPERATURE.test(glued[0]) ? `deg${TEMPERATURE.exec(glued[0])![1]}` : GLUED_NAMES[glued[0]] ?? glued[0];
      end += glued[0].length;
    }
    // "27.6p per kWh", "53 pence a day": pence, a hundredth of a pound (not "3pm" or "3 p.m.").
    const pence = !currency && !percent && !measure && !SCREEN_LINES.test(low) && PENCE_AFTER.exec(s.slice(end));
    if (pence) end += pence[0].length;
    if (out.some((c) => start < c.end && c.start < end)) continue;
    // "from 5.3% to 11.2%" is a change between two figures, not a range; so is "fell by 27,000 to 412,000".
    // (Nor is "up 17% to 1.4 million": a share, then the level it brought.)
    const shareThenLevel = !percent && /%|per\s?cent/.test(all);
    // ("voted 34 to 17", "won 3-1": a tally, two counts; a range runs upwards.)
    // (Not "2024-25", a season or a year of accounts.)
    const tally = high && scaled(high, highScale ?? lowScale) < scaled(low, lowScale ?? highScale) && !/^(?:1[89]|20)\d\d$/.test(low);
    // (Nor is "in 2022 to 412": a year, then the level it came to.)
    // (Not "1800 to 2000 protesters", two numbers of years' shape, a range.)
    const yearThenLevel = high && /^(?:1[89]|20)\d\d$/.test(low) && !/^(?:1[89]|20)\d\d$/.test(high) && !lowScale && /\bto\b/.test(all);
    if (high && (tally || yearThenLevel || (/\bto\b/.test(all) && (shareThenLevel || /\b(?:from|by)\s+$/i.test(lookBack(s, start)))))) {
      // (The year itself is a date's to find, or none: "in mid-2023 to 1.5 million" gives the level alone.)
      out.push(...singleFiguresIn(s, start, m.index! + all.length).filter((c) => !yearThenLevel || c.start > start));
      continue;
    }
    if (isDesignation(s, start, end)) continue;
    // "4.87m" of water is metres; "£52m" and "2.5m people" are millions.
    const metres = !currency && (lowScale ?? highScale) === 'm' && !/^\s+[a-z]+s\b/.test(s.slice(m.index! + all.length));
    const scale = metres ? undefined : lowScale ?? highScale;
    if (metres) measure = 'm';
    // (Rounded, so that "0.7p" is 0.007 and not 0.006999….)
    const inPounds = (n: number) => (pence ? Math.round(n * 10_000) / 1_000_000 : n);
    out.push({
      ...base(start, end),
      kind: 'quantity',
      value: inPounds(scaled(low, scale)),
      valueMax: high ? inPounds(scaled(high, metres ? undefined : highScale ?? scale)) : null,
      unit: percent || /%|per\s?cent/.test(all) ? 'percent' : currency ? currencyOf(currency) : pence ? 'GBP' : measure,
    });
  }
  return out;
}

/** Each figure of a stretch on its own, ranges aside ("from 5.3% to 11.2%" gives two). */
function singleFiguresIn(s: string, from: number, to: number): Candidate[] {
  return [...s.slice(from, to).matchAll(SINGLE_FIGURE)].map((m) => {
    const [all, currency, digits, scale, percent] = m;
    const start = from + m.index! + (all.length - all.trimStart().length);
    return {
      ...base(start, from + m.index! + all.length), kind: 'quantity' as const, value: scaled(digits, scale),
      unit: percent ? 'percent' : currency ? currencyOf(currency) : null,
    };
  });
}

const NAMED_NUMBER_BEFORE = /[\p{L}\d,;)]\s(?!(?:In|On|At|By|Since|From|Until|Of|The|A|An|About|Some|Nearly|Almost|Around|Over|Under|Up|To|And|Or|But|US|UK|EU|UN|Between|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][\p{L}-]*\.?\s$/u;
const STREET_AFTER = /^\s(?:[A-Z][\p{L}'’-]*\s){1,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Way|Boulevard|Blvd|Place|Square|Close|Court|Crescent|Terrace|Row|Highway|Parkway)\b/u;
/**
 * "150 Mill Lane": a house's number, unless hedged or followed by who lives there, which no address
 * is: "Some 150 Mill Lane residents", "fewer than 100 Mill Lane households".
 */
function isStreetNumber(s: string, head: string, end: number): boolean {
  const street = STREET_AFTER.exec(s.slice(end, end + 60));
  if (!street) return false;
  const after = s.slice(end + street[0].length, end + street[0].length + 20);
  // ("around 10 Downing Street", "the row over 10 Downing Street's refurbishment": words of place too,
  // so a count only with a noun after the street, "Around 60 Oxford Street retailers".)
  if (HEDGE_BEFORE.test(head) || (PLACE_OR_HEDGE_BEFORE.test(head) && /^\s+[a-z]+s\b/.test(after))) return false;
  return !PEOPLE_OF_A_STREET.test(after);
}
const HEDGE_BEFORE = /\b(?:some|nearly|almost|roughly|approximately|more than|fewer than|less than|at least)\s$/i;
const PLACE_OR_HEDGE_BEFORE = /\b(?:about|around|over|under|up to)\s$/i;
const PEOPLE_OF_A_STREET = /^\s+(?:residents|households|families|homes|houses|tenants|people|neighbours|neighbors|shops|businesses|traders)\b/;

/**
 * Digits that name a thing rather than count one: "Su-35", "COVID-19", "G7", "A320", "5G", "F-16s",
 * "Highway 49", "District 4", "Kiseki 5", "No 9", a street number, a number to call.
 */
function isDesignation(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 3);
  if (/\p{L}-?$/u.test(before) || /^-?\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s\b|-\p{L})/u.test(after) && !GLUED_UNIT.test(after + s.slice(end + 3, end + 6))) return true;
  if (/^[.,]?\d/.test(after) || /\d[.,]?$/.test(before)) return true;
  if (/^[$€£¥₹A-Z]/.test(s[start] ?? '') ) return false;
  // ("and Hillcrest 12%": a share is of something, never a name's number.)
  if (/%|per\s?cent/.test(s.slice(start, end + 9))) return false;
  const head = s.slice(Math.max(0, start - 40), start);
  // "St Aldric's received 41 casualties and Queen Maren Hospital 27", "104 cases, Hollin Park 58":
  // a count whose noun is left out after another's.
  const elided = ELIDED_AFTER_NAME.exec(head);
  // ("St Brannoc General Hospital took 38, Castrelle University Hospital 24": the count before may end its clause.)
  if (elided && ELIDED_LIST_BEFORE.test(s.slice(Math.max(0, start - 100), start - head.length + elided.index))) return false;
  return NAMED_NUMBER_BEFORE.test(head) || isStreetNumber(s, head, end) || /\b(?:call|dial|text|No\.?)\s$/i.test(head);
}

/** "and Queen Maren Hospital ", ", the Agrarian League ": a name in a list, its count's noun left out. */
/** A count with its noun, or one that ends a clause with a verb before it, then maybe more names with their counts ("took 38, Castrelle University Hospital 24"). */
const ELIDED_LIST_BEFORE = /\d[\d,]*\s+[a-z]+|\b[a-z]+\s+\d[\d,]*(?:,?\s+(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}\d[\d,]*)*\s*$/u;
/** ("and the capital, Dorvan, ": the name in apposition to a common noun.) */
/** ("and the Hallen Basin terminal 1.02 million": the name may be followed by its kind.) */
export const ELIDED_AFTER_NAME = /(?:\band|[,;])\s+(?:the\s+)?(?:[a-z]+,\s+)?((?:[A-Z][\p{L}'’-]*\s+){0,3}[A-Z][\p{L}'’-]*,?\s+)(?:(?:terminal|terminals|station|district|region|province|county|hospital|port|plant|site|school|campus|branch|depot|ward)\s+)?$/u;

const REPEATS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

function findWordFigures(s: string): Candidate[] {
  const out: Candidate[] = [];
  // "hit twice": a count of times in one word. "Once" opening a clause ("once the rain stops") is not.
  for (const m of s.matchAll(/\b(twice|thrice|once)\b/gi)) {
    if (/^once$/i.test(m[1]) && !/\b(?:only|just|at least|more than|than)\s+$/i.test(lookBack(s, m.index!))) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'quantity', value: REPEATS[m[1].toLowerCase()] });
  }
  for (const whole of s.matchAll(WORD_FIGURE)) {
    // ("between two thousand and three thousand": two numbers the pattern took for one, read apart.)
    const said: WordMatch = { text: whole[0], words: whole[1], percent: whole[2], index: whole.index! };
    for (const m of Number.isNaN(numberWordValue(said.words)) ? apart(said) : [said]) {
      const figure = wordFigure(s, m);
      if (figure) out.push(figure);
    }
  }
  return out;
}

/** A spoken number as the page has it: the whole match, its words, a percent sign or word after them. */
interface WordMatch {
  text: string;
  words: string;
  percent?: string;
  index: number;
}

/** A spoken number as a figure, or null when it is no count ("one of them", "no one"). */
function wordFigure(s: string, m: WordMatch): Candidate | null {
  const value = numberWordValue(m.words);
  if (Number.isNaN(value)) return null;
  const end = m.index + m.text.length;
  // "one of them", "no one", "one another": "one" as a pronoun is no count.
  if (/^one$/i.test(m.words) && (/^\s+(?:of|another|who|that|day|way)\b|^[^\s\p{L}]|^$/iu.test(s.slice(end)) ||
      /\b(?:no|any|every|some|the|this|that|which)\s+$/i.test(lookBack(s, m.index)))) return null;
  const age = COMPOUND_UNIT.exec(s.slice(end))?.[0].length ?? 0;
  return { ...base(m.index, end + age), kind: 'quantity', value, unit: m.percent ? 'percent' : null };
}

/** A spoken number joined to the next by "and" ("two thousand and three thousand"), as its numbers. */
function apart(m: WordMatch): WordMatch[] {
  const parts: WordMatch[] = [];
  const pieces = m.words.split(/(\s+and\s+)/);
  let at = m.index;
  pieces.forEach((piece, i) => {
    const last = i === pieces.length - 1;
    if (i % 2 === 0) parts.push({ text: last ? piece + m.text.slice(m.words.length) : piece, words: piece, percent: last ? m.percent : undefined, index: at });
    at += piece.length;
  });
  return parts;
}

function findVagueCounts(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(VAGUE)) {
    const value = VAGUE_COUNTS.find(([re]) => re.test(m[0]))?.[1];
    if (value === undefined) continue;
    const exact = /^(?:half )?a (?:dozen|pair of|couple of)$|^(?:a quarter of |half )?an? (?:hundred|thousand|million|billion)$/i.test(m[0]);
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'quantity', value, qualifier: exact ? 'exact' : 'at least' });
  }
  return out;
}

export function withQualifier(s: string, c: Candidate): Candidate {
  const from = Math.max(0, c.start - LOOK_BACK);
  const before = s.slice(from, c.start);
  // "at about 4:20 a.m.": a time's hedge belongs to it too.
  // ("just before 5 a.m." is a time a little before it; "just after 3 a.m." a little after.)
  const aboutTime = c.kind === 'time' ? /\b(?:about|around|approximately|roughly|(?:just|shortly) before|(?:just|shortly|soon) after)\s+$/i.exec(before) : null;
  // (The highlight of a time a little after leaves the hedge out, as the hand labels do: "shortly after 1530 GMT".)
  if (aboutTime && /after\s+$/i.test(aboutTime[0])) return { ...c, qualifier: 'more than' };
  if (aboutTime) return { ...c, start: from + aboutTime.index, qualifier: /before\s+$/i.test(aboutTime[0]) ? 'nearly' : 'about' };
  if (c.kind !== 'quantity' || c.qualifier !== 'exact') return c;
  // ("€60m over five years", "will shed 260 jobs over three years": a span after an amount; "worked
  // over 200 hours", "took over 30 years" are more than.)
  const clause = before.split(/,(?!\d{3}\b)|[;:]/).pop()!.replace(/over\s+$/i, '');
  const span = /\bover\s+$/i.test(before) && PERIOD_AFTER.test(s.slice(c.end, c.end + 30)) && (/[\d€$£]/.test(clause) || SPREAD_OVER.test(clause));
  if (NOT_A_HEDGE.some((re) => re.test(before)) || span) return c;
  for (const [re, qualifier] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { ...c, start: from + m.index, qualifier };
  }
  return c;
}

/**
 * Hedge words that here are something else: "the rate went up to 8.3%", "revised the magnitude up
 * to 6.4" (a movement, not a ceiling); "€60m over five years" (a span, unlike "for over 30 years").
 */
const NOT_A_HEDGE = [/\b(?:went|gone|goes|go|going|moved|shot|climbed|jumped|edged|crept|ticked|rose|risen|(?:revised|pushed|bumped|raised|brought)(?:\s+[\p{L}-]+){0,5}?)\s+up\s+to\s+$/iu];
/** Verbs of what is spread over a span: "phase in the rise over two years", "repay it over a decade". */
const SPREAD_OVER = /\b(?:phas\w*|spread\w*|stagger\w*|pa(?:y|id|ying)|repa\w*|invest\w*|cut\w*|shed\w*|introduc\w*|roll\w*|implement\w*|spend\w*|spent)\b/i;
const PERIOD_AFTER = /^\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|seasons?)\b/i;


/** Every figure of a sentence, before it is described: dates and times first, as they claim their digits. */
export function figuresIn(sentence: string): Candidate[] {
  const blocked = spansOf(sentence, NOT_FIGURES);
  const candidates: Candidate[] = [];
  const take = (c: Candidate) => {
    if (overlapsAny(c, blocked) || overlapsAny(c, candidates)) return;
    candidates.push(c);
  };
  // Order matters: dates and times claim their digits before plain figures can.
  for (const c of findDates(sentence)) take(c);
  for (const c of findTimes(sentence)) take(c);
  for (const c of findRelativeDates(sentence)) take(c);
  for (const c of findPointFractions(sentence)) take(c);
  for (const c of findRatios(sentence)) take(c);
  for (const c of findFractions(sentence)) take(c);
  for (const c of findOrdinalCounts(sentence)) take(c);
  for (const c of findCompoundDurations(sentence)) take(c);
  for (const c of findWordSpans(sentence)) take(c);
  for (const c of findFigures(sentence)) take(c);
  for (const c of findWordFigures(sentence)) take(c);
  for (const c of findVagueCounts(sentence)) take(c);
  candidates.sort((a, b) => a.start - b.start);
  return candidates;
}
