import { isBoundOfACount } from './figure-context.ts';
import type { Fact, Quantity } from './types.ts';
import { namesIn, type FactIndex } from './fact-index.ts';
import { overlap, type Judgement } from './judgement.ts';
import { differInAct, isShare, purposeOfLevel, shareAnAct, thingOf, type Thing } from './thing.ts';
import { isKnownAct, peopleByRole } from './news-words.ts';
import { phraseOf, voiceOf } from './explain.ts';
import { contentKeys, saysAll } from './words.ts';
import { amountPeriodsDiffer, significantDigits, valuesAgree } from './values.ts';
import { clauseOwnsSameWords, ownSameWords, wordsOnlyItOwns } from './figure-words.ts';
import { isRelativeDate } from './numbers.ts';
import { factsGivingValue, isDistinctive, tooCommon } from './value-given.ts';
import { isCapacity, yearOf } from './match-figure.ts';

/**
 * A figure nothing else could match is confirmed by a source sentence that gives its very value to
 * what its words do not show to be another thing, and shares enough of the page sentence's words to
 * be telling the same: "Calloway had 152 workers on the night shift" against "152 people were working
 * the night shift at Calloway Freight".
 */
export function confirmedByValue(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const words = new Set(contentKeys(sentence));
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0 || q.kind !== 'quantity' || isRelativeDate(q) || q.value === null) return j;
    // (Where either sentence gives another figure of the unit there is room for a swap, "2,300 from
    // Sellbridge and 4,100 from Lorrach" told the other way round: the figures' own words must agree.)
    const pageFigures = quantities.filter((o) => o.kind === 'quantity' && o.unit === q.unit);
    const thing = thingOf(q, sentence);
    // (To confirm, an act the page names that Sourcelight knows must be the source's, when it names
    // one: "23 men were rescued" is not the 23 trapped.)
    const knownAct = thing.acts.some(isKnownAct);
    const names = namesIn(sentence);
    // (Nor a figure a source gives another year, even a lasting measure: "a warehouse of 9,000 square
    // metres" in the fire of 2006 is not the one that burned now.)
    // (Of a rare value, the names before it, whose it is, must be the source sentence's: "Halder Group bid €412 million" is not "Ostwick offered €412 million".)
    const namesBefore = namesIn(sentence.slice(0, q.start));
    const told = factsGivingValue(q, sentence, index, true).filter((f) => overlap(words, index.keysOfFact(f)) >= wordsToShare(q, thing, names, namesBefore, f, index) &&
      (!tooCommon(q) || smallCountOfSameThing(thing, index.thingOfFact(f))) && !ofAnotherYear(q, f) &&
      !(knownAct && differInAct(thing, index.thingOfFact(f))) && !purposesDiffer(sentence, q, f) && isCapacity(sentence, q) === isCapacity(f.sentence, f.quantity!) &&
      !amountPeriodsDiffer(sentence, q, f) && (namedLoosely(q) ? placesNamedIn(thing, f, index) : sameCountShown(thing, f, index)) &&
      !anotherKindNamed(sentence, q, f) && isBoundOfACount(sentence, q) === isBoundOfACount(f.sentence, f.quantity!) &&
      ownWordsAgree(q, pageFigures, sentence, f, index, wordsToShare(q, thing, names, namesBefore, f, index)));
    if (told.length === 0) return j;
    const best = told.sort((a, b) => overlap(words, index.keysOfFact(b)) - overlap(words, index.keysOfFact(a)))[0];
    return { verdict: 'consistent', explanation: `${voiceOf(best)} says ${phraseOf(best)}, in a sentence that tells much of this one.`, facts: [best] };
  });
}

/**
 * A measure or an amount is named loosely, by what was measured or paid, or where ("310mm at Vey",
 * "an €842m spending plan", "the river rose 3.2 metres at the village bridge"): its words shared
 * tell the same figure, not its noun. (Asking for the same measured thing, or its noun in the page
 * sentence, cost 160 right verdicts on the labelled sets and spared two harmful ones, which the
 * place and the period now spare.)
 */
const namedLoosely = (q: Quantity) => q.unit !== null && !isShare(q.unit);

/**
 * The places the page gives a measure or an amount, all named in the source sentence: "every
 * household in the Northmere region will pay £44 more" is not confirmed by a sentence that names no
 * region, which may be another's; nor "rose 3.2 metres at Ostravel" by "rose by 3.2 metres at the
 * site's gauge".
 */
const placesNamedIn = (thing: Thing, fact: Fact, index: FactIndex) => thing.places.every((place) => saysAll(index.keysOfFact(fact), place));

/**
 * To confirm a count, the words must show the same thing counted, not merely not another: the same
 * named thing, or people doing the same act ("About 150 people joined the protest" is not the 150
 * "police detained").
 */
function sameCountShown(thing: Thing, fact: Fact, index: FactIndex): boolean {
  const other = index.thingOfFact(fact);
  // (An act Sourcelight knows, on either side, must be the other's too: "detained 150" is not the 150
  // who "joined the protest", nor "treated 45 patients" the 45 "on the coach". And people of a role against people
  // only by the same act, or one that names them: "2,000 officers were on duty" is not "2,000 people
  // took part"; "152 people were working" are "152 workers".)
  const known = (t: Thing) => t.acts.some(isKnownAct);
  if ((known(thing) || known(other)) && !shareAnAct(thing, other)) return false;
  return !peopleByRole(thing.noun, other.noun) || shareAnAct(thing, other) || namedByAct(thing, other) || namedByAct(other, thing);
}

/** "152 people were working" and "152 workers": people, and people named after what they do. */
const namedByAct = (people: Thing, role: Thing) => role.noun !== null && people.acts.some((a) => a.length >= 4 && role.noun!.startsWith(a));

