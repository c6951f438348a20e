import type { Fact } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { CALENDAR, CAPITALISED_FUNCTION_WORDS, contentKeys, isStopword, tokenize, withoutQuotes, wordKey } from './words.ts';
import { voiceOf } from './explain.ts';
import { namedSpeaker, saidByPronoun, subjectName } from './page-speaker.ts';

// A quotation a source prints word for word is the surest sign a page tells what the source does:
// news rewrites its own sentences but leaves a speaker's words alone. A page sentence whose every
// quotation of some length a source sentence has verbatim, on the word of the person the page names
// (or of no one named), says what that source says, however it frames the quotation ("Mayor Renata
// Solvay, who visited families at the rest centre, said: …"). Figures are still judged by their own
// rules; this decides only what the words say, and who said them.

/** How many quoted words a sentence must give to be told by its quotation: "a dark day" is a phrase anyone may use. */
export const QUOTED_WORDS = 5;

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

/**
 * The source sentence that has every quotation of the page's word for word, said by whom the page
 * says, when the quotations run to five words or more; else null. `speaker` is who a transcript
 * or the sentence before says is speaking; `notCutFromDenial`, whether a source sentence does not
 * negate the clause the quotation is cut from (compare-sentence.ts reads negation).
 */
export function quotedVerbatim(sentence: string, index: FactIndex, speaker: string | null, notCutFromDenial: (source: string) => boolean): Judgement | null {
  const quotes = quotedIn(sentence);
  if (!quotes.some((q) => q.split(' ').length >= QUOTED_WORDS)) return null;
  const keys = new Set(quotes.flatMap((q) => contentKeys(q)));
  if (keys.size === 0) return null;
  const names = namesOutsideQuotes(sentence);
  for (const { fact } of index.sharing(keys, keys.size)) {
    if (!quotesAsTheSourceDoes(sentence, fact, index, speaker) || !notCutFromDenial(fact.sentence)) continue;
    // (What is said around it may be said in the sentence before: "who is leading the rescue".)
    const around = new Set([...voiceOfQuote(fact, index), ...contentKeys(index.sentenceBefore(fact)?.sentence ?? '')]);
    if (!restSaidToo(sentence, names, around)) continue;
    return { verdict: 'consistent', explanation: `${voiceOf(fact)} quotes the same words: “${fact.sentence}”`, facts: [fact] };
  }
  return null;
}

/**
 * Whether a source sentence has the page's quotations word for word, given to whom the page gives
 * them and not denied on one side only: what any source sentence must meet to confirm a sentence
 * that quotes. `speaker` is who a transcript or the sentence before says is speaking.
 */
export function quotesAsTheSourceDoes(sentence: string, fact: Fact, index: FactIndex, speaker: string | null): boolean {
  const said = ` ${normalised(fact.sentence)} `;
  // (Whole words: "he was not at the town hall" is not in "she was not at the town hall".)
  return quotedIn(sentence).every((q) => said.includes(` ${q} `)) &&
    saidByWhomThePageNames(sentence, namesOutsideQuotes(sentence), speaker, voiceOfQuote(fact, index)) && !deniedBy(sentence, fact.sentence);
}

/**
 * The words that tell who spoke a source's quotation: its speaker and role as read, and whom its
 * sentence names as speaking (not whom it merely mentions: '"…," said Anton Bereczky, standing beside
 * Mayor Renata Solvay'); where it names no speaker ('"…," she said'), whom the
 * sentences before name as speaking, up to two back (a quotation of two sentences is split with
 * them), since speakers are not always read right across sentences. (Not every name of the sentence
 * before: "Police chief Anton Vireck met Mayor Renata Solvay" says neither spoke.)
 */
function voiceOfQuote(fact: Fact, index: FactIndex): Set<string> {
  const before = namedSpeaker(fact.sentence) === null ? speakerNamedBefore(fact, index) : null;
  // (Whom the sentence before names outweighs a speaker read otherwise: "Police chief Anton Vireck met
  // Mayor Renata Solvay. "…," he said." may be read as hers.)
  const agrees = before === null || contentKeys(fact.speaker ?? '').includes(wordKey(before));
  const read = agrees ? [...contentKeys(fact.speaker ?? ''), ...contentKeys(fact.speakerRole ?? '')] : [];
  return new Set([...read, ...contentKeys(namedSpeaker(fact.sentence) ?? ''), ...contentKeys(before ?? '')]);
}

/** The surname of whom the sentences before a source's sentence name as speaking, or open with, two back at most; else null. */
export function speakerNamedBefore(fact: Fact, index: FactIndex): string | null {
  let f = index.sentenceBefore(fact);
  for (let back = 0; f && back < 2; back++, f = index.sentenceBefore(f)) {
    const named = namedSpeaker(f.sentence) ?? (saidByPronoun(f.sentence) ? null : subjectName(f.sentence));
    if (named) return named;
  }
  return null;
}

/**
 * The names a sentence gives outside its quotations, as word keys: who it says spoke ("Mayor Renata
 * Solvay … said"). Not a sentence's opening word, nor days and months, nor a place it says where
 * ("after visiting Carrow", "outside St Aude's"; not "of": "Mayor of Halmira Anton Vireck"), nor whom
 * they were told to ("she told the Halberd").
 */
