/** A sentence of a paragraph, with its offsets in that paragraph. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter follows Unicode's sentence rules but breaks after abbreviations that are
// always followed by a name or a number ("Oct. 17", "Gen. Smith"); these are joined back.
const ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Cmdr|Cdr|Maj|Brig|Adm|Insp|Supt|Det|Cpl|Pte|Gov|Sen|Rep|Prof|Rev|Hon|St|Mt|Ft|vs|approx)\.\s*$/;
/** "No. 10", "No. 4 platform": the number's abbreviation; "No. Teodor Brask says…" is an answer, a sentence of its own. */
const NUMBER_ABBREVIATION = /\bNo\.\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Intl.Segmenter slows down more than linearly on long strings (a 300,000-character paragraph takes
 * seconds), so long text is segmented in windows cut after a sentence's end.
 */
const WINDOW = 8_000;

function* segments(text: string): Generator<{ segment: string; index: number }> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + WINDOW);
    if (to < text.length) {
      const window = text.slice(from, to);
      const lastEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('." '));
      const lastClause = lastClauseBreak(window);
      const lastSpace = window.lastIndexOf(' ');
      to = from + (lastEnd > WINDOW / 4 ? lastEnd + 2 : lastClause > WINDOW / 4 ? lastClause + 2 : lastSpace > 0 ? lastSpace + 1 : window.length);
    }
    for (const seg of segmenter.segment(text.slice(from, to))) yield { segment: seg.segment, index: from + seg.index };
    from = to;
  }
}

/** Where the last clause of a text ends: its last "; " or ", " (-1: none). */
const lastClauseBreak = (text: string) => Math.max(text.lastIndexOf('; '), text.lastIndexOf(', '));

/** Splits a paragraph into sentences; whitespace around them is left out of the offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  const raw: Sentence[] = [];
  for (const seg of segments(paragraph)) {
    const prev = raw[raw.length - 1];
    // '"…simple as that!" he told': a quote's own ! or ? does not end the sentence that attributes it.
    const joinToPrevious = prev !== undefined &&
      (ABBREVIATION.test(prev.text) || (NUMBER_ABBREVIATION.test(prev.text) && /^\d/.test(seg.segment)) ||
        (/[!?]["”]\s*$/.test(prev.text) && /^[a-z]/.test(seg.segment)));
    if (joinToPrevious) {
      prev.text += seg.segment;
      prev.end += seg.segment.length;
    } else {
      raw.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
    }
  }
  return raw
    .flatMap((s) => splitBeforeNumbers(s))
    .flatMap((s) => cutOverlong(s))
    .map((s) => trimSentence(s))
    .filter((s) => s.text.length > 0);
}

/**
 * The longest sentence read whole. A news sentence is seldom a third of it (354 characters is the
 * longest of the 33,634 in the labelled pages and sources); each figure is read against its whole
 * sentence, so a hostile run of 25,000 characters without a full stop took seconds.
 */
export const LONGEST_SENTENCE = 1_000;

/** A sentence longer than LONGEST_SENTENCE, cut after its last clause's comma or semicolon before the limit (else a space). */
function cutOverlong(s: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  while (s.text.length - from > LONGEST_SENTENCE) {
    const window = s.text.slice(from, from + LONGEST_SENTENCE);
    const clause = lastClauseBreak(window);
    const space = window.lastIndexOf(' ');
    const cut = clause > LONGEST_SENTENCE / 2 ? clause + 2 : space > 0 ? space + 1 : LONGEST_SENTENCE;
    parts.push({ text: s.text.slice(from, from + cut), start: s.start + from, end: s.start + from + cut });
    from += cut;
  }
  parts.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return parts;
}

/**
 * Unicode's rules join "Yes. 96 people died on motorways" into one sentence (they read on past the
 * digits to the lowercase word); a sentence that opens with a figure after a word's full stop is a
 * sentence of its own. (Not after an abbreviation: "approx. 5", "No. 10".)
 */
function splitBeforeNumbers(s: Sentence): Sentence[] {
  const parts: Sentence[] = [];
  let from = 0;
  for (const m of s.text.matchAll(NUMBER_OPENS_SENTENCE)) {
    const cut = m.index! + m[0].length;
    // (Read over the last few characters only: a long sentence costs no more per full stop.)
    const before = s.text.slice(Math.max(0, m.index! - 12), m.index! + m[1].length);
    if (ABBREVIATION.test(before) || NUMBER_ABBREVIATION.test(before) || BEFORE_A_NUMBER.test(before)) continue;
    parts.push({ text: s.text.slice(from, cut), start: s.start + from, end: s.start + cut });
    from = cut;
  }
  parts.push({ text: s.text.slice(from), start: s.start + from, end: s.end });
  return parts;
}
/** Abbreviations a number follows: "Art. 5", "Fig. 3", "Nos. 3 and 4", "pp. 12", "ca. 400", "est. 1,200". */
const BEFORE_A_NUMBER = /\b(?:Arts?|Figs?|Nos|Vols?|pp?|ca|est|paras?|Sec|Secs|ch|Ch|Op|ed|eds)\.$/;
/** A word's full stop (or ! ?), a closing quote perhaps, space, then a figure: "though. 412 offences". */
const NUMBER_OPENS_SENTENCE = /(?<=\p{Ll}{2})([.!?]["”’)]?)\s+(?=\d)/gu;

function trimSentence(s: Sentence): Sentence {
  const lead = s.text.length - s.text.trimStart().length;
  const text = s.text.trim();
  return { text, start: s.start + lead, end: s.start + lead + text.length };
}
