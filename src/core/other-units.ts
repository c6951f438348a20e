import type { Fact, Quantity } from './types.ts';
import { isShare, thingKeys, type Thing } from './thing.ts';
import type { FactIndex } from './fact-index.ts';
import { describesAnother, matchFigure, type Match, type PageFigure } from './match-figure.ts';
import { phraseIn, phraseOf, voiceOf } from './explain.ts';
import { lowerFirst, type Judgement } from './judgement.ts';
import { figuresOfSentence } from './numbers.ts';
import { ownSameWords } from './figure-words.ts';
import { sameNumber } from './values.ts';

// A figure told in another unit: "three days" and "72 hours", "20cm" and "0.2 metres", "almost a
// fifth" and "19.3%", "nearly 20 miles" and "31 kilometres". Periods are counted nouns, so a period
// changes its noun; measures and shares change their unit. A conversion that is not exact (miles,
// feet) leaves the figure hedged ("about"), as a reader takes it; a fraction is a share of some
// 2.5 points either way ("a fifth" is 17.5–22.5%), its hedge kept ("nearly half" is 45–50%).

interface Conversion {
  /** The unit (or, for periods, the counted noun's stem) of the larger measure… */
  larger: string;
  /** …and of the smaller. */
  smaller: string;
  /** How many of the smaller one of the larger holds (a whole, as a fraction 1, is 100 percent). */
  factor: number;
  exact: boolean;
  /** Whether the unit is a period's noun rather than the figure's unit. */
  period?: true;
}

const CONVERSIONS: Conversion[] = [
  // (A month is taken as 30 days, as notices and deadlines count it; only whole numbers of a period.)
  ...([['hour', 'minut', 60], ['dai', 'hour', 24], ['week', 'dai', 7], ['month', 'dai', 30], ['year', 'month', 12], ['decad', 'year', 10]] as const)
    .map(([larger, smaller, factor]): Conversion => ({ larger, smaller, factor, exact: true, period: true })),
  ...([['km', 'm', 1000], ['m', 'cm', 100], ['cm', 'mm', 10], ['t', 'kg', 1000], ['twh', 'gwh', 1000], ['gwh', 'mwh', 1000], ['mwh', 'kwh', 1000],
    ['gw', 'mw', 1000], ['mw', 'kw', 1000]] as const).map(([larger, smaller, factor]): Conversion => ({ larger, smaller, factor, exact: true })),
  ...([['mile', 'km', 1.609344], ['m', 'ft', 3.28084], ['mph', 'km/h', 1.609344], ['acre', 'ha', 0.404686], ['fraction', 'percent', 100]] as const)
    .map(([larger, smaller, factor]): Conversion => ({ larger, smaller, factor, exact: false })),
];

/** How far a fraction said in words reaches as a percentage: "a fifth" is 17.5–22.5%, not 45% for "half". */
const FRACTION_REACH = 2.5;

/** The page figure told in each other unit it converts to: 3 days → 72 hours; 60 days → 2 months; a fifth → about 20%. */
export function inOtherUnits(q: Quantity, thing: Thing): Array<{ q: Quantity; thing: Thing; exact: boolean }> {
  if (q.value === null) return [];
  const out: Array<{ q: Quantity; thing: Thing; exact: boolean }> = [];
  for (const c of CONVERSIONS) {
    const unit = c.period ? (q.unit === null ? thing.noun : null) : q.unit;
    const to = unit === c.larger ? c.smaller : unit === c.smaller ? c.larger : null;
    if (to === null) continue;
    const times = unit === c.larger ? c.factor : 1 / c.factor;
    const value = Math.round(q.value * times * 1000) / 1000;
    const valueMax = q.valueMax === null ? null : Math.round(q.valueMax * times * 1000) / 1000;
    if (c.period && (!Number.isInteger(value) || (valueMax !== null && !Number.isInteger(valueMax)))) continue;
    if (q.unit === 'fraction') {
      out.push({ q: { ...q, ...fractionAsPercent(q.qualifier, value, valueMax), unit: to }, thing, exact: false });
      continue;
    }
    // ("nearly 20 miles" is 31 km: a rounded unit and its hedge both loosen, to a twentieth either
    // way. A percentage said as a fraction, "nearly 25%" as "almost a quarter", is the fraction hedged.)
    const loose = !c.exact && (q.qualifier === 'exact' || q.qualifier === 'nearly' || q.qualifier === 'about');
    const reach = !loose ? { value, valueMax } : to === 'fraction' ? { value, valueMax, qualifier: 'about' as const }
      : { value: round(value * (1 - LOOSE_REACH)), valueMax: round((valueMax ?? value) * (1 + LOOSE_REACH)), qualifier: 'exact' as const };
    out.push(c.period
      ? { q: { ...q, value, valueMax, nounKey: to }, thing: { ...thing, noun: to }, exact: c.exact }
      : { q: { ...q, ...reach, unit: to }, thing, exact: c.exact });
  }
  return out;
}

