import type { Sentence } from './sentences.ts';
import { CAPITALISED_FUNCTION_WORDS } from './words.ts';

// Attribution is done by hand: news attribution hangs on a few speech verbs ("said", "told",
// "according to") with the speaker next to them, and no small browser-ready library resolves it.
// Each speech verb is an anchor; the speaker is the name right before it (past an appositive:
// "Kelly Marsh, 38, from Ashbury, said"; or after a role: "Van Aalst's lawyer, Joris Hendriks,
// said"), or after it when inverted ("said Gallay"). Names met anywhere are remembered, so that
// "Austin" is Lloyd Austin, "the Commission" the European Commission, and "he" the last person named.

export interface Speaker {
  name: string;
  role: string | null;
}

/** What a reader remembers while reading an article: who was named, who spoke last. */
export interface SpeakerMemory {
  /** Full names by their last word. */
  byLastWord: Map<string, Speaker>;
  lastSpeaker: Speaker | null;
  /** The last person named, for "he said" and "she added". */
  lastPerson: Speaker | null;
}

export function newSpeakerMemory(): SpeakerMemory {
  return { byLastWord: new Map(), lastSpeaker: null, lastPerson: null };
}

const VERB = new RegExp('\\b(?:said|says|told|tells|added|adds|stated|announced|noted|wrote|writes|tweeted|explained|' +
  'insisted|confirmed|warned|declared|argued|claimed|estimated|reported|recalled|replied|cautioned|admitted|acknowledged|' +
  'predicted|urged|revealed|conceded|pointed out|disclosed|suggested|stressed|emphasised|emphasized|fumed|raged|' +
  'blasted|gushed|boasted|joked|sighed|whispered|shouted|countered|maintained|observed|asserted|alleged|denied|called|' +
  'ruled|estimates|warns|notes|argues|insists|reports|confirms|announces|explains|predicts|claims|laughed|cried|' +
  'sobbed|beamed|smiled|gasped|screamed|giggled)\\b', 'g');
