import { signedTemperatures, withoutMinus } from './temperatures.ts';
import type { Quantity } from './types.ts';
import { ENDS_WITH_UNIT, figuresIn, withQualifier } from './figure-finders.ts';
import { OF_A_WHOLE, describe } from './figure-context.ts';
import { perSentence } from './memo.ts';
import { wordKey } from './words.ts';
import { isYearSpan } from './moments.ts';
import { STATES, canonical } from './news-words.ts';

/** "Thursday", "last Friday": a date that depends on when the text was written. */
export function isRelativeDate(q: Quantity): boolean {
  return q.kind === 'date' && !/\d/.test(q.date ?? '');
}

/** Finds every quantity, date and time in a sentence, with what it counts and where. */
/** A sentence's figures, found once however many of its figures are judged against it (read them, never change them). */
export const figuresOfSentence = perSentence((sentence): Quantity[] => findQuantities(sentence));

export function findQuantities(sentence: string): Quantity[] {
  // (A temperature's "minus" is its sign, read below; its clause is read without it: "dropped to minus 2C" dropped.)
  const read = withoutMinus(sentence);
  const candidates = figuresIn(read);

  const quantities: Quantity[] = [];
  for (const c of candidates) {
    const q = describe(read, withQualifier(read, c));
    const previous = quantities.filter((p) => p.kind === 'quantity').pop();
    // "were closed on 21 October and 22 October": the second date shares the act.
    const previousDate = quantities[quantities.length - 1];
    if (q.kind === 'date' && !q.about && previousDate?.kind === 'date' && /^\s*(?:and|or|,)\s*$/.test(sentence.slice(previousDate.end, q.start))) {
      q.about = previousDate.about;
    }
    // "attacked at least 12 times in Iraq and four times in Syria": the second figure shares the act.
    // "11 wagons left the track, four of them tank cars": a part of the count before, with an act of its own.
    // ("nine of them in the capital" is a part with the same act, only in one place; "nine of them on
    // ventilators" says something of its own.)
    const ofThem = /^\s+of\s+(?:them|those|whom|which)\b/.exec(sentence.slice(q.end, q.end + 30));
    // "20 of the rockets", "37 of the launches" are parts too, of a count the sentence need not give.
    // (A share or an amount "of the vote" is not a part of a count.)
    if ((ofThem || OF_A_WHOLE.test(sentence.slice(q.end, q.end + 40))) && q.kind === 'quantity' && q.unit === null) q.role = 'part';
    const part = ofThem !== null && !/^\s+(?:in|at|from)\s+(?:the capital|\p{Lu})/u.test(sentence.slice(q.end + ofThem[0].length, q.end + 60));
    // ("eight homes had been destroyed and 23 damaged": the 23 are homes too, and were damaged;
    // "Of those, 87 declined, 54 increased": what the 87 did, whatever they are. The injured, the
    // dead, the missing are people by their state, which the thing reads.)
    let ownAct = false;
    // ("three houses have been destroyed and two more badly damaged": so with "more" and a manner.)
    const more = q.kind === 'quantity' && q.unit === null && !q.noun ? MORE_DONE.exec(sentence.slice(q.end)) : null;
    const participle = more && ELLIPTIC_PARTICIPLE.test(more[2]) && CLAUSE_ENDS.test(sentence.slice(q.end + more[0].length)) ? more : null;
    if (participle) {
      q.noun = participle[2];
      q.nounKey = wordKey(participle[2]);
    }
    if (q.kind === 'quantity' && q.unit === null && ELLIPTIC_PARTICIPLE.test(q.noun) && !STATES.has(canonical(q.nounKey)) && !CHANGES.has(canonical(q.nounKey)) &&
        (participle !== null || participleEndsClause(sentence.slice(q.end), q.noun))) {
      const elided = previous?.unit === null && previous.nounKey && !ELLIPTIC_PARTICIPLE.test(previous.noun) && !STATES.has(canonical(previous.nounKey)) && sharesClause(sentence.slice(previous.end, q.start));
      ownAct = true;
      q.about = participle ? `${participle[1] ?? ''}${participle[2]}` : q.noun;
      q.noun = elided ? previous.noun : '';
      q.nounKey = elided ? previous.nounKey : '';
    }
    if (q.kind === 'quantity' && !part && !q.about && previous?.about && sharesClause(sentence.slice(previous.end, q.start)) &&
        !hasOwnVerb(afterAct(sentence.slice(previous.end, q.start), previous.about)) && !OWN_VERB_AFTER.test(sentence.slice(q.end))) {
      q.about = previous.about;
    }
    // "900 troops in Syria, and 2,500 more in Iraq": the second figure counts the same noun.
    // (An amount with an act of its own is not the one before: "won the €140 million contract, was fined €12 million".)
    // (Nor is one with a clause of its own: "€38m of debt … and the deal is worth about €183m".)
    const ownAmount = q.unit !== null && ((q.about !== '' && q.about !== previous?.about) ||
      (previous !== undefined && !/^[\s,]*(?:and|or|to|then)?[\s,]*$/.test(sentence.slice(previous.end, q.start))));
    // ("taken to three hospitals: 31 to St Brannoc General Hospital, 20 to …": the places the count
    // before is of are where each later count went, not what it counts.)
    const sharedOut = DISTRIBUTED_OVER.test(sentence.slice(Math.max(0, (previous?.start ?? 0) - 20), previous?.start ?? 0)) && /:|,\s+including\b/.test(sentence.slice(previous?.end ?? 0, q.start)) &&
      (q.place !== null || SENT_TO_NAME.test(sentence.slice(q.end, q.end + 40)));
    if (q.kind === 'quantity' && !ownAct && !q.noun && !q.nounKey && previous?.nounKey && !ownAmount && !sharedOut && !ENDS_WITH_UNIT.test(q.text) && previous.unit === q.unit &&
        continuesPrevious(sentence, previous, q)) {
      q.noun = previous.noun;
      q.nounKey = previous.nounKey;
    }
    // ("roughly 410,000 tonnes of fish in 2024, down from 438,000 the year before": a level before the
    // change is in the unit of the level after it, whose unit it leaves out.)
    if (q.kind === 'quantity' && q.unit === null && !q.noun && !q.nounKey && previous?.unit && previous.value !== null &&
        LEVEL_BEFORE_LEFT_OUT.test(read.slice(previous.end, q.start))) {
      q.unit = previous.unit;
      q.noun = previous.noun;
      q.nounKey = previous.nounKey;
    }
    // ("2,300 residents were evacuated from three districts: 1,400 from Millbank, …": each part counts
    // what the count before the places counts.)
    const whole = sharedOut ? quantities[quantities.indexOf(previous!) - 1] : undefined;
    if (whole?.nounKey && !q.nounKey && whole.unit === q.unit && q.kind === 'quantity' && !ENDS_WITH_UNIT.test(q.text)) {
      q.noun = whole.noun;
      q.nounKey = whole.nounKey;
    }
    quantities.push(q);
  }
  const figures = signedTemperatures(sentence, quantities);
  // A figure is dated by the sentence's first date or time, unless that date stands in a relative
  // clause the figure is outside of ("Halvane, which won the contract in 2019, was fined €12 million").
  // (A season or a year of accounts, "2024-25", spans two years: it dates no figure to either.)
  const moments = figures.filter((q) => q.kind !== 'quantity' && !isYearSpan(q));
  // (Nor does a later year date a figure of a clause a span dates, the span before that year: "missed
  // 7.1% of sessions in the 2024/25 school year, down from 7.6% the year before but … well above the
  // 4.7% recorded in 2018" leaves the 7.1% and the 7.6% undated, not 2018's.)
  const spans = figures.filter((q) => q.kind !== 'quantity' && isYearSpan(q));
  const spanBetween = (q: Quantity, m: Quantity) => m.start > q.end && spans.some((span) => span.end <= m.start &&
    Math.abs(span.start - q.start) < m.start - q.start && !sentence.slice(Math.min(span.start, q.start), Math.max(span.end, q.end)).includes(';'));
  // (Unless a clause of that year follows: "better than in 2010, the worst year on record, when only 71.2% ran on time".)
  // (Not "over 2024", during it; nor "will rise by 4.1% from 2026", when a level is to start. "A
  // building from 1974, houses 112 stalls" is no year of the stalls.)
  const setAgainst = FUTURE_WORDS.test(sentence) ? YEAR_SET_AGAINST : YEAR_SET_AGAINST_OR_FROM;
  const compared = moments.filter((m) => !YEAR_OF_CLAUSE_AFTER.test(sentence.slice(m.end, m.end + 80)) &&
    ((/^\d{4}$/.test(m.date ?? '') && setAgainst.test(sentence.slice(Math.max(0, m.start - 20), m.start))) ||
      figures.some((o) => o.kind === 'quantity' && ofTheComparison(sentence, m, o))));
  for (const q of figures) {
    if (q.kind !== 'quantity') continue;
    // (Nor a year of the past before a clause of the present: "was built in 1974 and has 412 bedrooms".)
    // (Nor one across a semicolon after a clause of the present: "had 265 officers in 2021 and has 212
    // now; … a wing of 410 men"; unless the sentence opens on it: "In 1994 the ferry … sank within 40
    // minutes; 61 … died". Without "now", the year may be the next clause's too: "peaked in 2019; the
    // council received 4,100".)
    const acrossNow = (m: Quantity) => {
      const between = sentence.slice(Math.min(m.end, q.end), Math.max(m.start, q.start));
      return between.includes(';') && /\b(?:now|today|currently)\b/i.test(between);
    };
    const candidates = moments.filter((m) => !spanBetween(q, m) && (OPENING_MOMENT.test(sentence.slice(0, m.start)) || !acrossNow(m)) &&
      !inOtherRelativeClause(sentence, m, q) && !sinceInOtherClause(sentence, m, q) && !ofTheComparison(sentence, m, q) &&
      !(m.end <= q.start && PRESENT_CLAUSE_AFTER.test(sentence.slice(m.end, q.start))) && !yearOfTheLevelBefore(sentence, m, q, figures));
    // (The first date of the sentence dates no figure where it is the year of a level compared with:
    // "41.2 TWh, up 12% from 36.8 TWh in 2023, while solar generated 18.6 TWh".)
    // (Nor a day or month after another figure of a clause of its own, within that clause: "2,500
    // nursing posts, 1,200 of them in rural hospitals, and 400 places at medical schools from September
    // 2026" dates the places. Set off by a comma, it is of both: "rose to £11.44, while … rose to £8.60, in April 2024".)
    const when = yearOfOwnClause(sentence, q, candidates, figures) ??
      candidates.find((m) => !compared.includes(m) && !datesAnotherClause(sentence, m, q, figures));
    if (when) q.time = YEAR_BEFORE_AFTER.test(sentence.slice(q.end, q.end + 40)) && /^\d{4}$/.test(when.date ?? '') ? String(Number(when.date) - 1) : when.text;
  }
  return figures;
}

