import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { lowerFirst, MAX_EVIDENCE, type Judgement } from './judgement.ts';
import { canonical, differInAct, isKnownAct, isMeasure, isShare, thingOf, type Thing } from './thing.ts';
import { wordsOwnedByClause } from './figure-words.ts';
import { contentKeys } from './words.ts';
import { isHistory } from './match-figure.ts';
import { isRate, partOfTheOneBefore } from './sum-of-parts.ts';
import { givesAWhole, isLevelBefore, SMALLEST } from './difference.ts';
import { agreesWithWorkedOut } from './values.ts';
import { phraseOf, sourceLabel, workedOutText } from './explain.ts';
import { isLaterAgeOfAList } from './figure-context.ts';

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
      isShare(q.unit) || isMeasure(q.unit) || j.facts.length === 0 || isLaterAgeOfAList(sentence, q)) return j;
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
      const parts = figures.filter((f) => !isRate(f) && !isLaterAgeOfAList(f.sentence, f.quantity!) && !isLevelBefore(f) && !partOfTheOneBefore(f) && !COMPARED_OR_INCLUDED.test(textBefore(f)) &&
        (past || !isHistory(q, f, sentence)) && (umbrella || goesOn(f) || !differInAct(thing, index.thingOfFact(f))));
      // (A long list is no sentence of parts, and its pairs and triples too many to try.)
      if (parts.length > MOST_PARTS) return [];
      return subsets(parts).filter((set) => {
        const things = set.map((f) => index.thingOfFact(f));
        return set.some((f) => j.facts.includes(f)) && oneNoun(thing.noun, things.map((t) => t.noun)) && (umbrella || oneAct(things.filter((_, k) => !goesOn(set[k])))) && oneTime(set) &&
          !namesOnePart(set, mates, pageWords, [thing, ...things], [q, ...set.map((f) => f.quantity!)].map((o) => o.nounKey)) &&
          agreesWithWorkedOut(q, total(set));
      });
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
  if (times.size > 1) return false;
  const said = set.map(timeOfPart);
  if (said.every((t) => t === null)) return true;
  // (One time said of the first part, that the others go on from, is all the parts': "crews filled
  // 11,800 potholes last year and contractors a further 2,450".)
  const [first, ...rest] = [...set].sort((a, b) => a.quantity!.start - b.quantity!.start);
  return timeOfPart(first) !== null && rest.every((f) => timeOfPart(f) === null && goesOn(f));
}
const timeOfPart = (f: Fact) => TIME_OF_PART.exec(f.sentence.slice(f.quantity!.end).split(/[,;]|\band\b/)[0])?.[0].toLowerCase() ?? null;
const FURTHER = /\b(?:a\s+further|another)\s+$/i;
/** A part that goes on from the one before, in its act and time too: "rescued 260 people by boat, and army helicopters lifted a further 35". */
const goesOn = (f: Fact) => FURTHER.test(f.sentence.slice(Math.max(0, f.quantity!.start - 12), f.quantity!.start)) && sameDoing(f);
/**
 * Whether a part after "a further" is told as done like the part before, by no act Sourcelight knows
 * and at no time of its own: "army helicopters lifted a further 35", not "a further 35 drowned" (a
 * known act), "will fill a further 2,450", "a further 2,450 remain open" or "a further 2,450 in January".
 */
function sameDoing(f: Fact): boolean {
  const acts = thingOf(f.quantity!, f.sentence).acts;
  const clause = f.sentence.slice(f.quantity!.end).split(/[,;]|\band\b/)[0];
  const before = f.sentence.slice(Math.max(0, f.quantity!.start - 40), f.quantity!.start);
  // (Its verb may be left out, the one before's: "council crews filled 11,800 … and contractors a further 2,450".)
  return !acts.some(isKnownAct) && !/\b(?:will|would|to|may|might|could|shall)\s+[a-z]+\s+(?:a\s+further|another)\s+$/i.test(before) &&
    !MONTH_OR_DAY.test(clause) && !OWN_VERB_AFTER.test(clause);
}
/** A verb of the part's own after it: "a further 2,450 remain open", "a further 35 drowned". */
const OWN_VERB_AFTER = /^\s+(?:[a-z]+\s+)?(?:remain|remained|remains|are|were|was|is|have|had|has|will|died|drowned|went|are still|still)\b/i;
const MONTH_OR_DAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|next|last)\b/;
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
  // (Nor the time the first part is given, which the rest go on from: oneTime allows only that.)
  const timeWords = new Set(set.flatMap((f) => contentKeys(timeOfPart(f) ?? '')));
  const tells = (w: string) => !shared.has(w) && !shared.has(canonical(w)) && !timeWords.has(w);
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

