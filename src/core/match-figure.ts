import type { Fact, Quantity } from './types.ts';
import { isBoundOfACount } from './figure-context.ts';
import { namesIn, sourceKey, type FactIndex } from './fact-index.ts';
import { amountPeriodsDiffer, farBelowCeiling, pins, valuesAgree, withinATenth } from './values.ts';
import { canonical, isEarlierLevel, isKnownAct, isMeasure, isShare, modifiersDiffer, notTheSamePeople, placeRelation, severityDiffers, shareAnAct, type PlaceRelation, type Thing } from './thing.ts';
import { nestedIn } from './places.ts';
import { PEOPLE_ROLES, STATES, peopleByRole } from './news-words.ts';
import { isClosest, isElsewhere, type PageContext } from './page-context.ts';
import { clauseAfter, clauseBefore, destinationOf, sameDestination, subjectPhrase } from './clause-words.ts';
import { givesItToAnother, sameNamed } from './names.ts';
import { contentKeys, saysAll, wordKey } from './words.ts';
import { perFigure, perObject, perSentence } from './memo.ts';
import { spokenYearIn } from './figure-finders.ts';
import { changeWay } from './difference.ts';

// How one figure of a page stands to one fact of the fact base: the same thing or not, agreeing or
// not, strong enough to contradict or not. compare.ts weighs the matches of all facts.

