import type { Fact, Quantity, Verdict } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { contentKeys, tokenize, wordKey, isStopword } from './words.ts';
import { valueRange, valuesAgree } from './values.ts';
import { isRelativeDate } from './numbers.ts';
import { momentKey, momentsAgree, preciseMoments } from './moments.ts';
import { canonical, placeRelation, thingKeys, thingOf, type PlaceRelation, type Thing } from './thing.ts';
import { sourceLabel, voiceOf } from './explain.ts';

/** A verdict, the sentence that explains it, and the facts it stands on. */
export interface Judgement {
  verdict: Verdict;
  explanation: string;
  facts: Fact[];
}

const MAX_EVIDENCE = 4;

/** What is known of the whole page: how many of its names each source article shares. */
export interface PageContext {
  affinity: Map<string, number>;
}

const NO_PAGE: PageContext = { affinity: new Map() };

/** The page reports on this source's event: it shares the most names with it (at least 3). */
function isClosest(page: PageContext, source: string): boolean {
  const best = Math.max(0, ...page.affinity.values());
  return best >= 3 && page.affinity.get(source) === best;
}

/** The page plainly reports on another event: this source shares less than half the best's names. */
function isElsewhere(page: PageContext, source: string): boolean {
  const best = Math.max(0, ...page.affinity.values());
  return best >= 3 && (page.affinity.get(source) ?? 0) < best / 2;
}

interface Match {
  fact: Fact;
  agrees: boolean;
  /** The same act with an agreeing value, in any source: enough to forbid calling the page wrong. */
  weakAgreement: boolean;
  /** Strong enough to say the page and the source speak of the same thing. */
  sameThing: boolean;
  /** Strong enough to say they disagree: same thing, same place, same act. */
  canConflict: boolean;
  strength: number;
}

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
  if (q.kind !== 'quantity') return judgeMoment(q, context, index, page);
  const thing = thingOf(q, sentence);
  for (const k of thingKeys(thing)) context.delete(k); // the thing itself is no shared context
  const keys = thingKeys(thing);
  if (keys.length === 0) return unverified('This figure does not say what it counts, so it cannot be matched to a source.');

  const matches: Match[] = [];
  for (const fact of index.withThing(keys)) {
    if (fact.quantity!.unit !== q.unit) continue;
    const m = matchOf(q, thing, context, fact, index, page);
    if (m) matches.push(m);
  }
  matches.sort((a, b) => b.strength - a.strength || a.fact.id - b.fact.id);
  const agreeing = matches.filter((m) => m.agrees && m.sameThing);
  // A source that gives the page's value for the same act, even without proof it is the same count,
  // forbids calling the page wrong: "earlier reports put the injured at 21" is no conflict with 56.
  const conflicting = matches.some((m) => m.weakAgreement) ? [] : matches.filter((m) => !m.agrees && m.canConflict);
  if (agreeing.length > 0) return consistent(q, agreeing, conflicting);
  const sum = sumOfParts(q, thing, index.withThing(keys).filter((f) => f.quantity!.unit === q.unit), index);
  if (sum) return sum;
  if (conflicting.length > 0) return conflict(q, conflicting);
  return unverified(matches.length > 0
    ? `Sources count ${describeThing(q)}, but not in the same place or context, so this figure is not confirmed.`
    : `No source in the fact base counts ${describeThing(q)}.`);
}

