import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { lowerFirst, unverified, MAX_EVIDENCE, type Judgement } from './judgement.ts';
import { canonical, differInAct, differInKnownAct, isEarlierLevel, isMeasure, isShare, placeRelation, thingOf, type Thing } from './thing.ts';
import { wordsOwnedByClause } from './figure-words.ts';
import { contentKeys } from './words.ts';
import { momentsAgree, preciseMoments } from './moments.ts';
import { isHistory } from './match-figure.ts';
import { isRate, partOfTheOneBefore } from './sum-of-parts.ts';
import { givesAWhole, isLevelBefore, SMALLEST } from './difference.ts';
import { agreesWithWorkedOut, pins, sameNumber, valuesAgree } from './values.ts';
import { phraseIn, phraseOf, sourceLabel, voiceOf, workedOutText } from './explain.ts';

// A page that adds up what a source gives in parts is often taken for one that gets a part wrong:
// "406 people had been taken off the ship" against the coastguard's "310 by lifeboat and 96 by two
// helicopters", "19 people killed" against "its four crew and 15 people on the ground". Measured on
// the labelled pages, such totals were the largest group of false contradictions of sums.

/**
 * A figure said to conflict with a source sentence is that sentence's total when two or three of its
 * figures of the page figure's unit add up to the page's value, and no other two or three do: the
 * explanation shows the sum. (Only values over ten: small sums are coincidences.)
 */
export function conflictThatIsASum(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'conflicting' || q.kind !== 'quantity' || q.value === null || q.valueMax != null || q.value <= SMALLEST ||
      isShare(q.unit) || isMeasure(q.unit) || j.facts.length === 0) return j;
    const thing = thingOf(q, sentence);
    // (What the page says of a part of its total tells no part from the total: "nearly 300 people, most of them by boat".)
    const pageWords = new Set(contentKeys(sentence.replace(/\bof\s+(?:them|those|whom)\b[^,;.]*/gi, ' ')));
    // (Parts of this year's count only, unless the page was already speaking of the past event: "That crash killed four…")
    const past = j.facts.some((f) => isHistory(q, f, sentence));
    // (Parts of two acts only for a figure whose words take in both: "26 casualties", "21 dead or missing".)
    const umbrella = UMBRELLA.test(sentence.slice(q.end, q.end + 40));
    const sums = [...new Set(j.facts.map((f) => index.siblingsOf(f)))].flatMap((mates) => {
      const figures = mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null &&
        f.quantity.valueMax == null);
      // (Not a sentence that gives the value itself, nor one that gives a whole and its parts:
      // "41 homes, 29 in Lindqvale and 12 around Ostrel" has told its total already.)
      if (figures.some((f) => f.quantity!.value === q.value) || givesAWhole(figures)) return [];
      const parts = figures.filter((f) => !isRate(f) && !isLevelBefore(f) && !partOfTheOneBefore(f) && !COMPARED_OR_INCLUDED.test(textBefore(f)) &&
        (past || !isHistory(q, f, sentence)) && (umbrella || !differInAct(thing, index.thingOfFact(f))));
      // (A long list is no sentence of parts, and its pairs and triples too many to try.)
      if (parts.length > MOST_PARTS) return [];
      return subsets(parts).filter((set) => set.some((f) => j.facts.includes(f)) && oneNoun(thing.noun, set.map((f) => index.thingOfFact(f).noun)) &&
        (umbrella || oneAct(set.map((f) => index.thingOfFact(f)))) && oneTime(set) && !namesOnePart(set, mates, pageWords, [thing, ...set.map((f) => index.thingOfFact(f))], [q, ...set.map((f) => f.quantity!)].map((o) => o.nounKey)) && agreesWithWorkedOut(q, total(set)));
    });
    if (sums.length !== 1) return j;
    const parts = sums[0];
    return {
      verdict: 'consistent',
      explanation: `${sourceLabel(parts[0].source)} gives the parts in one sentence: ${parts.map(phraseOf).join(' and ')}; ` +
        `${parts.map((f) => lowerFirst(f.quantity!.text)).join(' + ')} = ${workedOutText(total(parts), parts[0].quantity!)}, as this page says.`,
      facts: parts.slice(0, MAX_EVIDENCE),
    };
  });
}