export interface Match {
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

/** The page's side of a comparison: the figure, what it counts, and the words around it. */
export interface PageFigure {
  q: Quantity;
  thing: Thing;
  /** Content keys of the figure's sentence, without its own noun, place and thing. */
  context: Set<string>;
  /** Every content key of the sentence, folded to its synonym. */
  sentenceThings: Set<string>;
  sentence: string;
  page: PageContext;
}

/** Whether a count is the total of two things: "180 paramedics and Red Cross first-aiders", "together recorded 21,055". */
export function isJointTotal(sentence: string, figure: Quantity): boolean {
  // The words after the counted noun, up to the clause's end, and before any second count ("and 60 first-aiders").
  const after = sentence.slice(figure.end, figure.end + 60).split(/[,;:.]/)[0].replace(/^\s*[\p{L}-]+/u, '').split(/\s(?:and|or)\s+(?:the\s+)?\d/)[0];
  // (Not "every 15 minutes between Northgate and Riverside Park": the two are where, not what is counted.)
  // ("Put ferries and cruises together and you have about 3.3 million passengers": "together" may
  // stand in a clause of its own before the figure's.)
  return (JOINT.test(after) && !/^\s*(?:[\p{L}-]+\s+)?between\b/u.test(after)) || JOINT_BEFORE.test(clauseBefore(sentence, figure.start)) ||
    PUT_TOGETHER.test(sentence.slice(0, figure.start));
}

/** Words that make a count the total of two things: "… and Red Cross first-aiders", "together", "in all". */
const JOINT = /^\s*(?:[\p{L}-]+\s+){0,2}(?:and|or|plus)\s+(?!(?:a|an|the|its|their|his|her|this|that)\b)(?:[\p{L}-]+\s+){0,3}[\p{L}-]+|\b(?:together|combined|between them)\b/u;
const JOINT_BEFORE = /\b(?:together|combined|between them|in all|in total|all told)\b[^,;]*$|\b\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+and\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+together\b/u;
const PUT_TOGETHER = /\b(?:put|puts|add|adds|added|take|takes|taken)\s+(?:[\p{L}-]+\s+){0,4}(?:together|combined)\b[^;.]*$/iu;
// (Not a clause of its own: "40 homes and firefighters rescued 12 residents", "14 people and dozens were injured".)
const TWO_NOUNS_COUNTED = /^\s+[\p{L}-]+\s+and\s+(?!(?:dozens|scores|hundreds|thousands|millions|others|many|more|most|some)\b)[\p{L}-]+s\s+(?:had|have|has|were|was|are|is|[a-z]+ed)\b(?!\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?\d)/u;
const RUNNING_TOTAL = /\bbringing\s+(?:the\s+)?(?:total|number|toll|tally|count)\b[^.;]*\bto\s+$/i;
const FORECAST = /\b(?:expected to|expects?|forecasts?|forecast to|predicts?|predicted|projects?(?=\s+(?:a|an|the|that|about|around|some|\d)|\s*$)|projected)\b[^.;]*$/i;
const FUTURE = /\b(?:will|would|could|expected to|forecasts?|forecast to|predicted|projected|plans? to|set to)\b[^.;]*$/i;

/** How much of a figure's sentence a source sentence must share to be the same sentence reworded. */
const REWORDED_SHARED = 4;
const REWORDED_FRACTION = 0.6;

export function matchFigure(p: PageFigure, fact: Fact, index: FactIndex): Match | null {
  const { q, thing, context } = p;
  const other = index.thingOfFact(fact);
  const factKeys = index.keysOfFact(fact);
  const shared = overlapWithout(context, factKeys, [other.noun, ...other.acts]);
  const amount = q.unit !== null && !isShare(q.unit);

  // 1. The same thing: "two destroyers" are not "two aircraft carriers". "Persons" on both sides
  //    is no evidence of the same count (it only rules out villages or homes).
  const nounsEqual = thing.noun !== null && thing.noun !== 'person' && (thing.noun === other.noun || measureNamed(p, other, fact, index));
  // "23 men were trapped" and "23 miners were trapped": people and people by role, told apart by the act alone.
  const sameActs = shareAnAct(thing, other);
  const personByRole = sameActs && peopleByRole(thing.noun, other.noun);
  if (notTheSamePeople(thing, other)) return null;
  // (A measure of the very value with the same act Sourcelight knows is the same, however what was
  // measured is called: "1.2 tonnes of gas had escaped" and "1.2 tonnes of chlorine had escaped".)
  const sameMeasure = isMeasure(q.unit) && q.value === fact.quantity!.value && thing.acts.some((a) => isKnownAct(a) && other.acts.includes(a));
  if (thing.noun && other.noun && !nounsEqual && thing.noun !== other.noun && !personByRole && !sameMeasure) return null;
  if (modifiersDiffer(thing, other)) return null; // food prices are not energy prices, Brask's staff not Kestrava's
  if (amountPeriodsDiffer(p.sentence, q, fact)) return null; // "€40 a week" is no "€40 a month"
  if (isCapacity(p.sentence, q) !== isCapacity(fact.sentence, fact.quantity!)) return null; // "can carry 220 passengers" is no count aboard
  if (changesGoOtherWays(p.sentence, q, fact)) return null; // "a drop of 750" is not "the rise of 4,500"
  // "35 moved to the main building" are not the 35 "transferred to Kirrowfield Hospital".
  if (!sameDestination(destinationAfter(p.sentence, q.end), destinationOfFact(fact))) return null;
  // "will name its cabinet within 30 days" is not "must invite a candidate … within 14 days": a
  // period is of what its clause says is done in it.
  if (thing.noun && PERIODS.has(thing.noun) && !samePeriodAct(p.sentence, q.start, fact.sentence, fact.quantity!.start)) return null;
  const bothPeople = thing.noun === 'person' && other.noun === 'person';
  const samePeopleFigure = bothPeople && q.value === fact.quantity!.value;

  // 2. The same act: "500 deployed" are not "500 stationed". A source sentence that rewords the
  //    page's ("7,500 boxes are stranded on its quays", "7,500 containers were stuck on the quays")
  //    bridges verbs Sourcelight has no synonyms for; acts it knows ("killed", "injured") never.
  const reworded = shared >= Math.max(REWORDED_SHARED, REWORDED_FRACTION * context.size);
  const bridged = reworded && (thing.noun === other.noun || bothPeople) && thing.acts.length > 0 && other.acts.length > 0 &&
    ![...thing.acts, ...other.acts].some(isKnownAct) && !distinguishesActs(fact, other, index);
  const eventsEqual = sameActs || bridged;
  // Money and measures are named by what they are of ("the cost", "the dam"); their verb is mostly how they were reported.
  const actsDiffer = thing.acts.length > 0 && other.acts.length > 0 && !eventsEqual && !(amount && nounsEqual);
  if (!nounsEqual && !eventsEqual && !samePeopleFigure) return null;
  // A share is of something: two that only both went up are not one ("core inflation rose to 4.9%").
  if (isShare(q.unit) && !nounsEqual) return null;

  // "First-year students will pay €5,100" is not what "current students will keep paying": an
  // amount known only by its act is told apart by who does it.
  if (amount && thing.noun === null && otherPayers(p.sentence, q, fact)) return null;

  // 3. The same time: another year is another event, unless a measure of something lasting.
  if (isHistory(q, fact, p.sentence) || ownMonthsDiffer(p.sentence, q, fact)) return null;

  // 4. The same place: 30 rockets at Haldor are not the 30 at Corvel.
  const source = sourceKey(fact.source);
  const capital = index.capitalOf(source); // "the capital" on the page is the place the source calls so
  const places = capital ? thing.places.map((pl) => (pl === 'capit' ? capital : pl)).sort() : thing.places;
  // (A named person's age is theirs wherever they are from: "Lorenz Abbot, a 52-year-old from Kelmark".)
  // ("killed in the lift fall at Kestrany Royal Infirmary" and "in the Halloran Tower of Kestrany
  // Royal Infirmary": one place named at two depths.)
  // (Such a figure may agree, never conflict: "three patients died in the Halloran Tower of Kestrany
  // Royal Infirmary" may be a part of "five died at Kestrany Royal Infirmary".)
  const nested = (inner: string[], outer: string[], sentence: string) => inner.length === 1 && outer.length === 1 && nestedIn(sentence, inner[0], outer[0]);
  const relation = placeRelation(places, other.places);
  const atAnotherDepth = relation === 'different' && (nested(other.places, places, fact.sentence) || nested(places, other.places, p.sentence));
  const place: PlaceRelation = (nounsEqual && thing.noun!.startsWith('age of ')) || atAnotherDepth ? 'same' : relation;
  if (place === 'different') return null;
  // The page names a place its source sentence does not ("1,200 evacuated from Tollow" against
  // "some 1,200 residents"): the source may count another place's, so it cannot confirm this.
  if (place === 'open' && thing.places.some((pl) => !saysAll(factKeys, pl))) return null;
  // The page names no place for its figure but names, in its sentence, the place the source gives
  // another figure of the same sentence ("Asia-Pacific was the bright spot, with sales up 4%"
  // against "sales in Asia-Pacific fell by 33%, while sales in North America rose 4%").
  if (place === 'open' && thing.places.length === 0 && namesSiblingPlace(p, fact, other, index)) return null;
  if (givesItToAnother(p.sentence, q.start, p.sentenceThings, fact, factKeys, index.siblingsOf(fact))) return null;

  // 5. Parts and wholes: "four of them" and "of the train's 46 wagons" are never the same count;
  //    a whole against any other count may agree, but their values differ by nature.
  const role = q.role ?? null;
  const factRole = fact.quantity!.role ?? null;
  if (role && factRole && role !== factRole) return null;
  // "killing 87 of the 103 people on board": the 103 were on board, not killed.
  if ((factRole === 'whole' && !role && thing.acts.some(isKnownAct)) || (role === 'whole' && !factRole && other.acts.some(isKnownAct))) return null;
  // "12 of the injured were taken to Kelso General" is a part of the injured, not the count of them
  // that "injured 12 shoppers" gives.
  // (Only where the part is said to do something of its own: "two of the dead were passengers" is
  // still the two dead passengers.)
  const ownAct = (part: Thing, count: Thing, sentence: string, end: number) => (part.acts.length > 0 && !shareAnAct(part, count)) ||
    PART_SENT_TO.test(sentence.slice(end, end + 80));
  // (The other way round, a part on the page may be what the source counts by place: "31 of the
  // injured are at Castrelle University Hospital" and "31 to St Brannoc General Hospital".)
  if (factRole === 'part' && !role && partOfAct(fact.sentence, fact.quantity!.end, thing) && ownAct(other, thing, fact.sentence, fact.quantity!.end)) return null;
  // A part may contradict only a part of the same act or place: "nine of them on ventilators" is no
  // count of all the patients, nor of the "12 of them in intensive care".
  const sameRole = place === 'same' || (role === factRole && (role !== 'part' || sameActs));

  // Acts that differ may still agree on the same specific thing in the same place ("nine homes
  // reduced to ashes in Tollow", "nine homes destroyed in Tollow"), never conflict. A share's act
  // is its direction: "rose 6.5%" never agrees with "fell 6.5%".
  // (And the very number, from ten up, of the same specific thing, in the same place or none,
  // where neither side names an act Sourcelight knows, is the same figure told with another verb,
  // in the article the page reports on or with a word of context shared: "51 survivors dragged from the wreckage" and
  // "pulled 51 survivors from the wreckage"; never "500 more soldiers deployed" and "500 stationed",
  // nor "22 ships diverted" where the source diverted 14 and had 22 waiting.)
  const closest = isClosest(p.page, source); // the article the page reports on lends context a sentence lacks
  const otherVerb = actsDiffer && nounsEqual && !isShare(q.unit) && q.value === fact.quantity!.value && (q.value ?? 0) >= 10 &&
    ![...thing.acts, ...other.acts].some(isKnownAct) && (place === 'same' || place === 'none') && (closest || shared >= 1);
  // The page's act is one the source gives another figure of its sentence, not this one: "410
  // seabirds have been killed" against "410 oiled seabirds …; 95 of them were dead", "22 ships
  // diverted" against "22 waiting at anchor and 14 diverted".
  // (A share's way is said of many figures: it tells a swap only when the source's share has none.)
  if (thing.acts.length > 0 && !sameActs && !(isShare(q.unit) && other.acts.length > 0) && actOfAnother(thing, fact, index)) return null;
  // A share of the same thing told the other way ("new orders rose 17%" against "dropped 17%") is
  // the same change with the opposite sign: it may contradict, never agree.
  const otherWay = isShare(q.unit) && nounsEqual && oppositeWays(thing, other) && valuesAgree(q, fact.quantity!) &&
    samePeriod(p.sentence, q, fact);
  if (actsDiffer && !otherVerb && !otherWay && (isShare(q.unit) || !(nounsEqual && place === 'same'))) return null;

  // 6. Strength of the match, and whether it is enough to agree or to contradict.
  const strength = Number(nounsEqual) + Number(eventsEqual) + Number(place === 'same') + Math.min(shared, 3) / 4;
  // An amount is specific: the same sum for the same thing ("losses of €45 million") is the same figure.
  const sameSum = amount && nounsEqual && q.value === fact.quantity!.value;
  // The very figure for the same specific thing in the article the page reports on, neither side
  // naming an act ("about 350 rescuers"); or for people, with two words of context shared.
  // (Or people with the very number for an act Sourcelight knows by name, "four people have died",
  // with a word of context or in the article the page reports on: said of nothing, anyone. Or
  // people from ten up, in that article, with a word of context, where one side says what they
  // did, by no act Sourcelight knows ("died", "arrested" are never bridged), and neither is a
  // whole: "About 6,200 people are sleeping in 42 shelters" and "About 6,200 people remain in 24
  // shelters".)
  const knownAct = thing.acts.some((a) => isKnownAct(a) && other.acts.includes(a));
  const sameSpecific = nounsEqual && closest && (q.value ?? 0) >= 10 && !thing.acts.length && !other.acts.length;
  // (Or the very count, from ten up, of the same named thing done the same way, in any article the
  // page may report on: "some 600 wine estates" and "the valley has some 600 wine estates". From two
  // up it cost 3 harmful verdicts on the labelled sets; from five, 2.)
  const sameNamedCount = nounsEqual && !isElsewhere(p.page, source) && (q.value ?? 0) >= 10 && q.value === fact.quantity!.value && (sameActs || (!thing.acts.length && !other.acts.length));
  const peopleSaidOf = closest && shared >= 1 && (q.value ?? 0) >= 10 && thing.acts.length + other.acts.length > 0 &&
    ![...thing.acts, ...other.acts].some(isKnownAct) && role !== 'whole' && factRole !== 'whole';
  const samePeople = samePeopleFigure && (shared >= 2 || (knownAct && (shared >= 1 || closest)) || peopleSaidOf);
  const sameFigure = q.value === fact.quantity!.value && !actsDiffer && (sameSpecific || samePeople || sameNamedCount);
  // One match (the thing or the act) needs two shared words of context; "local" alone is none.
  // The article the page reports on may vouch for the same act ("15 wounded" = "15 injured"), not for a bare noun.
  // A share to the tenth for the same named thing ("turnout was 71.3%") is that share: no coincidence is so exact.
  const sameShare = isShare(q.unit) && nounsEqual && !actsDiffer && q.value === fact.quantity!.value && !Number.isInteger(q.value);
  // (Or the very count of people in a state, killed, injured, missing, that a source's first sentence
  // gives, where the page does not plainly report on another event: "Nine others were hurt" and
  // "Two workers were killed and nine injured when a grain silo exploded". A lead gives the event's
  // counts; an article may revise them later, which the sources then disagree on.)
  const leadCount = fact.start === 0 && eventsEqual && q.value === fact.quantity!.value && role === factRole && !isElsewhere(p.page, source) &&
    thing.acts.some((a) => STATES.has(a) && other.acts.includes(a));
  const sameThing = strength >= 2 || sameFigure || leadCount || sameShare || otherVerb || sameMeasure || (strength >= 1 && (shared >= 2 || (closest && eventsEqual) || sameSum));
  // Disagreeing needs the same act (or the same thing with no act on either side), the same
  // place or none named on either side, and some shared context. When the page plainly reports on
  // other articles' event, it takes the thing, the act and the place to contradict it.
  // (A bridged act may agree, never contradict: "using 50,000 doses" is not "80,000 doses are expected".)
  const sameAct = sameActs || (nounsEqual && ((!thing.acts.length && !other.acts.length) || amount));
  // A forecast is no record: "are expected to reach 42 degrees" does not contradict the 43.6C measured.
  // (A forecast may contradict another forecast, an estimate or a plan: "will cost $1.5bn" and "is
  // expected to cost $1.2bn".)
  const pageBefore = p.sentence.slice(Math.max(0, q.start - 60), q.start);
  const factBefore = fact.sentence.slice(Math.max(0, fact.quantity!.start - 60), fact.quantity!.start);
  const foretold = (FORECAST.test(pageBefore) && !FUTURE.test(factBefore)) || (FORECAST.test(factBefore) && !FUTURE.test(pageBefore));
  // An amount said only to be a cost ("costing €40 million") needs more to be the same cost as another.
  const vagueAmount = amount && (thing.noun === null || thing.noun === 'cost') && shared < 2;
  // "bringing the number rescued overnight to seven": a running count, not the source's final one.
  const running = RUNNING_TOTAL.test(pageBefore);
  // "18,300 handovers took longer than 60 minutes": a bound that sorts what is counted, no measure of
  // it; not called wrong by "the average handover took 52 minutes".
  // (Nor does it agree with a measure: only with the same bound, "took longer than an hour".)
  const bound = isBoundOfACount(p.sentence, q);
  if (bound !== isBoundOfACount(fact.sentence, fact.quantity!)) return null;
  // (People by role may agree with people, never contradict them: other people may be counted.)
  // A level before a change is said in passing, its subject often far before it ("The Homeland
  // Party won 37 seats, up from 21 seats" is no contradiction of "the Accord fell from 71"): it
  // contradicts only where the same place or name is given.
  const earlierOfAnother = isEarlierLevel(thing) && place !== 'same' && !sameNamed(p.sentence, q.start, fact);
  // "treating nine of the injured" is not "seven of the injured were in critical condition", nor
  // "25% of adults are obese" the "41% of adults" who exercise: a part of people, or a share of
  // them, is told apart by what its clause says of it.
  const saidOfThem = (role === 'part' || (isShare(q.unit) && PEOPLE.has(thing.noun ?? ''))) && !clausesShare(p.sentence, q, fact, [thing.noun, other.noun]);
  // "180 paramedics and Red Cross first-aiders", "Northgate and Harrow Quay together recorded
  // 21,055": a total of two things is no contradiction of one of them (only of another total).
  // (Nor the other way round: "212 paramedics" is no contradiction of "230 paramedics and technicians
  // had left", two counted nouns before the verb.)
  const partOfTotal = q.unit === null && (isJointTotal(p.sentence, q) ? !isJointTotal(fact.sentence, fact.quantity!) : TWO_NOUNS_COUNTED.test(fact.sentence.slice(fact.quantity!.end, fact.quantity!.end + 60)));
  // (Ages of people the words do not name may be of any two people, even of two the same was done
  // to: "a 51-year-old lorry driver" who died is not "a 46-year-old lorry driver" arrested, nor "a
  // man aged 62 pulled alive" the 16-year-old pulled alive before him.)
  const unnamedAge = q.unit === 'years of age' && !(thing.noun ?? '').startsWith('age of ');
  // (A change in points is of a rate its words seldom name in full, "core inflation", "support for
  // the Conservatives", "Portugal's unemployment rate": it is called wrong only where both name whose.)
  const pointsOfWhom = (q.unit?.endsWith(' point') ?? false) && !(thing.modifier && thing.modifier === other.modifier);
  // ("roughly 275 extra students" is the size of a rise, no count of the "1,150 students" whose fees are waived.)
  const increment = isIncrement(p.sentence, q) !== isIncrement(fact.sentence, fact.quantity!);
  // ("114 people on board" are all aboard, not the "23 people on board" injured: a state, such as
  // injured or killed, that only one side's people are said to be in is another count of them.)
  // (Not a part, "16 of them are in hospital", whose state is that of the people it is a part of.)
  const stateOfOne = role !== 'part' && factRole !== 'part' && thing.acts.length > 0 && other.acts.length > 0 && thing.acts.some((a) => STATES.has(a)) !== other.acts.some((a) => STATES.has(a));
  // ("24 firefighters remain on site" are those still there, not the "110 firefighters at the height of
  // the fire": a count of who remains is of a later time than one that does not say so.)
  const remainingOfOne = remaining(p.sentence, q) !== remaining(fact.sentence, fact.quantity!);
  const canConflict = !bound && !stateOfOne && !remainingOfOne && !severityDiffers(thing, other) && !increment && !atAnotherDepth && !partOfTotal && !unnamedAge && !pointsOfWhom && !personByRole && !earlierOfAnother && !saidOfThem && sameRole && sameAct && !foretold && !vagueAmount && !running &&
    !saysWhatAnotherIs(p.sentence, q, fact, index, [thing.noun, other.noun]) &&
    (place === 'same' || (place === 'none' && ((shared >= 1 && strength >= 1.25) || (closest && (strength >= 2 || eventsEqual))))) &&
    (!isElsewhere(p.page, source) || strength >= 2.5);

  // 7. The values. "At least 41 dead" in a source neither confirms nor denies a page's 55: a floor
  //    or a ceiling agrees with another value without vouching for it.
  // (A ceiling vouches only for values near it, "below 600,000" is no figure of 3, and denies none below it.)
  if (farBelowCeiling(q, fact.quantity!)) return null;
  const agrees = valuesAgree(q, fact.quantity!);
  // (Nor does it forbid calling the page wrong when another source gives an exact value: only the
  // page's own value does that, below.)
  const noActs = !thing.acts.length && !other.acts.length;
  // (Though a bound of the same act that takes in the page's value, near it, still forbids calling
  // it wrong: "at least 23 missing" in the first report, "nearly two dozen" on the page, 14 in the update.)
  if (agrees && !pins(fact.quantity!, q)) {
    // (A floor only, not a ceiling; and where the page names places, one the source sentence names too.)
    const floor = fact.quantity!.qualifier === 'at least' || fact.quantity!.qualifier === 'more than';
    const near = floor && q.value !== null && fact.quantity!.value !== null && withinATenth(q.value, fact.quantity!.value) &&
      (place === 'same' || place === 'none') && !otherWay && !actsDiffer && (eventsEqual || (nounsEqual && noActs)) && namesShared(p.sentence, factKeys);
    return near ? { fact, agrees: false, weakAgreement: true, sameThing: false, canConflict: false, strength } : null;
  }
  if (otherWay) {
    const told = !atAnotherDepth && !personByRole && !earlierOfAnother && !saidOfThem && sameRole && !foretold && !running && (place === 'same' || (place === 'none' && (shared >= 1 || closest)));
    return { fact, agrees: false, weakAgreement: false, sameThing: false, canConflict: told, strength };
  }
  if (actsDiffer) return { fact, agrees, weakAgreement: false, sameThing: agrees && sameThing, canConflict: false, strength: strength - 0.5 };
  // A source giving the page's value for the same act, or for the same thing with no act on either
  // side, forbids calling the page wrong: "about 150 rescuers" in one report is no conflict with another's 120.
  return { fact, agrees, weakAgreement: agrees && (eventsEqual || (nounsEqual && noActs)), sameThing, canConflict, strength: strength + (closest ? 0.5 : 0) };
}

/** A part said to be somewhere of its own: "12 of the injured to Kelso General", "nine of them were taken to St Aldric's". */
const PART_SENT_TO = /^\s+of\s+(?:the|those)\s+(?:[a-z]+\s+)?(?:(?:were|was|had been|have been|are|is)\s+)?(?:[a-z]+\s+)?(?:to|at|in)\s+(?:the\s+)?\p{Lu}/u;

/** Whether a part ("12 of the injured") is of the people the other figure's act counts. */
function partOfAct(sentence: string, end: number, thing: Thing): boolean {
  const of = /^\s+of\s+(?:the|those)\s+([a-z]+)/i.exec(sentence.slice(end, end + 30))?.[1];
  return of !== undefined && thing.acts.some(isKnownAct) && thing.acts.includes(canonical(wordKey(of)));
}

/**
 * A measure is named loosely ("3,400 hectares of woodland", "3,350 hectares of pine forest"): its
 * thing agrees when either sentence names what the other measures.
 */
function measureNamed(p: PageFigure, other: Thing, fact: Fact, index: FactIndex): boolean {
  const { q, thing } = p;
  return isMeasure(q.unit) && thing.noun !== null && other.noun !== null &&
    (p.sentenceThings.has(other.noun) || index.names(fact, thing.noun));
}

/**
 * "The last major flood, in 1958, killed 23": another year is another event, and "a magnitude 5.9
 * tremor in 1987" in a 2026 article is history that only a page naming 1987 speaks of. Not so for
 * a lasting measure: "the 82-metre dam, completed in 1968" is as high now.
 */
export function isHistory(q: Quantity, fact: Fact, sentence?: string): boolean {
  // (A measure of something lasting is of no year, "the 82-metre dam"; one its clause says was
  // done in a year, "in 1997, when the tanker spilled 27,000 tonnes", is of that year.)
  // (Nor one of a past event's clause: "since February 2006, when the roof of the Tessendorf sports
  // hall, a building of 2,400 square metres, fell in".)
  if (isMeasure(q.unit) && q.unit !== 'magnitude' && !(q.about && q.time) && !ofAPastEventsClause(fact)) return false;
  const pageYear = yearOf(q.time);
  const published = /^\d{4}/.exec(fact.source.published)?.[0] ?? null;
  const factYear = yearOf(fact.quantity!.time) ?? published;
  // "The earlier explosion … injured 31": a past event named in the figure's clause, its year said
  // before: never this one's.
  // (Unless the source tells it of the past alike: "Five years ago people told us 30% was the ceiling".)
  if (!pageYear && published !== null && sentence !== undefined && ofAPastEvent(sentence, q)) return factYear === published && !ofAPastEvent(fact.sentence, fact.quantity!);
  // (A page's year that is the year before the source was written, against the source's undated
  // "during the year", "last year": "installed 46 new cameras during 2024" in a report of 2025. Not a
  // measure: a source's "2.3 GW of solar and 1.1 GW of wind during the year" tells measures apart by
  // words a page may not share, and one not told apart could be called wrong.)
  const fq = fact.quantity!;
  // (Said right after the figure, in its clause, of what was done: not "now operate 46, up from 30
  // last year", nor "expect to install 46 during the year".)
  if (pageYear && fq.time === null && published !== null && Number(pageYear) === Number(published) - 1 && !isMeasure(q.unit) &&
    THE_YEAR_BEFORE.test(fact.sentence.slice(fq.end, fq.end + 60)) && !TO_COME.test(fact.sentence.slice(Math.max(0, fq.start - 40), fq.start))) return false;
  if (pageYear) return factYear !== null && pageYear !== factYear;
  // (An annual figure is published the year after: "people who died in fires rose to 187 in 2024",
  // in a report of 2025, is the figure a page about that report gives without its year.)
  if (factYear !== null && published !== null && Number(factYear) === Number(published) - 1 && annualFigure(fact)) return false;
  // (So is the level that figure is compared with, the year before: "310 deaths in 2024, down from 355 in 2023".)
  if (factYear !== null && published !== null && Number(factYear) === Number(published) - 2 && annualFigure(fact) &&
    COMPARED_WITH.test(fact.sentence.slice(Math.max(0, fact.quantity!.start - 30), fact.quantity!.start))) return false;
  return factYear !== null && published !== null && factYear !== published;
}

/** Whether the source sentence names one of the names the page sentence gives, if it gives any (not a tabloid's capitals, "A ROARING wall"). */
function namesShared(sentence: string, factKeys: Set<string>): boolean {
  const names = namesIn(sentence.replace(/\b\p{Lu}{2,}\b/gu, ''));
  return names.length === 0 || names.some((n) => factKeys.has(n));
}

/** A source figure in the clause of an event of another year: "…in 2006, when the hall, a building of 2,400 square metres, fell in". */
function ofAPastEventsClause(fact: Fact): boolean {
  const year = yearOf(fact.quantity!.time);
  // (Not once the main clause takes up again: "Since 2006, when the dam was raised, the reservoir has covered 82 hectares".)
  const when = /\b(?:1[89]|20)\d\d,?\s+when\b([^.;]*)$/.exec(fact.sentence.slice(0, fact.quantity!.start));
  return year !== null && year !== fact.source.published.slice(0, 4) && when !== null &&
    !/,\s+(?:(?:the|its|their|this)\s+)?[a-z]+\s+(?:has|have|had|is|are|was|were)\b/i.test(when[1]);
}

/** Words that put a figure to come: "expect to install", "will". */
const TO_COME = /\b(?:will|would|could|(?:expects?|expected|plans?|aims?|hopes?|intends?|set)\s+to)\b/i;
/** The year before the one an article was written in, said right after a figure, in its clause: "last year", "during the year". */
const THE_YEAR_BEFORE = /^[^,;.\d]*?\b(?:last year|during the year)\b/i;

/** The words that put a level before the one a sentence reports: "down from", "compared with". */
const COMPARED_WITH = /(?:\bfrom|\bcompared (?:with|to)|\bagainst)\s+(?:about\s+|some\s+|nearly\s+)?$/i;

/** A figure of a year's statistics: its sentence names the whole year ("in 2024", "last year"), not a day in it. */
function annualFigure(fact: Fact): boolean {
  // (The day it was said dates no figure: "raised €1.12 billion in 2025, … its operator said on 21 January".)
  const told = fact.sentence.replace(SAID_ON, '');
  return /\b(?:in|for|during|over)\s+(?:the\s+(?:whole\s+)?(?:calendar\s+|financial\s+)?year\s+)?(?:19|20)\d\d\b(?!\s*,?\s+when\b)/i.test(told) &&
    !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)/.test(told);
}
const SAID_ON = /\b(?:said|says|announced|reported|published|confirmed)\s+(?:\w+\s+){0,3}?on\s+(?:\w+day,?\s+)?(?:\d{1,2}\s+\w+|\w+\s+\d{1,2})(?:,?\s+(?:19|20)\d\d)?/g;

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


