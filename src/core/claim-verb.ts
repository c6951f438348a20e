import { CALENDAR, CAPITALISED_FUNCTION_WORDS, tokenize, wordKey } from './words.ts';

// Who did what a claim without figures says was done: "Harbour master Ewan Threlkeld has cancelled
// all sailings" is not confirmed by "Threlkeld closed the harbour, and Vantmoor cancelled all
// sailings", however many words the two share. Written here because the sentence matcher compares
// bags of words, which do not know who did which act.

/** A named subject, then its verb: "Mayor Jonas Brekke has called for", "Vantmoor cancelled". */
const NAMED_SUBJECT = /^((?:[\p{L}'’-]+\s+){0,3}?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|just\s+)?)?([a-z]{3,}ed)\b/u;
/** Capitalised words that name no one who acts: function words, and titles or bodies said before a name. */
const TITLES = /^(?:Mayor|Governor|Minister|President|Councillor|Inspector|Chief|Harbour|Police|Officials?)$/;
const NOT_NAMES = { test: (w: string) => CAPITALISED_FUNCTION_WORDS.has(w) || TITLES.test(w) };

const REPORTING = /^(?:said|says|told|tells|announced|reported|added|confirmed)$/i;

/** The names of who the claim says acted, and the act, or null when the claim opens otherwise. */
function subjectAndAct(claim: string): { names: string[]; act: string } | null {
  const m = NAMED_SUBJECT.exec(claim);
  if (!m) return null;
  // (The first word is capitalised wherever it stands: "Heartbroken families waited" names no one;
  // nor does a month, nor a place after a preposition: "Schools in Morvik closed".)
  const words = m[1].trim().split(/\s+/);
  if (words.some((w) => /^(?:in|at|on|from|near|across|of|to)$/i.test(w))) return null;
  const names = words.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !NOT_NAMES.test(w) && !CALENDAR.test(w));
  return names.length > 0 ? { names: names.map((n) => n.toLowerCase()), act: wordKey(m[2]) } : null;
}

/**
 * Whether the source says the claim's act was done by someone else: the nearest name before the
 * same verb in the source, within its clause, is none of the claim's subject's.
 */
export function actDoneByAnother(claim: string, source: string): boolean {
  const said = subjectAndAct(claim);
  if (!said) return false;
  const words = tokenize(source);
  const at = words.findIndex((t) => wordKey(t.text) === said.act);
  if (at < 0) return false;
  // ("statistics published by the National Police Service": in the passive, who acted comes after.)
  const agent = /^\s+by\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*)+)/u.exec(source.slice(words[at].end))?.[1];
  if (agent) return !agent.trim().split(/\s+/).some((n) => said.names.includes(n.toLowerCase()));
  // (Back to the start of the clause the verb is in: "…, and Vantmoor cancelled".)
  const clauseStart = source.slice(0, words[at].start).search(/(?:[;:]|,\s+(?:and|but|while)\s+|\band\s+)(?!.*(?:[;:]|,\s+(?:and|but|while)\s+|\band\s+))/s);
  const before = words.slice(0, at).filter((t) => t.start >= Math.max(0, clauseStart));
  // (After the last verb of saying: in "Threlkeld said Vantmoor cancelled" Vantmoor did it; in "Maren
  // Ashcombe, who flew over Lissel, declared" any name of the clause may be who did.)
  // (After "said", only the reported clause's own subject: "said production at Greyfell would remain
  // suspended" names no one who suspended it.)
  const saying = before.findLastIndex((t) => REPORTING.test(t.text));
  const isName = (t: { text: string; start: number }) => t.start > 0 && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.test(t.text) && !CALENDAR.test(t.text);
  const region = before.slice(saying + 1);
  const notName = region.findIndex((t) => !isName(t) && !/^the$/i.test(t.text));
  const subject = saying >= 0 ? region.slice(0, notName < 0 ? region.length : notName) : region;
  const named = subject.filter(isName).map((t) => t.text.toLowerCase());
  return named.length > 0 && !named.some((n) => said.names.includes(n));
}
