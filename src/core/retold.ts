import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { actOfAnother, describesAnother, isHistory, isJointTotal, ownMonthsDiffer, isCapacity } from './match-figure.ts';
import { givesItToAnother, lastNameBefore, nameBefore, sameName } from './names.ts';
import { differInAct, isKnownAct, isShare, notTheSamePeople, placeRelation, shareAnAct, thingOf, type Thing } from './thing.ts';
import { amountPeriodsDiffer, pins, sameNumber, valuesAgree } from './values.ts';
import { peopleByRole } from './news-words.ts';
import { phraseIn, phraseOf, sourceLabel, voiceOf } from './explain.ts';
import { contentKeys, saysAll } from './words.ts';
import { perSentence } from './memo.ts';
import { anotherFiguresWords, namesInOppositeOrder } from './figure-words.ts';
import { isLevelBeforeAt } from './clause-words.ts';

/**
 * A page sentence that tells a source sentence again in its own words: "The march set off from
 * Harbour Square at 11am and wound 4.5 kilometres through the city centre" against "The march set
 * off from Harbour Square at 11 a.m. on 11 October and followed a 4.5-kilometre route". A figure
 * its own words could not match ("wound" names no thing a source counts) is compared with the one
 * figure of that sentence in the same unit that nothing tells apart from it.
 *
 * Only the words around the figures vouch for the pairing, so a pairing must be one to one, and
 * a conflict also needs the page to give only that one figure of the unit and no source to agree.
 */
export function retellFigures(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const open = quantities.map((q, i) => q.kind === 'quantity' && judgements[i].verdict === 'unverified');
  if (!open.some(Boolean)) return judgements;
  const told = retoldSentences(quantities, sentence, index);
  if (told.length === 0) return judgements;
  return judgements.map((j, i) => {
    if (!open[i]) return j;
    const q = quantities[i];
    const thing = thingOf(q, sentence);
    const sameUnit = quantities.filter((o) => o.kind === 'quantity' && o.unit === q.unit);
    const paired = told.flatMap((mates) => {
      const fitting = mates.filter((f) => fits(q, thing, sentence, f, index));
      if (fitting.length === 1) return fitting;
      // Two figures of the unit the page's words do not tell apart: the one with the page's value,
      // unless the names nearest each say it is another's ("Here in Oskalund the pass rate was
      // 83.1%" against "Tervale … at 83.1%, while … Oskalund … at 71.9%").
      // (Never when the two sentences name the same two groups or names in the opposite order:
      // "Women are more likely to be obese than men, at 26.1% against 23.2%" against "Men were more
      // likely than women to be obese (26.1% against 23.2%)".)
      const mine = lastNameBefore(sentence, q.start);
      const agreeing = fitting.filter((f) => sameNumber(q, f.quantity!));
      if (agreeing.length !== 1 || (sameUnit.length > 1 && namesInOppositeOrder(sentence, agreeing[0].sentence))) return [];
      // ("22 ships diverted" against "22 waiting and 14 diverted": the page's verb is the other figure's.)
      const actOf = (f: Fact) => shareAnAct(thing, index.thingOfFact(f));
      if (!actOf(agreeing[0]) && fitting.some((f) => f !== agreeing[0] && actOf(f))) return [];
      const theirs = lastNameBefore(agreeing[0].sentence, agreeing[0].quantity!.start);
      return mine === null || theirs === null || sameName(mine, theirs) ? agreeing : [];
    });
    // (Where both sentences give other figures of the unit, none of the page figure's own words may
    // be another's: "Violent crime rose 8% while car thefts rose 2.4%" swaps "Car thefts rose 8% while violent crime rose 2.4%".)
    const swapped = (f: Fact) => {
      const theirFigures = index.siblingsOf(f).filter((o) => o.quantity?.kind === 'quantity' && o.quantity.unit === q.unit).map((o) => o.quantity!);
      // (A level before a change is told apart by its "from", not its words: "dropped from 355 to 310", "310, down from 355".)
      return sameUnit.length > 1 && theirFigures.length > 1 && !levelBefore(sentence, q) && !levelBefore(f.sentence, f.quantity!) &&
        anotherFiguresWords({ sentence, figures: sameUnit, figure: q }, { sentence: f.sentence, figures: theirFigures, figure: f.quantity! });
    };
    const agreeing = paired.filter((f) => sameNumber(q, f.quantity!) && !swapped(f));
    if (agreeing.length > 0) {
      const others = paired.filter((f) => !agreeing.includes(f) && !agreeing.some((a) => sourceKey(a.source) === sourceKey(f.source)));
      const says = [...agreeing.slice(0, 1), ...others].map((f) => `${voiceOf(f)} says ${phraseOf(f)}`).join('; ');
      const disagree = others.length ? ` The sources disagree; this page agrees with ${sourceLabel(agreeing[0].source)}.` : '';
      return { verdict: 'consistent', explanation: `${says}, in a sentence that tells this one in other words.${disagree}`, facts: [...agreeing.slice(0, 1), ...others] };
    }
    // A conflict: the page gives one figure of the unit, and every source sentence that tells the
    // page's gives one figure of it too, with another value (none gives the page's: that agreed above).
    if (paired.length === 0 || sameUnit.length !== 1 || told.some((mates) => mates.filter((f) => f.quantity!.unit === q.unit).length !== 1)) return j;
    // A contradiction needs the same named thing and the same act (or none on either side): a
    // reworded verb may agree, never contradict ("jailed for seven years" is not "faces ten years").
    if (!paired.every((f) => sameCount(thing, index.thingOfFact(f)))) return j;
    // (Nor is a total of two things, "455 pupils and teachers", contradicted by a count of one.)
    if (isJointTotal(sentence, q) && !paired.some((f) => isJointTotal(f.sentence, f.quantity!))) return j;
    // (A bound the source's value lies within is not contradicted by it: "fewer than 100 arrested" and 30.)
    if (paired.some((f) => valuesAgree(q, f.quantity!))) return j;
    // (Nor where a later report was found to give the page's value, however else it tells it: "Four
    // cars, not three, were swallowed", a day after the "three parked cars" this sentence retells.)
    // (Of the same act: "three days after its rocket barrage" is no later count of days closed.)
    const given = j.valueGivenBy;
    const ofSameAct = given && (shareAnAct(thing, index.thingOfFact(given)) || (thing.acts.length > 0 && thing.acts.every((a) => index.names(given, a))));
    const revision = ofSameAct ? given.source.published : '';
    if (revision && paired.every((f) => f.source.published && f.source.published < revision)) return j;
    const says = paired.map((f) => `${voiceOf(f)} says ${phraseOf(f)}`).join('; ');
    return { verdict: 'conflicting', explanation: `${says}, in a sentence that tells this one in other words; this page says ${phraseIn(q, sentence)}.`, facts: paired };
  });
}

