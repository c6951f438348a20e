import type { Qualifier, Quantity } from './types.ts';
import { MONTH_SOURCE, dateKey, monthNumber } from './dates.ts';
import { NUMBER_WORD_SOURCE, SCALES, VAGUE_COUNTS, numberWordValue } from './number-words.ts';
import { tokenize, wordKey } from './words.ts';

// Written by hand rather than with a general NLP library: news figures need the counted noun,
// the hedge and the place, and must skip designations ("Su-35"); see tests/unit/numbers.test.ts.

interface Candidate {
  kind: Quantity['kind'];
  start: number;
  end: number;
  value: number | null;
  valueMax: number | null;
  qualifier: Qualifier;
  unit: string | null;
  date: string | null;
}

const CURRENCY: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', C$: 'CAD', HK$: 'HKD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR',
};
const currencyOf = (sign: string) => CURRENCY[sign.trim()] ?? sign.trim();
const CURRENCY_WORDS: Record<string, string> = {
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
const ENDS_WITH_UNIT = new RegExp(`${COMPOUND_UNIT_SOURCE}$`);

/** Units written against the figure: "142mm", "40cm", "110km/h", "5kg". */
const GLUED_UNIT = /^(?:mm|cm|km\/h|km|kg|mph|kph|kmh|ft|lbs?|mg|ml|kW|MW|GW|kWh|GWh|ha|m)\b/;
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
const VAGUE = /\b(?:tens of thousands|hundreds of thousands|in the thousands|in the hundreds|thousands|hundreds|dozens|a dozen|a pair of|a couple of)\b/gi;
const MONTH_DAY = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_SOURCE})(?:\\s(\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{4})\\b`, 'g');
const MONTH_ALONE = /\b(since|in|until|till|by|from|during|last|next|early|late|mid|through|before|after|this|of)[\s-](January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s\d)/gi;
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!\s+[a-z]+s\b)/g;
const WEEKDAY = /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const FRACTION = /\b(one|two|three|four|a)[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|hundredth|hundredths)\b|\b(half)(?=\s+of\b)/gi;
const FRACTION_HEDGE = /\b(?:nearly|almost|about|roughly|around|some|more than|less than|over|under|by|down|up|than|just)\s+$/i;
const ORDINAL_COUNT = /\b(?:for the|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[a-z]+\s+)?(times?|days?|weeks?|months?|years?|nights?|consecutive|attacks?|strikes?|hurricanes?|storms?|quakes?|earthquakes?|incidents?|shootings?|raids?|rises?|cuts?|hikes?|increases?|declines?|falls?|fires?|outbreaks?|rounds?|wins?|defeats?|deaths?|derailments?|crashes|crash|collisions?|accidents?|floods?|explosions?|bombings?|protests?|elections?|defeats?|victories|victory|titles?|terms?|recessions?|quarters?|hikes?)\b/gi;
const ZONE = '(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|JST|AEST|AEDT)';
const TIME = new RegExp(
  `\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s?${ZONE}\\b)?|\\b\\d{1,2}:\\d{2}\\b(?:\\s?${ZONE}\\b)?|\\b\\d{4}\\s?(?:GMT|UTC)\\b`, 'g');

/** Text that may hold digits but no figure: addresses, phone numbers, footnote marks. */
const NOT_FIGURES = /(?:https?:\/\/|www\.)\S+|\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\[\d+\]|\S+@\S+\.\w+/g;

// Longest hedges first: "no more than" is "up to", not "more than".
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at least'],
  [/\b(?:up to|as many as|as much as|at most|no more than)\s+$/i, 'up to'],
  [/\b(?:more than|over|above|in excess of|upwards of)\s+$/i, 'more than'],
  [/\b(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa)\s+$/i, 'about'],
  [/\b(?:fewer than|less than|under|below)\s+$/i, 'less than'],
];

/** Words that end a counted noun phrase: function words and verbs that commonly follow a count. */
const PHRASE_BREAK = new Set(
  ('in on at to for from by with as into onto over under about after before since during while against between among ' +
    'through per via of and or but than that which who whom whose where when if so is are was were be been being has have ' +
    'had do does did will would could should may might must can said say says told the a an this these those their its it ' +
    'they them he she we you more additional other others each').split(' '),
);
const PLACE_NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)*";
/** What may follow a place name; "in the Ardenian airstrike" names no place. */
const PLACE_END = "\\s*(?:[,.;:!?)\"”'’]|$)|\\s+(?:and|or|but|on|in|at|to|from|for|with|by|since|after|before|during|when|where|which|who|as|of|the|a|an|under|near|over|last|this|early|late|earlier|later|alone|itself|were|was|is|are|had|has|have|said|says|district|region|province|county|city|state|area|quarter|neighbourhood|neighborhood|valley|river|border|port|coast|gulf|sea|airport|base|camp)\\b";
/**
 * A place right after a figure or its noun: "in Syria", "at Haldor and Corvel", "from Sudmark",
 * "in neighbouring Iraq", "in the north", "at the Ardenian cities of Haldor and Corvel".
 */
const PLACE_AFTER = new RegExp(
  `^\\s*(?:(?:were|was|are|is|have been|has been|had been)\\s+)?(?:(?:[a-z]+(?:ed|en)|came|went|fell|rose|flew|ran)\\s+)?(?:in|at|of|from|near|across|inside|outside|on|into)\\s+(?:the\\s+)?(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|occupied|nearby|[A-Z][\\p{L}-]+\\s+(?:cities|towns|villages|regions|provinces)\\s+of)\\s+)*` +
  `(${PLACE_NAME}(?:(?:,\\s+|\\s+and\\s+)${PLACE_NAME})*(?=${PLACE_END})|(?:north|south|east|west|north-east|north-west|south-east|south-west|capital|city centre|centre)\\b)`, 'u');
const PLACE_BEFORE = new RegExp(`\\b(?:[Ii]n|[Aa]t|struck|hit|into)\\s+(?:the\\s+)?(${PLACE_NAME}|capital|north|south|east|west)(?=,?\\s)`, 'gu');
const NOT_PLACES = /^(?:The|A|An|In|On|At|It|This|That|Since|After|Before|Thursday|Friday|Monday|Tuesday|Wednesday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Oct|Nov|Dec|Jan|Feb|Sept?|Aug|Jul|Jun|Apr|Mar)\b/;

/** "Thursday", "last Friday": a date that depends on when the text was written. */
export function isRelativeDate(q: Quantity): boolean {
  return q.kind === 'date' && !/\d/.test(q.date ?? '');
}

/**
 * What a rule reads before a figure: the last few hundred characters, never the whole text, so
 * that a sentence thousands of characters long costs no more per figure than a short one.
 */
const LOOK_BACK = 240;
const lookBack = (s: string, at: number) => s.slice(Math.max(0, at - LOOK_BACK), at);
const lookAhead = (s: string, at: number) => s.slice(at, at + LOOK_BACK);

/** Finds every quantity, date and time in a sentence, with what it counts and where. */
export function findQuantities(sentence: string): Quantity[] {
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
  for (const c of findFractions(sentence)) take(c);
  for (const c of findOrdinalCounts(sentence)) take(c);
  for (const c of findFigures(sentence)) take(c);
  for (const c of findWordFigures(sentence)) take(c);
  for (const c of findVagueCounts(sentence)) take(c);
  candidates.sort((a, b) => a.start - b.start);

  const quantities: Quantity[] = [];
  for (const c of candidates) {
    const q = describe(sentence, withQualifier(sentence, c));
    const previous = quantities.filter((p) => p.kind === 'quantity').pop();
    // "attacked at least 12 times in Iraq and four times in Syria": the second figure shares the act.
    if (q.kind === 'quantity' && !q.about && previous?.about && sharesClause(sentence.slice(previous.end, q.start)) &&
        !hasOwnVerb(afterAct(sentence.slice(previous.end, q.start), previous.about))) {
      q.about = previous.about;
    }
    // "900 troops in Syria, and 2,500 more in Iraq": the second figure counts the same noun.
    if (q.kind === 'quantity' && !q.noun && !ENDS_WITH_UNIT.test(q.text) && previous && previous.unit === q.unit &&
        continuesPrevious(sentence, previous, q)) {
      q.noun = previous.noun;
      q.nounKey = previous.nounKey;
    }
    quantities.push(q);
  }
  const when = quantities.find((q) => q.kind !== 'quantity');
  for (const q of quantities) if (q.kind === 'quantity' && when) q.time = when.text;
  return quantities;
}

/** What follows the previous figure's own act: "15 people were injured, nine…" → ", ". */
function afterAct(between: string, about: string): string {
  const at = between.indexOf(about);
  return at >= 0 ? between.slice(at + about.length) : between;
}

/** "killed 14 people and drove 4,200 residents": a verb of its own, so the act is not shared. */
function hasOwnVerb(between: string): boolean {
  return /\b(?:[a-z]+ed|[a-z]+ing|drove|sent|took|made|left|fled|hit|struck|put|gave|won|lost|fell|rose|sank|tore|swept)\b/.test(between.replace(/^\s*[a-z]+\s+(?:in|at|from)\b/, ''));
}

/** "… in Iraq and ": a short run joined by "and" or a comma, inside one clause. */
function sharesClause(between: string): boolean {
  return between.length <= 60 && /(?:,|\band\b)/.test(between) && !/[;:.!?]/.test(between);
}

/**
 * Whether a figure without a noun elides the previous one's: "900 troops in Syria, and 2,500 more
 * in Iraq"; "some 1,200 troops, including about 300 from a regional force"; "killing 37 people and
 * injuring more than 400".
 */
function continuesPrevious(s: string, previous: Quantity, q: Quantity): boolean {
  const between = s.slice(previous.end, q.start);
  return between.length <= 80 && !/[;:!?]|\.\s/.test(between);
}

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
  for (const m of s.matchAll(MONTH_ALONE)) {
    if (m[2] === 'May' && !/^[Ii]n|^[Ss]ince|^[Uu]ntil|^[Ll]ast|^[Nn]ext|^[Ee]arly|^[Ll]ate/.test(m[1])) continue;
    const start = m.index! + m[1].length + 1;
    out.push({ ...base(start, start + m[2].length), kind: 'date', date: dateKey(null, monthNumber(m[2]), null).replace(/^/, 'M') });
  }
  for (const m of s.matchAll(MONTH_YEAR)) {
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: dateKey(Number(m[2]), monthNumber(m[1]), null) });
  }
  for (const m of s.matchAll(YEAR)) {
    if (/[\p{L}-]$/u.test(lookBack(s, m.index!)) || /^[\p{L}-]/u.test(s.slice(m.index! + 4))) continue;
    // "Euro 2024", "the 2023 Budget Act": a year inside a name.
    if (isDesignation(s, m.index!, m.index! + 4) || /^\s[A-Z][a-z]+\s[A-Z]/.test(s.slice(m.index! + 4))) continue;
    out.push({ ...base(m.index!, m.index! + 4), kind: 'date', date: m[1] });
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
    out.push({ ...base(m.index!, end), kind: 'quantity', value: Math.round((numberWordValue(count) / FRACTION_VALUES[part.toLowerCase()]) * 10_000) / 10_000 });
  }
  return out;
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

/** "for the third time": an ordinal that counts occurrences. Other ordinals ("first lady") are no figures. */
function findOrdinalCounts(s: string): Candidate[] {
  return [...s.matchAll(ORDINAL_COUNT)].map((m) => {
    const start = m.index! + m[0].indexOf(m[1]);
    const value = ORDINALS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
    return { ...base(start, start + m[1].length), kind: 'quantity' as const, value };
  });
}

function findTimes(s: string): Candidate[] {
  return spansOf(s, TIME).map((sp) => ({ ...base(sp.start, sp.end), kind: 'time' as const }));
}

function scaled(digits: string, scale: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  return scale ? n * SCALES[scale.toLowerCase()] : n;
}

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
    if (glued && !(glued[0] === 'm' && /^m\s+[a-z]+s\b/.test(s.slice(end)))) {
      measure = glued[0];
      end += glued[0].length;
    }
    if (out.some((c) => start < c.end && c.start < end)) continue;
    // "from 5.3% to 11.2%" is a change between two figures, not a range.
    if (high && /\bto\b/.test(all) && /\bfrom\s+$/i.test(lookBack(s, start))) {
      out.push(...singleFiguresIn(s, start, m.index! + all.length));
      continue;
    }
    if (isDesignation(s, start, end)) continue;
    // "4.87m" of water is metres; "£52m" and "2.5m people" are millions.
    const metres = !currency && (lowScale ?? highScale) === 'm' && !/^\s+[a-z]+s\b/.test(s.slice(m.index! + all.length));
    const scale = metres ? undefined : lowScale ?? highScale;
    if (metres) measure = 'm';
    out.push({
      ...base(start, end),
      kind: 'quantity',
      value: scaled(low, scale),
      valueMax: high ? scaled(high, metres ? undefined : highScale ?? scale) : null,
      unit: percent || /%|per\s?cent/.test(all) ? 'percent' : currency ? currencyOf(currency) : measure,
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
 * Digits that name a thing rather than count one: "Su-35", "COVID-19", "G7", "A320", "5G", "F-16s",
 * "Highway 49", "District 4", "Kiseki 5", "No 9", a street number, a number to call.
 */
function isDesignation(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 3);
  if (/\p{L}-?$/u.test(before) || /^-?\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s\b|-\p{L})/u.test(after) && !GLUED_UNIT.test(after + s.slice(end + 3, end + 6))) return true;
  if (/^[.,]?\d/.test(after) || /\d[.,]?$/.test(before)) return true;
  if (/^[$€£¥₹A-Z]/.test(s[start] ?? '') ) return false;
  const head = s.slice(Math.max(0, start - 40), start);
  return NAMED_NUMBER_BEFORE.test(head) || STREET_AFTER.test(s.slice(end, end + 60)) || /\b(?:call|dial|text|No\.?)\s$/i.test(head);
}

const REPEATS: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

function findWordFigures(s: string): Candidate[] {
  const out: Candidate[] = [];
  // "hit twice": a count of times in one word. "Once" opening a clause ("once the rain stops") is not.
  for (const m of s.matchAll(/\b(twice|thrice|once)\b/gi)) {
    if (/^once$/i.test(m[1]) && !/\b(?:only|just|at least|more than|than)\s+$/i.test(lookBack(s, m.index!))) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'quantity', value: REPEATS[m[1].toLowerCase()] });
  }
  for (const m of s.matchAll(WORD_FIGURE)) {
    const words = m[1];
    const value = numberWordValue(words);
    if (Number.isNaN(value)) continue;
    const end = m.index! + m[0].length;
    // "one of them", "no one", "one another": "one" as a pronoun is no count.
    if (/^one$/i.test(words) && (/^\s+(?:of|another|who|that|day|way)\b|^[^\s\p{L}]|^$/iu.test(s.slice(end)) ||
        /\b(?:no|any|every|some|the|this|that|which)\s+$/i.test(lookBack(s, m.index!)))) continue;
    const age = COMPOUND_UNIT.exec(s.slice(end))?.[0].length ?? 0;
    out.push({ ...base(m.index!, end + age), kind: 'quantity', value, unit: m[2] ? 'percent' : null });
  }
  return out;
}

function findVagueCounts(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(VAGUE)) {
    const value = VAGUE_COUNTS.find(([re]) => re.test(m[0]))?.[1];
    if (value === undefined) continue;
    const exact = /^a (?:dozen|pair of|couple of)$/i.test(m[0]);
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'quantity', value, qualifier: exact ? 'exact' : 'at least' });
  }
  return out;
}

function withQualifier(s: string, c: Candidate): Candidate {
  if (c.kind !== 'quantity' || c.qualifier !== 'exact') return c;
  const from = Math.max(0, c.start - LOOK_BACK);
  const before = s.slice(from, c.start);
  for (const [re, qualifier] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { ...c, start: from + m.index, qualifier };
  }
  return c;
}

function describe(s: string, c: Candidate): Quantity {
  const text = s.slice(c.start, c.end);
  const q: Quantity = { ...c, text, noun: '', nounKey: '', place: null, about: '', time: null };
  if (/^(?:twice|thrice|once)$/i.test(text)) {
    q.noun = 'times';
    q.nounKey = 'time';
  }
  if (c.kind !== 'quantity') {
    // "began on October 17", "sounded at 4:30 a.m.": the act a date or time belongs to.
    q.about = aboutOf(lookBack(s, c.start).replace(/\s+(?:on|at|in|since|from|by|until)\s*$/i, ' '), '');
    return q;
  }
  // "40 million euros": the currency named after the figure is its unit, not what it counts.
  const currencyWord = /^\s+(?:(?:US|Swiss|Hong Kong|Australian|Canadian|Singapore|New Zealand)\s+)?([a-z]+)\b/i.exec(s.slice(c.end));
  if (!q.unit && currencyWord && CURRENCY_WORDS[currencyWord[1].toLowerCase()]) {
    q.unit = CURRENCY_WORDS[currencyWord[1].toLowerCase()];
    return q;
  }
  const phrase = q.noun ? null : nounPhraseAfter(s, c.end);
  if (phrase) {
    const noun = s.slice(phrase.start, phrase.end);
    q.nounKey = wordKey(noun.split(/[\s/]+/).pop()!);
    // Money, shares and ages measure rather than count: what follows them is what they are of,
    // kept as the key to match on, not shown as a counted noun.
    if (!q.unit && !ENDS_WITH_UNIT.test(text)) q.noun = noun;
  }
  // "The number of troops added to the region is in the thousands"; "the death toll has risen to 14".
  // "the number of people killed … has risen to 14": what is counted is the killed.
  const numberOf = !phrase && (/\bnumber of ([a-z]+)(?:\s+([a-z]+ed)\b)?/i.exec(lookBack(s, c.start)) ?? /\b(?:death )?(toll)\b[^,;.]*$/i.exec(lookBack(s, c.start)));
  if (numberOf) {
    q.noun = numberOf[2] && /^(?:people|persons|civilians|residents|individuals|those)$/i.test(numberOf[1]) ? numberOf[2] : numberOf[1];
    q.nounKey = wordKey(q.noun);
  }
  const afterNoun = lookAhead(s, phrase?.end ?? c.end);
  const place = PLACE_AFTER.exec(afterNoun.replace(/^\s+(?:more|additional|other|extra|of them|of those|of whom)\b/i, ''));
  const before = lookBack(s, c.start).split(/[;:]|,\s(?=[a-z])/).pop() ?? '';
  // "In Haldor, authorities evacuated 880 residents"; "struck the capital 5 times".
  const placeBefore = [...before.matchAll(PLACE_BEFORE)].pop();
  // "Haldor's Eastgate district": the place is Eastgate (in Haldor).
  if (place && !NOT_PLACES.test(place[1])) q.place = place[1].replace(/^[\p{L}-]+['’]s\s+(?=\p{Lu})/u, '');
  else if (placeBefore && !NOT_PLACES.test(placeBefore[1])) q.place = placeBefore[1];
  q.about = aboutOf(lookBack(s, c.start), afterNoun);
  return q;
}

const PASSIVE = /\b((?:have|has|had|were|was|are|is)(?:\s+(?:been|not|also|now|already))*\s+[a-z]+(?:ed|en|wn|t)\b(?:\s+[a-z]+){0,2})/;
const ACTIVE_AFTER = /^\s*((?:have|has|had|were|was|are|is|will|would|could|may|might)(?:\s+(?:been|be|not|also|now))*\s+[a-z]+(?:\s+[a-z]+){0,2}|[a-z]+ed\b(?:\s+[a-z]+){0,2})/;
const VERB_BEFORE = /\b((?:(?:have|has|had|were|was|are|is|been|be)\s+)*(?:[a-z]+ed|[a-z]+en|sent|hit|struck|has|have|had|killed|lost|left|took|made|cut|rose|fell|paid|spent|raised|injured|shot|put|cost|costs|fired|downed)|[a-z]+ing)\s+(?:[a-z]+\s+){0,3}$/;
const LIGHT_ING = /^(?:including|totalling|totaling|numbering|involving|according|during|bringing|making|staggering|whopping|astonishing|remaining|existing|following|leading|outstanding|amazing|shocking)$/;

/**
 * What a figure is about, read off its clause: the verb phrase after its noun ("21 US forces have
 * suffered minor injuries"; "900 residents of the district were evacuated") or the verb before
 * it ("attacked at least 12 times", "killing four people").
 */
function aboutOf(before: string, afterNoun: string): string {
  const clauseAfter = afterNoun.split(/[,;:.!?()]|\s(?:and|but|while|which|who)\s/)[0];
  const passive = PASSIVE.exec(clauseAfter);
  if (passive && passive.index < 50) return passive[1].trim();
  const active = ACTIVE_AFTER.exec(clauseAfter);
  if (active) return active[1].trim();
  const clauseBefore = before.split(/[,;:!?()]/).pop() ?? '';
  const verb = VERB_BEFORE.exec(clauseBefore.replace(/\b(?:at least|more than|nearly|almost|about|up to|some|a total of)\s*$/i, ''))?.[1] ?? '';
  return LIGHT_ING.test(verb) ? '' : verb;
}

/** Words that end a noun phrase though they are no function words: verbs, adverbs, directions. */
const IRREGULAR_PAST = new Set(('paid said told made took gave won lost left fell rose hit struck sent spent went came saw got ran led held ' +
  'kept began broke brought built bought caught fought found flew grew knew meant met sold shot stood thought threw wore ' +
  'wrote fled cut put set let quit slept burnt burned sank stole swept tore woke were was remain remains remained').split(' '));
const ADVERBS = new Set(('overnight upstairs downstairs inside outside off up down out away back above below ago apiece each ' +
  'worth today yesterday tonight now then next last this so too also alone here there north south east west northeast ' +
  'northwest southeast southwest northern southern eastern western near nearby across around per a an apart long wide ' +
  'high deep tall old later earlier').split(' '));
const SKIPPED_MODIFIERS = new Set(['more', 'additional', 'other', 'extra', 'further']);

function endsPhrase(word: string, count: number): boolean {
  const lower = word.toLowerCase();
  if (PHRASE_BREAK.has(lower) || ADVERBS.has(lower) || /^\d/.test(word) || /ly$/.test(lower)) return true;
  // After the first word, a verb form ends the phrase: "rockets slammed", "kids slept", "francs hosting".
  return count > 0 && (/(?:ed|ing)$/.test(lower) || IRREGULAR_PAST.has(lower));
}

/** The counted noun phrase right after a figure: "aircraft carriers", "US forces", "new homes", "km/h". */
function nounPhraseAfter(s: string, from: number): { start: number; end: number } | null {
  const rest = lookAhead(s, from);
  let start = -1;
  let end = -1;
  let count = 0;
  // "tens of thousands of people", "two of the soldiers": the count is of what follows "of".
  let offset = /^\s+of(?:\s+(?:the|its|their|his|her))?(?:\s+\d[\d,]*)?\b/i.exec(rest)?.[0].length ?? 0;
  const lead = offset;
  for (const t of tokenize(rest)) {
    if (t.start < lead) continue;
    const gap = rest.slice(offset, t.start);
    if (!/^(?:[\s-]*|\/)$/.test(gap) || count >= 4) break;
    // "2,500 more in Iraq": "more" is not what is counted; what follows it may be.
    if (count === 0 && start < 0 && SKIPPED_MODIFIERS.has(t.text.toLowerCase())) {
      offset = t.end;
      continue;
    }
    if (/['’]s$/.test(t.text) && count === 0) {
      offset = t.end; // "the country's registered voters": the owner is not the thing counted
      continue;
    }
    if (endsPhrase(t.text, count)) break;
    if (start < 0) start = from + t.start;
    end = from + t.end;
    offset = t.end;
    count++;
  }
  return start < 0 ? null : { start, end };
}