/**
 * "140 tram drivers" against "140 bus drivers short": the same word named after both numbers, with
 * other words before it, is another kind of the thing.
 */
function anotherKindNamed(sentence: string, q: Quantity, fact: Fact): boolean {
  // (Counts only: after an amount or a measure come its unit's words, "510 meters" and "510 metres".)
  if (q.unit !== null) return false;
  const wordsAfter = (text: string, end: number) => contentKeys(text.slice(end, end + 40)).slice(0, 2);
  const mine = wordsAfter(sentence, q.end);
  const theirs = wordsAfter(fact.sentence, fact.quantity!.end);
  const head = mine.findIndex((w) => theirs.includes(w));
  if (head <= 0) return false;
  const before = theirs.slice(0, theirs.indexOf(mine[head]));
  return before.length > 0 && before.join(' ') !== mine.slice(0, head).join(' ');
}

/**
 * How many words besides the number the two sentences must share: three; two for a distinctive
 * number of the very thing named ("a storage building of 31,000 square metres" and "The warehouse
 * covered 31,000 square metres"), where the source sentence names every name the page's does ("by
 * 7.2% in Northfield" is not "in Old Quay … up 7.2%", nor "on Castle Hill, up 11 percent" "in
 * Harbourside, where stays rose 11%").
 */
function wordsToShare(q: Quantity, thing: Thing, names: string[], namesBefore: string[], fact: Fact, index: FactIndex): number {
  const other = index.thingOfFact(fact);
  const keys = index.keysOfFact(fact);
  // (Or a rare number, of three significant digits or more, whatever its noun was read as: "With
  // about 21,000 staff worldwide, Veranth" and "Veranth employs about 21,000 people worldwide".)
  // (Its places must be the source sentence's, and the names before it; names after it need not:
  // "crashed at about 2,150 metres, some 12 km north of the village of Dunmere" and "at 2,150
  // metres, Mirela Sandor said".)
  const rare = q.value !== null && significantDigits(q.value) >= 3;
  const ofTheThingNamed = isDistinctive(q) && placesNamedIn(thing, fact, index) && (rare ? namesBefore.every((name) => keys.has(name))
    : (thing.noun === null || other.noun === null || thing.noun === other.noun) && names.every((name) => keys.has(name)));
  return ofTheThingNamed ? 2 : CONFIRM_SHARED;
}

/** A small count (under twenty) only of the same named thing, or of people by the same act Sourcelight knows. */
function smallCountOfSameThing(thing: Thing, other: Thing): boolean {
  return (thing.noun !== null && thing.noun === other.noun) ||
    (thing.acts.some((a) => isKnownAct(a) && other.acts.includes(a)) && (thing.noun === null || other.noun === null || thing.noun === other.noun || peopleByRole(thing.noun, other.noun)));
}

/** With no other figure of the unit on either side, the sentences' words suffice; else the figures' own must agree. */
function ownWordsAgree(q: Quantity, pageFigures: Quantity[], sentence: string, fact: Fact, index: FactIndex, need: number): boolean {
  const sourceFigures = index.siblingsOf(fact).filter((o) => o.quantity?.kind === 'quantity' && o.quantity.unit === q.unit).map((o) => o.quantity!);
  if (pageFigures.length === 1 && sourceFigures.length === 1) return true;
  // (Where only the source gives others, the figure's own clause must tell which is the page's.)
  if (pageFigures.length === 1 && clauseOwnsSameWords({ sentence, figure: q }, { sentence: fact.sentence, figures: sourceFigures, figure: fact.quantity! })) return true;
  // (Where only the page gives others, its sentence's words less those only another figure owns:
  // "costs €1,340 a month, some 41% more than in 2019, and rents rose by more than 9% last year"
  // against "The average monthly rent for a two-bedroom flat reached €1,340 in September, up 41% since 2019".)
  if (sourceFigures.length === 1 && overlap(wordsNotOfAnother(q, pageFigures, sentence), index.keysOfFact(fact)) >= need) return true;
  // (Where both give others, those must be the same values too: "90,000, organisers claimed, though
  // police put the crowd at 60,000" is not "35,000 by the police's estimate and 60,000 according to the organisers".)
  if (pageFigures.length > 1 && sourceFigures.length > 1 &&
    !pageFigures.every((p) => p === q || sourceFigures.some((o) => o !== fact.quantity && valuesAgree(p, o)))) return false;
  return ownSameWords({ sentence, figures: pageFigures, figure: q }, { sentence: fact.sentence, figures: sourceFigures, figure: fact.quantity! });
}

/** The page sentence's words, less those its other figures of the unit own alone. */
function wordsNotOfAnother(q: Quantity, pageFigures: Quantity[], sentence: string): Set<string> {
  const words = new Set(contentKeys(sentence));
  for (const o of pageFigures) if (o !== q) for (const w of wordsOnlyItOwns(sentence, pageFigures, o)) words.delete(w);
  return words;
}

/** Three words shared, besides the number: measured on the labelled sets, two let in false agreements. */
const CONFIRM_SHARED = 3;

/** A fact dated to a year its article was not written in, unless the page's figure names that year. */
function ofAnotherYear(q: Quantity, fact: Fact): boolean {
  const factYear = yearOf(fact.quantity!.time);
  return factYear !== null && factYear !== fact.source.published.slice(0, 4) && yearOf(q.time) !== factYear;
}

/** A level each sentence says is for another thing: "applications for dentistry rose to 3,100" is not the 3,100 "for medicine". */
function purposesDiffer(sentence: string, q: Quantity, fact: Fact): boolean {
  const [mine, theirs] = [purposeOfLevel(sentence, q), purposeOfLevel(fact.sentence, fact.quantity!)];
  return mine !== null && theirs !== null && mine !== theirs;
}