/** What may open a sentence before the moment that dates all of it: "In 1994", "On 3 March". */
const OPENING_MOMENT = /^\W*(?:(?:in|on|by|during|since|until|at|early|late)\s+(?:the\s+)?)?$/i;

/**
 * "from 57 in 2022 to 412 in 2024", "from 3.9% at the end of 2023 to 4.4%": the year between a level
 * after "from" and "to" is that level's, not the next one's. (Not a change's: "grew 12% in 2023 to
 * €4.1 billion", "rose by £300m in 2023 to £4.1bn" are 2023's levels.)
 */
const LEVEL_FROM = /\bfrom\s+(?:[\p{L}]+\s+){0,2}$/iu;
function yearOfTheLevelBefore(sentence: string, m: Quantity, q: Quantity, figures: Quantity[]): boolean {
  return m.end <= q.start && /^\s+to\s+$/.test(sentence.slice(m.end, q.start)) &&
    figures.some((o) => o.kind === 'quantity' && o !== q && LEVEL_FROM.test(sentence.slice(Math.max(0, o.start - 30), o.start)) && o.end <= m.start && /^\s+(?:[a-z]+[\s-]+){1,4}$/.test(sentence.slice(o.end, m.start)));
}

/**
 * The year of the figure's own clause, nearest first: "volumes will rise 3% in 2026, and … made up
 * 9.1 million tonnes in 2025". Not a day it was said ("…reached €21.7 billion, the board said on
 * Tuesday"), nor a year nearer another figure ("about 640 volunteers … below the peak of 3,960
 * recorded in 2017"), nor a year compared with ("a rise of 6% on 2024"), nor the year of a level
 * compared with ("€38.2 million in 2024, up from €31.5 million in 2023, on 1.4 million claims").
 */
