import type { Fact, Quantity } from './types.ts';
import { namesIn, type FactIndex } from './fact-index.ts';
import { unverified, type Judgement } from './judgement.ts';
import { CALENDAR, contentKeys } from './words.ts';
import { canonical } from './news-words.ts';
import { phraseOf, voiceOf } from './explain.ts';
import { wordsOwnedByClause, type Span } from './figure-words.ts';

// Who gives a figure: "35,000 by the police's estimate and 60,000 according to the organisers".
// Two estimates of one thing by two actors are two claims; a page that puts one actor's figure in
// the other's mouth is not confirmed by it. Written here rather than taken from a library: no
// library reads attribution per figure, and the sentence-level speaker (speakers.ts) gives one
// voice to a sentence that may hold two.

/** An actor's words: one to four words, the first perhaps "the". */
const ACTOR = String.raw`((?!(?:and|but|while|which|who|that|it|he|she|they)\b)(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?)`;
const SAYS = String.raw`(?:say|said|says|estimate|estimated|estimates|claim|claimed|claims|report|reported|reports|count|counted|put|puts|forecast|forecasts|expect|expects|expected)`;
/** Phrases after the figure they attribute: "according to aid groups", ", the central bank said", "by the police's count". */
const AFTER = [
  new RegExp(String.raw`\baccording\s+to\s+${ACTOR}(?=\s*(?:[,;.)]|\s(?:while|and|but|which|who)\b|$))`, 'giu'),
  new RegExp(String.raw`,\s*${ACTOR}\s+${SAYS}\b(?=\s*(?:[,;.]|\s(?:while|and|but)\b|$))`, 'giu'),
  new RegExp(String.raw`\bby\s+${ACTOR}(?:'s|’s|s'|s’)\s+(?:estimate|count|figures?|tally|reckoning)\b`, 'giu'),
];
/** Phrases before the figure they attribute: "police put the turnout at", "organisers claimed". */
const BEFORE = new RegExp(String.raw`${ACTOR}\s+${SAYS}\s+(?:[\p{L}'’-]+\s+){0,8}?(?:about\s+|some\s+|nearly\s+|around\s+|more\s+than\s+)?$`, 'iu');

/** The keys of who gives the target figure, in its own clause, or null when the sentence does not say. */
export function actorOf(sentence: string, figures: Span[], target: Span): Set<string> | null {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(target);
  const from = at > 0 ? sorted[at - 1].end : 0;
  const to = at < sorted.length - 1 ? sorted[at + 1].start : sentence.length;
  // After the figure, up to the next figure (whose own words then begin: ", and the hospital says 16").
  const after = sentence.slice(target.end, to) + (at < sorted.length - 1 ? NEXT_FIGURE : '');
  for (const pattern of AFTER) {
    pattern.lastIndex = 0;
    const m = pattern.exec(after);
    if (m) return keysOf(m[1], false);
  }
  // Before it, since the figure before.
  const m = BEFORE.exec(sentence.slice(from, target.start));
  // (A sentence's first word is capitalised anyway: "Medics say" names no one.)
  return m ? keysOf(m[1], /^\s*$/.test(sentence.slice(0, from + m.index))) : null;
}

const NEXT_FIGURE = '\u0000';
/**
 * The words that tell one actor from another: names ("Ardmoor Mountain Rescue", "the NDMO") and
 * the kinds of actor that give rival counts (police and organisers, a bank and a statistics office).
 * Who is named only as a kind of anyone ("officials", "the company", "bosses") may be anyone a
 * source names, and tells nothing.
 */
function keysOf(actor: string, opensSentence: boolean): Set<string> | null {
  const capitalised = (actor.match(/(?<![.!?]\s)\b\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !CALENDAR.test(w));
  // (One capitalised word opening the sentence is no name: "Medics say"; "Ilvarne City Transport says" is.)
  const names = opensSentence && capitalised.length === 1 && actor.trimStart().startsWith(capitalised[0]) ? [] : capitalised;
  // ("Ilvarne City Transport" is "ICT".)
  const initials = names.length > 1 ? [names.map((w) => w[0]).join('').toLowerCase()] : [];
  const keys = new Set([...contentKeys(names.join(' ')), ...initials, ...contentKeys(actor).filter((k) => RIVALS.test(k))].map(canonical));
  return keys.size > 0 ? keys : null;
}
const RIVALS = /^(?:polic|organis|union|employ|opposit|campaign|bank|statist|minist|treasur|aid|charit|engin|independ|hospit|resid|protest|govern)/;

/** "rescuers" and "Mountain Rescue", "organisers" and "organised": one word, stemmed two ways. */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b.slice(0, 5)) && b.startsWith(a.slice(0, 5))));

/**
 * Figures confirmed by a source that gives them on the word of another actor than the page names
 * are not confirmed: "Police put the turnout at 60,000" against "60,000, organisers said, while
 * police put it at 35,000". (Where the page's actor is named anywhere in the source figure's own
 * sentence, "60,000 according to the Fair Fares Alliance, which organised it", it may be the same.)
 */
export function notSaidByAnother(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'consistent' || q.kind !== 'quantity' || j.facts.length === 0) return j;
    const mine = actorOf(sentence, quantities.filter((o) => o.kind === 'quantity'), q);
    if (!mine) return j;
    const theirs = (f: Fact) => actorOf(f.sentence, index.siblingsOf(f).filter((o) => o.quantity?.kind === 'quantity').map((o) => o.quantity!), f.quantity!);
    const byAnother = (f: Fact) => {
      const actor = theirs(f);
      if (!actor) return false;
      const figures = index.siblingsOf(f).filter((o) => o.quantity?.kind === 'quantity').map((o) => o.quantity!);
      const clause = [...wordsOwnedByClause(f.sentence, figures, f.quantity!)].map(canonical);
      const kinds = (keys: Iterable<string>) => [...keys].filter((k) => RIVALS.test(k));
      // Two kinds of actor ("the central bank", "the finance ministry") tell the estimates apart
      // whatever names the sentences share; names alone, only if the source does not name the page's.
      if (kinds(mine).length > 0 && kinds(actor).length > 0) return !kinds(mine).some((k) => [...kinds(actor), ...clause].some((n) => sameWord(k, n)));
      // (A kind against a name, "the union" against "Mirela Dost", may be the same.)
      if (kinds(mine).length > 0 || kinds(actor).length > 0) return false;
      const named = [...actor, ...clause, ...contentKeys(f.speaker ?? '').map(canonical), ...namesIn(f.sentence).map(canonical)];
      return ![...mine].some((k) => named.some((n) => sameWord(k, n)));
    };
    if (!j.facts.every(byAnother)) return j;
    const f = j.facts[0];
    return unverified(`${voiceOf(f)} gives ${phraseOf(f)} on the word of ${[...theirs(f)!].join(' ')}, not of whom this page names.`);
  });
}
