import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { valueRange, valuesAgree } from './values.ts';
import { isRelativeDate } from './numbers.ts';
import { canonical, isKnownAct, isMeasure, placeRelation, thingKeys, thingOf, type PlaceRelation, type Thing } from './thing.ts';
import { contentKeys } from './words.ts';
import { sourceLabel, voiceOf } from './explain.ts';
import { MAX_EVIDENCE, lowerFirst, unverified, type Judgement } from './judgement.ts';
import { NO_PAGE, isClosest, isElsewhere, type PageContext } from './page-context.ts';
import { judgeMoment } from './compare-moment.ts';

export { judgeSentence } from './compare-sentence.ts';
export type { Judgement } from './judgement.ts';
export type { PageContext } from './page-context.ts';

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

  const pageThings = new Set(contentKeys(sentence).map(canonical));
  const matches: Match[] = [];
  for (const fact of index.withThing(keys)) {
    if (fact.quantity!.unit !== q.unit) continue;
    const m = matchOf(q, thing, context, pageThings, fact, index, page);
    if (m) matches.push(m);
  }
  matches.sort((a, b) => b.strength - a.strength || a.fact.id - b.fact.id);
  const agreeing = matches.filter((m) => m.agrees && m.sameThing);
  // A source that gives the page's value for the same act, even without proof it is the same count,
  // forbids calling the page wrong: "earlier reports put the injured at 21" is no conflict with 56.
  const conflicting = matches.some((m) => m.weakAgreement) ? [] : matches.filter((m) => !m.agrees && m.canConflict);
  if (agreeing.length > 0) return consistent(agreeing, conflicting);
  const sum = sumOfParts(q, thing, index.withThing(keys).filter((f) => f.quantity!.unit === q.unit), index);
  if (sum) return sum;
  if (conflicting.length > 0) return conflict(q, conflicting);
  return unverified(matches.length > 0
    ? `Sources count ${describeThing(q)}, but not in the same place or context, so this figure is not confirmed.`
    : `No source in the fact base counts ${describeThing(q)}.`);
}