const destinationOfFact = perObject((fact: Fact) => destinationOf(fact.sentence, fact.quantity!.end));
const destinationAfter = perSentence(destinationOf);


/**
 * Whether the word the page puts before its counted noun ("1,650 tram drivers", "85% of tram
 * services") is one the source says after another figure of the same kind in its sentence, and not
 * after this one ("1,650 on its bus network and 750 on its trams").
 */
export function describesAnother(sentence: string, q: Quantity, fact: Fact, index: FactIndex): boolean {
  const mine = qualifiersOf(sentence, q);
  if (mine.length === 0) return false;
  const theirs = wordsAfterFigure(fact);
  return index.siblingsOf(fact).some((f) => f !== fact && f.quantity?.kind === q.kind && f.quantity.unit === q.unit &&
    mine.some((w) => wordsAfterFigure(f).has(w) && !theirs.has(w)));
}

/**
 * Whether the page's clause after its figure says a word the source says after another figure of
 * its sentence, and not after this one: "82 people were treated for the effects of cold or for
 * carbon-monoxide poisoning" is not the "63 … for the effects of cold" of "… and 19 for
 * carbon-monoxide poisoning", and so no contradiction of it.
 */
function saysWhatAnotherIs(sentence: string, q: Quantity, fact: Fact, index: FactIndex, nouns: Array<string | null>): boolean {
  const mine = new Set(pageWordsAfter(sentence, q.end));
  for (const n of nouns) if (n) mine.delete(n);
  const theirs = wordsAfterFigure(fact);
  // (Two such words at least, and no place: a place swapped is a contradiction, "four in Mirren".)
  return index.siblingsOf(fact).some((f) => {
    if (f === fact || f.quantity?.kind !== 'quantity' || f.quantity.unit !== q.unit) return false;
    const places = index.thingOfFact(f).places.flatMap((pl) => pl.split(' '));
    return [...wordsAfterFigure(f)].filter((w) => mine.has(w) && !theirs.has(w) && !PEOPLE.has(w) && !places.includes(w)).length >= 2;
  });
}

