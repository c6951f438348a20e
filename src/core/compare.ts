import type { Fact, Quantity, Verdict } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { contentKeys, tokenize, wordKey, isStopword } from './words.ts';
import { valuesAgree } from './values.ts';
import { datesAgree } from './dates.ts';
import { isRelativeDate } from './numbers.ts';
import { voiceOf } from './explain.ts';

/** A verdict, the sentence that explains it, and the facts it stands on. */
export interface Judgement {
  verdict: Verdict;
  explanation: string;
  facts: Fact[];
}

const MAX_EVIDENCE = 3;

/** Compares one figure of a page with the facts that count the same thing. */
export function judgeQuantity(q: Quantity, sentence: string, index: FactIndex): Judgement {
  if (q.kind === 'time') return unverified('No source in the fact base gives this time.');
  const pageKeys = contextKeys(sentence, q);
  if (isRelativeDate(q)) {
    return unverified(`“${q.text}” is relative to when the page was written, so it cannot be matched to a source’s date.`);
  }
  if (q.kind === 'date') return judgeDate(q, pageKeys, index);
  if (!q.nounKey) return unverified('This figure does not say what it counts, so it cannot be matched to a source.');

  const candidates = index.withNoun(q.nounKey).filter((f) => f.quantity!.unit === q.unit);
  const scored = candidates
    .map((fact) => ({ fact, shared: overlap(pageKeys, index.keysOfFact(fact)), place: placeRelation(q, fact.quantity!) }))
    .filter((c) => c.place !== 'different')
    .sort((a, b) => b.shared - a.shared || a.fact.id - b.fact.id);

  const agreeing = scored.filter((c) => valuesAgree(q, c.fact.quantity!) && (c.place === 'same' || c.shared >= 1));
  if (agreeing.length > 0) {
    const best = agreeing[0].fact;
    return {
      verdict: 'consistent',
      explanation: `${voiceOf(best)} also says ${best.quantity!.text} ${best.quantity!.noun}`.trim() + '.',
      facts: dedupe(agreeing.map((c) => c.fact)),
    };
  }
  // A different value only conflicts when the source clearly speaks of the same thing.
  const conflicting = scored.filter((c) =>
    !valuesAgree(q, c.fact.quantity!) && ((c.place === 'same' && c.shared >= 1) || (c.place === 'none' && c.shared >= 2)));
  if (conflicting.length > 0) {
    const best = conflicting[0].fact;
    return {
      verdict: 'conflicting',
      explanation: `${voiceOf(best)} says ${best.quantity!.text} ${best.quantity!.noun}; this page says ${lowerFirst(q.text)}.`.replace(/\s+;/, ';'),
      facts: dedupe(conflicting.map((c) => c.fact)),
    };
  }
  return unverified(candidates.length > 0
    ? `Sources count ${q.noun}, but not in this context, so this figure is not confirmed.`
    : `No source in the fact base counts ${q.noun}.`);
}

function judgeDate(q: Quantity, pageKeys: Set<string>, index: FactIndex): Judgement {
  const sameDay = index.onDay(q.date!).map((fact) => ({ fact, shared: overlap(pageKeys, index.keysOfFact(fact)) }));
  const related = index.sharing(pageKeys, 3, 0, (f) => f.quantity?.kind === 'date');
  const scored = [...new Map([...sameDay, ...related].map((c) => [c.fact.id, c])).values()]
    .sort((a, b) => b.shared - a.shared || a.fact.id - b.fact.id);
  const agreeing = scored.filter((c) => datesAgree(q.date!, c.fact.quantity!.date!) && c.shared >= 2);
  if (agreeing.length > 0) {
    const best = agreeing[0].fact;
    return { verdict: 'consistent', explanation: `${voiceOf(best)} gives the same date, ${best.quantity!.text}.`, facts: dedupe(agreeing.map((c) => c.fact)) };
  }
  const conflicting = scored.filter((c) =>
    /-\d{2}$/.test(c.fact.quantity!.date!) && /-\d{2}$/.test(q.date!) && !datesAgree(q.date!, c.fact.quantity!.date!) && c.shared >= 3);
  if (conflicting.length > 0) {
    const best = conflicting[0].fact;
    return { verdict: 'conflicting', explanation: `${voiceOf(best)} gives ${best.quantity!.text}; this page says ${q.text}.`, facts: dedupe(conflicting.map((c) => c.fact)) };
  }
  return unverified('No source in the fact base dates this event.');
}

