import type { SourceRef } from './types.ts';

/** An article's provenance and its text, split into paragraphs with their offsets. */
export interface Article {
  source: SourceRef;
  text: string;
  paragraphs: Paragraph[];
  /** Fields the article did not give, reported to whoever builds a fact base. */
  warnings: string[];
}

export interface Paragraph {
  text: string;
  start: number;
}

const HEADER_FIELDS = ['title', 'outlet', 'url', 'published'] as const;
const HEADER_LINE = /^(title|outlet|url|published)\s*:\s*(.*)$/i;

/**
 * Splits text into paragraphs at blank lines, keeping each one's offset in the text. Each item of a
 * list ("- 2,236 people were in shelters") is a paragraph of its own, without its marker, as a
 * page's list items are.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g)) {
    for (const item of m[0].matchAll(/(?:^|\n)((?:[-*•]|\d{1,2}[.)])[ \t]+)?([^\n]*(?:\n(?![ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])[^\n]*)*)/g)) {
      const at = m.index! + item.index! + (item[0].startsWith('\n') ? 1 : 0) + (item[1]?.length ?? 0);
      const lead = item[2].length - item[2].trimStart().length;
      const body = item[2].trim();
      if (body) paragraphs.push({ text: body, start: at + lead });
    }
  }
  return paragraphs;
}

/**
 * Reads an article saved as text: a header of `Field: value` lines (title, outlet, url, published),
 * a blank line, then the article's text. Throws when there is no text.
 */
export function parseTextArticle(content: string): Article {
  const lines = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const fields: Record<string, string> = {};
  let bodyStart = 0;
  while (bodyStart < lines.length) {
    const m = HEADER_LINE.exec(lines[bodyStart]);
    if (!m) break;
    fields[m[1].toLowerCase()] = m[2].trim();
    bodyStart++;
  }
  const text = lines.slice(bodyStart).join('\n').trim();
  if (!text) throw new Error('the article has no text');
  return articleFrom(fields, text);
}

/** Builds an article from its fields and text, noting which fields are missing. */
export function articleFrom(fields: Partial<Record<(typeof HEADER_FIELDS)[number], string>>, text: string): Article {
  const source: SourceRef = {
    title: fields.title ?? '',
    outlet: fields.outlet ?? '',
    url: fields.url ?? '',
    published: normaliseDate(fields.published ?? ''),
  };
  const warnings = HEADER_FIELDS.filter((f) => !source[f]).map((f) => `no ${f} given`);
  if (fields.published && !source.published) warnings.push(`published date "${fields.published}" is not a date`);
  return { source, text, paragraphs: splitParagraphs(text), warnings };
}

/** "2023-10-27T10:00:00Z" or "2023-10-27" → "2023-10-27"; anything else → "". */
function normaliseDate(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return m[1];
  const parsed = value ? new Date(value) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : '';
}
