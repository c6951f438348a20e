import type { Sentence } from './sentences.ts';

// Attribution is done by hand: the patterns of news attribution ("…," Austin said; the Pentagon
// said; according to X) are few and regular, and no small browser-ready library resolves them.

export interface Speaker {
  name: string;
  role: string | null;
}

/** What a reader remembers while reading an article: who was named, who spoke last. */
export interface SpeakerMemory {
  byLastName: Map<string, Speaker>;
  lastQuoted: Speaker | null;
}

export function newSpeakerMemory(): SpeakerMemory {
  return { byLastName: new Map(), lastQuoted: null };
}

const VERB = '(?:said|says|told|added|stated|announced|noted|wrote|tweeted|explained|insisted|confirmed|warned|declared)';
const ROLE_WORDS = new Set(
  ('spokesman spokeswoman spokesperson minister secretary official officials chief leader envoy ambassador president ' +
    'director general commander adviser advisor prime supreme ayatollah senator governor mayor king queen prince ' +
    'spokesperson chairman chairwoman head sheikh').split(' '),
);
const NAME = "[A-Z][\\p{L}'’.-]*";
const SPEAKER = `((?:the\\s+)?(?:${NAME}\\s+|(?:${[...ROLE_WORDS].join('|')})\\s+)*${NAME})`;
const AFTER_QUOTE = new RegExp(`^[\\s,]*(?:${SPEAKER}\\s+${VERB}\\b|${VERB}\\s+${SPEAKER})`, 'u');
const BEFORE_QUOTE = new RegExp(`${SPEAKER}\\s+${VERB}\\b[^"“”]{0,40}[:,]?\\s*$`, 'u');
const REPORTED = new RegExp(`(?:^|,\\s*)${SPEAKER}\\s+${VERB}\\b|\\baccording to ${SPEAKER}`, 'u');
const QUOTE = /["“]([^"“”]+)["”]?/g;
const NOT_SPEAKERS = /^(?:It|This|That|There|He|She|They|We|I|But|And|The|A)$/;

/** Splits "US Defense Secretary Lloyd Austin" into the role and the person, and remembers the person. */
export function resolveSpeaker(phrase: string, memory: SpeakerMemory): Speaker | null {
  const words = phrase.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length === 1 && NOT_SPEAKERS.test(words[0])) return null;
  let lastRole = -1;
  words.forEach((w, i) => { if (ROLE_WORDS.has(w.toLowerCase())) lastRole = i; });
  const nameWords = words.slice(lastRole + 1);
  if (nameWords.length === 0) return { name: words.join(' '), role: null };
  const role = lastRole >= 0 ? words.slice(0, lastRole + 1).join(' ') : null;
  const name = nameWords.join(' ');
  const known = memory.byLastName.get(nameWords[nameWords.length - 1]);
  if (nameWords.length === 1 && known) return known;
  const speaker = { name, role };
  if (nameWords.length >= 2 || role) memory.byLastName.set(nameWords[nameWords.length - 1], speaker);
  return speaker;
}

/**
 * The speaker of each sentence of a paragraph (null: the article's own voice).
 * Quotes take the speaker named after or before them; a paragraph that is only a quote continues
 * the previous quoted speaker; reported speech ("…, the Pentagon said") takes its subject.
 */
export function attributeSentences(paragraph: string, sentences: Sentence[], memory: SpeakerMemory): Array<Speaker | null> {
  const speakers: Array<Speaker | null> = sentences.map(() => null);
  const quotes = [...paragraph.matchAll(QUOTE)];
  for (const q of quotes) {
    const start = q.index!;
    const end = start + q[0].length;
    const after = AFTER_QUOTE.exec(paragraph.slice(end));
    const before = BEFORE_QUOTE.exec(paragraph.slice(0, start));
    const phrase = after?.[1] ?? after?.[2] ?? before?.[1];
    let speaker = phrase ? resolveSpeaker(phrase, memory) : null;
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
    const m = REPORTED.exec(s.text.replace(/["“][^"“”]*["”]/g, (x) => ' '.repeat(x.length)));
    const phrase = m?.[1] ?? m?.[2];
    if (phrase) speakers[i] = resolveSpeaker(phrase, memory);
  });
  return speakers;
}
