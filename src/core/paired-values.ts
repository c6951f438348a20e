import type { Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import type { Judgement } from './judgement.ts';
import { amountPeriodsDiffer, pins, sameNumber } from './values.ts';
import { isDistinctive } from './value-given.ts';
import { phraseOf, voiceOf } from './explain.ts';
import { CALENDAR, CAPITALISED_FUNCTION_WORDS, isStopword, wordKey } from './words.ts';
import { thingOf } from './thing.ts';
import { peopleByRole } from './news-words.ts';
import { noWordsOfAnother, wordsOwned, wordsOwnedByClause } from './figure-words.ts';

// "Northfield: €890 a month, up 4.1%" against "in Northfield, the cheapest district, it was €890, up
// 4.1%": two values of one page sentence that one source sentence gives both, each after the same
// name, tell the same thing whatever their nouns were read as (here none: a list's label is its
// subject). One value may coincide; two, each under its name, and one of them no small count, do not.
// Written here because the matcher needs a counted noun or an act, which such lines leave out.

/** Capitalised words that are no name: function words, and the words of a change or a hedge. */
const CHANGE_OR_HEDGE = /^(?:Up|Down|Some|About|Nearly|More|Less|Only|Just|Almost)$/;
const NOT_A_NAME = { test: (w: string) => CAPITALISED_FUNCTION_WORDS.has(w) || CHANGE_OR_HEDGE.test(w) };

/**
 * The last capitalised word before a place in a text, as a word key; null when none. Looser than
 * names.ts's lastNameBefore, which takes no one-word opener: here a line's label ("Northfield: €890")
 * and a one-word name count, since two values must both stand after it in both sentences.
 */
export function lastCapitalisedBefore(text: string, at: number): string | null {
  const word = lastCapitalisedWordBefore(text, at);
  return word ? wordKey(word) : null;
}

/** The last capitalised word before a place in a text, as written. */
export function lastCapitalisedWordBefore(text: string, at: number): string | null {
  const names = (text.slice(0, at).match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !NOT_A_NAME.test(w) && !CALENDAR.test(w) && !isStopword(w));
  return names.length > 0 ? names[names.length - 1] : null;
}

/** Figures no rule could match, confirmed where one source sentence gives two of the sentence's values, each after the same name. */
export function confirmedInPairs(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  const figures = quantities.filter((o) => o.kind === 'quantity' && o.value !== null);
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'unverified' || j.facts.length > 0 || q.kind !== 'quantity' || q.value === null) return j;
    const name = lastCapitalisedBefore(sentence, q.start);
    if (!name) return j;
    const noun = thingOf(q, sentence).noun;
    for (const f of index.withValueBetween(q.unit, q.value, q.value)) {
      if (f.quantity!.value !== q.value || !sameNumber(q, f.quantity!) || !pins(f.quantity!, q) || lastCapitalisedBefore(f.sentence, f.quantity!.start) !== name ||
        amountPeriodsDiffer(sentence, q, f)) continue;
      // (Nor where each names what it counts, and they differ: "400 more surgeons" are not "400 anaesthetists".
      // Measures, amounts and shares are named loosely, by what was measured or where: their words decide.)
      const theirNoun = index.thingOfFact(f).noun;
      if (q.unit === null && noun !== null && theirNoun !== null && theirNoun !== noun && !peopleByRole(noun, theirNoun)) continue;
      // (The figure shares a word of its own with the source's, and owns none the source gives another:
      // "Season tickets … 3.9%" is not "off-peak fares 3.9 per cent", "1,650 on its bus network" not "1,650 tram drivers".)
      const theirs = index.siblingsOf(f).filter((g) => g.quantity?.kind === 'quantity').map((g) => g.quantity!);
      if (!sharesOwnWord(sentence, figures, q, f.sentence, theirs, f.quantity!) ||
        !noWordsOfAnother({ sentence, figures: figures.filter((o) => o.unit === q.unit), figure: q },
          { sentence: f.sentence, figures: theirs.filter((g) => g.unit === q.unit), figure: f.quantity! })) continue;
      const partner = partnerIn(sentence, figures, q, f.sentence, theirs, f.quantity!);
      if (partner) {
        return { verdict: 'consistent', explanation: `${voiceOf(f)} gives ${phraseOf(f)} in a sentence that also gives this one's ${partner.text}, each after the same name.`, facts: [f] };
      }
    }
    return j;
  });
}

/**
 * Another figure of the page sentence, of another value, that the source sentence gives too, after
 * the same name as the page gives it, in the same order ("1,650 tram drivers and 750 bus drivers"
 * against "750 … and 1,650 …" is a swap); one of the two no small count.
 */
function partnerIn(sentence: string, figures: Quantity[], q: Quantity, theirSentence: string, theirs: Quantity[], their: Quantity): Quantity | null {
  return figures.find((o) => o !== q && o.value !== q.value && (isDistinctive(q) || isDistinctive(o)) &&
    theirs.some((g) => g !== their && g.unit === o.unit && g.value === o.value && lastCapitalisedBefore(theirSentence, g.start) === lastCapitalisedBefore(sentence, o.start) &&
      (o.start < q.start) === (g.start < their.start))) ?? null;
}

/**
 * Whether a page figure and a source figure own a word in common (or the page figure's clause owns
 * none): of the words since the figure before, or of their clauses. (Not the words up to the figure after, which in a list are the next
 * item's: "off-peak fares 3.9 per cent, and some peak intercity tickets…".)
 */
function sharesOwnWord(sentence: string, figures: Quantity[], q: Quantity, theirSentence: string, theirs: Quantity[], their: Quantity): boolean {
  const shared = (mine: Set<string>, other: Set<string>) => [...mine].some((w) => other.has(w));
  const clause = wordsOwnedByClause(sentence, figures, q);
  // (A figure whose clause says nothing of its own, ", up 4.1%", has nothing to share.)
  return clause.size === 0 || shared(wordsOwned(sentence, figures, q, 'before'), wordsOwned(theirSentence, theirs, their, 'before')) ||
    shared(clause, wordsOwnedByClause(theirSentence, theirs, their));
}
