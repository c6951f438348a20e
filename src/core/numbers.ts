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

const CURRENCY: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yen: 'JPY', yuan: 'CNY',
  rupee: 'INR', rupees: 'INR', francs: 'CHF', franc: 'CHF', roubles: 'RUB', rubles: 'RUB', lira: 'TRY', won: 'KRW',
};

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SCALE = '(?:hundred|thousand|million|billion|trillion|bn|mn|tn|m|k)\\b';
const PERCENT = '(?:%|\\s?per\\s?cent\\b)';
const FIGURE = new RegExp(
  `(US\\$|[$€£¥])?\\s?(${DIGITS})(?:\\s?(${SCALE}))?` +
    `(?:\\s?(?:-|–|to)\\s?(?:US\\$|[$€£¥])?(${DIGITS})(?!\\d)(?:\\s?(${SCALE}))?)?(${PERCENT})?`,
  'gi',
);
const WORD_FIGURE = new RegExp(`\\b(${NUMBER_WORD_SOURCE})\\b(?:\\s?(${PERCENT}))?`, 'gi');
const VAGUE = /\b(?:tens of thousands|hundreds of thousands|in the thousands|in the hundreds|thousands|hundreds|dozens|a dozen|a pair of|a couple of)\b/gi;
const MONTH_DAY = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s(\\d{4})\\b)?`, 'g');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH_SOURCE})(?:\\s(\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b(${MONTH_SOURCE})\\s(\\d{4})\\b`, 'g');
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!\s+[a-z]+s\b)/g;
const WEEKDAY = /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const FRACTION = /\b(one|two|three|four)[- ](half|halves|third|thirds|quarter|quarters|fifth|fifths)\b/gi;
const ORDINAL_COUNT = /\b(?:for the|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(time|day|week|month|year|night|consecutive)\b/gi;
const TIME = /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b(?:\s?(?:GMT|UTC|ET|EST|BST))?|\b\d{4}\s?(?:GMT|UTC)\b/gi;

/** Text that may hold digits but no figure: addresses, phone numbers, footnote marks. */
const NOT_FIGURES = /(?:https?:\/\/|www\.)\S+|\+?\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}\b|\[\d+\]|\S+@\S+\.\w+/g;

const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:at least|no fewer than|no less than|a minimum of)\s+$/i, 'at least'],
  [/\b(?:more than|over|above|in excess of|upwards of)\s+$/i, 'more than'],
  [/\b(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some|an estimated|estimated|circa)\s+$/i, 'about'],
  [/\b(?:up to|as many as|at most|no more than)\s+$/i, 'up to'],
  [/\b(?:fewer than|less than|under|below)\s+$/i, 'less than'],
];

