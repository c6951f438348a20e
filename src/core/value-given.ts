import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { pins, sameNumber } from './values.ts';
import { momentKeys, momentsAgree } from './moments.ts';
import { differInKnownAct, employersDiffer, isMeasure, notTheSamePeople, placeRelation, shareAnAct, thingOf, type Thing } from './thing.ts';
import { canonical, peopleByRole } from './news-words.ts';
import { contentKeys, wordKey } from './words.ts';
import { isHistory } from './match-figure.ts';

// The source sentences that give a page figure's very value (same unit, same number) to what their
// words do not show to be another thing: another place, another year, another counted noun, another
// act Sourcelight knows. Found through the fact index's values, never by scanning. What is done with
// them: not-called-wrong.ts (no contradiction) and confirmed-by-value.ts (an agreement).

/** Small counts (two days, four injured, a dozen roads) coincide by chance too often to tell anything. */
export const FEW = 20;

/** A count under twenty happens in many sentences. */
export const tooCommon = (q: Quantity) => q.value === null || (q.unit === null && q.value < FEW);

/** A number that seldom coincides: a hundred or more, a fraction, an amount or a measure. */
export const isDistinctive = (q: Quantity) => q.value !== null && (q.unit !== null || !Number.isInteger(q.value) || q.value >= 100);

/** "38 people were killed" and "road deaths fell to 38": people, and a count named by what they suffered. */
const peopleDoing = (a: Thing, b: Thing) => a.noun === 'person' && b.noun !== null && a.acts.includes(b.noun);

/** The facts that give the page figure's value to what its words do not show to be another thing. */
export function factsGivingValue(q: Quantity, sentence: string, index: FactIndex, anyNoun = false): Fact[] {
  if (q.kind === 'time') return momentKeys(q).flatMap((key) => index.atTime(key)).filter((f) => momentsAgree(q, f.quantity!));
  if (q.kind === 'date') return []; // (dates are never compared by value: too many days coincide)
  if (q.value === null) return [];
  const spread = 0.1 * Math.abs(q.valueMax ?? q.value);
  const thing = thingOf(q, sentence);
  const pageNouns = anyNoun ? new Set(contentKeys(sentence).map(canonical)) : null;
  return index.withValueBetween(q.unit, q.value - spread, (q.valueMax ?? q.value) + spread).filter((f) => {
    // (A bound gives no number: "more than 40" is not 44.)
    if (!sameNumber(q, f.quantity!) || !pins(f.quantity!, q)) return false;
    const other = index.thingOfFact(f);
    // Two acts Sourcelight knows that differ are two counts ("killed 45" is not the 45 injured), unless
    // the source sentence names the page's act too and no other figure of it is that act's ("34 people
    // were treated in hospital for injuries" for "34 people were hurt"; not "killed 27 and injured 45").
    // An act it does not know is no evidence either way: "are at the scene" and "were sent" may be the
    // same engines. (So the 63 "inside the building" keep a page's "injured 63" from being called
    // wrong: a contradiction missed, not a false one.)
    if (differInKnownAct(thing, other) &&
      (!thing.acts.some((a) => index.names(f, a)) ||
        index.siblingsOf(f).some((o) => o !== f && o.quantity?.kind === 'quantity' && shareAnAct(thing, index.thingOfFact(o))))) return false;
    const place = placeRelation(thing.places, other.places);
    if (place === 'different' || isHistory(q, f, sentence) || notTheSamePeople(thing, other)) return false;
    // (Nor the staff of another employer named. Only employers: telling every modifier apart here and
    // in not-called-wrong.ts cost 17 right verdicts on the labelled sets, and spared no harmful one.)
    if (employersDiffer(thing, other)) return false;
    // A measure is named loosely, by what was measured or where ("310mm at Vey", "310 millimetres of
    // rain"): its very number then, unless the page hedges ("82-metre" is not "about 80"; "more than
    // four hundred millimetres" is 420).
    if (isMeasure(q.unit)) return q.qualifier !== 'exact' || q.value === f.quantity!.value;
    // (A distinctive number may be asked for whatever its noun was read as: "a budget of €842
    // million" and "an €842m spending plan"; the caller then wants more words shared.)
    // (Only where one sentence names what the other's figure was read as counting: "78.2% of
    // parents" is not "78.2% of children", whatever else the sentences share.)
    // (Not where the page's count has its own noun the source sentence names only as a verb: "96,400
    // calls" is not "crews were called out to 96,400 false alarms", though the page speaks of false alarms too.)
    const ownNounUnnamed = thing.noun !== null && ownNounAfter(q, sentence) && index.names(f, thing.noun) && !namesAsNoun(f.sentence, thing.noun);
    if (pageNouns && isDistinctive(q) && !ownNounUnnamed && ((thing.noun !== null && index.names(f, thing.noun)) || (other.noun !== null && pageNouns.has(other.noun)))) return true;
    return !thing.noun || !other.noun || thing.noun === other.noun || peopleByRole(thing.noun, other.noun) || peopleDoing(thing, other) || peopleDoing(other, thing);
  });
}

/** "96,400 calls": a count whose own noun follows it names what it counts; "false alarms" later in its sentence does not. */
const ownNounAfter = (q: Quantity, sentence: string) => q.unit === null && /^\s+[a-z]{3,}s\b/.test(sentence.slice(q.end, q.end + 20));

/** Whether a sentence has a word for the key that is no verb's past or participle ("calls", not "called"). */
function namesAsNoun(sentence: string, key: string): boolean {
  return (sentence.match(/\p{L}+/gu) ?? []).some((w) => !/(?:ed|ing)$/i.test(w) && canonical(wordKey(w)) === key);
}