/** The content keys of the rest of a page figure's clause, read once per figure however many facts it meets. */
const pageWordsAfter = perSentence((sentence, end): string[] => contentKeys(clauseAfter(sentence, end)).map(canonical));

/** The words between a figure and its counted noun: "tram" in "1,650 tram drivers" and in "85% of tram services". */
function qualifiersOf(sentence: string, q: Quantity): string[] {
  if (!q.nounKey) return [];
  const words = contentKeys(sentence.slice(q.end, q.end + 40));
  const head = words.indexOf(q.nounKey);
  return head > 0 ? words.slice(0, head).map(canonical) : [];
}

/** The content keys of the words after a source figure, up to its clause's end (at most six). */
export const wordsAfterFigure = perObject((fact: Fact) => {
  return new Set(contentKeys(clauseAfter(fact.sentence, fact.quantity!.end, 80)).slice(0, 6).map(canonical));
});

/** Whether the page's sentence names the place the source gives another figure of the fact's sentence. */
function namesSiblingPlace(p: PageFigure, fact: Fact, factThing: Thing, index: FactIndex): boolean {
  return index.siblingsOf(fact).some((f) => {
    if (f === fact || f.quantity?.kind !== 'quantity') return false;
    return index.thingOfFact(f).places.some((pl) => !factThing.places.includes(pl) && saysAll(p.sentenceThings, pl));
  });
}