/** How far a figure converted from a unit rounded loosely (miles, feet, acres) reaches either way. */
const LOOSE_REACH = 0.05;
const round = (n: number) => Math.round(n * 1000) / 1000;

/** "a fifth" → 17.5–22.5%, "nearly half" → 45–50%, "more than a third" → over 33.3%: a fraction's reach, its hedge kept. */
function fractionAsPercent(qualifier: Quantity['qualifier'], value: number, valueMax: number | null): Pick<Quantity, 'value' | 'valueMax' | 'qualifier'> {
  const top = valueMax ?? value;
  if (qualifier === 'exact' || qualifier === 'about') return { value: value - FRACTION_REACH, valueMax: top + FRACTION_REACH, qualifier: 'exact' };
  // ("nearly half" is 45%: a hedge below reaches twice as far, and never above.)
  if (qualifier === 'nearly') return { value: value - 2 * FRACTION_REACH, valueMax: value, qualifier: 'exact' };
  return { value, valueMax, qualifier };
}

/** Periods of another kind than the calendar's: "14 working days" are not two weeks, nor "28 days of paid leave" four. */
const NOT_CALENDAR = /\b(?:working|business|school|trading|sitting|calendar|paid|week)\s+(?:days?|weeks?|months?)\b|\b(?:days?|weeks?)\s+(?:of\s+)?(?:paid\s+|annual\s+)?(?:leave|holidays?)\b/i;

/** A sentence of more figures than this is checked in no other unit: each check reads every figure's words. */
const MOST_FIGURES = 40;

/**
 * The page figure confirmed in another unit by a source of the same thing; by a loose conversion only
 * where no source gives that thing another value in that unit ("nine miles" against "nine
 * kilometres" is no agreement with a "14-kilometre" stretch). It never contradicts: units are
 * rounded loosely.
 */
export function inAnotherUnit(figure: PageFigure, index: FactIndex): Judgement | null {
  // (A period only of the calendar on both sides.)
  const calendar = (sentence: string, q: Quantity) => figure.q.unit !== null || !NOT_CALENDAR.test(sentence.slice(Math.max(0, q.start - 20), q.end + 40));
  if (figuresOfSentence(figure.sentence, 0).length > MOST_FIGURES || !calendar(figure.sentence, figure.q)) return null;
  for (const told of inOtherUnits(figure.q, figure.thing)) {
    const page = { ...figure, q: told.q, thing: told.thing };
    const matches = index.withThing(thingKeys(told.thing)).filter((f) => f.quantity!.unit === told.q.unit && calendar(f.sentence, f.quantity!))
      .map((f) => matchFigure(page, f, index)).filter((m): m is Match => m !== null);
    const agreeing = matches.filter((m) => m.agrees && m.sameThing && !describesAnother(figure.sentence, told.q, m.fact, index) && sameOwnWords(figure, m.fact, index));
    // (A loose conversion, miles or a fraction, only where no source gives that thing another value in the unit.)
    if (agreeing.length > 0 && (told.exact || !matches.some((m) => !m.agrees && m.canConflict))) {
      const best = agreeing.sort((a, b) => b.strength - a.strength || a.fact.id - b.fact.id)[0].fact;
      const which = isShare(figure.q.unit) ? lowerFirst(figure.q.text) : phraseIn(figure.q, figure.sentence);
      return { verdict: 'consistent', explanation: `${voiceOf(best)} says ${phraseOf(best)}, which is ${which}.`, facts: [best] };
    }
  }
  return null;
}

