import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { isStopword, wordKey } from './words.ts';
import { perSentence } from './memo.ts';
import { canonical } from './news-words.ts';
import { figuresOfSentence, isRelativeDate } from './numbers.ts';
import { inHalfOfDay, momentKeys, momentsAgree, preciseMoments } from './moments.ts';
import { voiceOf } from './explain.ts';
import { isDistinctive } from './value-given.ts';
import { dedupe, overlap, unverified, type Judgement } from './judgement.ts';
import { isClosest, isElsewhere, type PageContext } from './page-context.ts';
import { dateText, isReadRelativeYear } from './relative-years.ts';

/** Dates and clock times: the same act on the same day or at the same time agrees. */
export function judgeMoment(said: Quantity, sentence: string, context: Set<string>, index: FactIndex, page: PageContext): Judgement {
  // ("On Tuesday afternoon, at half past three": the sentence says which half of the day.)
  const q = inHalfOfDay(said, sentence);
  const candidates = new Set<Fact>([
    ...(q.kind === 'date' ? index.onDay(q.date!) : momentKeys(q).flatMap((key) => index.atTime(key))),
    ...index.sharing(context, 2, 0, (f) => f.quantity?.kind === q.kind).map((c) => c.fact),
  ]);
  const event = actOf(q.about);
  const ends = endsAt(sentence, q);
  // "the Grenholt Infirmary blaze of 1981": a year that dates a named thing is that thing's, and
  // only a source sentence naming it gives it ("the fire code, adopted in 1981" does not).
  const owner = q.kind === 'date' && /^\d{4}$/.test(q.date ?? '') ? namedOwner(sentence, q.start) : [];
  // ("will stay closed until 14 November" is when something ends, however much else it shares with
  // "was closed on 14 November".)
  const all = [...candidates]
    .filter((f) => !isRelativeDate(f.quantity!) && owner.every((k) => index.keysOfFact(f).has(k)) && ends === endsAt(f.sentence, f.quantity!))
    .map((fact) => {
      const shared = overlap(context, index.keysOfFact(fact));
      const otherEvent = actOf(fact.quantity!.about);
      return {
        fact, shared, sameAct: event !== null && event === otherEvent, factAct: otherEvent !== null,
        // "reopened on 22 October" is not "were closed on 22 October", however much else they share.
        // (A sentence with this one date that names the page's act, "approved … for affected households on 14 August", is no other act.)
        otherAct: event !== null && otherEvent !== null && event !== otherEvent && !(index.keysOfFact(fact).has(event) && datesIn(fact, index) === 1),
        // The page's sentence reworded ("was freed from a collapsed block in Kestrova at 11:30 a.m."
        // and "was brought out of a collapsed block in Kestrova at 11:30 a.m."): the same moment, whatever the verb.
        reworded: shared >= Math.max(PARAPHRASE_SHARED, PARAPHRASE_FRACTION * context.size),
        closest: isClosest(page, sourceKey(fact.source)),
        near: !isElsewhere(page, sourceKey(fact.source)) && page.affinity.size > 0,
      };
    });
  // When a source says the page's sentence again, that sentence decides; others only share a word or
  // two. Unless one of them plainly gives the same date for the same thing: a page sentence may join
  // two of the source's ("starts on Mar. 6, using 50,000 doses that arrived…").
  const plainlySame = all.some((c) => !c.reworded && !c.otherAct && c.shared >= 3 && momentsAgree(q, c.fact.quantity!));
  const scored = (all.some((c) => c.reworded) && !plainlySame ? all.filter((c) => c.reworded).map((c) => ({ ...c, sameAct: true })) : all)
    .sort((a, b) => Number(b.sameAct) - Number(a.sameAct) || b.shared - a.shared || a.fact.id - b.fact.id);
  // The same minute in an article about the page's event is the same moment; a date needs the same act or context.
  // A year alone is weak evidence ("built in 1987", "since 1987, when the Hesper sank"): it takes the same act or much shared.
  const yearOnly = q.kind === 'date' && /^\d{4}$/.test(q.date ?? '');
  const agreeing = scored.filter((c) => momentsAgree(q, c.fact.quantity!) && !(c.otherAct && !c.reworded) &&
    (!yearOnly || c.sameAct || c.shared >= 2) &&
    // (A year that only contains the source's day or month is not of another act: "closed in 2006" is
    // not the talks that "began in March 2006".)
    (!yearOnly || c.fact.quantity!.date === q.date || c.sameAct || (event === null && !c.factAct)) &&
    (c.shared >= 2 || (c.sameAct && c.shared >= 1) || (c.closest && (c.sameAct || c.shared >= 1)) || (q.kind === 'time' && c.near)));
  const what = q.kind === 'date' ? 'date' : 'time';
  if (agreeing.length > 0) {
    const best = agreeing[0].fact;
    return { verdict: 'consistent', explanation: `${voiceOf(best)} gives the same ${what}: ${dateText(best.quantity!)}.`, facts: dedupe(agreeing.map((c) => c.fact)) };
  }
  // ("built in 1971 and last renovated in 2004" against "the wing, built in 1971": the page's
  // other date, not this one, is the source's.)
  // (The sentence's other moments are read only when a conflict is in sight, and once per sentence.)
  // (Nor is a moment called wrong that another source sentence sharing its words gives, even of
  // another verb: "brought under control shortly after 5 a.m." against the first report's 4:30 a.m.,
  // when the update says "declared under control at 5:10 a.m.". Another verb may not confirm a
  // moment, above; but reports that differ word the same act differently, and a value a source
  // gives is not called wrong, as of figures in not-called-wrong.ts.)
  const givenElsewhere = scored.some((c) => c.shared >= 2 && momentsAgree(q, c.fact.quantity!));
  // (Nor a year a source gives one of its figures in, which may be that figure's year; but it is
  // not confirmed by it: "Veldt invested €310 million in 2025" is not the authority's.)
  const givenWithItsFigure = yearOnly && yearGivenWithItsFigure(sentence, q, index);
  // (Nor a year that names which event, "after the 2004 crash", by a source sentence that does not
  // speak of that event: its date is of its own act, "work that was completed in 2007". Against "the
  // 2022 peak", "the 2021 peak" is wrong.)
  const eventNamed = yearOnly && ATTRIBUTIVE_YEAR_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start)) ? /^\s+([a-z]{3,})/.exec(sentence.slice(q.end))?.[1] : undefined;
  const speaksOfTheEvent = (fact: Fact) => !eventNamed || index.keysOfFact(fact).has(wordKey(eventNamed));
  // (A source's "last year", read as a year, may confirm a page's year, never contradict one: "since
  // 2012" or "the lowest since 1972" set against it are other years by design.)
  const conflicting = givenElsewhere || givenWithItsFigure ? [] : scored.filter((c) => !isReadRelativeYear(c.fact.quantity!) && preciseMoments(q, c.fact.quantity!) && !momentsAgree(q, c.fact.quantity!) && c.sameAct && !c.otherAct && speaksOfTheEvent(c.fact) &&
    (c.shared >= 2 || (c.closest && c.shared >= 1)) &&
    !momentsIn(sentence, 0).some((o) => o.kind === q.kind && o.start !== q.start && momentsAgree(o, c.fact.quantity!)));
  if (conflicting.length > 0) {
    const best = conflicting[0].fact;
    return { verdict: 'conflicting', explanation: `${voiceOf(best)} gives ${best.quantity!.text}; this page says ${said.text}.`, facts: dedupe(conflicting.map((c) => c.fact)) };
  }
  // A hedged time near the source's, of the same act ("just before 5:20" against 5:25): neither
  // confirmed nor contradicted, but not left out of the claim as a time no source speaks of.
  const near = q.kind === 'time' && scored.find((c) => c.sameAct && !c.otherAct && !momentsAgree(q, c.fact.quantity!) && (c.shared >= 2 || (c.closest && c.shared >= 1)));
  if (near) return { verdict: 'unverified', explanation: `${voiceOf(near.fact)} gives ${near.fact.quantity!.text}, near this ${what} but not within what this page says.`, facts: [near.fact] };
  return unverified(`No source in the fact base gives the ${what} of this.`);
}