/** Whether another figure of the fact's sentence, in its unit and of the page's thing (or none named), has the page's act. */
export function actOfAnother(thing: Thing, fact: Fact, index: FactIndex): boolean {
  return index.siblingsOf(fact).some((f) => {
    if (f === fact || f.quantity?.kind !== 'quantity' || f.quantity.unit !== fact.quantity!.unit) return false;
    const sibling = index.thingOfFact(f);
    return (sibling.noun === null || sibling.noun === thing.noun) && shareAnAct(thing, sibling);
  });
}

/** Whether the two clauses' subjects name the same kind (same head) but not the same ones. */
function otherPayers(sentence: string, q: Quantity, fact: Fact): boolean {
  const [mine, theirs] = [subjectPhrase(sentence, q.start), subjectPhrase(fact.sentence, fact.quantity!.start)];
  if (!mine || !theirs || mine.length < 2 || theirs.length < 2) return false;
  if (wordKey(mine[mine.length - 1]) !== wordKey(theirs[theirs.length - 1])) return false;
  const told = new Set(theirs.slice(0, -1).map(wordKey));
  return !mine.slice(0, -1).some((w) => told.has(wordKey(w)));
}

/** Whether two changes are over the same period, or either names none: "in the quarter" is not "in the first half". */
function samePeriod(sentence: string, q: Quantity, fact: Fact): boolean {
  const period = (s: string, end: number) => PERIOD_AFTER.exec(clauseAfter(s, end, 60))?.[0].toLowerCase().replace(/\s+/g, ' ') ?? null;
  const [mine, theirs] = [period(sentence, q.end), period(fact.sentence, fact.quantity!.end)];
  return mine === null || theirs === null || mine === theirs;
}
const PERIOD_AFTER = /\b(?:(?:first|second|third|fourth|last|past)\s+)?(?:quarter|half|year|month|week|day|decade)\b/i;

