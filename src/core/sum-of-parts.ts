import type { Fact, Quantity } from './types.ts';
import { sourceKey, type FactIndex } from './fact-index.ts';
import { sameNumber, valueRange, valuesAgree } from './values.ts';
import { shareAnAct, type Thing } from './thing.ts';
import { isHistory, wordsAfterFigure } from './match-figure.ts';
import { clauseAfter } from './clause-words.ts';
import { contentKeys } from './words.ts';
import { canonical } from './news-words.ts';
import { phraseOf, sourceLabel, workedOutText } from './explain.ts';
import { MAX_EVIDENCE, type Judgement } from './judgement.ts';

// A page's total that a source gives only in parts: by place ("25 from Sudmark and 15 from
// Kavran"), or by what each part is ("63 treated for the effects of cold and 19 for
// carbon-monoxide poisoning"). The explanation shows the sum.

/**
 * "At least 40 launches" when a source gives 25 from Sudmark and 15 from Kavran: a total the
 * page gives without a place agrees with the sum of one source's figures for distinct places.
 */
export function sumOfParts(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  const bySource = new Map<string, Fact[]>();
  for (const f of candidates) {
    if (isHistory(q, f, sentence)) continue; // the parts of another year's count are not this one's
    if (partOfTheOneBefore(f)) continue;
    const other = index.thingOfFact(f);
    const sameActs = shareAnAct(thing, other);
    if (other.places.length !== 1 || (thing.acts.length && !sameActs) || (thing.noun && other.noun && other.noun !== thing.noun)) continue;
    if (!thing.acts.length && other.noun !== thing.noun) continue;
    const list = bySource.get(sourceKey(f.source)) ?? [];
    if (!list.some((g) => index.thingOfFact(g).places[0] === other.places[0])) list.push(f);
    bySource.set(sourceKey(f.source), list);
  }
  for (const all of bySource.values()) {
    // The page names no place, or exactly the places of the parts ("from Sudmark and Kavran").
    const parts = thing.places.length ? all.filter((f) => thing.places.includes(index.thingOfFact(f).places[0])) : all;
    if (parts.length < 2 || (thing.places.length && parts.length !== thing.places.length)) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}

/**
 * "82 people were treated for the effects of cold or for carbon-monoxide poisoning" when a source
 * sentence gives 63 for the effects of cold and 19 for carbon-monoxide poisoning: a total whose
 * clause names what each of two or more figures of one source sentence is, and equals their sum.
 */
export function sumOfNamedParts(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  const said = new Set(contentKeys(clauseAfter(sentence, q.end, 160)).map(canonical));
  for (const mates of sentencesOf(candidates, index)) {
    const figures = summable(mates, q, sentence);
    if (figures.length < 2) continue;
    // What tells each figure apart: the words after it that no other figure of the sentence has.
    const words = figures.map((f) => wordsAfterFigure(f));
    const own = words.map((w, i) => [...w].filter((k) => !words.some((o, j) => j !== i && o.has(k))));
    const parts = figures.filter((_, i) => own[i].length > 0 && own[i].every((k) => said.has(k)));
    if (parts.length < 2 || parts.some((f) => index.thingOfFact(f).noun !== null && thing.noun !== null && index.thingOfFact(f).noun !== thing.noun)) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}

/**
 * "roughly 520 passengers across the two trains" when a source sentence gives 326 passengers on one
 * and 198 on the other: a total its clause says is of all the parts ("across the two", "in all",
 * "combined") agrees with the sum of one source sentence's figures of the same thing.
 */
export function sumOfOneSentence(q: Quantity, thing: Thing, candidates: Fact[], index: FactIndex, sentence: string): Judgement | null {
  if (!ALL_THE_PARTS.test(sentence.slice(q.end, q.end + 60).split(/[,;:.]/)[0]) && !ALL_THE_PARTS_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return null;
  for (const mates of sentencesOf(candidates, index)) {
    // (Each part of the page's act, or of none; no part a rate: "killed 30 and injured 15" is not 45
    // killed, nor "12,000 on a weekday and 8,000 on a Saturday" 20,000 in all.)
    const figures = summable(mates, q, sentence);
    const parts = figures.filter((f) => [null, thing.noun].includes(index.thingOfFact(f).noun) &&
      (index.thingOfFact(f).acts.length === 0 || thing.acts.length === 0 || shareAnAct(thing, index.thingOfFact(f))));
    if (parts.length < 2 || !parts.some((f) => index.thingOfFact(f).noun === thing.noun) || parts.length !== figures.length ||
      parts.some((f) => RATE_AFTER.test(f.sentence.slice(f.quantity!.end, f.quantity!.end + 40)))) continue;
    const summed = sumAgrees(q, parts);
    if (summed) return summed;
  }
  return null;
}
const ALL_THE_PARTS = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:across|on|in|from|at|between)\s+(?:the\s+|its\s+|their\s+)?(?:two|three|four|both|all)\b|\b(?:in all|in total|combined|altogether|all told|between them)\b/iu;
/** A figure said per day or per week: no part of a total ("12,000 on a weekday and 8,000 on a Saturday"). */
export const isRate = (fact: Fact) => RATE_AFTER.test(fact.sentence.slice(fact.quantity!.end, fact.quantity!.end + 40));
const RATE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:a|an|per|each|every|on\s+a)\s+(?:day|week|month|year|weekday|weekend|saturday|sunday|night)\b/iu;
const ALL_THE_PARTS_BEFORE = /\b(?:a total of|in all|in total|altogether|combined|together)\s+(?:about\s+|some\s+|roughly\s+|nearly\s+)?$/i;

/**
 * "Of those, 103 were rescued: 31 by helicopter and 72 by ground teams": a total the page itself
 * breaks down, after a colon or a dash, agrees with the sources when each of its parts does and they
 * add up to it.
 */
export function totalOfItsParts(quantities: Quantity[], judgements: Judgement[], sentence: string): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict === 'consistent' || q.kind !== 'quantity' || q.value === null) return j;
    const lead = BREAKDOWN.exec(sentence.slice(q.end, q.end + 60)) ?? LISTED_AFTER.exec(sentence.slice(q.end, q.end + 80));
    if (!lead) return j;
    const from = q.end + lead[0].length;
    // (After a comma, only the list itself: "550 people on board, 412 passengers and 138 crew, when…".)
    const end = /,\s$/.test(lead[0]) ? LIST.exec(sentence.slice(from))?.[0].length ?? 0 : sentence.slice(from).search(/[;.](?:\s|$)/);
    const parts = quantities.map((o, k) => ({ o, k })).filter(({ o }) => o.start >= from && (end < 0 || o.start < from + end) && o.kind === 'quantity' && o.unit === q.unit);
    if (parts.length < 2 || parts.some(({ k }) => judgements[k].verdict !== 'consistent')) return j;
    const facts = parts.map(({ k }) => judgements[k].facts[0]).filter((f): f is Fact => f !== undefined);
    // (Never over a contradiction another source gives the total itself, only over one that took a
    // part for the whole: "103 were rescued: 31 by helicopter…" against the source's 31; or over a
    // later report whose total differs from the sum of the earlier one's parts, which the page gives.)
    const partSources = new Set(facts.map((f) => sourceKey(f.source)));
    const anotherReport = partSources.size === 1 && j.facts.every((f) => !partSources.has(sourceKey(f.source)));
    if (j.verdict === 'conflicting' && !anotherReport && !j.facts.every((f) => parts.some(({ o }) => o.value === f.quantity?.value))) return j;
    const total = parts.reduce((n, { o }) => n + (o.value ?? NaN), 0);
    if (facts.length !== parts.length || !valuesAgree(q, { ...q, value: total, valueMax: null, qualifier: 'exact' })) return j;
    const disagree = j.verdict === 'conflicting' ? ` The sources disagree: ${j.facts.map((f) => `${sourceLabel(f.source)} says ${phraseOf(f)}`).join('; ')}.` : '';
    return {
      verdict: 'consistent',
      explanation: `This page gives the parts, ${parts.map(({ o }) => o.text).join(' + ')} = ${workedOutText(total, parts[0].o)}, and each agrees with a source: ${facts.map((f) => `${sourceLabel(f.source)} says ${phraseOf(f)}`).join('; ')}.${disagree}`,
      facts: [...facts, ...(disagree ? j.facts : [])].slice(0, MAX_EVIDENCE),
    };
  });
}
/** What opens a whole breakdown right after a total: a colon or a dash ("including" may leave parts out). */
const BREAKDOWN = /^[^,;:.]{0,40}?(?::|\s[—–])\s/;
/** A breakdown after a comma: "…, 412 passengers and 138 crew, …" (the list must follow the comma at once). */
const LISTED_AFTER = /^[^,;:.]{0,40}?,\s(?=(?:about\s+|some\s+)?[\d€$£])/;
/** The list itself: figures joined by commas and one "and". */
const LIST = /^[^;.]*?\band\s+[^,;.]*/;

