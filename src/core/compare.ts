import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { figuresOfSentence, isRelativeDate } from './numbers.ts';
import { canonical, differInKnownAct, modifiersDiffer, placeRelation, thingKeys, thingOf, type Thing } from './thing.ts';
import { describesAnother, isHistory, matchFigure, type Match, type PageFigure } from './match-figure.ts';
import { contentKeys } from './words.ts';
import { perSentence } from './memo.ts';
import { phraseIn, phraseOf, sourceLabel, voiceOf } from './explain.ts';
import { MAX_EVIDENCE, unverified, type Judgement } from './judgement.ts';
import { NO_PAGE, type PageContext } from './page-context.ts';
import { judgeMoment } from './compare-moment.ts';
import { sumOfNamedParts, sumOfOneSentence, sumOfParts } from './sum-of-parts.ts';
import { sameCountInAnotherReport } from './reports-differ.ts';
import { sumOfNamedKinds } from './sum-of-kinds.ts';
import { inAnotherUnit, unitSwapped } from './other-units.ts';

export { judgeSentence } from './compare-sentence.ts';
export type { Judgement } from './judgement.ts';
export type { PageContext } from './page-context.ts';

/**
 * Compares one figure of a page with the facts about the same thing. A coincidence of numbers is
 * never evidence: the thing counted, the act and the place must agree before values are compared,
 * and a conflict needs more than an agreement does. When in doubt: unverified.
 */
export function judgeQuantity(q: Quantity, sentence: string, index: FactIndex, page: PageContext = NO_PAGE): Judgement {
  if (isRelativeDate(q)) {
    return unverified(`“${q.text}” is relative to when the page was written, so it cannot be matched to a source’s date.`);
  }
  const context = contextKeys(sentence, q);
  if (q.kind !== 'quantity') return judgeMoment(q, sentence, context, index, page);
  const thing = thingOf(q, sentence);
  for (const k of thingKeys(thing)) context.delete(k); // the thing itself is no shared context
  const keys = thingKeys(thing);
  if (keys.length === 0) return unverified('This figure does not say what it counts, so it cannot be matched to a source.');

  const figure: PageFigure = { q, thing, context, sentenceThings: new Set(keysOf(sentence).map(canonical)), sentence, page };
  const candidates = index.withThing(keys).filter((f) => f.quantity!.unit === q.unit);
  const matches: Match[] = [];
  for (const fact of candidates) {
    const m = matchFigure(figure, fact, index);
    if (m) matches.push(m);
  }
  matches.sort((a, b) => b.strength - a.strength || a.fact.id - b.fact.id);
  // ("1,650 tram drivers" does not agree with "1,650 on its bus network and 750 on its trams".)
  const agreeing = matches.filter((m) => m.agrees && m.sameThing && !describesAnother(sentence, q, m.fact, index));
  const disagreeing = matches.filter((m) => !m.agrees && m.canConflict);
  // Sources that disagree are all shown when the page agrees with one of them.
  if (agreeing.length > 0) return consistent(agreeing, disagreeing);
  // A source that gives the page's value for the same act, even without proof it is the same count,
  // forbids calling the page wrong: "earlier reports put the injured at 21" is no conflict with 56.
  // ("will pay €5,100 a year instead of €4,200" against "keep paying €4,200": the page gives the
  // source's value itself, to another figure of its sentence; it knows it and says something else.)
  // (Nor may it be called wrong when a source gives its very value for the same named thing, even
  // where the words could not show it is the same count: "68 confirmed cases" against the first
  // report's 47, when the update says 68.)
  // (Not a figure of the same sentence as the one disagreeing: "10 rockets at Haldor and 30 at Corvel"
  // is a swap, and the place or the way tells them apart.)
  const disagreeingSentences = new Set(disagreeing.map((m) => index.siblingsOf(m.fact)));
  const saidByAnother = candidates.find((f) => !disagreeingSentences.has(index.siblingsOf(f)) && sameValueOfSameThing(q, thing, f, index, sentence));
  const conflicting = matches.some((m) => m.weakAgreement) || saidByAnother ? [] : disagreeing.filter((m) => !givenElsewhere(m.fact, q, sentence));
  const sum = sumOfParts(q, thing, candidates, index, sentence) ?? sumOfNamedParts(q, thing, candidates, index, sentence) ??
    sumOfOneSentence(q, thing, candidates, index, sentence) ?? sumOfNamedKinds(q, thing, candidates, index, sentence);
  if (sum) return sum;
  // (An early report and a later one that differ: the page may give the one its words match less.)
  const otherReport = conflicting.length > 0 ? sameCountInAnotherReport(q, sentence, conflicting.map((m) => m.fact), index) : null;
  if (otherReport) return reportsDiffer(otherReport, bestPerSource(conflicting).map((m) => m.fact));
  // (A source that gives the value in another unit, "four days" for "96 hours", is one the page agrees with, as in its own.)
  const otherUnit = inAnotherUnit(figure, index);
  if (otherUnit && conflicting.length > 0) return reportsDiffer(otherUnit.facts[0], bestPerSource(conflicting).map((m) => m.fact));
  if (conflicting.length > 0) return conflict(q, sentence, conflicting);
  const told = otherUnit ?? unitSwapped(figure, index, matches.length > 0);
  if (told) return told;
  // (A reader is told which source gives the value, and that another differs.)
  if (saidByAnother && disagreeing.length > 0) {
    return { ...unverified(`${voiceOf(saidByAnother)} gives ${saidByAnother.quantity!.text}, this figure's value; another source sentence differs, so it is not confirmed.`), valueGivenBy: saidByAnother };
  }
  // (A reader is not told that no source counts firefighters when one counts them sent, not battling.)
  const sameNoun = thing.noun !== null && thing.noun !== 'person' && candidates.some((f) => index.thingOfFact(f).noun === thing.noun);
  return unverified(matches.length > 0
    ? `Sources count ${describeThing(q)}, but not in the same place or context, so this figure is not confirmed.`
    : sameNoun ? `Sources count ${describeThing(q)}, but say something else of them, so this figure is not confirmed.`
      : `No source in the fact base counts ${describeThing(q)}.`);
}