function yearOfOwnClause(sentence: string, q: Quantity, candidates: Quantity[], quantities: Quantity[]): Quantity | undefined {
  const distance = (m: Quantity) => Math.max(m.start, q.start) - Math.min(m.end, q.end);
  return [...candidates].sort((a, b) => distance(a) - distance(b)).find((m) => {
    if (m.kind !== 'date' || !/^\d{4}$/.test(m.date ?? '')) return false;
    const [from, to] = [Math.min(m.end, q.end), Math.max(m.start, q.start)];
    return !CLAUSE_BREAK.test(sentence.slice(from, to)) &&
      !quantities.some((o) => o.kind === 'quantity' && o !== q && o.start >= from && o.end <= to) &&
      !(q.start > m.end && COMPARED_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start))) &&
      // ("a rise of just over 6% on 2024": the year compared with.)
      !YEAR_COMPARED_WITH.test(sentence.slice(Math.max(0, m.start - 20), m.start));
  });
}

/** Whether a day or month after the figure dates another figure's clause: "…, and 400 places at medical schools from September 2026". */
function datesAnotherClause(sentence: string, moment: Quantity, q: Quantity, figures: Quantity[]): boolean {
  return moment.start > q.end && !/^\d{4}$/.test(moment.date ?? '') &&
    figures.some((o) => o.kind === 'quantity' && o.start > q.end && o.end <= moment.start && CLAUSE_BREAK.test(sentence.slice(q.end, o.start)) &&
      !/[,;]/.test(sentence.slice(o.end, moment.start)));
}