function matchOf(q: Quantity, thing: Thing, context: Set<string>, pageThings: Set<string>, fact: Fact, index: FactIndex, page: PageContext): Match | null {
  const other = index.thingOfFact(fact);
  // "Persons" on both sides is no evidence of the same count (it only rules out villages or homes).
  // A measure is named loosely ("3,400 hectares of woodland", "3,350 hectares of pine forest"):
  // its thing agrees when either sentence names what the other measures.
  const measureNamed = isMeasure(q.unit) && thing.noun !== null && other.noun !== null &&
    (pageThings.has(other.noun) || [...index.keysOfFact(fact)].some((k) => canonical(k) === thing.noun));
  const nounsEqual = thing.noun !== null && thing.noun !== 'person' && (thing.noun === other.noun || measureNamed);
  const factKeys = index.keysOfFact(fact);
  const shared = overlapWithout(context, factKeys, [other.noun, ...other.acts]);
  // The page's sentence reworded ("7,500 boxes are stranded on its quays", "7,500 containers were
  // stuck on the quays"): verbs Sourcelight has no synonyms for are taken as the same act. Acts it
  // knows ("killed", "injured") are never bridged.
  const reworded = shared >= Math.max(REWORDED_SHARED, REWORDED_FRACTION * context.size);
  const bothPeople = thing.noun === 'person' && other.noun === 'person';
  const bridged = reworded && (thing.noun === other.noun || bothPeople) && thing.acts.length > 0 && other.acts.length > 0 &&
    ![...thing.acts, ...other.acts].some(isKnownAct) && !distinguishesActs(fact, other, index);
  const eventsEqual = thing.acts.some((a) => other.acts.includes(a)) || bridged;
  // Money and measures are named by what they are of ("the cost", "the dam"); their verb is
  // mostly how they were reported.
  const amount = q.unit !== null && q.unit !== 'percent';
  if (thing.noun && other.noun && !nounsEqual && thing.noun !== other.noun) return null; // two destroyers are not two aircraft carriers
  // 500 deployed are not 500 stationed: acts that differ keep two counts apart, unless the thing is
  // the same specific thing in the same place ("nine homes reduced to ashes in Tollow", "nine
  // homes destroyed in Tollow"); even then the two may agree, never conflict.
  const actsDiffer = thing.acts.length > 0 && other.acts.length > 0 && !eventsEqual && !(amount && nounsEqual);
  const samePeopleFigure = bothPeople && q.value === fact.quantity!.value;
  if (!nounsEqual && !eventsEqual && !samePeopleFigure) return null;
  // "the last major flood, in 1958, killed 23": another year is another event. (Not so for a
  // measure: "the 82-metre dam, completed in 1968" is as high now.)
  const lasting = isMeasure(q.unit) && q.unit !== 'magnitude';
  const pageYear = lasting ? null : yearOf(q.time);
  const published = /^\d{4}/.exec(fact.source.published)?.[0] ?? null;
  const factYear = yearOf(fact.quantity!.time) ?? published;
  if (pageYear && factYear && pageYear !== factYear) return null;
  // "a magnitude 5.9 tremor in 1987" in a 2026 article is history: only a page that names 1987 speaks of it.
  if (!pageYear && !lasting && factYear && published && factYear !== published) return null;
  const source = sourceKey(fact.source);
  // "the capital" on the page is the place the source calls the capital.
  const capital = index.capitalOf(source);
  const places = capital ? thing.places.map((p) => (p === 'capit' ? capital : p)).sort() : thing.places;
  const place: PlaceRelation = placeRelation(places, other.places);
  if (place === 'different') return null; // 30 rockets at Haldor are not the 30 at Corvel
  // A part ("four of them") and a whole ("of the train's 46 wagons") are never the same count;
  // a whole against any other count may agree, but their values differ by nature.
  const role = q.role ?? null;
  const factRole = fact.quantity!.role ?? null;
  if (role && factRole && role !== factRole) return null;
  const sameRole = (role === 'whole') === (factRole === 'whole');
  // A share's act is its direction: "rose 6.5%" never agrees with "fell 6.5%".
  if (actsDiffer && (q.unit === 'percent' || !(nounsEqual && place === 'same'))) return null;
  // The page names a place its source sentence does not ("1,200 evacuated from Tollow" against
  // "some 1,200 residents"): the source may count another place's, so it cannot confirm this.
  if (place === 'open' && thing.places.some((p) => !p.split(' ').every((w) => factKeys.has(w)))) return null;
  // The article the page reports on lends a match the context a single sentence lacks.
  const closest = isClosest(page, source);
  const strength = Number(nounsEqual) + Number(eventsEqual) + Number(place === 'same') + Math.min(shared, 3) / 4;
  // One match (the thing or the act) needs two shared words of context; "local" alone is none.
  // The article the page reports on may vouch for the same act ("15 wounded" = "15 injured"), not for a bare noun.
  // An amount is specific: the same sum for the same thing ("losses of €45 million") is the same figure.
  const sameSum = amount && nounsEqual && q.value === fact.quantity!.value;
  // The very figure for the same specific thing in the article the page reports on ("about 350
  // rescuers"); or for people, with two words of context shared and no act apart. Agreement only.
  const sameFigure = q.value === fact.quantity!.value && !actsDiffer &&
    ((nounsEqual && closest && (q.value ?? 0) >= 10 && !thing.acts.length && !other.acts.length) || (samePeopleFigure && shared >= 2));
  const sameThing = strength >= 2 || sameFigure || (strength >= 1 && (shared >= 2 || (closest && eventsEqual) || sameSum));
  // Disagreeing needs the same act (or the same thing with no act on either side), the same
  // place or none named on either side, and some shared context.
  const sameAct = eventsEqual || (nounsEqual && ((!thing.acts.length && !other.acts.length) || amount));
  // When the page plainly reports on other articles' event, a source about something else may
  // agree by chance of wording, but it takes the thing, the act and the place to contradict it.
  const elsewhere = isElsewhere(page, source);
  const canConflict = sameRole && sameAct && (place === 'same' || (place === 'none' && ((shared >= 1 && strength >= 1.25) || (closest && (strength >= 2 || eventsEqual))))) &&
    (!elsewhere || strength >= 2.5);
  // "At least 41 dead" in a source neither confirms nor denies a page's 55: a floor or a ceiling
  // agrees with another value without vouching for it.
  if (valuesAgree(q, fact.quantity!) && !pins(fact.quantity!, q)) return null;
  const agrees = valuesAgree(q, fact.quantity!);
  if (actsDiffer) return { fact, agrees, weakAgreement: false, sameThing: agrees && sameThing, canConflict: false, strength: strength - 0.5 };
  return { fact, agrees, weakAgreement: agrees && eventsEqual, sameThing, canConflict, strength: strength + (closest ? 0.5 : 0) };
}

