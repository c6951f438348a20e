import type { Quantity } from './types.ts';
import { tokenize } from './words.ts';
import { QUOTED_WORDS, quotedIn } from './quoted-words.ts';

// Rule-based check-worthiness, measured by `npm run eval` on tests/fixtures/articles. A claim is a
// statement of fact someone could check: a figure, an act, something attributed to someone. Not
// opinions, predictions and plans, questions, calls to action, boilerplate.

const BOILERPLATE = /\b(?:sign up|newsletter|subscribe|photo\/|getty images|ap archive|click here|read more|follow (?:us|our)|cookies?|all rights reserved|advertisement|share this|has been updated|case number|can be requested|live coverage)\b|©/i;
const OPINION = /\b(?:should|must|might|hope|believe|think|feel|we will|I will|let us|let's|urged?|urging|calls? on)\b/i;
/** Feeling words colour a sentence; with figures in it, it still states them. */
const EMOTIVE = /\b(?:unacceptable|outrageous|shameful|alarmed|terrifying|saddened|relieved|remorse)\b/i;
/** Plans, forecasts and intentions are not yet facts. */
const FUTURE = /\b(?:will|would|could|may|is expected to|are expected to|is due to|are due to|plans? to|intends? to|aims? to)\b/i;
/** Telling the reader what to do: "Residents can call …", "If you are in those zones, go now". */
const CALL_TO_ACTION = /\b(?:can (?:call|submit|contact|apply|visit|find|request|register|donate)|go now|call the|(?:call|ring|contact) (?:the|our|a) helpline)\b/i;
/** A list's item: a label, a colon, then what it says ("Metro: 94.1% of trains on time"). */
const LIST_ITEM = /^\p{Lu}[^:]{0,80}:\s+\S/u;
/**
 * Said by someone: "Castellane says", "He says", "said Professor Ravik". (Measured on the labelled
 * pages, "He says …" is checkable as often as a name is: leaving pronouns out cost 10 right verdicts.
 * Matched from a word's start, so that a long capitalised run is read once.)
 */
const REPORTED_BY_NAME = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+\s+(?:says|said|tells|told|announced|confirmed)\b|\b(?:says|said)\s+(?:the\s+)?\p{Lu}/u;
/** Said by someone: a verb of saying, or a speaker's name and a colon before the quotation ("NDMO director Halvor Pellin: …"). */
const QUOTE_SAID = /(?<![\w-])(?:says|said|say|tells|told|adds|added|calls|called|vowed|vows|admitted|admits|warned|warns|insisted|fumed|sobbed|recalled|explained)\b|:\s*["“]/;
const PAST_ACT = /\b(?:\w+ed|sent|struck|hit|killed|began|begun|fought|left|made|took|gave|won|lost|rose|fell|found|held|led|met|paid|sold|spent|went|came|brought|built|caught|told|said|shot|swept|tore|broke|gutted)\b/i;
/** No one hurt or killed: "No one in the main village was hurt", "no reports of deaths". */
const NONE_HURT = /\b(?:no one|no-one|nobody|none|no)\b[^.;:]{0,40}?\b(?:hurt|injured|injuries|killed|died|dead|deaths|casualties|harmed|fatalities)\b/i;
const STATE = /\b(?:has|have|had|is|are|was|were)\b/i;

/** Whether a sentence states something a reader could check. */
export function isCheckWorthy(sentence: string, quantities: Quantity[]): boolean {
  const text = sentence.trim();
  if (text.endsWith('?') || BOILERPLATE.test(text) || CALL_TO_ACTION.test(text)) return false;
  const words = tokenize(text);
  // (A speaker's words quoted at length are checkable as what was said, whatever they say: "'Nobody
  // will be left without a roof tonight,' she says.")
  if (quotedIn(text).some((q) => q.split(' ').length >= QUOTED_WORDS) && QUOTE_SAID.test(text)) return true;
  const counts = quantities.some((q) => q.kind === 'quantity' || q.kind === 'date' || q.kind === 'time');
  // (A figure states something in three words, "Five people died.", and in a list's item, which has
  // no full stop: "Buses: 198 million journeys, up 3%".)
  // (A list's item may be a label and its figure alone: "Trams: 89.3%".)
  const listed = counts && LIST_ITEM.test(text);
  // (That no one was hurt is a count too, of none: "Nobody was killed.", "There are no reports of deaths.")
  // (Of five words or more, which say of whom: a bare "Nobody was killed." may be said of any event.)
  const noneHurt = NONE_HURT.test(text) && /[.!]$/.test(text) && words.length >= 5;
  if (noneHurt && !OPINION.test(text) && !FUTURE.test(text)) return true;
  if (words.length < (listed ? 2 : counts ? 3 : 4) || (!/[.!"”’)]$/.test(text) && !listed)) return false;
  // (With a figure, a belief or requirement still states it: "Engineers believe the snow weighed
  // about 180 kg per square metre", "the inquiry must report within 12 months".)
  const reportedBySomeone = REPORTED_BY_NAME.test(text);
  if (OPINION.test(text) && !counts && !reportedBySomeone) return false;
  if (EMOTIVE.test(text) && !counts) return false;
  // (Not a plan a named actor is reported to have: "Energy Minister Ruth Castellane says the
  // government will consult on a social tariff" is checkable as what she said.)
  if (FUTURE.test(text) && !counts && !reportedBySomeone) return false;
  if (counts) return true;
  const namesActor = words.slice(1).some((w) => /^\p{Lu}/u.test(w.text));
  // "The regulator says the risk to any patient is low": what someone is reported to say is checkable.
  const reported = /^(?:The|An?)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:says|said)\s+(?:that\s+)?\S+(?:\s+\S+){3,}/u.test(text);
  // (Or what a named person says in the present: "Castellane says the government will consult".)
  return PAST_ACT.test(text) || (namesActor && STATE.test(text)) || reported || reportedBySomeone;
}

/**
 * Whether a source's sentence may confirm a page's: what a page reports may be the source's
 * opinion, plan or advice told again ("The MSA said patients should not stop taking their
 * medication"), so a source is read more widely than a page. Still not questions or boilerplate.
 */
export function isStatement(sentence: string, quantities: Quantity[]): boolean {
  const text = sentence.trim();
  if (isCheckWorthy(text, quantities)) return true;
  return !text.endsWith('?') && !BOILERPLATE.test(text) && tokenize(text).length >= 4 && /[.!"”’)]$/.test(text);
}
