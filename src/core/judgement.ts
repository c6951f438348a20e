import type { Fact, Verdict } from './types.ts';
import { sourceKey } from './fact-index.ts';

/** A verdict, the sentence that explains it, and the facts it stands on. */
export interface Judgement {
  verdict: Verdict;
  explanation: string;
  facts: Fact[];
  /** A source sentence found to give the figure's very value while another differs: no later reading may call the figure wrong. */
  valueGivenBy?: Fact;
}

/** The most source sentences a verdict shows. */
export const MAX_EVIDENCE = 4;

export function unverified(explanation: string): Judgement {
  return { verdict: 'unverified', explanation, facts: [] };
}

/** "Four people" → "four people" inside a sentence; "US forces" stays as it is. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** How many keys two sets share. */
export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

/** One piece of evidence per source sentence, however many of its figures matched. */
export function dedupe(facts: Fact[]): Fact[] {
  return [...new Map(facts.map((f) => [`${sourceKey(f.source)}\u0000${f.start}`, f])).values()].slice(0, MAX_EVIDENCE);
}