function consistent(agreeing: Match[], conflicting: Match[]): Judgement {
  const agreeSources = bestPerSource(agreeing);
  const agreeKeys = new Set(agreeSources.map((m) => sourceKey(m.fact.source)));
  const disagree = bestPerSource(conflicting).filter((m) => !agreeKeys.has(sourceKey(m.fact.source)));
  const best = agreeSources[0].fact;
  if (disagree.length === 0) {
    return { verdict: 'consistent', explanation: `${voiceOf(best)} also says ${phraseOf(best)}.`, facts: agreeSources.map((m) => m.fact).slice(0, MAX_EVIDENCE) };
  }
  return reportsDiffer(best, [...agreeSources.slice(1), ...disagree].map((m) => m.fact));
}

/** The sources disagree, and the page agrees with this one: its report first, then the others. */
function reportsDiffer(agreeing: Fact, others: Fact[]): Judgement {
  const all = [agreeing, ...others];
  return {
    verdict: 'consistent',
    explanation: `The sources disagree: ${all.map((f) => `${sourceLabel(f.source)} says ${phraseOf(f)}`).join('; ')}. This page agrees with ${sourceLabel(agreeing.source)}.`,
    facts: all.slice(0, MAX_EVIDENCE),
  };
}

function conflict(q: Quantity, sentence: string, conflicting: Match[]): Judgement {
  const sources = bestPerSource(conflicting).map((m) => m.fact);
  const says = sources.map((f) => `${voiceOf(f)} says ${phraseOf(f)}`).join('; ');
  return { verdict: 'conflicting', explanation: `${says}; this page says ${phraseIn(q, sentence)}.`, facts: sources.slice(0, MAX_EVIDENCE) };
}

/**
 * A fact with the page's very value for the same named thing (not just people), of the same time.
 * (Verbs Sourcelight does not know tell no count apart: "Three cars plunged into the pit" and "swallowing three cars".)
 */
function sameValueOfSameThing(q: Quantity, thing: Thing, fact: Fact, index: FactIndex, sentence: string): boolean {
  const other = index.thingOfFact(fact);
  return q.value !== null && fact.quantity!.value === q.value && thing.noun !== null && thing.noun !== 'person' &&
    other.noun === thing.noun && !modifiersDiffer(thing, other) && placeRelation(thing.places, other.places) !== 'different' && !differInKnownAct(thing, other) && !isHistory(q, fact, sentence);
}

/**
 * Whether the page's sentence gives the fact's very value itself, as what its figure is set against
 * ("instead of €4,200", "up from 21"). (Two counts swapped, "1,200 from Tollow and 800 from Halvard
 * Cross", are set against nothing: that is a contradiction.)
 */
function givenElsewhere(fact: Fact, q: Quantity, sentence: string): boolean {
  return figuresOfSentence(sentence, 0).some((o) => o.start !== q.start && o.kind === 'quantity' && o.unit === q.unit && o.value === fact.quantity!.value &&
    SET_AGAINST.test(sentence.slice(Math.max(0, o.start - 20), o.start)));
}
const SET_AGAINST = /\b(?:instead of|rather than|(?:up|down) from|compared with|compared to|not)\s+(?:the\s+)?$/i;

function describeThing(q: Quantity): string {
  // (A verb is no thing counted: "No source in the fact base counts put" told a reader nothing.)
  return q.noun || 'this';
}

// A sentence's figures are judged one after another: its words are read once, not once per figure.
const keysIn = perSentence((sentence) => contentKeys(sentence));
const keysOf = (sentence: string) => keysIn(sentence, 0);

/** The content words around a figure, without the figure's own noun and place. */
function contextKeys(sentence: string, q: Quantity): Set<string> {
  const keys = new Set(keysOf(sentence));
  for (const w of contentKeys(q.noun)) keys.delete(w);
  for (const w of contentKeys(q.place ?? '')) keys.delete(w);
  return keys;
}

/** The strongest match of each source article, strongest first. */
function bestPerSource(matches: Match[]): Match[] {
  const best = new Map<string, Match>();
  for (const m of matches) if (!best.has(sourceKey(m.fact.source))) best.set(sourceKey(m.fact.source), m);
  return [...best.values()];
}

