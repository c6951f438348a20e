import type { Quantity } from './types.ts';

// A sentence that goes on speaking of what the sentence before spoke of takes that sentence's
// year: "The 2016 strike lasted 14 days. It cost ICT €4.3 million", "…its peak in 2008, when the
// force recorded 61,300 offences. At that time Veldmoor had 1,420 officers". Pages and sources
// are read alike.

/** A sentence that opens with a pronoun for its subject and a past verb: "It cost…", "They had…". */
/** A past verb of what happened: "cost", "killed", "took", any "-ed". */
const PAST_VERB = '(?:[a-z]+ed|cost|lost|left|made|meant|paid|took|saw|had|was|were|killed|hit|kept|sent|spent|brought|drew|forced|wiped)';
const PRONOUN_SUBJECT = new RegExp(`^\\s*(?:It|They)\\s+${PAST_VERB}\\b`);
/** A sentence that opens by pointing back to the time or the people of the sentence before. */
const THAT_TIME = /^\s*(?:At that time|At the time|That year|In that year|On that occasion|Of (?:those|them|these),)/;
/** On a page, a sentence that opens by pointing back to the event of the sentence before: "That crash killed four", "Back then, hail destroyed…". (Not "Then,", which mostly means "after that": "Then, over the following decade, traffic…".) */
const THAT_EVENT = new RegExp(`^\\s*(?:Back then|That\\s+[a-z]+\\s+${PAST_VERB}\\b)`);
const CLAUSE_BREAK = /,\s+(?:and|but|while)\b|;/;
/** A sentence that says, anywhere, it speaks of the time before: "Only 71.2% were on time that year", "Restrictions then stayed in place for 94 days". */
const THEN = new RegExp(`\\b(?:that year|at that time|at the time|then\\s+${PAST_VERB})\\b`, 'i');
/** A page sentence that says it speaks of the event before, by name: "Three firefighters were injured in that fire". */
const IN_THAT_EVENT = /\b(?:in|by|during)\s+that\s+(?:crash|fire|blaze|collapse|accident|disaster|flood|flooding|blast|explosion|attack|storm|earthquake|quake|outbreak|derailment|collision|spill|landslide|avalanche|strike|heatwave|eruption|sinking)\b/i;
/** A sentence that says it speaks of now: "It now employs 1,200", "They still have…". */
export const NOW = /\b(?:now|today|currently|still|this year|this time)\b/i;
/** Words that say a sentence tells of now, beside NOW's: "yesterday", "this week", "the latest". */
export const OF_NOW = /\b(?:yesterday|tonight|last night|this (?:week|morning|afternoon|evening|month)|(?:this|the) latest|so far)\b/i;

/**
 * Dates the sentence's undated counts with the year before, when the sentence points back and gives
 * no date of its own. A page's "that year" anywhere points back too; a source's is read only where
 * it opens the sentence, so that a source never dates what the page it is compared with leaves
 * undated ("Passenger journeys fell to 410 million that year" against a page's next sentence,
 * "Passenger journeys fell to about 410 million").
 */
export function inheritYear(sentence: string, quantities: Quantity[], yearBefore: string | null, onPage = false): void {
  if (!yearBefore || quantities.some((q) => q.kind === 'date')) return;
  const event = onPage && THAT_EVENT.test(sentence);
  if (!PRONOUN_SUBJECT.test(sentence) && !THAT_TIME.test(sentence) && !(onPage && THEN.test(sentence)) && !event && !(onPage && IN_THAT_EVENT.test(sentence))) return;
  // ("That expansion doubled its storage, and the explosion injured 63": the pointer is its clause's,
  // and so is "now" after it: "Back then 27,000 people worked at sea; now it's about 8,450".)
  // (So is "in that fire": "Fourteen were hurt in that fire; in this week's, 60 were evacuated".)
  const inThat = onPage && !event ? IN_THAT_EVENT.exec(sentence) : null;
  const [start, end] = event ? [0, sentence.search(CLAUSE_BREAK)] : inThat ? clauseAt(sentence, inThat.index) : [0, -1];
  // (Not at ", and": "Fourteen workers were hurt in that fire, and 40 were evacuated" is all of that fire.)
  if (NOW.test(end < 0 ? sentence.slice(start) : sentence.slice(start, end))) return;
  for (const q of quantities) if (q.kind === 'quantity' && !q.time && q.start >= start && (end < 0 || q.start < end)) q.time = yearBefore;
}

/** What sets a clause against the one before: a semicolon, ", but", ", while" (not ", and", which goes on). */
const CLAUSE_SET_AGAINST = /;|,\s+(?:but|while|whereas)\b/g;

/** The start and end (-1: the sentence's end) of the clause at an offset, between breaks (global patterns). */
export function clauseAt(sentence: string, at: number, breaks: RegExp = CLAUSE_SET_AGAINST): [number, number] {
  let start = 0;
  for (const m of sentence.matchAll(breaks)) {
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! >= at) return [start, m.index!];
  }
  return [start, -1];
}

/** A page sentence that speaks of a day it points back to: "Three people died that day". */
// (Not "that" the conjunction: "said that morning flights would be cut".)
const THAT_DAY = /\bthat\s+(?:day|night|morning|afternoon|evening)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|when|as|in|at|on|after|before|while|until|alone)\b)/i;

/**
 * Dates a page sentence's undated counts with the year the sentence before named, in any of its
 * clauses, when it speaks of "that day": the day of the past event the sentence before told of
 * ("…when it collapsed in August 1995? — Three people died that day and 17 of us were hurt").
 */
export function inheritYearOfThatDay(sentence: string, quantities: Quantity[], yearSaidBefore: string | null): void {
  if (!yearSaidBefore || !THAT_DAY.test(sentence) || NOW.test(sentence) || quantities.some((q) => q.kind === 'date')) return;
  for (const q of quantities) if (q.kind === 'quantity' && !q.time) q.time = yearSaidBefore;
}

/**
 * The last year a sentence names as the day of something that happened ("when it collapsed in
 * August 1995"), or null. Not the year a thing was made: "The wing, opened in 1971," dates no day.
 */
export function yearSaid(sentence: string, quantities: Quantity[]): string | null {
  return yearsOfEvents(sentence, quantities).at(-1) ?? null;
}

/**
 * Every year a sentence names as the day of something that happened: "In 1997 a train rolled
 * back", "since January 2006, when the roof … gave way"; not "since 2006", "by 2030", "opened in 1995".
 */
export function yearsOfEvents(sentence: string, quantities: Quantity[]): string[] {
  return quantities.flatMap((q) => {
    const before = sentence.slice(Math.max(0, q.start - 30), q.start);
    const when = WHEN_AFTER.test(sentence.slice(q.end, q.end + 8));
    return q.kind === 'date' && (DAY_OF_AN_EVENT.test(before) || when) && !MADE_IN.test(before) ? /\b(?:1[89]|20)\d\d\b/.exec(q.date ?? '')?.[0] ?? [] : [];
  });
}
const WHEN_AFTER = /^,?\s+when\b/i;
/** A date said as when something happened, "in August 1995", "on 21 August 1998": not "since 1987", "by 2030", "the 2019 fire". */
const DAY_OF_AN_EVENT = /\b(?:in|on|during)\s+(?:(?:early|late|mid|the\s+(?:spring|summer|autumn|winter)\s+of)\s+)?$/i;
const MADE_IN = /\b(?:opened|built|founded|established|completed|set\s+up|launched|constructed|erected|designed|made|born)\s+(?:in|on)\s+$/i;