/**
 * Where the source sentence gives other figures of the unit, the page figure's own words must be its
 * figure's: "In Eastmoor, rents jumped by more than a tenth" is not "in Harbourside, where rents rose
 * 11.2%, and … in Eastmoor, at 2.3%".
 */
function sameOwnWords(figure: PageFigure, fact: Fact, index: FactIndex): boolean {
  // (Of a period, only other periods of its noun: "3,000 homes … within 48 hours" leaves no room for a swap.)
  const noun = fact.quantity!.unit === null ? index.thingOfFact(fact).noun : undefined;
  const sourceFigures = index.siblingsOf(fact).filter((o) => o.quantity?.kind === 'quantity' && o.quantity.unit === fact.quantity!.unit &&
    (noun === undefined || index.thingOfFact(o).noun === noun)).map((o) => o.quantity!);
  if (sourceFigures.length < 2) return true;
  // (A sentence of many such figures leaves too much room for a swap to tell: and reading each one's words is slow.)
  if (sourceFigures.length > MOST_OWN_FIGURES) return false;
  const pageFigures = figuresOfSentence(figure.sentence, 0).filter((o) => o.kind === 'quantity' && (o.unit === figure.q.unit || o.unit === fact.quantity!.unit));
  const own = pageFigures.find((o) => o.start === figure.q.start) ?? figure.q;
  return ownSameWords({ sentence: figure.sentence, figures: pageFigures, figure: own }, { sentence: fact.sentence, figures: sourceFigures, figure: fact.quantity! });
}

const MOST_OWN_FIGURES = 12;

/**
 * Units a writer may put one for the other by mistake: lengths. (Not currencies: a price set in each
 * market, "$499" and "€499", is the same number on purpose.)
 */
const SWAPPABLE = [['km', 'mile', 'm', 'ft']];

/**
 * The very number of the same thing in another length unit contradicts: "a 38-mile detour" against
 * "a 38-kilometre detour". (A number that matches only after converting agrees, above; the same
 * number in two units cannot both be right.) Only where nothing matched the figure in its own unit.
 */
export function unitSwapped(figure: PageFigure, index: FactIndex, matchedInItsUnit: boolean): Judgement | null {
  const { q } = figure;
  if (matchedInItsUnit) return null;
  const family = SWAPPABLE.find((units) => units.includes(q.unit ?? ''));
  // (Only an exact figure of a thing named on both sides: "more than three metres" of water is not the "three kilometres" of a road.)
  if (!family || q.value === null || q.qualifier !== 'exact' || figure.thing.noun === null) return null;
  for (const unit of family.filter((u) => u !== q.unit)) {
    const told = { ...q, unit };
    const page = { ...figure, q: told };
    const swapped = index.withValueBetween(unit, q.value, q.value).filter((f) => sameNumber(told, f.quantity!))
      .map((f) => matchFigure(page, f, index))
      .find((m): m is Match => m !== null && m.agrees && m.sameThing && m.canConflict && index.thingOfFact(m.fact).noun === figure.thing.noun &&
        !describesAnother(figure.sentence, told, m.fact, index));
    if (swapped) {
      return { verdict: 'conflicting', explanation: `${voiceOf(swapped.fact)} says ${phraseOf(swapped.fact)}; this page says ${phraseIn(q, figure.sentence)}, another unit.`, facts: [swapped.fact] };
    }
  }
  return null;
}
