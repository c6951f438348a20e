import type { Fact } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { CALENDAR, CAPITALISED_FUNCTION_WORDS, contentKeys, isStopword, tokenize, wordKey } from './words.ts';
import { voiceOf } from './explain.ts';

// A quotation a source prints word for word is the surest sign a page tells what the source does:
// news rewrites its own sentences but leaves a speaker's words alone. A page sentence whose every
// quotation of some length a source sentence has verbatim, on the word of the person the page names
// (or of no one named), says what that source says, however it frames the quotation ("Mayor Renata
// Solvay, who visited families at the rest centre, said: …"). Figures are still judged by their own
// rules; this decides only what the words say, and who said them.

/** How many quoted words a sentence must give to be told by its quotation: "a dark day" is a phrase anyone may use. */
const QUOTED_WORDS = 5;

/** A text lower-cased, its punctuation and quotation marks as spaces. */
export function normalised(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The spans a sentence puts in quotation marks, normalised; only those of three words or more. A
 * quotation of several sentences is split with them: its last ends with a closing mark alone
 * ('Then the smoke came through the doors," she said.'), its first opens with one alone.
 */
export function quotedIn(sentence: string): string[] {
  const spans = [...sentence.matchAll(/["“]([^"”]{3,200})["”]/g)].map((m) => m[1]);
  const marks = [...sentence.matchAll(/["“”]/g)];
  if (marks.length % 2 === 1) {
    const first = marks[0];
    // (A straight mark closes after a word or a stop, '…the doors," she said', '…doors,"she said'; it
    // opens after a space or a colon, or before a capital: 'fumed: "At harvest…', 'told reporters,"At first…'.)
    const closes = first[0] === '”' || (first[0] === '"' && /[^\s:(—–-]$/.test(sentence.slice(0, first.index)) && !/^[\p{Lu}\d]/u.test(sentence.slice(first.index! + 1)));
    spans.push(closes ? sentence.slice(0, first.index) : sentence.slice(marks[marks.length - 1].index! + 1));
  }
  return spans.map(normalised).filter((q) => q.split(' ').length >= 3);
}

/** Where a text's quotation marks open and close, as [start, end) spans. */
export function quotedSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/["“][^"”]*["”]/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

/** A text without what it puts in quotation marks. */
export function withoutQuotes(text: string): string {
  return text.replace(/["“][^"”]*["”]/g, ' ');
}

/**
 * The source sentence that has every quotation of the page's word for word, said by whom the page
 * says, when the quotations run to five words or more; else null. `speaker` is who a transcript
 * or the sentence before says is speaking.
 */
export function quotedVerbatim(sentence: string, index: FactIndex, speaker: string | null): Judgement | null {
  const quotes = quotedIn(sentence);
  if (quotes.join(' ').split(' ').length < QUOTED_WORDS) return null;
  const keys = new Set(quotes.flatMap((q) => contentKeys(q)));
  if (keys.size === 0) return null;
  const names = namesOutsideQuotes(sentence);
  for (const { fact } of index.sharing(keys, keys.size)) {
    const said = normalised(fact.sentence);
    if (!quotes.every((q) => said.includes(q))) continue;
    const voice = voiceOfQuote(fact, index);
    if (!saidByWhomThePageNames(names, speaker, voice) || !restSaidToo(sentence, names, voice) || deniedBy(sentence, fact.sentence)) continue;
    return { verdict: 'consistent', explanation: `${voiceOf(fact)} quotes the same words: “${fact.sentence}”`, facts: [fact] };
  }
  return null;
}

/**
 * The words that tell who spoke a source's quotation: its speaker and role as read, and the words of
 * its sentence outside the quotation; where those name no one ('"…," she said'), the sentence
 * before's too, which names whom "she" is (speakers are not always read right across sentences).
 */
function voiceOfQuote(fact: Fact, index: FactIndex): Set<string> {
  const outside = withoutQuotes(fact.sentence);
  const before = index.sentenceBefore(fact);
  const named = tokenize(outside).some((t, i) => i > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && !CALENDAR.test(t.text));
  return new Set([...contentKeys(fact.speaker ?? ''), ...contentKeys(fact.speakerRole ?? ''), ...contentKeys(outside),
    ...(named || !before ? [] : contentKeys(withoutQuotes(before.sentence)))]);
}

/**
 * The names a sentence gives outside its quotations, as word keys: who it says spoke ("Mayor Renata
 * Solvay … said"). Not a sentence's opening word, nor days and months, nor a place it says where
 * ("after visiting the village of Carrow", "outside St Aude's").
 */
function namesOutsideQuotes(sentence: string): string[] {
  const text = withoutQuotes(sentence).replace(PLACE_NAMED, ' ');
  return tokenize(text)
    .filter((t, i) => /^\p{Lu}\p{Ll}/u.test(t.text) && !(i === 0 && CAPITALISED_FUNCTION_WORDS.has(t.text)) && !CALENDAR.test(t.text) && !isStopword(t.text))
    .map((t) => wordKey(t.text));
}
const PLACE_NAMED = /\b(?:in|at|near|from|outside|inside|across|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s?)+/gu;

/**
 * Whether the source gives the words to whom the page names: every name the page gives outside the
 * quotation is among the source's words for who spoke (a title the source leaves out may be one in
 * four: "Grim-faced Transport Minister Odile Brandt-Kassel"). A page that names no one gives them to
 * the speaker before it, which only a transcript's label tells; else to no one it could be wrong about.
 */
function saidByWhomThePageNames(names: string[], speaker: string | null, voice: Set<string>): boolean {
  if (names.length === 0) return speaker === null || contentKeys(speaker).every((k) => voice.has(k));
  return names.filter((k) => !voice.has(k)).length <= Math.floor(names.length / 4);
}

/**
 * Whether what the page says around the quotation, besides who spoke and how, is little more than
 * its source says: not "Mayor Clara Fenwright said Wendholt had been "cut off from its hospital" and
 * called for a temporary bridge to be in place by the summer", where the source has her ask for a
 * crossing this spring. (A clause of who the speaker is, "who rushed to the scene", may be new, and
 * where it was said: "after visiting the village of Carrow".)
 */
function restSaidToo(sentence: string, names: string[], voice: Set<string>): boolean {
  const own = new Set(names);
  const rest = contentKeys(withoutQuotes(sentence).replace(PLACE_NAMED, ' ')).filter((k) => !own.has(k) && !SAYING.has(k) && !voice.has(k));
  return rest.length <= NEW_WORDS_AROUND;
}
/**
 * Whether the page says the words were denied and the source does not: "Vantrell denied saying
 * "we do not yet know why the span failed"". (Only a denial: a "not" in a clause of who spoke,
 * "who did not want to be named", says nothing of the words.)
 */
function deniedBy(sentence: string, source: string): boolean {
  return DENIAL.test(withoutQuotes(sentence)) && !DENIAL.test(withoutQuotes(source));
}
const DENIAL = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|never said|did not say|didn['’]t say)\b/i;

/** Words of saying, which frame a quotation and tell nothing of their own. */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'called', 'calls', 'call', 'reporters', 'vowed', 'vows',
  'admitted', 'admits', 'warned', 'warns', 'insisted', 'insists', 'fumed', 'sobbed', 'explained', 'explains', 'described', 'describes', 'recalled',
  'recalls', 'speaking', 'spoke', 'asked', 'statement', 'briefing', 'interview'].map(wordKey));
/** New words allowed around a quotation: a clause of who the speaker is. */
const NEW_WORDS_AROUND = 2;
