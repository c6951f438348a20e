/** A sentence of a paragraph, with its offsets in that paragraph. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter follows Unicode's sentence rules but breaks after abbreviations that are
// always followed by a name or a number ("Oct. 17", "Gen. Smith"); these are joined back.
const ABBREVIATION = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Prof|St|No|vs|approx)\.\s*$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Splits a paragraph into sentences; whitespace around them is left out of the offsets. */
export function splitSentences(paragraph: string): Sentence[] {
  const raw: Sentence[] = [];
  for (const seg of segmenter.segment(paragraph)) {
    const prev = raw[raw.length - 1];
    // '"…simple as that!" he told': a quote's own ! or ? does not end the sentence that attributes it.
    const joinToPrevious = prev !== undefined &&
      (ABBREVIATION.test(prev.text) || (/[!?]["”]\s*$/.test(prev.text) && /^[a-z]/.test(seg.segment)));
    if (joinToPrevious) {
      prev.text += seg.segment;
      prev.end += seg.segment.length;
    } else {
      raw.push({ text: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
    }
  }
  return raw
    .map((s) => trimSentence(s))
    .filter((s) => s.text.length > 0);
}

function trimSentence(s: Sentence): Sentence {
  const lead = s.text.length - s.text.trimStart().length;
  const text = s.text.trim();
  return { text, start: s.start + lead, end: s.start + lead + text.length };
}