/** How much of the page sentence's words a source sentence must share to tell it again. */
const RETOLD_SHARED = 4;
const RETOLD_FRACTION = 0.5;

/** The figures, in the unit-bearing sense, of each source sentence that tells this one again. */
function retoldSentences(quantities: Quantity[], sentence: string, index: FactIndex): Fact[][] {
  // The figures' own words ("dozen", "per cent") are compared as values, not as context.
  const figureWords = new Set(quantities.flatMap((q) => contentKeys(q.text)));
  const keys = new Set(contentKeys(sentence).filter((k) => !figureWords.has(k)));
  const seen = new Set<Fact[]>();
  const out: Fact[][] = [];
  // (A sentence is indexed by its first fact, which may be a date: its figures are its mates.)
  for (const { fact } of index.sharing(keys, RETOLD_SHARED, RETOLD_FRACTION)) {
    const mates = index.siblingsOf(fact);
    if (seen.has(mates)) continue;
    seen.add(mates);
    const figures = mates.filter((f) => f.quantity?.kind === 'quantity');
    if (figures.length > 0) out.push(figures);
  }
  return out;
}

/**
 * Whether a source figure may be the page's: same unit and role, no other thing, act, place or
 * year, and a value the source vouches for ("at least 23" does not vouch for 40,000).
 */
