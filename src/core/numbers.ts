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
  for (const c of findFigures(sentence)) take(c);
  for (const c of findWordFigures(sentence)) take(c);
  for (const c of findVagueCounts(sentence)) take(c);
  candidates.sort((a, b) => a.start - b.start);

  const quantities: Quantity[] = [];
  for (const c of candidates) {
    const q = describe(sentence, withQualifier(sentence, c));
    const previous = quantities[quantities.length - 1];
    // "900 troops in Syria, and 2,500 more in Iraq": the second figure counts the same noun.
    if (q.kind === 'quantity' && !q.noun && previous?.kind === 'quantity' && previous.unit === q.unit &&
        continuesPrevious(sentence, previous, q)) {
      q.noun = previous.noun;
      q.nounKey = previous.nounKey;
    }
    quantities.push(q);
  }
  return quantities;
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
  const q: Quantity = { ...c, text, noun: '', nounKey: '', place: null };
  if (c.kind !== 'quantity') return q;
  const phrase = nounPhraseAfter(s, c.end);
  if (phrase) {
    q.noun = s.slice(phrase.start, phrase.end);
    q.nounKey = wordKey(q.noun.split(/\s+/).pop()!);
  }
  const place = PLACE_AFTER.exec(s.slice(phrase?.end ?? c.end).replace(/^\s+(?:more|additional|other|extra)\b/i, ''));
  if (place && !NOT_PLACES.test(place[1])) q.place = place[1];
  return q;
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