function namesOutsideQuotes(sentence: string): string[] {
  const text = withoutQuotes(sentence).replace(PLACE_NAMED, ' ').replace(LISTENER, ' ');
  return tokenize(text)
    .filter((t, i) => /^\p{Lu}\p{Ll}/u.test(t.text) && !(i === 0 && CAPITALISED_FUNCTION_WORDS.has(t.text)) && !CALENDAR.test(t.text) && !isStopword(t.text))
    .map((t) => wordKey(t.text));
}
/** Whom words were told to, no speaker: "she told the Halberd". */
const LISTENER = /\b(?:told|tells)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s?)+/gu;
/** A place after "of", "from": "the village of Carrow". */
const PLACE_OF = /\b(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s?)+/gu;
const PLACE_NAMED = /\b(?:in|at|near|outside|inside|across)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s?)+/gu;

/**
 * Whether the source gives the words to whom the page names: the surname of whom it says spoke, or,
 * where it names them otherwise ("NDMO director Halvor Pellin: …"), every name it gives outside the
 * quotation, is among the source's words for who spoke (a title the source leaves out may be one in
 * four: "Grim-faced Transport Minister Odile Brandt-Kassel"). A page that names no one gives them to
 * whom the sentence before named (`speaker`); where it says "he" or "she" of no one named, or names
 * the speaker by a common noun ("officials said"), to no one the source can be held to: not confirmed.
 */
function saidByWhomThePageNames(sentence: string, names: string[], speaker: string | null, voice: Set<string>): boolean {
  // (A source names a speaker in full once and by surname after: the surname of whom the page says
  // spoke must be the source's; the first name and title it may give only once.)
  const surname = namedSpeaker(sentence);
  if (surname !== null) return voice.has(wordKey(surname));
  if (names.length > 0) return names.filter((k) => !voice.has(k)).length <= Math.floor(names.length / 4);
  const keys = contentKeys(speaker ?? '');
  if (speaker !== null) return keys.length > 0 && keys.every((k) => voice.has(k));
  // (Nor by words alone: "The police said:", "officials said" may be anyone the source quotes.)
  return !saidByPronoun(sentence) && contentKeys(withoutQuotes(sentence)).every((k) => SAYING.has(k));
}

/**
 * Whether what the page says around the quotation, besides who spoke and how, is little more than
 * its source says: not "Mayor Clara Fenwright said Wendholt had been "cut off from its hospital" and
 * called for a temporary bridge to be in place by the summer", where the source has her ask for a
 * crossing this spring. (A clause of who the speaker is, "who rushed to the scene", may be new, and
 * where it was said: "after visiting the village of Carrow".)
 */
function restSaidToo(sentence: string, names: string[], said: Set<string>): boolean {
  // (Another name than the speaker's is new unless the source says it: not "Solvay said Vireck had told her: …".)
  // (A place said where it was said may be new: "after visiting the village of Carrow".)
  const surname = namedSpeaker(sentence);
  const others = namesOutsideQuotes(sentence.replace(PLACE_OF, ' '));
  if (surname !== null && others.some((k) => !said.has(k) && !speakerNameWords(sentence, surname).has(k))) return false;
  const own = new Set(names);
  const rest = contentKeys(withoutQuotes(sentence).replace(PLACE_NAMED, ' ')).filter((k) => !own.has(k) && !SAYING.has(k) && !said.has(k));
  // ('"…," a police officer said': who spoke, told by words alone, must be the source's.)
  return rest.length <= (names.length > 0 ? NEW_WORDS_AROUND : 0);
}
/** The words of the speaker's name as the page writes it, title and first name with the surname: "Mayor Renata Solvay". */
function speakerNameWords(sentence: string, surname: string): Set<string> {
  const run = new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,4}${surname}\b`, 'u').exec(withoutQuotes(sentence))?.[0] ?? surname;
  return new Set(contentKeys(run));
}

/**
 * Whether one of the two says the words were denied and the other does not: "Vantrell denied saying
 * "we do not yet know why the span failed"", "was misquoted as saying", "has since withdrawn the
 * remark". (Only a denial: a "not" in a clause of who spoke, "who did not want to be named", says
 * nothing of the words.)
 */
function deniedBy(sentence: string, source: string): boolean {
  return DENIAL.test(withoutQuotes(sentence)) !== DENIAL.test(withoutQuotes(source));
}
const DENIAL = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|never|not said|did not say|didn['’]t say|untrue|wrongly|falsely|misquot\w*|withdr[ae]wn?|retract\w*|regrett?\w*)\b/i;

/** Words of saying, which frame a quotation and tell nothing of their own. */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'called', 'calls', 'call', 'reporters', 'vowed', 'vows',
  'admitted', 'admits', 'warned', 'warns', 'insisted', 'insists', 'fumed', 'sobbed', 'explained', 'explains', 'described', 'describes', 'recalled',
  'recalls', 'speaking', 'spoke', 'asked', 'statement', 'briefing', 'interview'].map(wordKey));
/** New words allowed around a quotation: a clause of who the speaker is. */
const NEW_WORDS_AROUND = 2;