/** Words that end a counted noun phrase: function words and verbs that commonly follow a count. */
const PHRASE_BREAK = new Set(
  ('in on at to for from by with as into onto over under about after before since during while against between among ' +
    'through per via of and or but than that which who whom whose where when if so is are was were be been being has have ' +
    'had do does did will would could should may might must can said say says told the a an this these those their its it ' +
    'they them he she we you more additional other others each').split(' '),
);
const MODIFIERS = new Set(['more', 'additional', 'other', 'extra', 'further', 'new']);
const PLACE_AFTER = /^\s*(?:in|at|from|near|across|inside|outside|on)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|north|south|east|west|occupied|nearby)\s+)*((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*)/u;
const NOT_PLACES = /^(?:The|A|An|Thursday|Friday|Monday|Tuesday|Wednesday|Saturday|Sunday)$/;

/** "Thursday", "last Friday": a date that depends on when the text was written. */
export function isRelativeDate(q: Quantity): boolean {
  return q.kind === 'date' && !/\d/.test(q.date ?? '');
}

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
    if (q.kind === 'quantity' && !q.about && previous?.about && sharesClause(sentence.slice(previous.end, q.start))) {
      q.about = previous.about;
    }
    // "900 troops in Syria, and 2,500 more in Iraq": the second figure counts the same noun.
    if (q.kind === 'quantity' && !q.noun && previous && previous.unit === q.unit &&
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

/** "… in Iraq and ": a short run joined by "and" or a comma, inside one clause. */
function sharesClause(between: string): boolean {
  return between.length <= 40 && /(?:,|\band\b)/.test(between) && !/[;:.!?]/.test(between);
}

/** Whether a figure without a noun elides the previous one's ("…, and 2,500 more in Iraq"). */
function continuesPrevious(s: string, previous: Quantity, q: Quantity): boolean {
  const after = s.slice(q.end);
  if (/^\s+(?:more|additional|other|others|extra)\b/i.test(after)) return true;
  const between = s.slice(previous.end, q.start);
  return between.length <= 60 && /(?:,|\band|\bor|\bto)\s*$/.test(between);
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
  for (const m of s.matchAll(MONTH_YEAR)) {
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: dateKey(Number(m[2]), monthNumber(m[1]), null) });
  }
  for (const m of s.matchAll(YEAR)) {
    if (/[\p{L}-]$/u.test(s.slice(0, m.index!)) || /^[\p{L}-]/u.test(s.slice(m.index! + 4))) continue;
    out.push({ ...base(m.index!, m.index! + 4), kind: 'date', date: m[1] });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "last Thursday", "on Friday": a relative date, kept as written ("last thursday") for lack of a calendar. */
function findRelativeDates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(WEEKDAY)) {
    // "Black Friday", "Super Tuesday" name an occasion, not a day of this story.
    if (!m[1] && /[A-Z][\p{L}]*\s+$/u.test(s.slice(0, m.index!)) && !/\b(?:On|By|Since|Until|Last|Next|Late|Early)\s+$/.test(s.slice(0, m.index!))) continue;
    out.push({ ...base(m.index!, m.index! + m[0].length), kind: 'date', date: m[0].toLowerCase() });
  }
  return out;
}

const FRACTION_VALUES: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5 };

/** "two-thirds", "one quarter": the fraction as a number. */
function findFractions(s: string): Candidate[] {
  return [...s.matchAll(FRACTION)].map((m) => ({
    ...base(m.index!, m.index! + m[0].length),
    kind: 'quantity' as const,
    value: Math.round((numberWordValue(m[1]) / FRACTION_VALUES[m[2].toLowerCase()]) * 10_000) / 10_000,
  }));
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
  for (const m of s.matchAll(FIGURE)) {
    const [all, currency, low, lowScale, high, highScale, percent] = m;
    const start = m.index! + (all.length - all.trimStart().length);
    const end = m.index! + all.length;
    if (isDesignation(s, start, end)) continue;
    const scale = lowScale ?? highScale;
    out.push({
      ...base(start, end),
      kind: 'quantity',
      value: scaled(low, scale),
      valueMax: high ? scaled(high, highScale ?? scale) : null,
      unit: percent ? 'percent' : currency ? CURRENCY[currency.toUpperCase()] ?? currency : null,
    });
  }
  return out;
}

/** "Su-35", "COVID-19", "G7", "A320", "5G", "F-16s": digits glued to letters name a thing, not a count. */
function isDesignation(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 2), start);
  const after = s.slice(end, end + 3);
  if (/\p{L}-?$/u.test(before) || /^-?\p{L}/u.test(after) && !/^(?:st|nd|rd|th|s\b|-\p{L})/u.test(after)) return true;
  return /^[.,]?\d/.test(after) || /\d[.,]?$/.test(before);
}

function findWordFigures(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(WORD_FIGURE)) {
    const words = m[1];
    const value = numberWordValue(words);
    if (Number.isNaN(value)) continue;
    const end = m.index! + m[0].length;
    // "one of them", "no one", "one another": "one" as a pronoun is no count.
    if (/^one$/i.test(words) && (/^\s+(?:of|another|who|that|day|way)\b|^[^\s\p{L}]|^$/iu.test(s.slice(end)) ||
        /\b(?:no|any|every|some|the|this|that|which)\s+$/i.test(s.slice(0, m.index!)))) continue;
    out.push({ ...base(m.index!, end), kind: 'quantity', value, unit: m[2] ? 'percent' : null });
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
  const before = s.slice(0, c.start);
  for (const [re, qualifier] of QUALIFIERS) {
    const m = re.exec(before);
    if (m) return { ...c, start: m.index, qualifier };
  }
  return c;
}

