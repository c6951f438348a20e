import type { Evidence, Fact, Quantity, SourceRef } from './types.ts';
import { lowerFirst } from './judgement.ts';
import { WENT_DOWN, WENT_UP } from './clause-words.ts';
import { CHANGED_OBJECT } from './share-thing.ts';
import { SPAN_VALUES } from './figure-finders.ts';

/** The word right before a share, "by" aside: "dropped 17%", "rose by 4.1%". */
const WAY_BEFORE = /\b([a-z]+)\s+(?:by\s+)?$/;

/** "TRT (2023-10-27)": the outlet and date that let a reader weigh a source. */
export function sourceLabel(source: SourceRef): string {
  const name = source.outlet || source.title || 'An unnamed source';
  return source.published ? `${name} (${source.published})` : name;
}

/** A link that opens the source scrolled to the sentence (a text fragment), or "" without an address. */
export function linkToSentence(fact: Pick<Fact, 'sentence' | 'source'>): string {
  if (!fact.source.url) return '';
  const words = fact.sentence.split(/\s+/);
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  // Long sentences are matched by their first and last words ("start,end"), as the spec allows.
  const fragment = words.length <= 8 ? enc(fact.sentence) : `${enc(words.slice(0, 4).join(' '))},${enc(words.slice(-4).join(' '))}`;
  return `${fact.source.url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}

export function evidenceOf(fact: Fact): Evidence {
  return {
    sentence: fact.sentence,
    speaker: fact.speaker,
    speakerRole: fact.speakerRole,
    figure: fact.quantity?.text ?? null,
    link: linkToSentence(fact),
    source: fact.source,
  };
}

/** Who stands behind a statement: the speaker when there is one, else the outlet. */
export function voiceOf(fact: Fact): string {
  return fact.speaker ? `${fact.speaker}, quoted by ${sourceLabel(fact.source)},` : sourceLabel(fact.source);
}

/** How a source words a figure with its thing and place: "10 rockets were aimed at Haldor". */
export function phraseOf(fact: Fact): string {
  return phraseIn(fact.quantity!, fact.sentence);
}

/** A figure as its sentence words it, with its place when the sentence names one close by. */
export function phraseIn(q: Quantity, sentence: string): string {
  const tail = sentence.slice(q.end);
  const placeAt = q.place ? tail.indexOf(q.place) : -1;
  // ("dropped 17%", "raised consumption by 18%": a share's way is part of what it says.)
  const before = sentence.slice(Math.max(0, q.start - 50), q.start);
  const way = q.unit === 'percent' ? WAY_BEFORE.exec(before) : null;
  const changed = q.unit === 'percent' ? CHANGED_OBJECT.exec(before)?.[0].trim() : undefined;
  const said = way && (WENT_UP.test(way[1]) || WENT_DOWN.test(way[1])) ? way[1] : changed;
  const text = said ? `${said} ${lowerFirst(q.text)}` : lowerFirst(q.text);
  if (placeAt >= 0 && placeAt < 50) return `${text}${tail.slice(0, placeAt + q.place!.length)}`;
  // ("The death toll … has risen to five": a death toll of five, not "five toll".)
  if (/^(?:death\s+)?toll$/i.test(q.noun)) return `a death toll of ${text}`;
  // ("8 minutes 42 seconds" names its own noun; so does a span in words, "a fortnight".)
  return q.noun && (q.text.toLowerCase().includes(q.noun.toLowerCase()) || SPAN_VALUES.some(([re]) => re.test(q.text))) ? text : `${text} ${q.noun}`.trim();
}

/**
 * A sum or difference worked out from figures, written as the first of them is: "€655 million" after
 * "€351 million", "6.1bn" after "€2.9bn", "1,050" after "640".
 */
export function workedOutText(value: number, like: Quantity): string {
  const m = /([€£$¥])?\s*[\d.,]+\s*(million|billion|bn|m|k)?\b/i.exec(like.text);
  const scale = m?.[2] ? SCALES[m[2].toLowerCase()] : 1;
  const amount = (value / scale).toLocaleString('en-GB', { maximumFractionDigits: 3 });
  return `${m?.[1] ?? ''}${amount}${m?.[2] ? (m[2].length > 2 ? ` ${m[2].toLowerCase()}` : m[2]) : ''}`;
}
const SCALES: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, k: 1e3 };