/**
 * Whether a source sentence gives one of the figures the page's year dates, in that same year: "In
 * 2007, the country's lorries lifted 1.86bn tonnes" against "the peak of 1.86 billion tonnes reached
 * in 2007", though the sentence that shares its words, of 2024, would call the year wrong. Only a
 * figure too particular to coincide: an amount, a measure, or a count of a hundred or more.
 */
function yearGivenWithItsFigure(sentence: string, said: Quantity, index: FactIndex): boolean {
  const dated = figuresOfSentence(sentence, 0).filter((o) => o.kind === 'quantity' && isDistinctive(o) && o.valueMax === null && o.time?.includes(said.text));
  return dated.some((o) => index.withValueBetween(o.unit, o.value!, o.value!)
    .some((figure) => index.siblingsOf(figure).some((g) => g.quantity?.kind === 'date' && g.quantity.date === said.date)));
}

/** "the 2004 crash", "that 2004 crash", "its 1995 collapse": a year said before a noun, naming which event (not "noted that 2023 brought…"). */
const ATTRIBUTIVE_YEAR_BEFORE = /\b(?:the|a|an|its|their|this|(?<!\b(?:said|says|noted|notes|found|finds|showed|shows|added|adds|believes?|believed|argued|argues|warned|warns|thinks?|thought|knew|knows?|is|was)\s+)that)\s+$/i;