/** A count of those who remain where they were: "24 firefighters remain on site", "were still at the scene". */
const remaining = perFigure((sentence: string, q: Quantity) => REMAINING_AFTER.test(sentence.slice(q.end, q.end + 40)));
const REMAINING_AFTER = /^\s+(?:[a-z]+\s+){0,2}?(?:remain|remains|remained|(?:are|is|were|was)\s+still)\s+(?:on\s+(?:the\s+)?site|at\s+the\s+(?:scene|site)|there|on\s+duty|on\s+the\s+ground)\b/i;

/** Two figures each said as a change, going opposite ways. */
function changesGoOtherWays(sentence: string, q: Quantity, fact: Fact): boolean {
  const [mine, theirs] = [wayOf(sentence, q), wayOf(fact.sentence, fact.quantity!)];
  return mine !== null && theirs !== null && mine !== theirs;
}
const wayOf = perFigure((sentence: string, q: Quantity) => changeWay(sentence, q));

/**
 * "which can carry 220 passengers", "a capacity of 51,000", "a stand licensed for 6,800": what a thing
 * holds at most, not a count of who is in it. (A count only: "designed to bear 150 kg" is a measure;
 * not "will hold 280 flats", what a building will have; nor a time something takes, "could take up
 * to five days".)
 */