function fits(q: Quantity, thing: Thing, sentence: string, fact: Fact, index: FactIndex): boolean {
  const other = fact.quantity!;
  if (other.kind !== 'quantity' || other.unit !== q.unit || (other.role ?? null) !== (q.role ?? null)) return false;
  if (isHistory(q, fact, sentence) || ownMonthsDiffer(sentence, q, fact) || (valuesAgree(q, other) && !pins(other, q))) return false;
  if (isCapacity(sentence, q) !== isCapacity(fact.sentence, other)) return false; // "can carry 412" is no load of 412
  if (amountPeriodsDiffer(sentence, q, fact)) return false; // "£38,000 a week" is no "£38,000 a month"
  const theirs = index.thingOfFact(fact);
  // ("Seventy-three people … in hospital" may be the "Seventy-three patients": the act must say so, below.)
  if ((thing.noun && theirs.noun && thing.noun !== theirs.noun && !peopleByRole(thing.noun, theirs.noun)) || notTheSamePeople(thing, theirs)) return false;
  if (thing.modifier && theirs.modifier && thing.modifier !== theirs.modifier) return false;
  // Verbs the words around may bridge ("wound" and "followed"), but not two known acts ("arrested"
  // and "investigated"), nor two directions of a share ("rose 12%" and "fell 12%").
  if (differInAct(thing, theirs) && (isShare(q.unit) || [...thing.acts, ...theirs.acts].some(isKnownAct))) return false;
  // ("410 seabirds have been killed" against "410 oiled seabirds …; 95 of them were dead".)
  if (thing.acts.length > 0 && !shareAnAct(thing, theirs) && actOfAnother(thing, fact, index)) return false;
  // "People" says nothing of which people: the act must say it.
  if ((thing.noun === 'person' || theirs.noun === 'person' || peopleByRole(thing.noun, theirs.noun)) && !shareAnAct(thing, theirs)) return false;
  if (!samePlace(thing, sentence, fact, theirs, index)) return false;
  // "Hollin Park has recorded 104" against "Old Tannery has recorded 104 cases, Hollin Park 58":
  // the name each sentence gives just before the figure tells whose figure it is.
  const [mine, source] = [nameBefore(sentence, q.start), nameBefore(fact.sentence, other.start)];
  if (mine !== null && source !== null && !sameName(mine, source)) return false;
  return !givesItToAnother(sentence, q.start, keysOf(sentence, 0), fact, index.keysOfFact(fact), index.siblingsOf(fact)) && !describesAnother(sentence, q, fact, index);
}

/**
 * The places agree: both name the same, or one names none and the other's is plainly the same.
 * "Hollin Park has recorded 104 and Old Tannery 58" names the places outside the figures' own
 * words; there a source figure with a place is the page's only if the page names no other place
 * of that source sentence.
 */
function samePlace(thing: Thing, sentence: string, fact: Fact, theirs: Thing, index: FactIndex): boolean {
  const relation = placeRelation(thing.places, theirs.places);
  if (relation !== 'open') return relation !== 'different';
  const said = keysOf(sentence, 0);
  const named = (place: string) => saysAll(said, place);
  if (thing.places.length > 0) return thing.places.every((pl) => saysAll(index.keysOfFact(fact), pl));
  const siblingPlaces = index.siblingsOf(fact).flatMap((f) => (f.quantity?.kind === 'quantity' ? index.thingOfFact(f).places : []));
  return theirs.places.every(named) && !siblingPlaces.some((pl) => !theirs.places.includes(pl) && named(pl));
}

/** The same named thing (not just "people") and the same act, or no act on either side. */
function sameCount(page: Thing, fact: Thing): boolean {
  if (page.noun === null || page.noun !== fact.noun || page.noun === 'person') return false;
  return page.acts.length === 0 && fact.acts.length === 0 ? true : shareAnAct(page, fact);
}

/**
 * "Oskalund, in the north, was once more at the bottom, at 71.9%" against "…while the northern
 * region of Oskalund had the lowest, at 71.9%": a figure to the tenth that neither sentence says
 * what it is of, but both give to the same name, is that name's figure. Only agreement: two
 * figures of one name may be of two things. (Not a whole number: "The Homeland Party's leader is
 * 37" is no count of its 37 seats, and a large source gives many names many whole numbers.)
 */
export function ownedFigures(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || q.kind !== 'quantity' || q.value === null || Number.isInteger(q.value)) return j;
    const owner = nameBefore(sentence, q.start) ?? lastNameBefore(sentence, q.start);
    if (!owner) return j;
    const keys = new Set(owner.split(' '));
    const thing = thingOf(q, sentence);
    const owned = index.sharing(keys, keys.size).flatMap(({ fact }) => index.siblingsOf(fact)).filter((f) =>
      f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value === q.value && !isHistory(q, f, sentence) &&
      sameName(owner, nameBefore(f.sentence, f.quantity.start) ?? lastNameBefore(f.sentence, f.quantity.start) ?? '') &&
      !tellsApart(thing, index.thingOfFact(f)));
    if (owned.length === 0) return j;
    const fact = owned[0];
    return { verdict: 'consistent', explanation: `${voiceOf(fact)} also gives ${phraseOf(fact)} to the one this page names with it.`, facts: [fact] };
  });
}

/** Two things that say what they are, or which way they went, and say it differently ("rose 6.5%", "fell 6.5%"). */
function tellsApart(a: Thing, b: Thing): boolean {
  return (a.noun !== null && b.noun !== null && a.noun !== b.noun) || differInAct(a, b);
}

/** A figure after "from" or "compared with": the level before a change, told apart by that word and not its own. */
const levelBefore = (sentence: string, q: Quantity) => isLevelBeforeAt(sentence, q.start);

/** A page sentence's content keys, read once however many source figures it is paired with. */
const keysOf = perSentence((sentence): Set<string> => new Set(contentKeys(sentence)));