/**
 * "€22 million the year before": a figure of the year before the one its sentence gives. (Not "4.6%
 * higher than a year earlier": that year is what the figure is compared with.)
 */
const YEAR_BEFORE_AFTER = /^\s*(?:(?!than\b|on\b|from\b|since\b|compared\b|against\b)[\p{L}-]+\s+){0,2}?(?:the year before|a year (?:earlier|before)|the previous year)\b/iu;

/** A year compared with, right before it: "a rise of 6% on 2024", "more than in 2019". */
const yearAfter = (words: string) => new RegExp(`\\b(?:${words}|compared (?:with|to))\\s+(?:in\\s+)?$`, 'i');
const YEAR_COMPARED_WITH = yearAfter('on|than|over|from|against');

/** A year a level is set against, which dates none of the sentence's other figures; "from" too where nothing is to come. */
const YEAR_SET_AGAINST = yearAfter('on|than|against');
const YEAR_SET_AGAINST_OR_FROM = yearAfter('on|than|against|from');
const FUTURE_WORDS = /\b(?:will|would|shall|is to|are to|set to|due to|plans? to|planned|proposal|proposed|from next)\b/i;
const YEAR_OF_CLAUSE_AFTER = /^(?:,[^,;.\d]{0,60})?,?\s+when\b/;

