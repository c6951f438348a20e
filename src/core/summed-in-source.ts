import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { unverified, MAX_EVIDENCE, type Judgement } from './judgement.ts';
import { differInKnownAct, isEarlierLevel, isMeasure, isShare, placeRelation, thingOf } from './thing.ts';
import { momentsAgree, preciseMoments } from './moments.ts';
import { isHistory } from './match-figure.ts';
import { isRate, partOfTheOneBefore } from './sum-of-parts.ts';
import { givesAWhole, isLevelBefore, SMALLEST } from './difference.ts';
import { agreesWithWorkedOut, pins, valuesAgree } from './values.ts';
import { phraseIn, phraseOf, sourceLabel, voiceOf } from './explain.ts';

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
    // (Parts of this year's count only, unless the page was already speaking of the past event: "That crash killed four…")
    const past = j.facts.some((f) => isHistory(q, f, sentence));
    // (A part of another act only where the page gives that part itself: "killed four people and injured 22, a total of 26".)
    const givenOnPage = (f: Fact) => judgements.some((o, k) => k !== i && o.verdict === 'consistent' && o.facts.includes(f));
    const sums = [...new Set(j.facts.map((f) => index.siblingsOf(f)))].flatMap((mates) => {
      const figures = mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null &&
        f.quantity.valueMax == null);
      // (Not a sentence that gives the value itself, nor one that gives a whole and its parts:
      // "41 homes, 29 in Lindqvale and 12 around Ostrel" has told its total already.)
      if (figures.some((f) => f.quantity!.value === q.value) || givesAWhole(figures)) return [];
      const parts = figures.filter((f) => !isRate(f) && !isLevelBefore(f) && !partOfTheOneBefore(f) && (past || !isHistory(q, f, sentence)) &&
        (!differInKnownAct(thing, index.thingOfFact(f)) || givenOnPage(f)));
      return subsets(parts).filter((set) => set.some((f) => j.facts.includes(f)) && oneNoun(thing.noun, set.map((f) => index.thingOfFact(f).noun)) &&
        agreesWithWorkedOut(q, total(set)));
    });
    if (sums.length !== 1) return j;
    const parts = sums[0];
    return {
      verdict: 'consistent',
      explanation: `${sourceLabel(parts[0].source)} gives the parts in one sentence: ${parts.map(phraseOf).join(' and ')}; ` +
        `${parts.map((f) => f.quantity!.text).join(' + ')} = ${total(parts).toLocaleString('en-GB')}, as this page says.`,
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
  const takenBy = (f: Fact, i: number) => judgements.some((o, k) => k !== i && o.verdict === 'consistent' && o.facts[0] === f &&
    quantities[k].kind === quantities[i].kind);
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
  return left[0];
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