export const isCapacity = perFigure((sentence: string, q: Quantity) => q.unit === null && CAPACITY_BEFORE.test(sentence.slice(Math.max(0, q.start - 50), q.start)) &&
  !(/\btake\s+(?:\S+\s+){0,2}$/i.test(sentence.slice(Math.max(0, q.start - 20), q.start)) && /^\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(sentence.slice(q.end, q.end + 12))));
const CAPACITY_BEFORE = /\b(?:(?:can|could|able\s+to|(?:designed|built|licensed|meant|intended)\s+to)\s+(?:carry|hold|take|seat|accommodate|house)|(?:designed|built|licensed|meant|intended)\s+for|capacity\s+(?:of|for))\s+(?:up\s+to\s+|about\s+|some\s+|more\s+than\s+|nearly\s+|almost\s+)?$/i;

/** One went up and the other down, and neither says anything else it did. */
function oppositeWays(a: Thing, b: Thing): boolean {
  const ways = new Set(['went up', 'went down']);
  return a.acts.length === 1 && b.acts.length === 1 && ways.has(a.acts[0]) && ways.has(b.acts[0]) && a.acts[0] !== b.acts[0];
}

/**
 * Whether the page's figure and the source's each name their own month right after them, and
 * not the same: "4% from November" is not the "4% from 1 July 2026" of a pay deal's phases.
 */
export function ownMonthsDiffer(sentence: string, q: Quantity, fact: Fact): boolean {
  const mine = ownMonth(sentence, q.end);
  const theirs = mine && ownMonth(fact.sentence, fact.quantity!.end);
  return !!mine && !!theirs && mine !== theirs;
}
const OWN_MONTH = /^\s+(?:from|in|on|by|since|until|starting|effective)\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
function ownMonth(sentence: string, end: number): string | null {
  return OWN_MONTH.exec(sentence.slice(end, end + 40))?.[1].toLowerCase() ?? null;
}

