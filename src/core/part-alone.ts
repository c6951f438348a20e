import type { Fact, Quantity } from './types.ts';
import type { FactIndex } from './fact-index.ts';
import { canonical } from './news-words.ts';
import { contentKeys, isStopword } from './words.ts';
import { unverified, type Judgement } from './judgement.ts';
import { phraseOf, voiceOf } from './explain.ts';

/**
 * "And hotels alone employ 312,000 people", "In March alone, 4,200 claims were made": a part set
 * apart from its whole, which a source sentence that does not name it ("tourism employed about
 * 312,000 people", "4,200 claims in the first quarter") does not confirm. ("This year alone" and
 * "that day alone" set apart no part a source need name.)
 */
export function partNamedAlone(sentence: string, q: Quantity, fact: Fact, index: FactIndex): boolean {
  // (In the figure's own clause: "41 blazes and 2,150 hectares burned; the Halsey Ford fire alone …" sets apart another.)
  const from = Math.max(sentence.lastIndexOf(';', q.start), sentence.lastIndexOf(':', q.start)) + 1;
  const next = sentence.slice(q.end).search(/[;:]/);
  const clause = sentence.slice(from, next < 0 ? sentence.length : q.end + next);
  // (The words of the part up to a function word: "Sawn timber alone" is not all timber.)
  const words = /((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+alone\b/u.exec(clause)?.[1].split(/\s+/) ?? [];
  const part = words.slice(words.findLastIndex((w) => isStopword(w)) + 1);
  const head = part.at(-1);
  // ("a single person living alone", "left alone": how someone lives or is left, no part.)
  if (!head || PERIOD_WORD.test(head) || /(?:ing|ed)$|^(?:live|lives|left|leave|leaves|stand|stands|stood|be|is|are|was|were)$/i.test(head)) return false;
  const keys = index.keysOfFact(fact);
  return contentKeys(part.join(' ')).some((k) => !keys.has(k) && !keys.has(canonical(k)));
}
const PERIOD_WORD = /^(?:year|month|week|day|night|morning|today|yesterday|weekend)$/i;

/** Figures confirmed only by sources that give the whole a part is set apart from are not confirmed. */
export function notTheWholeOfAPart(quantities: Quantity[], judgements: Judgement[], sentence: string, index: FactIndex): Judgement[] {
  return judgements.map((j, i) => {
    const q = quantities[i];
    if (j.verdict !== 'consistent' || q.kind !== 'quantity' || j.facts.length === 0 || !j.facts.every((f) => partNamedAlone(sentence, q, f, index))) return j;
    const f = j.facts[0];
    return unverified(`${voiceOf(f)} gives ${phraseOf(f)}, but not of the part this sentence sets apart.`);
  });
}
