import { CAPITALISED_FUNCTION_WORDS } from './words.ts';

// '"Every boat that could go out went out," he tells reporters': a page gives a quotation to a
// pronoun, and the pronoun to whom its sentence before named as speaking ("Interior minister Petros
// Halvani says local fishermen have gone out to help"). Sources have speakers.ts, which reads an
// article's speakers with their roles; a page needs only the name, to ask the source for it.

const SAYING = String.raw`(?:says|said|tells|told|adds|added|insists|insisted|warns|warned|explains|explained)`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
/** "Petros Halvani says", "Mirela Osk, 34, who fled, told…": the name before the verb (not "…neighbouring Lorvany, said Hedda Morvant"). */
const NAME_BEFORE = new RegExp(String.raw`(${NAME}(?:\s+${NAME}){0,3})(?:,\s+\d+,)?(?:,?\s+who\b[^,]*,)?\s+${SAYING}\b`, 'u');
/** "…, said Kestrova mayor Anton Bereczky, who…": the clause after the verb, whose last name is the speaker's (not after "told", whose is the listener's: "told the Siren"). */
const CLAUSE_AFTER = /\b(?:says|said|adds|added)\s+([^,.;:"“”]{2,80})/u;
/** A quotation given to a pronoun alone: '"…," he tells reporters', 'she said', 'said she'. */
const BY_PRONOUN = new RegExp(String.raw`\b(?:(?:he|she|they)\s+${SAYING}|${SAYING}\s+(?:he|she))\b`, 'i');

/**
 * The surname of whom a sentence says spoke, or null: a source names a speaker in full once and
 * by surname after, and may leave the title out ("Student Ilse Varga told…" is Varga).
 */
export function namedSpeaker(sentence: string): string | null {
  const outside = sentence.replace(/["“][^"”]*["”]/g, ' ');
  const before = NAME_BEFORE.exec(outside)?.[1];
  const after = CLAUSE_AFTER.exec(outside)?.[1].match(new RegExp(String.raw`${NAME}(?:\s+${NAME}){0,3}`, 'gu'))?.at(-1);
  const name = [before, after].find((n) => n !== undefined && n.split(/\s+/).some((w) => !CAPITALISED_FUNCTION_WORDS.has(w)));
  return name ? name.split(/\s+/).at(-1)!.replace(/['’]s$/, '') : null;
}

/** Whether a sentence gives its words to a pronoun and names no one who spoke. */
export function saidByPronoun(sentence: string): boolean {
  return BY_PRONOUN.test(sentence.replace(/["“][^"”]*["”]/g, ' ')) && namedSpeaker(sentence) === null;
}
