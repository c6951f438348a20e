import { stemmer } from 'stemmer';

/** Words that carry no meaning of their own when two sentences are compared. */
const STOPWORDS = new Set(
  ('a an the and or but if then than that this these those there their they them it its is are was were be been being ' +
    'has have had do does did will would could should may might must can of in on at to for from by with as into onto ' +
    'over under about after before since during while against between among through per via up down out off so not no ' +
    'also just only very more most less much many some any all each both either neither such own other another which who ' +
    'whom whose what when where why how said says say told tell according he she his her him we our us you your i me my ' +
    'mr mrs ms s t earlier later late early yet still already even further ' +
    'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion dozen dozens total').split(' '),
);

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return tokens;
}

/** Spellings of the same name, so that "U.S." and "United States" count as one word. */
const ALIASES: Record<string, string> = {
  us: 'us', 'u.s': 'us', 'u.s.': 'us', usa: 'us', america: 'us', american: 'us', washington: 'us',
  'united states': 'us', soldier: 'troop', soldiers: 'troop', troops: 'troop', personnel: 'troop', forces: 'troop',
};

// Stemming is the slowest step of indexing; a news vocabulary is small, so each word is stemmed once.
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** A comparable key for one word: lower case, aliases folded, then Porter-stemmed. */
export function wordKey(word: string): string {
  const cached = keyCache.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  const key = ALIASES[lower] ?? stemmer(lower);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(word, key);
  return key;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** A text without what it puts in quotation marks: what is said of the words, not the words. */
export function withoutQuotes(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/** Whether every word of a phrase of keys ("marren vallei") is among these keys. */
export function saysAll(keys: Set<string>, phrase: string): boolean {
  return phrase.split(' ').every((w) => keys.has(w));
}

/** A text with its names of many words or spellings written as one: "United States", "U.S." → "US". */
export function foldNames(text: string): string {
  return text.replace(/\bUnited States\b/g, 'US').replace(/\bU\.S\.(?=\s|$)/g, 'US');
}

/** The stems of the content words of a text, with "United States" folded to "us". */
export function contentKeys(text: string): string[] {
  const folded = foldNames(text);
  const keys: string[] = [];
  for (const t of tokenize(folded)) {
    // "US" the country is a name; "us" the pronoun is a stopword.
    if ((t.text !== 'US' && isStopword(t.text)) || /^\d/.test(t.text)) continue;
    keys.push(wordKey(t.text));
  }
  return keys;
}

/** Months, days and time zones, written out or cut short, in any case: no actor ("Marquand" and "Sunderland" are). */
export const CALENDAR = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|gmt|utc|bst|cet|cest|est|edt|pst|pdt)\.?$/i;

/**
 * Words written with a capital only because they open a sentence or a clause: articles, pronouns,
 * conjunctions and prepositions. Never a name; each reader of names adds the words of its own kind.
 */
export const CAPITALISED_FUNCTION_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'By', 'Of', 'For', 'With', 'From', 'As', 'If', 'So',
  'But', 'And', 'Yet', 'Then', 'Now', 'After', 'Before', 'When', 'While', 'It', 'Its', 'They', 'Their', 'He', 'She', 'His', 'Her', 'We',
  'Our', 'I', 'You', 'This', 'That', 'These', 'Those', 'There']);