function matchOf(q: Quantity, thing: Thing, context: Set<string>, fact: Fact, index: FactIndex, page: PageContext): Match | null {
  const other = index.thingOfFact(fact);
  const nounsEqual = thing.noun !== null && thing.noun === other.noun;
  const eventsEqual = thing.acts.some((a) => other.acts.includes(a));
  // Money is named by what it is the sum of ("the cost", "the damage"); its verb is how it was reported.
  const money = q.unit !== null && q.unit !== 'percent';
  if (thing.noun && other.noun && !nounsEqual) return null; // two destroyers are not two aircraft carriers
  if (thing.acts.length && other.acts.length && !eventsEqual && !(money && nounsEqual)) return null; // 500 deployed are not 500 stationed
  if (!nounsEqual && !eventsEqual) return null;
  // "the last major flood, in 1958, killed 23": another year is another event.
  const pageYear = yearOf(q.time);
  const factYear = yearOf(fact.quantity!.time) ?? (/^\d{4}/.exec(fact.source.published)?.[0] ?? null);
  if (pageYear && factYear && pageYear !== factYear) return null;
  const source = sourceKey(fact.source);
  // "the capital" on the page is the place the source calls the capital.
  const capital = index.capitalOf(source);
  const places = capital ? thing.places.map((p) => (p === 'capit' ? capital : p)).sort() : thing.places;
  const place: PlaceRelation = placeRelation(places, other.places);
  if (place === 'different') return null; // 30 rockets at Haldor are not the 30 at Corvel
  const shared = overlapWithout(context, index.keysOfFact(fact), [other.noun, ...other.acts]);
  // The article the page reports on lends a match the context a single sentence lacks.
  const closest = isClosest(page, source);
  const strength = Number(nounsEqual) + Number(eventsEqual) + Number(place === 'same') + Math.min(shared, 3) / 4;
  // One match (the thing or the act) needs two shared words of context; "local" alone is none.
  // The article the page reports on may vouch for the same act ("15 wounded" = "15 injured"), not for a bare noun.
  // Money is specific: the same sum for the same thing ("losses of €45 million") is the same figure.
  const sameSum = money && nounsEqual && q.value === fact.quantity!.value;
  const sameThing = strength >= 2 || (strength >= 1 && (shared >= 2 || (closest && eventsEqual) || sameSum));
  // Disagreeing needs the same act (or the same thing with no act on either side), the same
  // place or none named on either side, and some shared context.
  const sameAct = eventsEqual || (nounsEqual && ((!thing.acts.length && !other.acts.length) || money));
  // When the page plainly reports on other articles' event, a source about something else may
  // agree by chance of wording, but it takes the thing, the act and the place to contradict it.
  const elsewhere = isElsewhere(page, source);
  const canConflict = sameAct && (place === 'same' || (place === 'none' && ((shared >= 1 && strength >= 1.25) || (closest && (strength >= 2 || eventsEqual))))) &&
    (!elsewhere || strength >= 2.5);
  const agrees = valuesAgree(q, fact.quantity!);
  return { fact, agrees, weakAgreement: agrees && eventsEqual, sameThing, canConflict, strength: strength + (closest ? 0.5 : 0) };
}

function consistent(q: Quantity, agreeing: Match[], conflicting: Match[]): Judgement {
  const agreeSources = bestPerSource(agreeing);
  const agreeKeys = new Set(agreeSources.map((m) => sourceKey(m.fact.source)));
  const disagree = bestPerSource(conflicting).filter((m) => !agreeKeys.has(sourceKey(m.fact.source)));
  const best = agreeSources[0].fact;
  if (disagree.length === 0) {
    return { verdict: 'consistent', explanation: `${voiceOf(best)} also says ${phraseOf(best)}.`, facts: agreeSources.map((m) => m.fact).slice(0, MAX_EVIDENCE) };
  }
  const all = [...agreeSources, ...disagree].map((m) => m.fact);
  return {
    verdict: 'consistent',
    explanation: `The sources disagree: ${all.map((f) => `${sourceLabel(f.source)} says ${phraseOf(f)}`).join('; ')}. This page agrees with ${sourceLabel(best.source)}.`,
    facts: all.slice(0, MAX_EVIDENCE),
  };
}

function conflict(q: Quantity, conflicting: Match[]): Judgement {
  const sources = bestPerSource(conflicting).map((m) => m.fact);
  const says = sources.map((f) => `${voiceOf(f)} says ${phraseOf(f)}`).join('; ');
  return { verdict: 'conflicting', explanation: `${says}; this page says ${lowerFirst(q.text)}.`, facts: sources.slice(0, MAX_EVIDENCE) };
}

/**
 * "At least 40 launches" when a source gives 25 from Sudmark and 15 from Kavran: a total the
 * page gives without a place agrees with the sum of one source's figures for distinct places.
 */
function sumOfParts(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex): Judgement | null {
  const bySource = new Map<string, Fact[]>();
  for (const f of candidates) {
    const other = index.thingOfFact(f);
    const sameActs = thing.acts.some((a) => other.acts.includes(a));
    if (other.places.length !== 1 || (thing.acts.length && !sameActs) || (thing.noun && other.noun && other.noun !== thing.noun)) continue;
    if (!thing.acts.length && other.noun !== thing.noun) continue;
    const list = bySource.get(sourceKey(f.source)) ?? [];
    if (!list.some((g) => index.thingOfFact(g).places[0] === other.places[0])) list.push(f);
    bySource.set(sourceKey(f.source), list);
  }
  for (const all of bySource.values()) {
    // The page names no place, or exactly the places of the parts ("from Sudmark and Kavran").
    const parts = thing.places.length ? all.filter((f) => thing.places.includes(index.thingOfFact(f).places[0])) : all;
    if (parts.length < 2 || (thing.places.length && parts.length !== thing.places.length)) continue;
    const total = parts.reduce((n, f) => n + f.quantity!.value!, 0);
    const atLeast = parts.some((f) => ['at least', 'more than'].includes(f.quantity!.qualifier));
    const sum: Quantity = { ...parts[0].quantity!, value: total, valueMax: null, qualifier: atLeast ? 'at least' : 'exact' };
    if (!valuesAgree(q, sum) || (atLeast && q.qualifier !== 'at least' && q.qualifier !== 'more than' && valueRange(q)[1] !== Infinity && q.value! < total)) continue;
    const shown = parts.map((f) => f.quantity!.text).join(' + ');
    return {
      verdict: 'consistent',
      explanation: `${sourceLabel(parts[0].source)} gives the parts: ${parts.map(phraseOf).join(' and ')}; ${shown} = ${total}, as this page says.`,
      facts: parts.slice(0, MAX_EVIDENCE),
    };
  }
  return null;
}