/** Where one clause of a sentence ends and another begins: "…in 2026, and she has warned…", "…; …". */
const CLAUSE_BREAK = /[;:]|,\s*(?:and|but|while|whereas)\s/;

const DISTRIBUTED_OVER = /\b(?:to|at|in|from|across|among|between)\s+$/i;
const SENT_TO_NAME = /^\s+(?:to|at|in)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "has opened 14 schools since 2021, and its pass rate rose to 77.5%": a year after "since" is when
 * something began, and dates no figure of another clause. (Unlike "since 1974, when 27 people died".)
 */
function sinceInOtherClause(sentence: string, date: Quantity, figure: Quantity): boolean {
  // (Also "since records began in 1952", "since the summer of 2022".)
  if (!/\bsince\s+(?:(?:[a-z]+\s+){1,8}(?:in|of)\s+)?$/i.test(sentence.slice(Math.max(0, date.start - 80), date.start))) return false;
  // ("turnout was 71.3%, the highest since 2014": after the figure, "since" names a point to compare with.)
  if (figure.start < date.end) return true;
  const between = sentence.slice(date.end, figure.start);
  return /,\s*(?:and|but|while)\b|;/.test(between) && !/\bwhen\b/.test(between);
}

/** "questioned 18,400 adults, against 12,500 in 2015", "fell to 17.3%, from 23.1% in 2015": a date after a comparison dates what is compared with, not the figure before it. */
function ofTheComparison(sentence: string, date: Quantity, figure: Quantity): boolean {
  // (Also "twice as many as in 2022", "more than in 2019": the year compared with.)
  return date.start > figure.end && (COMPARED_BEFORE.test(sentence.slice(figure.end, date.start)) ||
    /\b(?:as (?:many|much|high|low|large|big|often) as|than)\s+in\s+$/i.test(sentence.slice(Math.max(0, date.start - 30), date.start)));
}

/** The year a sentence's own clause gives ("The 2016 strike … was"), not one of a relative clause ("Halvane, which was founded in 1998, …"). */
export function mainClauseYear(sentence: string, quantities: Quantity[]): string | null {
  const relative = [...sentence.matchAll(RELATIVE_CLAUSE)].map((m) => [m.index!, m.index! + m[0].length]);
  const year = quantities.find((q) => q.kind === 'date' && /^\d{4}$/.test(q.date ?? '') && !relative.some(([a, b]) => q.start >= a && q.end <= b));
  return year?.text ?? null;
}

/** A comparison word, then the figure compared with, right before the date: "against 12,500 in ", "up from 55.2% at the last regional election in ". */
const COMPARED_BEFORE = /(?:\b(?:against|compared (?:with|to)|versus|vs\.?|than|up from|down from)|,\s*from|^\s*from|\d\s*(?:%|per\s?cent)\s+from)\s+(?:about\s+|some\s+|nearly\s+)?[€$£]?\d[\d.,]*\s*(?:%|per\s?cent|[a-z]+)?\s+(?:(?:at|during|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,4})?in\s+$/i;

/**
 * ", which won the contract in 2019,": the span of a relative clause set off by commas; so is a
 * participle's (", completed in 1968,"), which says when the thing was made, not what it did.
 */
const RELATIVE_CLAUSE = /,\s+(?:(?:which|who|whose|that)\s[^,;]*(?:,|$)|(?:[a-z]+ed|built|begun|founded|opened|set up)\s+(?:in|on)\s[^,;]*,)/g;

