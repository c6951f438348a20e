import type { Fact, Quantity } from './types.ts';
import { momentsAgree, preciseMoments } from './moments.ts';
import { actOf } from './compare-moment.ts';
import type { FactIndex } from './fact-index.ts';
import { overlap, type Judgement } from './judgement.ts';
import { differInAct, isEarlierLevel, placeRelation, shareAnAct, thingOf, type Thing } from './thing.ts';
import { agreesWithWorkedOut, isOpenEnded, pins, valuesAgree } from './values.ts';
import { phraseIn, phraseOf, voiceOf } from './explain.ts';
import { contentKeys } from './words.ts';

/**
 * A page sentence one of whose figures a source sentence confirms is that source sentence told
 * again: its other figures are compared with that sentence's figures of the same thing. "About
 * 6,200 people are sleeping in 42 shelters" against "About 6,200 people remain in 24 shelters":
 * the people anchor the sentence, and the shelters then disagree. A figure left unverified may so
 * agree or conflict; one another source seemed to contradict may only be confirmed; and only when
 * exactly one figure of the anchoring sentences counts the same thing.
 */
const YEAR_ANCHOR_SHARED = 3;

export function anchorFigures(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  // (A consistent figure's evidence also shows the sources that disagree; only those that agree anchor.)
  // (A year alone anchors only a sentence that shares three more words: "against 12,500 in 2015"
  // shares its year with many sentences.)
  const words = new Set(contentKeys(sentence));
  const anchors = judgements.flatMap((j, i) => (j.verdict === 'consistent' && quantities[i].kind !== 'time'
    ? j.facts.filter((f) => f.quantity?.kind === quantities[i].kind && agree(quantities[i], f.quantity) &&
      (!/^\d{4}$/.test(quantities[i].date ?? '') || overlap(words, index.keysOfFact(f)) >= YEAR_ANCHOR_SHARED))
    : []));
  if (anchors.length === 0) return judgements;
  // A sentence anchored by a year alone pairs only the page's figures that year dates.
  const yearOf = new Map<Fact, string>();
  for (const a of anchors) if (/^\d{4}$/.test(a.quantity!.date ?? '')) for (const f of index.siblingsOf(a)) yearOf.set(f, a.quantity!.text);
  const allMates = [...new Set(anchors.flatMap((a) => index.siblingsOf(a)))].filter((f) => f.quantity && !anchors.includes(f));
  return judgements.map((j, i): Judgement => {
    const q = quantities[i];
    const mates = allMates.filter((f) => !yearOf.has(f) || (q.time?.includes(yearOf.get(f)!) ?? false));
    // The anchoring sentence may confirm a figure another source's sentence seemed to contradict.
    if (j.verdict === 'consistent') return j;
    if (q.kind === 'time') return (j.verdict === 'unverified' && judgeTime(q, sentence, mates.filter((f) => f.quantity!.kind === 'time'))) || j;
    if (q.kind !== 'quantity') return j;
    const thing = thingOf(q, sentence);
    // "…, and half a dozen were still being treated": a count whose noun is left out after another's is a part of it.
    const elided = q.role === undefined && /^\s+(?:were|was|are|is|had|have|remain|remained|more)\b/.test(sentence.slice(q.end, q.end + 12));
    const same = mates.filter((f) => {
      if (f.quantity!.kind !== 'quantity' || f.quantity!.unit !== q.unit) return false;
      const role = f.quantity!.role ?? null;
      const other = index.thingOfFact(f);
      if (elided && role === 'part') return thing.noun !== null && thing.noun === other.noun;
      return role === (q.role ?? null) && countsTheSame(thing, other) && samePart(q, sentence, f.quantity!, f.sentence);
    });
    if (same.length !== 1) return j;
    const fact = same[0];
    const told = `${voiceOf(fact)} says ${phraseOf(fact)} in the sentence that confirms this one's other figure`;
    if (valuesAgree(q, fact.quantity!)) {
      // "more than 400 calls" neither vouches for "more than 4,000" nor denies it.
      return pins(fact.quantity!, q) ? { verdict: 'consistent', explanation: `${told}.`, facts: [fact] } : j;
    }
    // A figure the same count of which another source gives is no contradiction ("three workers
    // killed" against the first report's two, when a later one gives three).
    // (Nor a level now whose value the page gives as the level before: "climbed to €655 million, up
    // from €610 million in January" knows the €610 million.)
    if (j.verdict !== 'unverified' || anotherSourceAgrees(q, thing, index) ||
      (!isEarlierLevel(thing) && quantities.some((o) => o !== q && o.kind === 'quantity' && o.unit === q.unit && valuesAgree(o, fact.quantity!) &&
        isEarlierLevel(thingOf(o, sentence))))) return j;
    // (Nor a value the anchoring sentence's figures add up to, or leave over: "five injured" against
    // "four children and a nurse"; "four of the 16 clubs saw crowds fall" against "twelve of the 16 drew more".)
    if ((q.value ?? 0) >= WORKED_OUT_FROM && !isOpenEnded(q) && workedOutFrom(q, mates)) return j;
    return { verdict: 'conflicting', explanation: `${told}; this page says ${phraseIn(q, sentence)}.`, facts: [fact] };
  });
}

