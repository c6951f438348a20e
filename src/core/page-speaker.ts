import { CALENDAR, CAPITALISED_FUNCTION_WORDS, withoutQuotes } from './words.ts';

// '"Every boat that could go out went out," he tells reporters': a page gives a quotation to a
// pronoun, and the pronoun to whom its sentence before named as speaking ("Interior minister Petros
// Halvani says local fishermen have gone out to help"). Sources have speakers.ts, which reads an
// article's speakers with their roles; a page needs only the name, to ask the source for it.

const SAYING = String.raw`(?:says|said|tells|told|adds|added|insists|insisted|warns|warned|explains|explained)`;
/** A name's word: title case ("Solvay", "Brandt-Kassel"), not a heading's capitals ("WHO SAID WHAT"). */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** Capitalised words that open a sentence and name no one: "Some said…", "Many told…". */
const NO_ONE = new Set(['Some', 'Many', 'Most', 'All', 'Both', 'Several', 'Others', 'Few', 'Residents', 'Officials', 'Witnesses', 'Police']);
/** Names after "in", "at", "for"…: where, or whose, not who spoke ("Police in Marrowgate said", "a spokesman for Solvay said"; not "of": "Mayor of Halmira Anton Vireck"). */
const NOT_THE_SPEAKER = new RegExp(String.raw`\b(?:in|at|from|for|near|outside|inside|across)\s+(?:the\s+)?(?:${NAME}\s?)+`, 'gu');
/**
 * "Petros Halvani says", "Mirela Osk, 34, who fled, told…", "Anton Vireck, the police chief, said":
 * the name before the verb (not "…neighbouring Lorvany, said Hedda Morvant").
 */
const NAME_BEFORE = new RegExp(String.raw`(${NAME}(?:\s+${NAME}){0,3})(?:,\s+\d+,)?(?:,?\s+who\b[^,]*,|,\s+(?:the|a|an|its|his|her)\s[^,]{1,60},)?\s+${SAYING}\b`, 'u');
/**
 * "…, said Kestrova mayor Anton Bereczky, who…": the clause after the verb, up to a comma or the
 * end, whose last words are the speaker's name (not "He said Vireck had been wrong", "said
 * Fenwright's spokesman", nor a place or a day after it: "said police in Paris on Monday"; nor after
 * "told", whose is the listener's: "told the Siren").
 */
const CLAUSE_AFTER = /\b(?:says|said|adds|added)\s+([^,.;:"“”]{2,80}?)(?:\s+(?:in|at|on|of|from|near|after|before|during)\b[^,.;:"“”]*)?(?=\s*(?:[,.;:!?"“”]|$))/u;
/** "NDMO director Halvor Pellin: "I fear these numbers will rise."": a name and a colon before a quotation. */
const NAME_AND_COLON = new RegExp(String.raw`(${NAME}(?:\s+${NAME}){0,3}):\s*["“]`, 'u');
/** A quotation given to a pronoun alone: '"…," he tells reporters', 'she said', 'said she'. */
const BY_PRONOUN = new RegExp(String.raw`\b(?:(?:he|she|they)\s+${SAYING}|${SAYING}\s+(?:he|she))\b`, 'i');

/**
 * The surname of whom a sentence says spoke, or null: a source names a speaker in full once and
 * by surname after, and may leave the title out ("Student Ilse Varga told…" is Varga).
 */
export function namedSpeaker(sentence: string): string | null {
  const outside = withoutQuotes(sentence).replace(NOT_THE_SPEAKER, ' ');
  const before = NAME_BEFORE.exec(outside)?.[1] ?? NAME_AND_COLON.exec(sentence)?.[1];
  const after = new RegExp(String.raw`(?:^|\s)(${NAME}(?:\s+${NAME}){0,3})$`, 'u').exec(CLAUSE_AFTER.exec(outside)?.[1] ?? '')?.[1];
  const name = [before, after].find((n) => n !== undefined && n.split(/\s+/).some((w) => !CAPITALISED_FUNCTION_WORDS.has(w) && !NO_ONE.has(w)) &&
    !CALENDAR.test(n.split(/\s+/).at(-1)!) && !/['’]s$/.test(n));
  return name ? name.split(/\s+/).at(-1)! : null;
}

/** Whether a sentence gives its words to a pronoun and names no one who spoke. */
export function saidByPronoun(sentence: string): boolean {
  return BY_PRONOUN.test(withoutQuotes(sentence)) && namedSpeaker(sentence) === null;
}

/**
 * The surname of a person a sentence opens with, who a "he" or "she" after it may be: "Farmer Owen
 * Tasker, who has worked his land for forty years, lost two barns", "Police chief Anton Vireck
 * arrived at midnight". Two capitalised words or more among its first five words; else null.
 */
export function subjectName(sentence: string): string | null {
  const opening = sentence.trim().split(/\s+/).slice(0, 5).join(' ');
  const run = new RegExp(String.raw`${NAME}(?:\s+${NAME}){1,3}`, 'u').exec(opening)?.[0];
  const words = run?.split(/\s+/).filter((w) => !CAPITALISED_FUNCTION_WORDS.has(w) && !NO_ONE.has(w) && !CALENDAR.test(w)) ?? [];
  return words.length >= 2 ? words.at(-1)!.replace(/(?:['’]s|[,'’])$/, '') : null;
}
