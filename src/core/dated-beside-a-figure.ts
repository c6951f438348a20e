import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { CALENDAR, contentKeys, isStopword, wordKey } from './words.ts';
import { overlap, type Judgement } from './judgement.ts';
import { isRelativeDate } from './numbers.ts';
import { momentsAgree, preciseMoments } from './moments.ts';
import { pins, sameNumber } from './values.ts';
import { isDistinctive } from './value-given.ts';
import { phraseOf, voiceOf } from './explain.ts';
import { noWordsOfAnother } from './figure-words.ts';
import { dateText } from './relative-years.ts';

/**
 * A date and the figure next to it, that no other rule could match, are the source's when one source
 * sentence gives both side by side: "where we were in 2013, when it was 4.7%" against "their peak in
 * 2013, when 4.7% of mortgages were three months behind"; "seventeen billion euros by 2027" against
 * "€17 billion by 2027". A year's words are few and loosely said, and so are a bare share's; the
 * two together tell what each is.
 */
export function datedBesideAFigure(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  // (The names the page sentence gives are the source sentence's: "In Harrowgate, councillors approved
  // €1.84 billion for 2026" is not the budget of Veldport; "Veldt Terminals says it invested €310
  // million in 2025" not the port authority's investment. Months are no names; fact-index's namesIn
  // keeps them, and a month's key, "septemb", no longer shows it is one.)
  if (quantities.length > MOST_FIGURES) return judgements;
  const namesAll = namingAll(namesOf(sentence), index);
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0) return j;
    const pair = pairOf(quantities, q, sentence);
    // ("At 5.25%, the rate now stands at its highest since 2008": a year after "since" is what the
    // figure is set against, not when it was; unless the sentence says what was then, "since 2008, when".)
    if (!pair || (SINCE.test(sentence.slice(Math.max(0, pair.date.start - 200), pair.date.start)) && !/^,?\s+when\b/.test(sentence.slice(pair.date.end)))) return j;
    // (Nor, beside a month or a day, which a source's monthly figures share, words the source gives
    // another of its figures: "rose 4.8% in September for electronics" against "Clothing sales rose
    // 4.8% in September while electronics sales rose 3.9%". Beside a year, that cost 32 right verdicts
    // on the labelled sets and spared no harmful one.)
    const ownWords = (f: Fact, theirs: Quantity) => /^\d{4}$/.test(pair.date.date!) || noWordsOfAnother({ sentence, figures: ofUnit(quantities, pair.figure), figure: pair.figure },
      { sentence: f.sentence, figures: ofUnit(index.siblingsOf(f).map((o) => o.quantity!), theirs), figure: theirs });
    const fact = q.kind === 'date'
      ? index.onDay(q.date!).find((f) => {
        const theirs = agreeingDate(q, f.quantity!) ? pairIn(index, f)?.figure : undefined;
        return sameFigure(pair.figure, theirs) && namesAll(f) && ownWords(f, theirs!);
      })
      : index.withValueBetween(q.unit, q.value!, q.value!).find((f) => sameFigure(q, f.quantity!) && agreeingDate(pair.date, pairIn(index, f)?.date) && namesAll(f) && ownWords(f, f.quantity!));
    if (!fact) return j;
    const what = q.kind === 'date' ? `the same date, ${dateText(fact.quantity!)}` : phraseOf(fact);
    return { verdict: 'consistent', explanation: `${voiceOf(fact)} gives ${what}, next to the same ${q.kind === 'date' ? 'figure' : 'date'} as this page.`, facts: [fact] };
  });
}

/**
 * A date beside a figure a source sentence confirms, where that sentence gives the figure beside
 * another date of the same kind: "The highest count on record was 3,960, in 2019" against "the peak
 * of 3,960 was recorded in 2017". The figure says which of the source's dates is the page's.
 */
export function dateBesideItsFigure(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  if (quantities.length > MOST_FIGURES) return judgements;
  const words = new Set(contentKeys(sentence));
  const namesAll = namingAll(namesOf(sentence), index);
  return judgements.map((j, i) => {
    const date = quantities[i];
    if (j.verdict !== 'unverified' || date.kind !== 'date' || !date.date || isRelativeDate(date)) return j;
    const pair = pairOf(quantities, date, sentence);
    // (A year after "since" is one the figure is set against, whatever the words before it.)
    if (!pair || /\bsince\s+$/i.test(sentence.slice(Math.max(0, date.start - 10), date.start))) return j;
    // (The figure confirmed by a source sentence, or its distinctive value given in one that shares
    // two more of the page sentence's words: "The highest count on record was 3,960" and "the peak of
    // 3,960 recorded in 2017".)
    const confirmed = judgements[quantities.indexOf(pair.figure)];
    const givers = confirmed?.verdict === 'consistent' ? confirmed.facts : confirmed?.verdict === 'unverified' && pair.figure.value !== null
      ? index.withValueBetween(pair.figure.unit, pair.figure.value, pair.figure.value).filter((f) => overlap(words, index.keysOfFact(f)) >= 2 && namesAll(f))
      : [];
    for (const f of givers) {
      if (f.quantity?.kind !== 'quantity' || !sameFigure(pair.figure, f.quantity) || f.quantity.value !== pair.figure.value) continue;
      const theirs = pairIn(index, f);
      const other = theirs?.figure === f.quantity ? theirs.date : undefined;
      if (!other || !preciseMoments(date, other) || momentsAgree(date, other) || /^\d{4}$/.test(date.date!) !== /^\d{4}$/.test(other.date ?? '') ||
        // (Nor a date of another thing said beside the figure: "A report published in 2021 found
        // 3,960 burglaries", "The council, founded in 1998, recorded 3,960", "after the 2017 reform".)
        DATE_OF_ANOTHER.test(f.sentence.slice(Math.max(0, other.start - 30), other.start)) || DATE_OF_A_BODY.test(sentence.slice(Math.max(0, date.start - 30), date.start)) ||
        /\bsince\s+$/i.test(f.sentence.slice(Math.max(0, other.start - 10), other.start))) continue;
      return { verdict: 'conflicting', explanation: `${voiceOf(f)} gives ${dateText(other)} beside ${f.quantity.text}; this page gives ${date.text} beside ${pair.figure.text}.`, facts: [f] };
    }
    return j;
  });
}