/** Below this, sums and differences of a sentence's figures coincide with a page's too often to tell anything ("a dozen" dogs against 9 and 3). */
const WORKED_OUT_FROM = 20;

/** Whether two of a sentence's figures of the page figure's unit add up to its value, or differ by it. */
function workedOutFrom(q: Quantity, mates: Fact[]): boolean {
  const values = mates.filter((f) => f.quantity!.kind === 'quantity' && f.quantity!.unit === q.unit && f.quantity!.value !== null).map((f) => f.quantity!.value!);
  return values.some((a, x) => values.some((b, y) => y > x && (agreesWithWorkedOut(q, a + b) || agreesWithWorkedOut(q, Math.abs(a - b)))));
}

/** Whether any source gives this figure's value for the same act. */
function anotherSourceAgrees(q: Quantity, thing: Thing, index: FactIndex): boolean {
  return thing.acts.length > 0 && index.withThing(thing.acts).some((f) => f.quantity!.unit === q.unit && valuesAgree(q, f.quantity!) &&
    shareAnAct(index.thingOfFact(f), thing));
}

/** "raised on 8 February at 6 a.m." against "at 6 p.m. on 8 February": the one time of the anchoring sentence. */
function judgeTime(q: Quantity, sentence: string, times: Fact[]): Judgement | null {
  if (times.length !== 1) return null;
  const fact = times[0];
  const told = `${voiceOf(fact)} gives ${fact.quantity!.text} in the sentence that confirms this one's other figure`;
  if (momentsAgree(q, fact.quantity!)) return { verdict: 'consistent', explanation: `${told}.`, facts: [fact] };
  // (A moment of another act is no contradiction: "when she hit the ledge just before half past six"
  // against the same sentence's "which it had left at 11:50 p.m.". Verbs differ in synonyms too,
  // "departed Saltmere" and "had left Saltmere": the words around the moments must share nothing.)
  const [mine, theirs] = [actOf(q.about), actOf(fact.quantity!.about)];
  if (mine !== null && theirs !== null && mine !== theirs && !nearWordsShared(sentence, q, fact.sentence, fact.quantity!)) return null;
  return preciseMoments(q, fact.quantity!) ? { verdict: 'conflicting', explanation: `${told}; this page says ${phraseIn(q, sentence)}.`, facts: [fact] } : null;
}

/** Whether the words within a few of two moments share one: "departed Saltmere at 10:50 p.m." and "had left Saltmere at 11:50 p.m.". */
function nearWordsShared(a: string, qa: Quantity, b: string, qb: Quantity): boolean {
  const near = (s: string, q: Quantity) => new Set(contentKeys(`${s.slice(Math.max(0, q.start - NEAR), q.start)} ${s.slice(q.end, q.end + NEAR)}`));
  const mine = near(a, qa);
  return [...near(b, qb)].some((k) => mine.has(k));
}
const NEAR = 40;

/** Two figures of the same kind that agree: values, or days and times. */
function agree(a: Quantity, b: Quantity): boolean {
  return a.kind === 'quantity' ? valuesAgree(a, b) : momentsAgree(a, b);
}

/** "nine of them on ventilators" is not "nine of them in intensive care": a part says what it is of the whole. */
function samePart(a: Quantity, aSentence: string, b: Quantity, bSentence: string): boolean {
  if (a.role !== 'part') return true;
  const said = (q: Quantity, s: string) => contentKeys(/^\s+of\s+(?:them|those|whom|which)\s+((?:\S+\s*){0,3})/.exec(s.slice(q.end, q.end + 60))?.[1] ?? '');
  const [x, y] = [said(a, aSentence), said(b, bSentence)];
  return x.length === 0 || y.length === 0 || x.some((k) => y.includes(k));
}

/** The same specific thing (not just "people"), acts that do not differ, places that do not differ. */
function countsTheSame(page: Thing, fact: Thing): boolean {
  if (placeRelation(page.places, fact.places) === 'different') return false;
  if (differInAct(page, fact)) return false;
  // (A "three-year agreement" is not "two years without an agreement".)
  if ([page.modifier, fact.modifier].some((m) => m?.startsWith('no ')) && page.modifier !== fact.modifier) return false;
  // (A rate whose noun is left out, "150 a week", names no count another sentence's could be.)
  if (page.noun?.startsWith('count ') || fact.noun?.startsWith('count ')) return false;
  if (page.noun === 'person' || fact.noun === 'person') return page.noun === fact.noun && shareAnAct(page, fact);
  return page.noun !== null && page.noun === fact.noun;
}