/**
 * "That crash killed four people and injured 22, a total of 26": a source figure the page gives to
 * another of its figures, which it confirms, is not also the value of this one. Where the page tells
 * the source sentence again, one figure for each of its figures of the kind ("cut to €0.10 a share,
 * from €0.20" against "cut to €0.10 from €0.25"), this one is the source figure left over, and is
 * judged against it; otherwise the contradiction is withdrawn, the source shown.
 */
export function notAnotherFiguresValue(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  // (Taken by its value too, from whichever source sentence the other figure stands on: "200
  // prisoners had been moved, including 160 on the night" is no 160 against the 200.)
  const takenBy = (f: Fact, i: number) => judgements.some((o, k) => k !== i && o.verdict === 'consistent' && quantities[k].kind === quantities[i].kind &&
    (o.facts[0] === f || (f.quantity?.kind === 'quantity' && quantities[k].kind === 'quantity' && quantities[k].unit === f.quantity.unit &&
      sameNumber(quantities[k], f.quantity))));
  return judgements.map((j, i) => {
    if (j.verdict !== 'conflicting' || j.facts.length === 0 || !j.facts.every((f) => takenBy(f, i))) return j;
    const q = quantities[i];
    const f = j.facts[0];
    const left = leftOver(q, i, f, quantities, judgements, sentence, index);
    if (left) {
      const told = `${voiceOf(left)} says ${phraseOf(left)} in the sentence this one tells again, the figure its others leave`;
      if (q.kind === 'quantity' ? valuesAgree(q, left.quantity!) && pins(left.quantity!, q) : momentsAgree(q, left.quantity!)) {
        return { verdict: 'consistent', explanation: `${told}.`, facts: [left] };
      }
      if (q.kind === 'quantity' ? !valuesAgree(q, left.quantity!) : preciseMoments(q, left.quantity!)) {
        return { verdict: 'conflicting', explanation: `${told}; this page says ${phraseIn(q, sentence)}.`, facts: [left] };
      }
    }
    return unverified(`${voiceOf(f)} says ${phraseOf(f)}, which this page gives to another of its figures; no source gives this one.`);
  });
}

