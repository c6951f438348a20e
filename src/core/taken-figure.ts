import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { overlap, unverified, type Judgement } from './judgement.ts';
import { differInKnownAct, isEarlierLevel, placeRelation, thingOf } from './thing.ts';
import { momentsAgree, preciseMoments } from './moments.ts';
import { ownSameWords, wordsOnlyItOwns, wordsOwnedByClause } from './figure-words.ts';
import { pins, sameNumber, valuesAgree } from './values.ts';
import { phraseIn, phraseOf, voiceOf } from './explain.ts';

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
  const takenBy = (f: Fact, i: number) => judgements.some((o, k) => k !== i && quantities[k].kind === quantities[i].kind &&
    (o.verdict === 'consistent' ? o.facts[0] === f || sameValue(quantities[k], f) : o.verdict === 'unverified' && sameValue(quantities[k], f) && toldAlike(quantities[k], f, i)));
  const sameValue = (q: Quantity, f: Fact) => f.quantity?.kind === 'quantity' && q.kind === 'quantity' && q.unit === f.quantity.unit && sameNumber(q, f.quantity);
  // (A figure no rule confirmed takes the value too where its words are the source figure's own: "nearly
  // three times the World Health Organization's guideline of 5" is the source's "guideline of 5 micrograms".)
  // (And the source figure's words are more that figure's than this one's: "Fifteen were treated at the
  // quayside and eight were taken to Caddon General Hospital" against "Fifteen were taken to Caddon
  // General Hospital and the rest were treated at the quayside" is the eight's contradiction.)
  const toldAlike = (q: Quantity, f: Fact, i: number) => {
    const page = { sentence, figures: quantities, figure: q };
    const source = { sentence: f.sentence, figures: index.siblingsOf(f).flatMap((g) => (g.quantity ? [g.quantity] : [])), figure: f.quantity! };
    const theirs = wordsOwnedByClause(source.sentence, source.figures, source.figure);
    return ownSameWords(page, source) &&
      overlap(wordsOwnedByClause(sentence, quantities, q), theirs) > overlap(wordsOwnedByClause(sentence, quantities, quantities[i]), theirs);
  };
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
  const mine = wordsOnlyItOwns(sentence, own, q);
  const theirs = wordsOwnedByClause(left[0].sentence, mates.map((f) => f.quantity!), left[0].quantity!);
  return [...mine].some((w) => theirs.has(w)) ? left[0] : null;
}