/** Dates and clock times: the same act on the same day or at the same time agrees. */
function judgeMoment(q: Quantity, context: Set<string>, index: FactIndex, page: PageContext): Judgement {
  const candidates = new Set<Fact>([
    ...(q.kind === 'date' ? index.onDay(q.date!) : index.atTime(momentKey(q))),
    ...index.sharing(context, 2, 0, (f) => f.quantity?.kind === q.kind).map((c) => c.fact),
  ]);
  const event = actOf(q.about);
  const scored = [...candidates]
    .filter((f) => !isRelativeDate(f.quantity!))
    .map((fact) => ({
      fact, shared: overlap(context, index.keysOfFact(fact)), sameAct: event !== null && event === actOf(fact.quantity!.about),
      closest: isClosest(page, sourceKey(fact.source)),
      near: !isElsewhere(page, sourceKey(fact.source)) && page.affinity.size > 0,
    }))
    .sort((a, b) => Number(b.sameAct) - Number(a.sameAct) || b.shared - a.shared || a.fact.id - b.fact.id);
  // The same minute in an article about the page's event is the same moment; a date needs the same act or context.
  const agreeing = scored.filter((c) => momentsAgree(q, c.fact.quantity!) &&
    (c.shared >= 2 || (c.sameAct && c.shared >= 1) || (c.closest && (c.sameAct || c.shared >= 1)) || (q.kind === 'time' && c.near)));
  const what = q.kind === 'date' ? 'date' : 'time';
  if (agreeing.length > 0) {
    const best = agreeing[0].fact;
    return { verdict: 'consistent', explanation: `${voiceOf(best)} gives the same ${what}: ${best.quantity!.text}.`, facts: dedupe(agreeing.map((c) => c.fact)) };
  }
  const conflicting = scored.filter((c) => preciseMoments(q, c.fact.quantity!) && !momentsAgree(q, c.fact.quantity!) && c.sameAct &&
    (c.shared >= 2 || (c.closest && c.shared >= 1)));
  if (conflicting.length > 0) {
    const best = conflicting[0].fact;
    return { verdict: 'conflicting', explanation: `${voiceOf(best)} gives ${best.quantity!.text}; this page says ${q.text}.`, facts: dedupe(conflicting.map((c) => c.fact)) };
  }
  return unverified(`No source in the fact base gives the ${what} of this.`);
}

/** The year a figure's sentence dates it to ("in 1958", "17 October 2023"), or null. */
function yearOf(time: string | null): string | null {
  return time ? /\b(1[89]\d\d|20\d\d)\b/.exec(time)?.[1] ?? null : null;
}

function actOf(about: string): string | null {
  const words = about.toLowerCase().split(/\s+/).filter((w) => w && !/^(?:have|has|had|were|was|been|are|is|be|the|a|at|on|in)$/.test(w));
  return words.length ? wordKey(words[words.length - 1]) : null;
}

