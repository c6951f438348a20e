// Transcripts: "ERIK DAHL: The vote is on 11 December." A line in capitals before a colon names who
// speaks the paragraph, on a page of speakers' turns; elsewhere it may be a heading ("NORTHERN
// IRELAND: …") that says where or who, and is read as part of the sentence.

/** A transcript's speaker line: a name in capitals, then maybe a role ("IONA CASTELLANE, PRESENTER", "HANNE VOS (presenter)"), alone or before a colon. */
const ROLE = String.raw`(?:,\s*([A-Z][A-Z .'’&-]{1,60})|\s*\(([A-Za-z][A-Za-z .'’&-]{1,40})\))?`;
const SPEAKER_LABEL = new RegExp(String.raw`^([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3})${ROLE}(?::|$)`);
/** A surname alone before a colon, as radio transcripts give their speakers after the first turn: "REYNE: Twenty-four people…". */
const SURNAME_LABEL = new RegExp(String.raw`^([A-Z][A-Z'’-]{2,})${ROLE}:`);
/** Roles of those who report the news rather than make it: their words are the source's, told again. */
const NEWSROOM = /\b(?:PRESENTER|REPORTER|CORRESPONDENT|EDITOR|HOST|ANCHOR|NEWSREADER|ANNOUNCER|PRODUCER)\b/;
const NEWSROOM_ROLE = /^(?:(?:the|our|political|chief|senior|business|health|foreign|home)\s+)?(?:presenter|reporter|correspondent|editor|host|anchor|newsreader|announcer|producer)$/i;

export interface SpeakerLabel {
  name: string;
  role: string | undefined;
  /** Whether a colon ends it: the paragraph's words follow. */
  colon: boolean;
  /** Where the label ends in the paragraph, its colon included. */
  end: number;
}

/** The speaker label a paragraph opens with, if any. */
export function speakerLabel(paragraph: string): SpeakerLabel | null {
  const m = SPEAKER_LABEL.exec(paragraph.trim()) ?? SURNAME_LABEL.exec(paragraph.trim());
  if (!m) return null;
  return { name: m[1], role: m[2] ?? m[3], colon: m[0].endsWith(':'), end: paragraph.length - paragraph.trimStart().length + m[0].length };
}

/** A newsroom role: after a comma in capitals ("DANA WHITLOCK, PRESENTER"), or the whole of one in brackets ("(presenter)", not "(Lancet editor)", "(Anchor Housing)"). */
export const isNewsroom = (role: string) => (role === role.toUpperCase() ? NEWSROOM.test(role) : NEWSROOM_ROLE.test(role.trim()));

/** A page of speakers' turns: a speaker labelled twice, or one the label says is of the newsroom. */
export function isTranscript(paragraphs: string[]): boolean {
  const labels = paragraphs.map(speakerLabel).filter((l): l is SpeakerLabel => l !== null && l.colon);
  const names = labels.map((l) => l.name);
  return labels.some((l) => l.role !== undefined && isNewsroom(l.role)) || names.some((n, i) => names.indexOf(n) !== i);
}