function describe(s: string, c: Candidate): Quantity {
  const text = s.slice(c.start, c.end);
  const q: Quantity = { ...c, text, noun: '', nounKey: '', place: null, about: '', time: null };
  if (c.kind !== 'quantity') return q;
  // "40 million euros": the currency named after the figure is its unit, not what it counts.
  const currencyWord = /^\s+([a-z]+)\b/i.exec(s.slice(c.end));
  if (!q.unit && currencyWord && CURRENCY_WORDS[currencyWord[1].toLowerCase()]) {
    q.unit = CURRENCY_WORDS[currencyWord[1].toLowerCase()];
    return q;
  }
  const phrase = nounPhraseAfter(s, c.end);
  if (phrase) {
    q.noun = s.slice(phrase.start, phrase.end);
    q.nounKey = wordKey(q.noun.split(/\s+/).pop()!);
  }
  // "The number of troops added to the region is in the thousands."
  const numberOf = !phrase && /\bnumber of ([a-z]+)\b/i.exec(s.slice(0, c.start));
  if (numberOf) {
    q.noun = numberOf[1];
    q.nounKey = wordKey(numberOf[1]);
  }
  const afterNoun = s.slice(phrase?.end ?? c.end);
  const place = PLACE_AFTER.exec(afterNoun.replace(/^\s+(?:more|additional|other|extra)\b/i, ''));
  if (place && !NOT_PLACES.test(place[1])) q.place = place[1];
  q.about = aboutOf(s.slice(0, c.start), afterNoun);
  return q;
}

const AUXILIARY = /^\s*((?:have|has|had|were|was|are|is|been|will|would|could|may|might)(?:\s+(?:been|be|not|also|now))*\s+[a-z]+(?:\s+[a-z]+){0,2}|[a-z]+ed\b(?:\s+[a-z]+){0,2})/;
const VERB_BEFORE = /\b((?:(?:have|has|had|were|was|are|is|been|be)\s+)*(?:[a-z]+ed|[a-z]+en|sent|hit|struck|has|have|had|killed|lost|won|left|took|made|cut|rose|fell|paid|spent|raised|injured))\s+(?:[a-z]+\s+){0,3}$/;

/**
 * What a figure is about, read off its clause: the verb phrase after its noun ("21 US forces have
 * suffered minor injuries") or the verb before it ("attacked at least 12 times").
 */
function aboutOf(before: string, afterNoun: string): string {
  const clauseAfter = afterNoun.split(/[,;:.!?()]|\s(?:and|but|while|which)\s/)[0];
  const after = AUXILIARY.exec(clauseAfter);
  if (after) return after[1].trim();
  const clauseBefore = before.split(/[,;:!?()]/).pop() ?? '';
  return VERB_BEFORE.exec(clauseBefore.replace(/\b(?:at least|more than|nearly|almost|about|up to|some|a total of)\s*$/i, ''))?.[1] ?? '';
}

/** The counted noun phrase right after a figure: "aircraft carriers", "US forces", "times". */
function nounPhraseAfter(s: string, from: number): { start: number; end: number } | null {
  const rest = s.slice(from);
  let start = -1;
  let end = -1;
  let offset = 0;
  let count = 0;
  // "tens of thousands of people", "two of the soldiers": the count is of what follows "of".
  const lead = /^\s+of(?:\s+the)?\b/i.exec(rest)?.[0].length ?? 0;
  offset = lead;
  for (const t of tokenize(rest)) {
    if (t.start < lead) continue;
    const gap = rest.slice(offset, t.start);
    if (!/^[\s-]*$/.test(gap) || count >= 4) break;
    const lower = t.text.toLowerCase();
    if (count === 0 && MODIFIERS.has(lower)) break;
    if (PHRASE_BREAK.has(lower) || /^\d/.test(t.text) || /ly$/.test(lower)) break;
    if (start < 0) start = from + t.start;
    end = from + t.end;
    offset = t.end;
    count++;
    if (count > 1 && /ed$/.test(lower)) break;
  }
  return start < 0 ? null : { start, end };
}