/**
 * Whether a source sentence counts the same thing under two acts ("22 ships waiting at anchor and
 * 14 diverted to Kellby"): there its verbs tell the counts apart and cannot be bridged.
 */
function distinguishesActs(fact: Fact, thing: Thing, index: FactIndex): boolean {
  return index.siblingsOf(fact).some((f) => {
    if (f === fact || f.quantity?.kind !== 'quantity') return false;
    const sibling = index.thingOfFact(f);
    return sibling.noun === thing.noun && sibling.acts.some((a) => !thing.acts.includes(a));
  });
}

/** How much of a figure's sentence a source sentence must share to be the same sentence reworded. */
const REWORDED_SHARED = 4;
const REWORDED_FRACTION = 0.6;

const OPEN_ENDED = new Set(['at least', 'more than', 'up to', 'less than']);

/** Whether a source's value vouches for the page's: it is bounded, or the page hedges as it does, or gives its very number. */
function pins(source: Quantity, page: Quantity): boolean {
  return !OPEN_ENDED.has(source.qualifier) || page.qualifier === source.qualifier || page.value === source.value;
}

function consistent(agreeing: Match[], conflicting: Match[]): Judgement {
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
    // Parts given as "at least" make a floor: a page figure with an upper bound below it disagrees.
    if (!valuesAgree(q, sum) || (atLeast && valueRange(q)[1] !== Infinity && q.value! < total)) continue;
    const shown = parts.map((f) => f.quantity!.text).join(' + ');
    return {
      verdict: 'consistent',
      explanation: `${sourceLabel(parts[0].source)} gives the parts: ${parts.map(phraseOf).join(' and ')}; ${shown} = ${total}, as this page says.`,
      facts: parts.slice(0, MAX_EVIDENCE),
    };
  }
  return null;
}

/** The year a figure's sentence dates it to ("in 1958", "17 October 2023"), or null. */
function yearOf(time: string | null): string | null {
  return time ? /\b(1[89]\d\d|20\d\d)\b/.exec(time)?.[1] ?? null : null;
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

/** Shared keys, leaving out the source's own thing and act (shared already, or not at all). */
function overlapWithout(a: Set<string>, b: Set<string>, skip: Array<string | null>): number {
  let n = 0;
  for (const k of a) if (b.has(k) && !skip.includes(canonical(k)) && !skip.includes(k)) n++;
  return n;
}

/** The strongest match of each source article, strongest first. */
function bestPerSource(matches: Match[]): Match[] {
  const best = new Map<string, Match>();
  for (const m of matches) if (!best.has(sourceKey(m.fact.source))) best.set(sourceKey(m.fact.source), m);
  return [...best.values()];
}

