import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { lowerFirst, type Judgement } from './judgement.ts';
import { isDistinctive } from './value-given.ts';
import { isRelativeDate } from './numbers.ts';
import { voiceOf } from './explain.ts';
import { significantDigits } from './values.ts';
import { differInKnownAct, thingOf } from './thing.ts';
import { peopleByRole } from './news-words.ts';
import { yearOf } from './match-figure.ts';
import { saysAll } from './words.ts';
import { WENT_DOWN, WENT_UP } from './clause-words.ts';

// A change told again: "the maths pass rate rose from 61.9% to 64.7%" and "Mathematics improved to
// 64.7% from 61.9% last year"; "62,700 operations, up 9%" and "62,700 operations, 9% more than the
// year before". Two distinctive values in one source sentence, of one unit with the same one of
// them the level before, or of two units, are too unlikely a coincidence to be another count of the
// same subject. But the same two numbers may be another subject's, place's, year's or forecast's
// ("the English pass rate rose from 61.9% to 64.7%" against the maths one; "expects 4,350"), so
// those must not differ. (Two values of one unit with no level before, "sport €398m, health
// €351m", may be swapped, and are left to the other rules.)

/** "from 61.9%", "up from 34%", "compared with 2,310": the level before a change. */
const LEVEL_BEFORE = /\b(?:from|compared with|compared to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|just under\s+|just over\s+)?$/i;
/** "compared with 860": a level before only when a time follows ("a year earlier"), not "compared with 860 at the older Brask plant". */
const COMPARED_BEFORE = /\bcompared (?:with|to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?$/i;
const TIME_AFTER = /^[^,;.]{0,6}?\s*(?:(?:a|one|two|three|five|ten) (?:year|decade|month)s? (?:ago|earlier|before)|(?:the|a) (?:year|month|decade|quarter) (?:before|earlier)|last (?:year|month|winter|summer|spring|autumn|season|quarter)|in (?:19|20)\d\d|(?:the )?previous (?:year|month|quarter))/i;
function isLevelBefore(sentence: string, q: Quantity): boolean {
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  return LEVEL_BEFORE.test(before) && (!COMPARED_BEFORE.test(before) || TIME_AFTER.test(sentence.slice(q.end, q.end + 40)));
}
/** A forecast, plan or target: "expects 4,350 visitors", "will build 312 homes". */
const FORETOLD = /\b(?:will|would|expects?|expected to|forecasts?|plans? to|planned to|targets?|aims? to)\b/i;

/** Whether a change is said to go up (1), down (-1) or neither (0) around a figure: "up 9%" against "9% fewer". */
function wayOf(text: string, q: Quantity): number {
  const near = text.slice(Math.max(0, q.start - 25), q.end + 25).replace(/\bfrom\b/g, '');
  const down = WENT_DOWN.test(near) || /\b(?:fewer|less)\b/i.test(near);
  const up = WENT_UP.test(near) || /\bmore\b/i.test(near);
  return down === up ? 0 : down ? -1 : 1;
}

/** Unless the words name two things: "412,000 hotel beds" is not "employs 412,000 people", whatever else they share. */
function namedAsAnother(q: Quantity, sentence: string, fact: Fact, index: FactIndex): boolean {
  const [mine, theirs] = [thingOf(q, sentence), index.thingOfFact(fact)];
  return (mine.noun !== null && theirs.noun !== null && mine.noun !== theirs.noun && !peopleByRole(mine.noun, theirs.noun)) || differInKnownAct(mine, theirs);
}

/** The page figure's places are named in the source sentence: Kelso's change is not Varda's. */
function placesSaid(q: Quantity, sentence: string, fact: Fact, index: FactIndex): boolean {
  const keys = index.keysOfFact(fact);
  return thingOf(q, sentence).places.every((place) => saysAll(keys, place));
}

/** Both or neither a forecast, and no other year: "expects 4,350 visitors" is not 4,350 counted; 2023's change is not this year's. */
function sameTime(q: Quantity, sentence: string, fact: Fact): boolean {
  const [myYear, theirYear] = [yearOf(q.time), yearOf(fact.quantity!.time)];
  return FORETOLD.test(fact.sentence) === FORETOLD.test(sentence) && (myYear === null || theirYear === null || myYear === theirYear);
}

export function changeToldAgain(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const ofChange = (q: Quantity) => q.kind === 'quantity' && q.value !== null && (q.valueMax ?? q.value) === q.value && isDistinctive(q) && !isRelativeDate(q);
  const ofUnit = new Map<string | null, number>();
  for (const x of quantities) ofUnit.set(x.unit, (ofUnit.get(x.unit) ?? 0) + 1);
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0 || !ofChange(q)) return j;
    const sameUnit = quantities.filter((o) => o !== q && o.unit === q.unit && ofChange(o) && o.value !== q.value);
    if (sameUnit.length === 1 && isLevelBefore(sentence, q) !== isLevelBefore(sentence, sameUnit[0])) return changeOfOneUnit(q, sameUnit[0], j);
    // (Of two units: a value of another unit the sentence gives once, told with it in the source,
    // one of them of three significant digits or more: "5%" and "€2m" coincide too easily.)
    if (ofUnit.get(q.unit) !== 1) return j;
    for (const other of quantities.filter((o) => o !== q && o.unit !== q.unit && ofChange(o) && ofUnit.get(o.unit) === 1 &&
      Math.max(significantDigits(q.value!), significantDigits(o.value!)) >= 3)) {
      const told = index.withValueBetween(q.unit, q.value!, q.value!).find((f) => {
        const siblings = index.siblingsOf(f).map((s) => s.quantity!).filter((s) => s.kind === 'quantity' && s.value !== null);
        const theirOther = siblings.filter((s) => s.unit === other.unit);
        return siblings.filter((s) => s.unit === q.unit).length === 1 && theirOther.length === 1 && theirOther[0].value === other.value &&
          (theirOther[0].valueMax ?? theirOther[0].value) === theirOther[0].value && !namedAsAnother(q, sentence, f, index) && sameTime(q, sentence, f) &&
          wayOf(sentence, other) * wayOf(f.sentence, theirOther[0]) >= 0 && wayOf(sentence, q) * wayOf(f.sentence, f.quantity!) >= 0;
      });
      if (told) return { verdict: 'consistent', explanation: `${voiceOf(told)} gives ${lowerFirst(q.text)} with ${lowerFirst(other.text)}, as this sentence does.`, facts: [told] };
    }
    return j;
  });

  function changeOfOneUnit(q: Quantity, other: Quantity, j: Judgement): Judgement {
    const told = index.withValueBetween(q.unit, q.value!, q.value!).find((f) => {
      const mates = index.siblingsOf(f).filter((s) => s.quantity?.kind === 'quantity' && s.quantity.unit === q.unit && s.quantity.value !== null);
      const theirs = mates.filter((s) => s.quantity!.value === other.value);
      if (mates.length !== 2 || theirs.length !== 1) return false;
      return isLevelBefore(f.sentence, f.quantity!) === isLevelBefore(sentence, q) && isLevelBefore(f.sentence, theirs[0].quantity!) === isLevelBefore(sentence, other) &&
        sameTime(q, sentence, f) && placesSaid(q, sentence, f, index) && placesSaid(other, sentence, theirs[0], index);
    });
    if (!told) return j;
    const [before, after] = isLevelBefore(sentence, q) ? [q, other] : [other, q];
    return { verdict: 'consistent', explanation: `${voiceOf(told)} gives the same change, from ${lowerFirst(before.text)} to ${lowerFirst(after.text)}.`, facts: [told] };
  }
}