/** The one figure of the source sentence no other page figure took, when the page gives as many figures of the kind as the source sentence. */
function leftOver(q: Quantity, i: number, taken: Fact, quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Fact | null {
  const sameKind = (o: Quantity) => o.kind === q.kind && (q.kind !== 'quantity' || o.unit === q.unit);
  const mates = index.siblingsOf(taken).filter((f) => f.quantity && sameKind(f.quantity));
  const own = quantities.filter(sameKind);
  if (mates.length !== own.length) return null;
  const used = new Set(judgements.flatMap((o, k) => (k !== i && o.verdict === 'consistent' && sameKind(quantities[k]) ? o.facts.slice(0, 1) : [])));
  const left = mates.filter((f) => !used.has(f));
  if (left.length !== 1) return null;
  // (A level before pairs only with a level before, "from €0.20" with "from €0.25"; and never
  // another place, noun or act: "3,800 homes in Brackenhurst" is not Quarrydown's 3,800.)
  const [page, other] = [thingOf(q, sentence), index.thingOfFact(left[0])];
  if (isEarlierLevel(page) !== isEarlierLevel(other) || placeRelation(page.places, other.places) === 'different' || differInKnownAct(page, other) ||
    (page.noun !== null && other.noun !== null && page.noun !== other.noun)) return null;
  // (And only one the words show to be the same: "where the limit is 60 km/h" and "where the limit is
  // 80 km/h" share the limit; "trains normally pass at 110 km/h" shares nothing with it.)
  // (Words every figure of the page owns, such as its unit's "km/h", tell none apart.)
  const mine = wordsOwnedByClause(sentence, own, q);
  for (const o of own) if (o !== q) for (const w of wordsOwnedByClause(sentence, own, o)) mine.delete(w);
  const theirs = wordsOwnedByClause(left[0].sentence, mates.map((f) => f.quantity!), left[0].quantity!);
  return [...mine].some((w) => theirs.has(w)) ? left[0] : null;
}

const UMBRELLA = /^\s+(?:casualties|(?:people\s+)?(?:dead|killed)\s+(?:or|and)\s+(?:injured|wounded|hurt|missing))\b/i;

/** Most figures of a unit a source sentence may give to be read as parts. */
const MOST_PARTS = 8;

/** A figure compared with, or contained in, the one before: "14,500 votes against 11,200", "310 passengers, including 96", "1,450 in April after 1,200". */
const COMPARED_OR_INCLUDED = /\b(?:against|than|versus|after|including|of\s+which|of\s+whom|compared\s+(?:with|to))\s+(?:the\s+|some\s+|about\s+|nearly\s+)?$/i;
const textBefore = (f: Fact) => f.sentence.slice(Math.max(0, f.quantity!.start - 30), f.quantity!.start);

/** Parts all of one act or of none they name: "arrested 42, and 19 were later charged" are no 61 arrests. */
function oneAct(things: Thing[]): boolean {
  return things.every((a) => things.every((b) => !differInAct(a, b)));
}

/**
 * Parts of one time: "1,450 in April after 1,200 in March" are no April's 2,650, nor "€120 million
 * this year and €140 million next year" this year's €260 million, nor the day and night shifts the
 * day shift's.
 */
function oneTime(set: Fact[]): boolean {
  const times = new Set(set.map((f) => f.quantity!.time ?? null).filter((t) => t !== null));
  return times.size <= 1 && !set.some((f) => TIME_OF_PART.test(f.sentence.slice(f.quantity!.end).split(/[,;]|\band\b/)[0]));
}
const TIME_OF_PART = /\b(?:(?:this|next|last)\s+(?:year|month|week)|a\s+year\s+(?:earlier|before|ago)|(?:day|night)(?:\s+shift)?|morning|afternoon|evening|weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:first|second)\s+half)\b/i;

/**
 * Whether the page names what tells one part from the others and not what tells the rest: "406
 * passengers taken off by lifeboat" when the lifeboats took 310 and the helicopters 96; "40 people
 * in Harrow"; "27 gold medals". ("€6 million to clubs and schools" names both.)
 */
function namesOnePart(set: Fact[], mates: Fact[], pageWords: Set<string>, things: Thing[], nouns: Array<string | undefined>): boolean {
  const spans = mates.filter((f) => f.quantity).map((f) => f.quantity!);
  // (What is counted and what was done are said once for all of them: "310 passengers had been
  // taken off by lifeboat and 96 by two helicopters".)
  const shared = new Set([...things.flatMap((t) => [t.noun, ...t.acts]), ...nouns].filter((w): w is string => !!w));
  const tells = (w: string) => !shared.has(w) && !shared.has(canonical(w));
  const owned = set.map((f) => wordsOwnedByClause(f.sentence, spans, f.quantity!));
  const named = owned.map((words, k) => [...words].some((w) => tells(w) && pageWords.has(w) && !owned.some((o, m) => m !== k && o.has(w))));
  return named.some(Boolean) && !named.every(Boolean);
}

/** Parts of one counted thing, the page's: "74 firefighters and 11 engines" are no 85 of anything. */
function oneNoun(page: string | null, parts: Array<string | null>): boolean {
  const named = [...new Set([page, ...parts].filter((n) => n !== null))];
  return named.length <= 1;
}

const total = (set: Fact[]) => set.reduce((n, f) => n + f.quantity!.value!, 0);

/** Every two and every three of the figures. */
function subsets(figures: Fact[]): Fact[][] {
  const out: Fact[][] = [];
  figures.forEach((a, x) => figures.slice(x + 1).forEach((b, y) => {
    out.push([a, b]);
    for (const c of figures.slice(x + y + 2)) out.push([a, b, c]);
  }));
  return out;
}

