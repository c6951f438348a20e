import type { Finding, Quantity } from './types.ts';
import { namesIn, type FactIndex } from './fact-index.ts';
import { splitSentences } from './sentences.ts';
import { findQuantities, isRelativeDate, mainClauseYear } from './numbers.ts';
import { isCheckWorthy } from './claims.ts';
import { judgeQuantity, judgeSentence, type PageContext } from './compare.ts';
import { evidenceOf } from './explain.ts';
import { anchorFigures } from './anchor.ts';
import { ownedFigures, retellFigures } from './retold.ts';
import { unverified } from './judgement.ts';
import { confirmedInPairs } from './paired-values.ts';
import { swappedBetweenNames } from './swapped-names.ts';
import { NOW, OF_NOW, inheritYear, inheritYearOfThatDay, yearSaid, yearsOfEvents } from './year-before.ts';
import { dateByThePastEvent } from './past-event-year.ts';
import { withoutConflictOnGivenValue } from './not-called-wrong.ts';
import { confirmedByValue } from './confirmed-by-value.ts';
import { dateBesideItsFigure, datedBesideAFigure } from './dated-beside-a-figure.ts';
import { totalOfItsParts } from './sum-of-parts.ts';
import { notSaidByAnother } from './figure-actor.ts';
import { differenceOfOneSentence } from './difference.ts';
import { farApart } from './far-apart.ts';
import { isNewsroom, isTranscript, speakerLabel, type SpeakerLabel } from './transcript.ts';
import { conflictThatIsASum } from './summed-in-source.ts';
import { notAnotherFiguresValue } from './taken-figure.ts';
import { notTheWholeOfAPart } from './part-alone.ts';
import { changeToldAgain } from './change-told-again.ts';
import { answerTheFigureAsked, answerTheQuestion } from './answered.ts';
import { namedSpeaker, saidByPronoun, subjectName } from './page-speaker.ts';
import { quotedSpans } from './quoted-words.ts';
import { withoutQuotes } from './words.ts';

/** How many sentences back a "that day" may point to the year named. */
const YEAR_SAID_REACH = 5;

/**
 * Everything Sourcelight highlights in a page's paragraphs: each figure and each check-worthy
 * sentence, with its verdict and evidence. Offsets are into the paragraph.
 */
