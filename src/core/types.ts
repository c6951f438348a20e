/** The article a fact comes from: shown on every card so the reader can judge the source. */
export interface SourceRef {
  title: string;
  outlet: string;
  url: string;
  /** ISO date (YYYY-MM-DD) or empty when the article does not give one. */
  published: string;
}

export type QuantityKind = 'quantity' | 'date' | 'time';

/** How a figure is hedged; it widens the range of values the figure agrees with. */
export type Qualifier = 'exact' | 'at least' | 'more than' | 'about' | 'up to' | 'less than' | 'nearly';

/** One figure found in a sentence, with what it counts. Offsets are relative to the sentence. */
export interface Quantity {
  kind: QuantityKind;
  text: string;
  start: number;
  end: number;
  /** The numeric value; null for dates and times. */
  value: number | null;
  /** The upper end of a range ("12 to 15"), else null. */
  valueMax: number | null;
  qualifier: Qualifier;
  /** "percent", "fraction" ("a third"), a currency code, a unit of measure ("km", "degC"), or null. */
  unit: string | null;
  /** The counted noun as written ("aircraft carriers"), or "" when none was found. */
  noun: string;
  /** The stem of the noun's head word, used to match the same thing across wordings. */
  nounKey: string;
  /** A place the sentence ties to the figure ("Syria"), or null. */
  place: string | null;
  /** Dates only: "MM-DD", "YYYY-MM-DD", "YYYY-MM", "YYYY", or a relative date as written ("last thursday"). */
  date: string | null;
  /** What the figure is about: the act or state the sentence ties to it ("attacked", "have suffered minor injuries"). */
  about: string;
  /** When, where the sentence says: the text of a date or time in the same sentence, or null. */
  time: string | null;
  /**
   * "four of them": a part of the count before it; "Eleven of the train's 46 wagons": 46 is the
   * whole the eleven are part of. Absent for a plain count.
   */
  role?: 'part' | 'whole';
}

/** One statement of one source. */
export interface Fact {
  id: number;
  sentence: string;
  /** UTF-16 offsets of the sentence in its article's text. */
  start: number;
  end: number;
  /** Who said it; null when it is the article's own voice. */
  speaker: string | null;
  speakerRole: string | null;
  /** The quantity this fact states, or null for a statement without a number. */
  quantity: Quantity | null;
  value: number | null;
  source: SourceRef;
}

export interface FactBaseFile {
  version: number;
  articles: SourceRef[];
  facts: Fact[];
}

export type Verdict = 'consistent' | 'conflicting' | 'unverified';
export type FindingKind = 'number' | 'claim';

export interface Evidence {
  sentence: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The source's figure that matched, as written there, when there is one. */
  figure: string | null;
  /** A link that opens the source at this sentence, or "" when the source has no address. */
  link: string;
  source: SourceRef;
}

/** A highlighted span of a page with its verdict. Offsets are into the paragraph it stands in. */
export interface Finding {
  kind: FindingKind;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  value: number | null;
  verdict: Verdict;
  explanation: string;
  evidence: Evidence[];
  /** The page's sentence the finding stands in. */
  sentence: string;
}