/** The dates and times of a sentence, read once however many of them are judged. */
const momentsIn = perSentence((sentence) => figuresOfSentence(sentence, 0).filter((o) => o.kind !== 'quantity'));

/** How much of a date's sentence a source sentence must share to be the same sentence reworded. */
const PARAPHRASE_SHARED = 5;
const PARAPHRASE_FRACTION = 0.5;

/** The keys of the names just before a year's "of" or "in" ("the Grenholt Infirmary blaze of 1981"). */
function namedOwner(sentence: string, at: number): string[] {
  // (A noun must come between: "bought Brellham Rovers in 1984" dates the buying, not the club.)
  const m = /((?:\p{Lu}[\p{L}'’-]+\s+)+)(?:[a-z]+\s+){1,2}(?:of|in)\s+$/u.exec(sentence.slice(Math.max(0, at - 60), at));
  return m ? m[1].trim().split(/\s+/).filter((w) => !isStopword(w)).map(wordKey) : [];
}

/**
 * Whether a date is when something ends or lasts to, or is due by: "until 31 January", "through
 * March 10", "between 4 and 10 March", "by 30 September", "in the year to August". (A time "until about 3:20 p.m., when…" is often when something began.)
 */
function endsAt(sentence: string, q: Quantity): boolean {
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  // ("in the year to August" too: a period's end, not "inflation in August".)
  return q.kind === 'date' && (/\b(?:[Uu]ntil|[Tt]ill|[Tt]hrough|[Tt]hroughout|by|(?:year|months|weeks|quarter)\s+to)\s+(?:at\s+least\s+)?(?:[A-Z][a-z]+day,?\s+)?$/.test(before) || /\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$/i.test(before));
}

/** How many dates the sentence of a fact gives. */
function datesIn(fact: Fact, index: FactIndex): number {
  return index.siblingsOf(fact).filter((f) => f.quantity?.kind === 'date').length;
}

/** The act a moment is of, by the last word of its verb ("had left" → "left"), or null. */
export function actOf(about: string): string | null {
  const words = about.toLowerCase().split(/\s+/).filter((w) => w && !/^(?:have|has|had|were|was|been|are|is|be|the|a|at|on|in)$/.test(w));
  return words.length ? canonical(wordKey(words[words.length - 1])) : null;
}