/** The source sentences of these facts, each once, as the lists of their figures. */
function sentencesOf(candidates: Fact[], index: FactIndex): Fact[][] {
  return [...new Set(candidates.map((f) => index.siblingsOf(f)))];
}

/** The figures of a source sentence that may be parts of the page's total: its unit, this year's, none a part of another. */
function summable(mates: Fact[], q: Quantity, sentence: string): Fact[] {
  return mates.filter((f) => f.quantity?.kind === 'quantity' && f.quantity.unit === q.unit && f.quantity.value !== null && !partOfTheOneBefore(f) &&
    !isHistory(q, f, sentence));
}

/** "nine were taken to St Aldric's, two of them in critical condition": a part of the figure before is no part beside it. */
export function partOfTheOneBefore(f: Fact): boolean {
  return f.quantity!.role === 'part' && /^\s+of\s+(?:them|those|whom|which)\b/.test(f.sentence.slice(f.quantity!.end, f.quantity!.end + 20));
}

/** The page's figure against the sum of a source's parts, shown: consistent, or null when they differ. */
export function sumAgrees(q: Quantity, parts: Fact[]): Judgement | null {
  const total = parts.reduce((n, f) => n + f.quantity!.value!, 0);
  const atLeast = parts.some((f) => ['at least', 'more than'].includes(f.quantity!.qualifier));
  const sum: Quantity = { ...parts[0].quantity!, value: total, valueMax: null, qualifier: atLeast ? 'at least' : 'exact' };
  // Parts given as "at least" make a floor: a page figure with an upper bound below it disagrees.
  // (A bound on the page agrees only with a sum near it: "more than five" is no sum of 19 and 12.)
  // (Nor a floor made of parts with a figure far above it: "at least four" and 11 are no 1,400.)
  if (!sameNumber(q, sum) || (atLeast && valueRange(q)[1] !== Infinity && q.value! < total) || (atLeast && q.value! > 1.1 * total)) return null;
  const shown = parts.map((f) => f.quantity!.text).join(' + ');
  return {
    verdict: 'consistent',
    explanation: `${sourceLabel(parts[0].source)} gives the parts: ${parts.map(phraseOf).join(' and ')}; ${shown} = ${workedOutText(total, parts[0].quantity!)}, as this page says.`,
    facts: parts.slice(0, MAX_EVIDENCE),
  };
}