const PAST_EVENT = /\b(?:the|that|an)\s+(?:earlier|previous|last|former|prior)\s+(?:major\s+|big\s+|great\s+|national\s+|general\s+)?(?:explosion|blast|fire|flood|quake|earthquake|collapse|disaster|outbreak|storm|eruption|attack|crash|census|election|strike|accident|avalanche|heatwave|record)s?\b|\bin\s+the\s+(?:record|peak|worst|best)\s+year,\s+when\b/i;
/** A sentence that opens in the past: "Twenty years ago this winter, the roof…", "A decade ago, …". (Only opening it: "the bridge, which opened 20 years ago, collapsed on Tuesday" is of now.) */
const YEARS_AGO_OPENING = /^\s*(?:(?:some|about|nearly|almost|more than)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d+)(?:-[a-z]+)?\s+years|a\s+decade|(?:two|three|several)\s+decades)\s+ago\b/i;

/** Whether a figure is said of a past event ("the earlier explosion"), read once per figure. */
function ofAPastEvent(sentence: string, q: Quantity): boolean {
  return pastAt(sentence, q.start) || pastAfter(sentence, q.end) || YEARS_AGO_OPENING.test(sentence);
}
// Before the figure ("The earlier explosion, on Ropewalk Lane, injured 31"), or after it in its own
// clause ("up from 66.9% at the previous election"), not in a clause after it ("46 were arrested,
// more than at the last election").
const pastAt = perSentence((sentence, start) => PAST_EVENT.test(sentence.slice(Math.max(0, start - 300), start)));
const pastAfter = perSentence((sentence, end) => PAST_EVENT.test(clauseAfter(sentence, end)));

/**
 * "275 extra students", "40 more beds than last year", "the bodies of two more campers": a count of
 * what was added, a change's size, never the whole count. (Not "a further 800 were evacuated from
 * Tollow", mostly another part of a list, told apart by its place.)
 */
const isIncrement = (sentence: string, q: Quantity) => INCREMENT.test(sentence.slice(q.end, q.end + 60)) ||
  (q.unit === null && MORE_OF_THEM.test(sentence.slice(q.end, q.end + 40)));
const INCREMENT = /^\s+(?:extra|additional)\b|^\s+(?:more|fewer)\s+(?:[a-z]+\s+)?than\b/i;
// (A count only, and "more" before its noun: "14 more had been diverted" is another group, its noun left out.)
const MORE_OF_THEM = /^\s+more\s+(?!than\b|(?:had|have|has|were|was|are|is|will|would|could|can|may|might)\b)[a-z]{3,}/i;

/** The year a figure's sentence dates it to ("in 1958", "17 October 2023", "nineteen ninety-four"), or null. */
export function yearOf(time: string | null): string | null {
  return time ? /\b(1[89]\d\d|20\d\d)\b/.exec(time)?.[1] ?? spokenYearIn(time) : null;
}

const PERIODS = new Set(['minut', 'hour', 'dai', 'week', 'month', 'year']);
const PERIOD_OF = /^[^,.;]{0,30}?\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|since|before|of|from)\s+([^,.;]+)/i;
const PERIOD_LEAD = /(?:\s+(?:within|for|over|after|in|of|the|next|past|last|first|about|around|nearly|almost|some|up to|at least|more than|less than))+\s*$/i;

/** Whether the clauses before two periods share a word: the same thing is done in them. */
function samePeriodAct(a: string, aAt: number, b: string, bAt: number): boolean {
  // (Not the words that only lead up to the period: "within", "for the next", "nearly".)
  // ("some 43 hours after the building came down": what follows says of what, too.)
  const around = (s: string, at: number) => contentKeys(`${clauseBefore(s, at).replace(PERIOD_LEAD, '')} ${PERIOD_OF.exec(s.slice(at))?.[1] ?? ''}`).map(canonical);
  const theirs = new Set(around(b, bAt));
  return around(a, aAt).some((k) => theirs.has(k));
}

const PEOPLE = new Set(['person', 'peopl', 'adult', 'men', 'women', 'children', 'resid', 'household', 'voter', ...PEOPLE_ROLES]);
/** Words that say when, not what: "25% of adults are now obese", "41% of adults now meet". */
const WHEN_WORDS = new Set(['now', 'current', 'today', 'again', 'still', 'alreadi', 'recent']);

/** The content keys of the clause a figure stands in, without the figure's own words. */
function clauseKeys(sentence: string, q: Quantity): Set<string> {
  const own = new Set(contentKeys(q.text));
  return new Set(contentKeys(`${clauseBefore(sentence, q.start)} ${clauseAfter(sentence, q.end)}`).filter((k) => !own.has(k) && !WHEN_WORDS.has(k)).map(canonical));
}

/** Whether a page figure's clause and a fact's share a word besides what is counted. */
function clausesShare(sentence: string, q: Quantity, fact: Fact, counted: Array<string | null>): boolean {
  const theirs = clauseKeys(fact.sentence, fact.quantity!);
  const skip = new Set([...contentKeys(q.noun), ...contentKeys(fact.quantity!.noun), ...counted.filter((k): k is string => k !== null)].map(canonical));
  return [...clauseKeys(sentence, q)].some((k) => theirs.has(k) && !skip.has(k));
}

/** Shared keys, leaving out the source's own thing and act (shared already, or not at all). */
function overlapWithout(a: Set<string>, b: Set<string>, skip: Array<string | null>): number {
  let n = 0;
  for (const k of a) if (b.has(k) && !skip.includes(canonical(k)) && !skip.includes(k)) n++;
  return n;
}