const NEGATION = /\b(?:not|no|never|none|nobody|nothing|without)\b|n['’]t\b/i;

/**
 * Judges a check-worthy sentence: by its figures when it has any, else by a source sentence
 * that says the same with the same actors and the same polarity.
 */
export function judgeSentence(sentence: string, figures: Judgement[], index: FactIndex, unconfirmedWhen = false): Judgement {
  const conflictFound = figures.find((j) => j.verdict === 'conflicting');
  if (conflictFound) return { ...conflictFound, explanation: `A figure in this sentence conflicts with a source: ${conflictFound.explanation}` };
  if (figures.length > 0 && figures.every((j) => j.verdict === 'consistent')) {
    const facts = dedupe(figures.flatMap((j) => j.facts));
    // Right figures in the mouth of the wrong actor are not the same claim.
    const actors = actorKeys(withoutAttribution(sentence));
    const named = new Set(facts.flatMap((f) => [...index.keysOfFact(f), ...contentKeys(f.speaker ?? '')]));
    const missing = [...actors].filter((a) => !named.has(a));
    if (missing.length > 0) return unverified('The figures agree with a source, but the source does not name the same people or places.');
    if (unconfirmedWhen) return unverified('The figures agree with a source, but not the day this sentence gives, which is relative to when it was written.');
    return { verdict: 'consistent', explanation: `Every figure in this sentence agrees with a source: ${figures[0].explanation}`, facts };
  }
  if (figures.length > 0) {
    return unverified(figures.some((j) => j.verdict === 'consistent')
      ? 'Some figures here agree with a source, but not all of them, so the sentence is not confirmed.'
      : 'No source in the fact base gives these figures.');
  }
  const claim = withoutAttribution(sentence);
  // "X confirmed that customer data was stolen": what must be in a source is that data was stolen.
  const reported = /\b(?:said|says|confirmed|confirms|announced|reported|stated|added|denied|found|told [\p{L}]+)\s+(?:that\s+)?(.+)$/u.exec(claim);
  const content = reported && reported[1].split(/\s+/).length >= 3 ? reported[1] : claim;
  const keys = new Set(contentKeys(content));
  const actors = actorKeys(claim);
  for (const { fact } of index.sharing(keys, 3, 0.6).slice(0, 10)) {
    const factKeys = index.keysOfFact(fact);
    const speakerKeys = new Set(contentKeys(fact.speaker ?? ''));
    const sameActors = [...actors].every((a) => factKeys.has(a) || speakerKeys.has(a));
    if (sameActors && NEGATION.test(claim) === NEGATION.test(fact.sentence)) {
      if (unconfirmedWhen) return unverified('A source says the same, but not the day this sentence gives, which is relative to when it was written.');
      return { verdict: 'consistent', explanation: `${voiceOf(fact)} says the same: “${fact.sentence}”`, facts: [fact] };
    }
  }
  return unverified('No source in the fact base says this.');
}

/** The claim without who reports it ("…, according to officials", "…, officials said"): the claim is the rest. */
function withoutAttribution(sentence: string): string {
  return sentence
    .replace(/,\s*according to [^,]+[.!]?$/i, '.')
    .replace(/,\s*(?:the\s+)?[\p{L}' -]{2,60}?\s(?:said|says|told reporters|added)(?:\s+(?:on|in|late|earlier)\b[^,]*)?[.!]?$/iu, '.');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function unverified(explanation: string): Judgement {
  return { verdict: 'unverified', explanation, facts: [] };
}

/** How a source words a figure with its thing and place: "10 rockets were aimed at Haldor". */
function phraseOf(fact: Fact): string {
  const q = fact.quantity!;
  const tail = fact.sentence.slice(q.end);
  const placeAt = q.place ? tail.indexOf(q.place) : -1;
  if (placeAt >= 0 && placeAt < 50) return `${q.text}${tail.slice(0, placeAt + q.place!.length)}`;
  return `${q.text} ${q.noun}`.trim();
}

function describeThing(q: Quantity): string {
  return q.noun || q.about || 'this';
}

/** The content words around a figure, without the figure's own noun and place. */
function contextKeys(sentence: string, q: Quantity): Set<string> {
  const keys = new Set(contentKeys(sentence));
  for (const w of contentKeys(q.noun)) keys.delete(w);
  for (const w of contentKeys(q.place ?? '')) keys.delete(w);
  return keys;
}

/** Names in a sentence (capitalised words past the first), which a matching source must also name. */
function actorKeys(sentence: string): Set<string> {
  const tokens = tokenize(sentence).slice(1);
  return new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.text) && !isStopword(t.text) && !CALENDAR.test(t.text)).map((t) => wordKey(t.text)));
}

const CALENDAR = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT)$/;

/** Shared keys, leaving out the source's own thing and act (shared already, or not at all). */
function overlapWithout(a: Set<string>, b: Set<string>, skip: Array<string | null>): number {
  let n = 0;
  for (const k of a) if (b.has(k) && !skip.includes(canonical(k)) && !skip.includes(k)) n++;
  return n;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}


/** The strongest match of each source article, strongest first. */
function bestPerSource(matches: Match[]): Match[] {
  const best = new Map<string, Match>();
  for (const m of matches) if (!best.has(sourceKey(m.fact.source))) best.set(sourceKey(m.fact.source), m);
  return [...best.values()];
}

/** One piece of evidence per source sentence, however many of its figures matched. */
function dedupe(facts: Fact[]): Fact[] {
  return [...new Map(facts.map((f) => [`${sourceKey(f.source)}\u0000${f.start}`, f])).values()].slice(0, MAX_EVIDENCE);
}