const DATE_OF_A_BODY = /\b(?:published|founded|set up|established|built|opened|introduced|launched|created|formed)\s+(?:in\s+|on\s+)?$/i;
const DATE_OF_ANOTHER = /\b(?:published|founded|set up|established|built|opened|introduced|launched|created|formed|after)\s+(?:in\s+|on\s+)?(?:the\s+)?$/i;
/** Most figures a sentence may give for a date to be paired with its figure: more make a table, and pairing is read over every two. */
const MOST_FIGURES = 40;
/** Whether a source sentence names every name of the page sentence, or its speaker does. */
const namingAll = (names: string[], index: FactIndex) => (f: Fact) => names.every((n) => index.keysOfFact(f).has(n) || contentKeys(f.speaker ?? '').includes(n));
/** The keys of a sentence's names, after its first word (months are no names). */
const namesOf = (sentence: string) => (sentence.match(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !CALENDAR.test(w) && !isStopword(w)).map(wordKey);

interface Pair { date: Quantity; figure: Quantity }

/**
 * A date and a figure each nearest the other in their sentence. (A small count coincides too often
 * to say what a date is of: "two" beside 2019.)
 */
function pairOf(figures: Quantity[], q: Quantity, sentence: string): Pair | null {
  if (q.kind === 'date') {
    if (!q.date || isRelativeDate(q)) return null;
    const figure = nearest(figures, q, isCounted, sentence);
    return figure && isDistinctive(figure) && nearest(figures, figure, isDated, sentence) === q ? { date: q, figure } : null;
  }
  if (q.kind !== 'quantity' || q.value === null || !isDistinctive(q)) return null;
  const date = nearest(figures, q, isDated, sentence);
  return date && nearest(figures, date, isCounted, sentence) === q ? { date, figure: q } : null;
}

const ofUnit = (figures: Quantity[], like: Quantity) => figures.filter((o) => o.kind === 'quantity' && o.unit === like.unit);

const isCounted = (o: Quantity) => o.kind === 'quantity' && o.value !== null;

const isDated = (o: Quantity) => o.kind === 'date' && o.date !== null && !isRelativeDate(o);

function pairIn(index: FactIndex, fact: Fact): Pair | null {
  return pairOf(index.siblingsOf(fact).map((o) => o.quantity!), fact.quantity!, fact.sentence);
}

/** "its highest since", "the first time since": a superlative's "since", not a count's "given since 3 March". */
const SINCE = /\b(?:highest|lowest|most|least|fewest|largest|biggest|smallest|strongest|weakest|fastest|slowest|worst|best|deadliest|first\s+time|record)\b[^.;,]*\bsince\s+(?:the\s+)?$/i;

const sameFigure = (page: Quantity, source: Quantity | undefined) =>
  source !== undefined && source.unit === page.unit && sameNumber(page, source) && pins(source, page);

// (A season, "2024/25", is no calendar year: "6.3% in the 2024/25 academic year" is not "6.3% in 2024"; momentsAgree says so.)
const agreeingDate = (page: Quantity, source: Quantity | undefined) => source !== undefined && momentsAgree(page, source);

/**
 * The figure of a sentence nearest to this one, of those that pass the test; one across a comma or a
 * semicolon is farther than any before it ("5% from 1 November 2025, 4% from 1 July 2026"), unless
 * the clause after says what was then ("since 2014, when 74.8% voted").
 */
function nearest(figures: Quantity[], to: Quantity, test: (o: Quantity) => boolean, sentence: string): Quantity | null {
  let best: Quantity | null = null;
  let distance = Infinity;
  for (const o of figures) {
    if (o === to || !test(o)) continue;
    const between = o.start > to.end ? sentence.slice(to.end, o.start) : sentence.slice(o.end, to.start);
    const d = between.length + (/[,;]\s(?!when\b)/.test(between) ? sentence.length : 0);
    if (d < distance) [best, distance] = [o, d];
  }
  return best;
}