export function analyseParagraphs(paragraphs: string[], index: FactIndex): Finding[] {
  const findings: Finding[] = [];
  const page: PageContext = { affinity: index.affinity(new Set(paragraphs.flatMap(namesIn))) };
  // "TOBIAH CRANE, HARROWGATE BANK": in a transcript, who speaks the paragraphs that follow.
  let voice: string | null = null;
  const transcript = isTranscript(paragraphs);
  const labelled: SpeakerLabel[] = [];
  // (The year one of the last sentences named, in any clause, even the paragraph before's: "…who
  // was on the gangway when it collapsed in August 1995? Rosalind, you were twelve?" / "Three people
  // died that day".)
  let yearSaidBefore: string | null = null;
  let sentencesSinceYear = 0;
  // The sentence before, when it asks a question an explainer's next sentence answers.
  let question: string | null = null;
  let figuresAsked: Quantity[] | null = null;
  // Whom the sentence before named as speaking, or opened with: a pronoun's speaker in the next. (Only
  // the sentence before, or a run of "he said" after it: a name further back may be anyone's "he".)
  let lastSpeaker: string | null = null;
  paragraphs.forEach((paragraph, p) => {
    const label = speakerLabel(paragraph);
    // (Only a speaker the label says is not of the newsroom: "MIRA DUNST:" may be the reporter.)
    if (label) voice = voiceOfLabel(label, labelled);
    if (label?.role) labelled.push(label);
    // ("ERIK DAHL: The vote is on 11 December.": in a transcript the label names who speaks; it is no
    // part of the claim. Elsewhere a line in capitals is a heading that says where or who: "NORTHERN
    // IRELAND: Unemployment fell to 2.4%.")
    const labelEnd = transcript && label?.colon ? label.end : 0;
    let yearBefore: string | null = null;
    // (The years of past events the paragraph's two sentences before named, for a figure that may be
    // of one of them; a day of now, "on Tuesday", ends the story they told.)
    let yearsTwoBack: string[] = [];
    let yearsOneBack: string[] = [];
    for (const sentence of splitSentences(paragraph)) {
      // "09:40 — The regulator has fined…": a live blog's time stamp is when it was posted, not part
      // of the claim, and dates none of its figures.
      const stamp = sentence.start < labelEnd ? labelEnd - sentence.start + (/^\s*/.exec(sentence.text.slice(labelEnd - sentence.start))?.[0].length ?? 0)
        : (LIVE_STAMP.exec(sentence.text) ?? DATELINE.exec(sentence.text))?.[0].length ?? 0;
      const said = sentence.text.slice(stamp);
      const quantities = [...findQuantities(sentence.text.slice(0, stamp)), ...findQuantities(' '.repeat(stamp) + said)];
      // "The 2016 strike lasted 14 days. It cost ICT €4.3 million": a sentence that speaks of what the
      // sentence before spoke of takes its year.
      inheritYear(said, quantities, yearBefore, true);
      inheritYearOfThatDay(said, quantities, sentencesSinceYear <= YEAR_SAID_REACH ? yearSaidBefore : null);
      // (The stamp blanked, so that offsets stay the sentence's and a label is no word before the answer.)
      answerTheQuestion(quantities, ' '.repeat(stamp) + said, question);
      answerTheFigureAsked(quantities.filter((q) => q.start >= stamp), figuresAsked);
      question = /\?\s*$/.test(said) ? said : null;
      figuresAsked = question ? quantities.filter((q) => q.start >= stamp) : null;
      yearBefore = mainClauseYear(sentence.text, quantities);
      // (A day said without a year, "on Saturday", "on 14 March", is this event's: the year before is left behind.)
      const named = yearSaid(sentence.text, quantities);
      const dayOfNow = !named && quantities.some((q) => q.kind === 'date' && !/\d{4}/.test(q.date ?? ''));
      sentencesSinceYear = named ? 1 : sentencesSinceYear + 1;
      yearSaidBefore = named ?? (dayOfNow ? null : yearSaidBefore);
      // (Judged without a live blog's time stamp, as its figures were found: "08:20" is no time of
      // what it tells. A speaker's label and a dateline stay: they say who speaks, and where.)
      const unstamped = stamp > 0 && LIVE_STAMP.test(sentence.text) && sentence.start >= labelEnd ? ' '.repeat(stamp) + said : sentence.text;
      const told = quantities.filter((q) => q.start >= stamp);
      dateByThePastEvent(told, unstamped, [...yearsTwoBack, ...yearsOneBack], index, page);
      // (A sentence of now ends the past story: a day, "on Tuesday evening, two decades after it was
      // gutted in 2006"; or words of now with no past year, "This week it burned again". Not "In 2016,
      // 61 of our prisons were overcrowded; today 74 are. Then, the system ran at 112%".)
      const yearsHere = yearsOfEvents(sentence.text, told);
      const ofNow = told.some((q) => q.kind === 'date' && !/\d{4}/.test(q.date ?? '')) ||
        (yearsHere.length === 0 && (NOW.test(said) || OF_NOW.test(said)));
      [yearsTwoBack, yearsOneBack] = ofNow ? [[], []] : [yearsOneBack, yearsHere];
      const compared = quantities.map((q) => q.start < stamp ? POSTED_AT : judgeQuantity(q, unstamped, index, page));
      const anchored = anchorFigures(quantities, compared, unstamped, index);
      const retold = retellFigures(quantities, anchored, unstamped, index);
      const owned = ownedFigures(quantities, retold, unstamped, index);
      const confirmed = datedBesideAFigure(quantities, differenceOfOneSentence(quantities,
        changeToldAgain(quantities, confirmedInPairs(quantities, confirmedByValue(quantities, withoutConflictOnGivenValue(quantities, owned, unstamped, index), unstamped, index),
          unstamped, index), unstamped, index),
        unstamped, index), unstamped, index);
      const summed = notAnotherFiguresValue(quantities, conflictThatIsASum(quantities, totalOfItsParts(quantities, confirmed, unstamped), unstamped, index),
        unstamped, index);
      const judgements = dateBesideItsFigure(quantities, swappedBetweenNames(quantities, notTheWholeOfAPart(quantities, notSaidByAnother(quantities, farApart(quantities, summed), unstamped, index), unstamped, index),
        unstamped, index), unstamped, index)
        .map((j, i) => (quantities[i].start < stamp ? POSTED_AT : onTheClock(quantities[i], unstamped) ? ON_AIR : j));
      const numbers: Finding[] = quantities.map((q, i) => ({
        kind: 'number',
        paragraph: p,
        start: sentence.start + q.start,
        end: sentence.start + q.end,
        text: q.text,
        value: q.value,
        verdict: judgements[i].verdict,
        explanation: judgements[i].explanation,
        evidence: judgements[i].facts.map(evidenceOf),
        sentence: clip(sentence.text),
      }));
      const claim = sentence.text.slice(stamp);
      if (isCheckWorthy(claim, quantities.filter((q) => q.start >= stamp))) {
        // Times and relative dates place a claim in time; unless a source confirms or contradicts
        // them, they are not what it asserts.
        const figures = judgements.filter((j, i) => quantities[i].start >= stamp &&
          (j.verdict !== 'unverified' || j.facts.length > 0 || (quantities[i].kind !== 'time' && !isRelativeDate(quantities[i]))));
        // (Not a day a speaker's quoted words give: "Nobody will be left without a roof tonight" is
        // theirs, and a source that prints the words gives it too.)
        const quoted = quotedSpans(sentence.text);
        const relative = quantities.some((q) => q.start >= stamp && isRelativeDate(q) && !quoted.some(([a, b]) => q.start >= a && q.end <= b)) ||
          RELATIVE_DAY.test(withoutQuotes(claim));
        // (A time no source confirms leaves the rest unconfirmed too: "The match kicks off at 5pm" against 3pm.)
        const unconfirmedTime = quantities.some((q, i) => q.start >= stamp && q.kind === 'time' && judgements[i].verdict !== 'consistent');
        const when = relative ? 'the day this sentence gives, which is relative to when it was written' : unconfirmedTime ? 'the time this sentence gives' : null;
        // ('"Every boat that could go out went out," he tells reporters': he is whom the sentence before named.)
        const speaker = voice ?? (QUOTED.test(claim) && saidByPronoun(claim) ? lastSpeaker : null);
        const judgement = judgeSentence(withDatelinePlace(sentence.text, claim), figures, index, when, speaker);
        findings.push({
          kind: 'claim',
          paragraph: p,
          start: sentence.start + stamp,
          end: sentence.end,
          text: claim,
          value: null,
          verdict: judgement.verdict,
          explanation: judgement.explanation,
          evidence: judgement.facts.map(evidenceOf),
          sentence: sentence.text,
        });
      }
      findings.push(...numbers);
      // ('"…," he added.': a pronoun's sentence goes on with the speaker it had; one that names no
      // speaker leaves whom it opens with: "Farmer Owen Tasker … lost two barns. "…," he said.")
      lastSpeaker = namedSpeaker(said) ?? (saidByPronoun(said) ? lastSpeaker : subjectName(said));
    }
  });
  return findings;
}