const NEGATION = /\b(?:not|no|never|none|denied|denies|without)\b|n['’]t\b/i;

/**
 * Judges a check-worthy sentence: by its figures when it has any, else by a source sentence
 * that says the same with the same actors and the same polarity.
 */
export function judgeSentence(sentence: string, figures: Judgement[], index: FactIndex): Judgement {
  const conflict = figures.find((j) => j.verdict === 'conflicting');
  if (conflict) return { ...conflict, explanation: `A figure in this sentence conflicts with a source: ${conflict.explanation}` };
  if (figures.length > 0 && figures.every((j) => j.verdict === 'consistent')) {
    return { verdict: 'consistent', explanation: `Every figure in this sentence agrees with a source: ${figures[0].explanation}`, facts: dedupe(figures.flatMap((j) => j.facts)) };
  }
  if (figures.length > 0) {
    return unverified(figures.some((j) => j.verdict === 'consistent')
      ? 'Some figures here agree with a source, but not all of them, so the sentence is not confirmed.'
      : 'No source in the fact base gives these figures.');
  }
  const claim = withoutAttribution(sentence);
  const keys = new Set(contentKeys(claim));
  const actors = actorKeys(claim);
  for (const { fact } of index.sharing(keys, 3, 0.6).slice(0, 10)) {
    const factKeys = index.keysOfFact(fact);
    const speakerKeys = new Set(contentKeys(fact.speaker ?? ''));
    const sameActors = [...actors].every((a) => factKeys.has(a) || speakerKeys.has(a));
    if (sameActors && NEGATION.test(sentence) === NEGATION.test(fact.sentence)) {
      return { verdict: 'consistent', explanation: `${voiceOf(fact)} says the same: “${fact.sentence}”`, facts: [fact] };
    }
  }
  return unverified('No source in the fact base says this.');
}

/** The claim without who reports it ("…, according to officials", "…, officials said"): the claim is the rest. */
function withoutAttribution(sentence: string): string {
  return sentence
    .replace(/,\s*according to [^,]+[.!]?$/i, '.')
    .replace(/,\s*(?:the\s+)?[\p{L}' -]{2,60}?\s(?:said|says|told reporters|added)(?:\s+(?:on|in|late|earlier)\b[^,]*)?[.!]?$/iu, '.');
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function unverified(explanation: string): Judgement {
  return { verdict: 'unverified', explanation, facts: [] };
}

/** The content words around a figure, without the figure's own noun and place. */
function contextKeys(sentence: string, q: Quantity): Set<string> {
  const keys = new Set(contentKeys(sentence));
  for (const w of contentKeys(q.noun)) keys.delete(w);
  for (const w of contentKeys(q.place ?? '')) keys.delete(w);
  return keys;
}

/** Names in a sentence (capitalised words past the first), which a matching source must also name. */
function actorKeys(sentence: string): Set<string> {
  const tokens = tokenize(sentence).slice(1);
  return new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.text) && !isStopword(t.text)).map((t) => wordKey(t.text)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

function placeRelation(a: Quantity, b: Quantity): 'same' | 'different' | 'none' | 'open' {
  if (!a.place && !b.place) return 'none';
  if (!a.place || !b.place) return 'open';
  return placeKey(a.place) === placeKey(b.place) ? 'same' : 'different';
}

function placeKey(place: string): string {
  return contentKeys(place).join(' ');
}

/** One piece of evidence per source sentence, however many of its figures matched. */
function dedupe(facts: Fact[]): Fact[] {
  return [...new Map(facts.map((f) => [`${f.source.url}\u0000${f.source.title}\u0000${f.start}`, f])).values()].slice(0, MAX_EVIDENCE);
}