/** A figure right after a verb: "added 14,000 jobs", "adds another 300", "added a further €2m". */
const COUNT_AFTER = /^\s+(?:(?:about|around|some|nearly|almost|more than|another|a further|an extra|roughly|over|just over|just under)\s+)?(?:[\d€£$]|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|thousands|dozens)\b)/i;
/** A clause of its own after the figure: "added two firefighters were injured". */
const CLAUSE_AFTER = /^\s+(?:[^\s.;]+\s+){1,4}(?:had|have|has|were|was|is|are|would|will|could|might)\b/i;
const ROLE_WORDS = new Set(
  ('spokesman spokeswoman spokesperson minister secretary official chief leader envoy ambassador president ' +
    'director general commander adviser advisor prime supreme ayatollah senator governor mayor king queen prince ' +
    'chairman chairwoman chair head sheikh ceo cfo coo founder economist analyst professor dr judge justice attorney ' +
    'lawyer prosecutor inspector sergeant captain lieutenant colonel officer detective superintendent councillor ' +
    'councilor councilmember manager coach striker midfielder defender goalkeeper researcher scientist epidemiologist ' +
    'doctor nurse firefighter deputy assistant vice executive chancellor representative sheriff battalion developer ' +
    'supporter resident witness neighbour neighbor pollster strategist investigator author editor owner boss mr mrs ms').split(' '),
);
/** Words that name only bodies, never a person: "Marrowgate General Hospital", "the Justice Ministry". */
const BODY_WORD = /^(?:Hospital|Ministry|Department|Agency|Authority|Commission|Council|Institute|Bureau|University|College|Infirmary|Inspectorate|Directorate)$/;
/** Words that make a name an organisation rather than a person. */
const ORG_WORDS = /\b(?:Ministry|Department|Service|Court|Institute|Agency|Center|Centre|Council|Commission|Association|Party|Police|Fire|Army|Navy|Forces|Office|Bank|Union|Company|Inc|Ltd|Group|Partners|Electronics|Biologics|Journal|Division|Authority|Board|Government|University|College|School|Hospital|Observatory|Organization|Organisation|Foundation|Federation|Committee|House|Pentagon|Guard|Corps|Line|Securities|Management|Power|Watch|Security|Survey|Bureau|Administration|Parliament|Senate|Club|Times|News|Post|Press|Wire)\b/;
const ORG_NOUNS = new Set(['army', 'military', 'navy', 'police', 'government', 'ministry', 'court', 'council', 'company', 'agency', 'center', 'centre', 'coastguard', 'hospital', 'department', 'commission', 'service', 'developer', 'club', 'prosecutors', 'authorities']);
const NOT_NAMES = new Set([...CAPITALISED_FUNCTION_WORDS, 'Officials', 'Sources', 'Reports', 'Video', 'Furious', 'Supporter', 'Only', 'Some', 'Many', 'Most']);
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const CAP = "[A-Z][\\p{L}'’-]*";
/** A run of capitalised words, joined by "of", "and", "for", particles: "Armed Forces of Malta", "Harbor and Main Partners". */
const NAME_RUN = new RegExp(`${CAP}(?:\\s+(?:(?:of|and|for|de|van|von|der|al|du|da)\\s+)?${CAP})*`, 'gu');
const QUOTE = /["“]([^"“”]+)["”]?/g;

const clean = (w: string) => w.replace(/^[("“'‘]+|[)"”'’.,;:!?]+$/g, '');

/** A capitalised run split into role and name: "US Defense Secretary Lloyd Austin" → role, name. */
function splitRun(run: string): { name: string; role: string | null } | null {
  let words = run.split(/\s+/).map(clean).filter(Boolean);
  // "Peru's National Civil Defence Institute": the owner is not part of the name.
  while (words.length > 1 && /['’]s$/.test(words[0])) words = words.slice(1);
  while (words.length && NOT_NAMES.has(words[0])) words = words.slice(1);
  let roleEnd = -1;
  words.forEach((w, i) => { if (ROLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')) && i < words.length - 1) roleEnd = i; });
  const name = words.slice(roleEnd + 1);
  while (name.length && /^(?:of|and|for)$/.test(name[0])) name.shift();
  // "…on 8 March, 12 of them in intensive care, said Dr Helena Vosk": a date is nobody.
  if (name.length === 0 || name.every((w) => CALENDAR_WORD.test(w))) return null;
  // ("Marrowgate General Hospital", "the Justice Ministry": a body's name, whose words only look like a
  // role. Not "Inspector House", "Judge Court", "Mr Power": words that are surnames too are read as before.)
  if (roleEnd >= 0 && name.length === 1 && BODY_WORD.test(name[0])) return { name: words.join(' '), role: null };
  return { name: name.join(' '), role: roleEnd >= 0 ? words.slice(0, roleEnd + 1).join(' ') : null };
}

/** A person's name, not a body's: two words or more, none of an organisation ("Alma Corvisier", not "Marine Accident Inquiry Board"). */
export const isPerson = (name: string) => name.includes(' ') && !ORG_WORDS.test(name);

/** Resolves a name against the names met so far ("Austin" → Lloyd Austin) and remembers full names. */
function remember(name: string, role: string | null, memory: SpeakerMemory): Speaker {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  // Tabloids call people by their first name ("Danny said") once the full name is given.
  const known = memory.byLastWord.get(last) ?? (words.length === 1 ? [...memory.byLastWord.values()].reverse().find((k) => isPerson(k.name) && k.name.startsWith(`${last} `)) : undefined);
  if (known && (words.length === 1 || known.name === name)) {
    if (role && !known.role) known.role = role;
    return known;
  }
  // "the Geophysical Institute" after "the Geophysical Institute of Peru".
  const longer = [...memory.byLastWord.values()].find((k) => k.name.startsWith(`${name} of `));
  if (longer) return longer;
  const speaker = { name, role };
  if (words.length > 1 || role) memory.byLastWord.set(last, speaker);
  return speaker;
}

/** Every name of a paragraph, remembered, with where it stands (for "he said" and "she added"). */
function learnNames(paragraph: string, memory: SpeakerMemory, inQuote: (i: number) => boolean): Array<{ at: number; speaker: Speaker }> {
  const people: Array<{ at: number; speaker: Speaker }> = [];
  for (const m of paragraph.matchAll(NAME_RUN)) {
    for (const [offset, run] of namesOfRun(m[0])) {
      const parts = splitRun(run);
      if (!parts || (!parts.name.includes(' ') && !parts.role)) continue;
      const at = m.index! + offset;
      const speaker = remember(parts.name, parts.role ?? roleBefore(paragraph.slice(0, at)), memory);
      // Someone named inside a quote is spoken of, not speaking: "he said" does not point at them.
      if (isPerson(speaker.name) && !inQuote(at)) people.push({ at, speaker });
    }
  }
  return people;
}

/** "Tom Briggs and Lorraine Fitch" are two people; "Harbor and Main Partners" is one firm. */
function namesOfRun(run: string): Array<[number, string]> {
  if (!/\sand\s/.test(run) || ORG_WORDS.test(run)) return [[0, run]];
  const out: Array<[number, string]> = [];
  let offset = 0;
  for (const part of run.split(/(\s+and\s+)/)) {
    if (!/^\s+and\s+$/.test(part)) out.push([offset, part]);
    offset += part.length;
  }
  return out;
}

/** Lower-case role words right before a name: "Swiss foreign ministry spokesman". */
function roleBefore(text: string): string | null {
  const words = text.trimEnd().split(/\s+/);
  if (!words.length || !ROLE_WORDS.has(clean(words[words.length - 1]).toLowerCase())) return null;
  const role: string[] = [];
  while (words.length && /^[\p{L}'’-]+$/u.test(words[words.length - 1]) && !/^(?:the|a|an|and|of|to|in|on|at|by|said|with|from)$/i.test(words[words.length - 1])) {
    role.unshift(words.pop()!);
    if (role.length >= 6) break;
  }
  return role.length ? role.join(' ') : null;
}

/** The name a text ends with ("… Defense Secretary Lloyd Austin"), or a known organisation ("the Malian army"). */
function nameAtEnd(text: string, memory: SpeakerMemory, personBefore: () => Speaker | null, appositive: string | null): Speaker | null {
  const trimmed = text.trimEnd();
  const lastWord = clean(trimmed.split(/\s+/).pop() ?? '');
  if (/^(?:he|she)$/i.test(lastWord)) return personBefore();
  const runs = [...trimmed.matchAll(NAME_RUN)];
  const run = runs[runs.length - 1];
  if (run && run.index! + run[0].length >= trimmed.length - 1) {
    const parts = splitRun(run[0]);
    if (parts) return remember(parts.name, parts.role ?? roleBefore(trimmed.slice(0, run.index!)) ?? appositive, memory);
  }
  if (ORG_NOUNS.has(lastWord.toLowerCase())) {
    // "the Malian army", "Peru's navy", "the court": an organisation named by a common noun.
    const m = new RegExp(`(?:^|\\s)(?:the\\s+)?((?:${CAP}\\s+)*)${lastWord}$`, 'u').exec(trimmed);
    const adjectives = m?.[1].trim().split(/\s+/).filter((w) => w && !/['’]s$/.test(w) && !NOT_NAMES.has(w)).join(' ');
    if (adjectives) return remember(`${adjectives} ${lastWord}`, null, memory);
    const known = [...memory.byLastWord.values()].reverse().find((s) => new RegExp(`\\b${lastWord}\\b`, 'i').test(s.name));
    return known ?? null;
  }
  return null;
}

/** The speaker a speech verb's left side names, past appositives: "X, 38, from Y, said"; "Role, X, said". */
function speakerBefore(text: string, memory: SpeakerMemory, personBefore: () => Speaker | null): Speaker | null {
  const body = text.replace(/[\s,]+$/, '');
  if (!/,\s*$/.test(text)) return nameAtEnd(body, memory, personBefore, null);
  const parts = body.split(',');
  for (let k = 1; k < Math.min(4, parts.length); k++) {
    const appositive = parts.slice(parts.length - k).join(',').trim();
    if (/["“”]/.test(appositive) || appositive.split(/\s+/).length > 14) break;
    const candidate = parts.slice(0, parts.length - k).join(',');
    const role = /^\d+$/.test(appositive) ? null : appositive.replace(/^(?:a|an|the)\s+/i, '').replace(/^\d+,\s*/, '');
    const speaker = nameAtEnd(candidate, memory, personBefore, role);
    if (speaker) return speaker;
    // "Van Aalst's lawyer, Joris Hendriks, said": the role comes first, the name is the appositive.
    const named = new RegExp(`^\\s*(${NAME_RUN.source})`, 'u').exec(parts[parts.length - k]);
    if (k === 1 && named && ROLE_WORDS_RE.test(candidate)) {
      const parts2 = splitRun(named[1]);
      if (parts2) return remember(parts2.name, candidate.trim().replace(/^(?:the|its)\s+/i, ''), memory);
    }
  }
  return null;
}
const ROLE_WORDS_RE = new RegExp(`\\b(?:${[...ROLE_WORDS].join('|')})$`, 'i');

/** The speaker right after an inverted verb or "according to": "said Gallay", "according to Sheriff Wayne Hollister, …". */
function speakerAfter(text: string, memory: SpeakerMemory): Speaker | null {
  const m = /^\s*(?:the\s+)?(?:[a-z]+\s+){0,3}?((?:[A-Z][\p{L}'’-]*\s+(?:(?:of|and|for)\s+)?){0,5}[A-Z][\p{L}'’-]*)(?:,\s+((?:a|an|the)\s+[^,.;"“”]{3,80}))?/u.exec(text);
  if (!m) return null;
  const parts = splitRun(m[1]);
  if (!parts) return null;
  return remember(parts.name, parts.role ?? m[2]?.replace(/^(?:a|an|the)\s+/i, '') ?? null, memory);
}

interface Anchor {
  start: number;
  end: number;
  speaker: Speaker;
}

/**
 * The speaker of each sentence of a paragraph (null: the article's own voice). A quote takes the
 * speaker of the verb beside it; another quote of the same paragraph continues that speaker; a
 * paragraph that is all quote continues the last speaker; reported speech takes its speaker.
 */
/** A verb of the speaker's own, and its object, joined to the verb of saying: "welcomed the mentors but ", "visited the site and ". */
const JOINED_VERB = /(?<=,|\p{L})\s+\p{Ll}+ed\b[^,;.]{0,60}?\s+(?:but|and)\s+$/u;

export function attributeSentences(paragraph: string, sentences: Sentence[], memory: SpeakerMemory): Array<Speaker | null> {
  const quotes = [...paragraph.matchAll(QUOTE)].map((q) => ({ start: q.index!, end: q.index! + q[0].length }));
  const inQuote = (i: number) => quotes.some((q) => i > q.start && i < q.end - 1);
  const people = learnNames(paragraph, memory, inQuote);
  const sentenceAt = (i: number) => sentences.find((s) => s.start <= i && i < s.end);
  const anchors: Anchor[] = [];
  const attributedQuotes = new Set<number>();
  const personBefore = (at: number) => () => [...people].reverse().find((p) => p.at < at)?.speaker ?? memory.lastPerson;

  const found: Array<{ at: number; end: number; speaker: Speaker; quote?: number }> = [];
  for (const m of paragraph.matchAll(VERB)) {
    if (inQuote(m.index!)) continue;
    const verbEnd = m.index! + m[0].length;
    // ("Construction added 14,000 jobs": a count added, no one speaking. Not "she added 20 minutes
    // later", "He added two firefighters were injured": a person or a clause of its own speaks.)
    const after = paragraph.slice(verbEnd, verbEnd + 60);
    if (/^add/i.test(m[0]) && COUNT_AFTER.test(after) && !/\b(?:he|she|they|I|we)\s+$/i.test(paragraph.slice(Math.max(0, m.index! - 8), m.index!)) &&
      !/^\s+\S+\s+(?:minutes?|hours?|days?|weeks?)\s+later\b/i.test(after) && !CLAUSE_AFTER.test(after)) continue;
    const sentence = sentenceAt(m.index!);
    const clauseStart = Math.max(sentence?.start ?? 0, ...quotes.filter((q) => q.end <= m.index!).map((q) => q.end));
    const quoteBefore = quotes.findIndex((q) => q.end <= m.index! && /^[\s,]*$/.test(paragraph.slice(q.end, m.index!)));
    // "Marquand also disclosed": an adverb between the speaker and the verb is not part of either.
    const leftSide = paragraph.slice(clauseStart, m.index!).replace(/\s(?:also|later|earlier|previously|separately|further|then|again|once)\s+$/, ' ');
    const inverted = quoteBefore >= 0 || /,\s*$/.test(leftSide) && !/\S/.test(leftSide.replace(/,\s*$/, '').slice(-1));
    // "…, 12 of them in intensive care, said Dr Helena Vosk": when no one is named before the verb, the name after it speaks.
    // ("Tobias Ferrand, general secretary of the union, welcomed the mentors but said": the subject
    // of a verb before, joined by "but" or "and", is who says; a "she" there is whom the sentences
    // before named, never the person she thanked: "She thanked nurse Ann Mote and said".)
    const joined = JOINED_VERB.exec(leftSide);
    const speaker = (inverted ? speakerAfter(paragraph.slice(verbEnd), memory) : null)
      ?? speakerBefore(leftSide, memory, personBefore(m.index!))
      ?? (/,\s*$/.test(leftSide) ? speakerAfter(paragraph.slice(verbEnd), memory) : null)
      ?? (joined ? speakerBefore(leftSide.slice(0, joined.index), memory, personBefore(clauseStart)) : null);
    if (!speaker) continue;
    const quoteAfter = quotes.findIndex((q) => q.start >= verbEnd && /^(?:[\s:,]*|\s+[^"“”]{0,60}?[:,]\s*)$/.test(paragraph.slice(verbEnd, q.start)));
    found.push({ at: m.index!, end: verbEnd, speaker, quote: quoteBefore >= 0 ? quoteBefore : quoteAfter >= 0 ? quoteAfter : undefined });
  }
  for (const m of paragraph.matchAll(/\b[Aa]ccording to\s+/g)) {
    if (inQuote(m.index!)) continue;
    const speaker = speakerAfter(paragraph.slice(m.index! + m[0].length), memory);
    if (speaker) found.push({ at: m.index!, end: m.index! + m[0].length, speaker });
  }
  for (const f of found.sort((a, b) => a.at - b.at)) {
    const sentence = sentenceAt(f.at);
    anchors.push({ start: sentence?.start ?? f.at, end: sentence?.end ?? f.end, speaker: f.speaker });
    if (f.quote !== undefined) {
      anchors.push({ ...quotes[f.quote], speaker: f.speaker });
      attributedQuotes.add(f.quote);
    }
    if (isPerson(f.speaker.name)) memory.lastPerson = f.speaker;
  }
  // A quote with no verb beside it: the paragraph's speaker, else (a paragraph of quote only) the last one.
  const paragraphSpeaker = anchors[0]?.speaker ?? (quotes[0]?.start <= 1 ? memory.lastSpeaker : null);
  quotes.forEach((q, i) => {
    if (!attributedQuotes.has(i) && paragraphSpeaker) anchors.push({ ...q, speaker: paragraphSpeaker });
  });

  const speakers: Array<Speaker | null> = sentences.map(() => null);
  for (const a of anchors) {
    sentences.forEach((s, i) => {
      if (!speakers[i] && s.start < a.end && a.start < s.end) speakers[i] = a.speaker;
    });
  }
  if (found.length) memory.lastSpeaker = found[found.length - 1].speaker;
  const lastPersonNamed = people[people.length - 1]?.speaker;
  if (lastPersonNamed && !found.some((f) => isPerson(f.speaker.name))) memory.lastPerson = lastPersonNamed;
  return speakers;
}
