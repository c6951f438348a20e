import type { Sentence } from './sentences.ts';

// Attribution is done by hand: the patterns of news attribution ("…," Austin said; the Pentagon
// said; according to X; X, a spokeswoman for Y, said) are few and regular, and no small
// browser-ready library resolves them.

export interface Speaker {
  name: string;
  role: string | null;
}

/** What a reader remembers while reading an article: who was named, who spoke last. */
export interface SpeakerMemory {
  byLastName: Map<string, Speaker>;
  lastQuoted: Speaker | null;
  /** The last person (not organisation) who spoke, for "he said" and "she added". */
  lastPerson: Speaker | null;
}

export function newSpeakerMemory(): SpeakerMemory {
  return { byLastName: new Map(), lastQuoted: null, lastPerson: null };
}

const VERB = '(?:said|says|told|added|adds|stated|announced|noted|wrote|tweeted|explained|insisted|confirmed|warned|declared|argued|claimed|estimated|reported|recalled|replied|continued|cautioned|admitted|acknowledged|predicted|urged|posted)';
const ROLE_WORDS = new Set(
  ('spokesman spokeswoman spokesperson minister secretary official officials chief leader envoy ambassador president ' +
    'director general commander adviser advisor prime supreme ayatollah senator governor mayor king queen prince ' +
    'chairman chairwoman chair head sheikh ceo cfo coo founder economist analyst professor dr judge justice attorney ' +
    'lawyer prosecutor inspector sergeant captain lieutenant colonel officer detective superintendent councillor ' +
    'councilor councilmember manager coach striker midfielder defender goalkeeper researcher scientist epidemiologist ' +
    'doctor nurse firefighter fire deputy assistant vice executive chancellor representative rep sen gov gen lt col sgt').split(' '),
);
const NAME = "[A-Z][\\p{L}'’.-]*";
const SPEAKER = `((?:the\\s+)?(?:${NAME}\\s+|(?:${[...ROLE_WORDS].join('|')})\\s+)*${NAME})`;
const APPOSITIVE = "((?:a|an|the)\\s+[^,\"“”]{3,90}?|[a-z][^,\"“”]{2,60}?(?:of|for|at|with|in)\\s[^,\"“”]{2,60}?)";
const PRONOUN = '(he|she|He|She)';

const AFTER_QUOTE = [
  new RegExp(`^[\\s,]*${SPEAKER},\\s+${APPOSITIVE},\\s+${VERB}\\b`, 'u'),
  new RegExp(`^[\\s,]*${SPEAKER}\\s+${VERB}\\b`, 'u'),
  new RegExp(`^[\\s,]*${VERB}\\s+${SPEAKER}(?:,\\s+${APPOSITIVE}[.,])?`, 'u'),
  new RegExp(`^[\\s,]*(?:${PRONOUN}\\s+${VERB}|${VERB}\\s+${PRONOUN})\\b`, 'u'),
];
const BEFORE_QUOTE = [
  new RegExp(`${SPEAKER},\\s+${APPOSITIVE},\\s+${VERB}\\b[^"“”]{0,40}[:,]?\\s*$`, 'u'),
  new RegExp(`${SPEAKER}\\s+${VERB}\\b[^"“”]{0,40}[:,]?\\s*$`, 'u'),
  new RegExp(`\\b${PRONOUN}\\s+${VERB}\\b[^"“”]{0,40}[:,]?\\s*$`, 'u'),
];
const REPORTED = [
  new RegExp(`(?:^|,\\s*)${SPEAKER},\\s+${APPOSITIVE},\\s+${VERB}\\b`, 'u'),
  new RegExp(`(?:^|,\\s*)${SPEAKER}\\s+${VERB}\\b`, 'u'),
  new RegExp(`\\baccording to ${SPEAKER}(?:,\\s+${APPOSITIVE}[.,])?`, 'u'),
  new RegExp(`(?:^|,\\s*)${PRONOUN}\\s+${VERB}\\b`, 'u'),
];
const QUOTE = /["“]([^"“”]+)["”]?/g;
const NOT_SPEAKERS = /^(?:It|This|That|There|They|We|I|But|And|The|A|An|In|On|At|As|If|When|While|After|Before|Officials|Sources|Reports)$/;

/** Splits "US Defense Secretary Lloyd Austin" into the role and the person, and remembers the person. */
export function resolveSpeaker(phrase: string, memory: SpeakerMemory, appositive?: string): Speaker | null {
  if (/^(?:he|she)$/i.test(phrase)) return memory.lastPerson;
  const words = phrase.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length === 1 && NOT_SPEAKERS.test(words[0])) return null;
  let lastRole = -1;
  words.forEach((w, i) => { if (ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) lastRole = i; });
  const nameWords = words.slice(lastRole + 1);
  const role = lastRole >= 0 ? words.slice(0, lastRole + 1).join(' ') : appositive?.replace(/^(?:a|an|the)\s+/i, '') ?? null;
  if (nameWords.length === 0) return { name: words.join(' '), role: null };
  const name = nameWords.join(' ');
  const known = memory.byLastName.get(nameWords[nameWords.length - 1]);
  if (nameWords.length === 1 && known) return known;
  const speaker = { name, role };
  const isPerson = nameWords.length >= 2 || lastRole >= 0 || appositive !== undefined;
  if (isPerson) memory.byLastName.set(nameWords[nameWords.length - 1], speaker);
  return speaker;
}

/** The speaker a matched pattern names: its name group, with the appositive as the role. */
function speakerOf(m: RegExpExecArray, memory: SpeakerMemory): Speaker | null {
  const groups = m.slice(1).filter((g) => g !== undefined);
  if (groups.length === 0) return null;
  const [phrase, appositive] = groups;
  const speaker = resolveSpeaker(phrase, memory, /^(?:he|she)$/i.test(phrase) ? undefined : appositive);
  if (speaker && memory.byLastName.get(speaker.name.split(/\s+/).pop()!) === speaker) memory.lastPerson = speaker;
  return speaker;
}

function firstMatch(patterns: RegExp[], text: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The speaker of each sentence of a paragraph (null: the article's own voice).
 * Quotes take the speaker named after or before them; a paragraph that is only a quote continues
 * the previous quoted speaker; reported speech ("…, the Pentagon said") takes its subject.
 */
export function attributeSentences(paragraph: string, sentences: Sentence[], memory: SpeakerMemory): Array<Speaker | null> {
  const speakers: Array<Speaker | null> = sentences.map(() => null);
  for (const q of paragraph.matchAll(QUOTE)) {
    const start = q.index!;
    const end = start + q[0].length;
    const after = firstMatch(AFTER_QUOTE, paragraph.slice(end));
    const before = after ? null : firstMatch(BEFORE_QUOTE, paragraph.slice(0, start));
    let speaker = after ? speakerOf(after, memory) : before ? speakerOf(before, memory) : null;
    const wholeParagraph = start <= 1 && paragraph.slice(end).trim().length === 0;
    if (!speaker && wholeParagraph) speaker = memory.lastQuoted;
    if (!speaker) continue;
    memory.lastQuoted = speaker;
    const attributionEnd = after ? end + after.index + after[0].length : end;
    sentences.forEach((s, i) => {
      if (s.start < attributionEnd && start < s.end) speakers[i] = speaker;
    });
  }
  sentences.forEach((s, i) => {
    if (speakers[i]) return;
    const m = firstMatch(REPORTED, s.text.replace(/["“][^"“”]*["”]/g, (x) => ' '.repeat(x.length)));
    if (m) speakers[i] = speakerOf(m, memory);
  });
  return speakers;
}