/**
 * Who speaks a labelled paragraph: the label's name unless its role is of the newsroom; a surname
 * alone ("REYNE:") is whoever a fuller label named so before ("HANNE REYNE (health minister):").
 */
function voiceOfLabel(label: SpeakerLabel, before: SpeakerLabel[]): string | null {
  const named = label.role ? label : before.findLast((l) => l.name === label.name || l.name.endsWith(` ${label.name}`));
  // ("REPORTER (DUSAN FERROL):" names the newsroom by the label itself.)
  return named?.role && !isNewsroom(named.role) && !isNewsroom(named.name) ? named.name : null;
}

/** A quotation in a sentence, or the end or start of one that runs across sentences. */
const QUOTED = /["“][^"”]{3,}["”]|^[^"“”]*["”]|["“][^"“”]*$/;
/** Days named relative to when the page was written ("next week"); not highlighted as figures, but a source cannot confirm them. */
const RELATIVE_DAY = /\b(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|(?:next|last|this) week)\b/i;
const POSTED_AT = unverified('This is when the entry was posted or the report filed, not a time it gives for an event.');
const ON_AIR = unverified('This is the time of the broadcast, not a time it gives for an event.');
/** "Good evening, it's six o'clock", "the news at one o'clock": a bulletin telling the time it is on air. */
const BROADCAST_CLOCK = /(?:\b(?:it's|it is)\s+(?:just\s+)?(?:after\s+|gone\s+|coming up to\s+)?|\bnews at\s+)$/i;
const onTheClock = (q: Quantity, sentence: string) => q.kind === 'time' && BROADCAST_CLOCK.test(sentence.slice(0, q.start));
/**
 * A wire dateline, the place (and region) of filing, with its day, its agency or both:
 * "MARROWICK, Oct. 14 — ", "KESTROVA, March 4 (CPA) - ", "KESSARIN, Upper Vessa (TPA) — ", and
 * with a long dash alone, "ESSENDALE — ". It is no part of the claim that follows.
 */
const DATELINE_CITY = String.raw`[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+)*`;
const DATELINE_PLACE = String.raw`${DATELINE_CITY}(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)?`;
const DATELINE_DAY = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?`;
/** A wire report's dateline, "SARVAJA (TNS) — ", "OSTRAND, Oct 16 (MPA) - ": where it was filed, no part of the claim. */
export const DATELINE = new RegExp(String.raw`^${DATELINE_PLACE}(?:,\s+${DATELINE_DAY}\s*(?:\([^)]{1,40}\)\s*)?(?:[—–]|\s-)|\s*\([^)]{1,40}\)\s*[—–-]|\s+[—–])\s*`, 'u');
/**
 * The claim as judged: where a wire dateline opens it, with the place the dateline gives, which
 * the claim's words may leave to it ("ESSENDALE (AWS) - Police arrested 14 people" is Essendale's
 * police). The reader is shown the claim without it.
 */
function withDatelinePlace(sentence: string, claim: string): string {
  if (claim === sentence || !DATELINE.test(sentence)) return claim;
  const place = new RegExp(`^${DATELINE_CITY}`).exec(sentence)![0].toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  return `In ${place}, ${claim}`;
}

/** "09:40 — ", "3.15pm - ", "Tuesday, 08:50 — ": a clock time, maybe after its day, then a dash set apart (not "3.45-metre waves"). */
const LIVE_STAMP = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?(?:\s*[—–]\s*|\s+-\s+)/;

/** The page's sentence as context for a figure; a sentence of thousands of characters is cut. */
function clip(text: string): string {
  return text.length > 600 ? `${text.slice(0, 599)}…` : text;
}