/** Whether a date stands in a relative clause that does not hold the figure. */
function inOtherRelativeClause(sentence: string, date: Quantity, figure: Quantity): boolean {
  for (const m of sentence.matchAll(RELATIVE_CLAUSE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (date.start >= start && date.end <= end) return figure.start < start || figure.end > end;
  }
  return false;
}

/** What follows the previous figure's own act: "15 people were injured, nine…" → ", ". */
function afterAct(between: string, about: string): string {
  const at = between.indexOf(about);
  return at >= 0 ? between.slice(at + about.length) : between;
}

/** "killed 14 people and drove 4,200 residents": a verb of its own, so the act is not shared. */
function hasOwnVerb(between: string): boolean {
  return /\b(?:[a-z]+ed|[a-z]+ing|drove|sent|took|made|left|fled|hit|struck|put|gave|won|lost|fell|rose|sank|tore|swept)\b/.test(between.replace(/^\s*[a-z]+\s+(?:in|at|from)\b/, '')
    .replace(/\bcompared\s+(?:with|to)\b/gi, ''));
}

/**
 * A verb of the figure's own right after it and its noun: "Three workers have died, and nine men
 * spent 19 hours in a refuge chamber" (the nine did not die). (Not a relative clause's: "brought down
 * 52, the 11 that got through" keeps the act before, as it did.)
 */
const OWN_VERB_AFTER = /^(?:\s+(?!that\b|which\b|who\b)[a-z]+){0,2}?\s+(?:spent|had|were|was|are|is|have|has|remain|remained|got|went|came|made|took|kept|stayed|waited|walked|escaped|survived|managed)\b/;

/** A past participle standing where the counted noun would: "and 23 damaged". */
const ELLIPTIC_PARTICIPLE = /^(?:[a-z]{2,}ed|taken|given|driven|stolen|broken|fallen|beaten|frozen|shaken|thrown|flown|blown|torn|sunk|burnt)$/;
/** "87 declined, 54 increased": a change is read as a change, not as an act the count did. */
const CHANGES = new Set(['rise', 'fall']);
/** The participle comes right after the figure and ends its clause: "and 23 damaged,", not "52 taken to St Audra's". */
function participleEndsClause(after: string, participle: string): boolean {
  const rest = after.replace(/^\s+/, '');
  return rest.startsWith(participle) && CLAUSE_ENDS.test(rest.slice(participle.length));
}
/** "two more badly damaged", "five more damaged", "four seriously injured": "more" or a manner before a participle. */
const MORE_DONE = /^\s+(?=more\s|(?:badly|seriously|severely|slightly|partly|partially|heavily|completely|critically|lightly)\s)(?:more\s+)?((?:badly|seriously|severely|slightly|partly|partially|heavily|completely|critically|lightly)\s+)?([a-z]{2,})\b/;
const CLAUSE_ENDS = /^(?:[,.;:)]|\s+(?:and|or|but|in|at|on|across|around|near|along|throughout)\b|\s*$)/;

/** "… in Iraq and ": a short run joined by "and" or a comma, inside one clause. */
function sharesClause(between: string): boolean {
  // 'About 1,700 people were moved out: 1,100 from Fennick Green and 600 from Selloway' shares it too.
  return between.length <= 60 && /(?:,|:|\band\b)/.test(between) && !/[;.!?]/.test(between);
}

/**
 * Whether a figure without a noun elides the previous one's: "900 troops in Syria, and 2,500 more
 * in Iraq"; "some 1,200 troops, including about 300 from a regional force"; "killing 37 people and
 * injuring more than 400".
 */
function continuesPrevious(s: string, previous: Quantity, q: Quantity): boolean {
  const between = s.slice(previous.end, q.start);
  // (Not across a clause of its own subject: "reversing three years of decline, while applications
  // for medicine rose to 27,850" are no years.)
  return between.length <= 80 && !/[;!?]|\.\s/.test(between) && !/,\s+(?:while|whereas)\s/.test(between);
}

/** Between a level and the level before it: "tonnes of fish in 2024, down from ". */
const LEVEL_BEFORE_LEFT_OUT = /^[^;.!?]{0,60},?\s+(?:up|down)\s+from\s+$/;

/** A clause of the present joined after a date: "in 1974 and has ", "in 2009 and now employs about ". */
const PRESENT_CLAUSE_AFTER = /^[^,;]{0,30}?\band\s+(?:now\s+|still\s+|today\s+)?(?:has|have|is|are|holds|employs|houses|contains|serves|runs|operates|carries)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+)?$/;
