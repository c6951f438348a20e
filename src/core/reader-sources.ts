import type { SourceRef } from './types.ts';
import { articleFrom, type Article } from './article.ts';
import { isRecord } from './is-record.ts';

// The reader's own sources: articles kept with their provenance, from which facts are built.
// Articles rather than facts are stored, so that a better extractor improves old sources too.

export const READER_SOURCES_FORMAT = 'sourcelight-reader-sources';
export const READER_SOURCES_VERSION = 1;

export interface StoredArticle {
  id: string;
  source: SourceRef;
  /** The article's text, paragraphs separated by blank lines. */
  text: string;
  /** When the reader added it (ISO date and time). */
  added: string;
}

export interface ReaderSourcesFile {
  format: typeof READER_SOURCES_FORMAT;
  version: number;
  articles: StoredArticle[];
}

/** What the popup lists of a source. */
export interface ReaderSourceInfo {
  id: string;
  source: SourceRef;
  added: string;
  paragraphs: number;
}

const MAX_TEXT = 2_000_000;


/** What is wrong with a stored article, or null when nothing is. */
export function articleProblem(a: unknown): string | null {
  if (!isRecord(a)) return 'not an object';
  if (typeof a.id !== 'string' || !/^[\w-]{1,64}$/.test(a.id)) return 'no valid id';
  if (typeof a.text !== 'string' || !a.text.trim()) return 'no text';
  if (a.text.length > MAX_TEXT) return 'text longer than 2,000,000 characters';
  if (typeof a.added !== 'string') return 'no date added';
  const s = a.source;
  if (!isRecord(s) || !['title', 'outlet', 'url', 'published'].every((k) => typeof s[k] === 'string')) return 'no source (title, outlet, url, published)';
  if (s.url !== '' && !/^https?:\/\//.test(s.url as string)) return 'a source address that is not http(s)';
  return null;
}

/**
 * Reads a reader-sources file (an export, or what storage holds). A malformed file is refused as a
 * whole, with the reason: importing half a file would change the reader's sources unpredictably.
 */
export function parseReaderSources(data: unknown): ReaderSourcesFile {
  if (!isRecord(data)) throw new Error('this is not a Sourcelight sources file (expected a JSON object)');
  if (data.format !== READER_SOURCES_FORMAT) throw new Error(`this is not a Sourcelight sources file (format is ${JSON.stringify(data.format ?? null)})`);
  if (data.version !== READER_SOURCES_VERSION) throw new Error(`unsupported version ${String(data.version)} (this Sourcelight reads version ${READER_SOURCES_VERSION})`);
  if (!Array.isArray(data.articles)) throw new Error('the file has no "articles" list');
  data.articles.forEach((a, i) => {
    const problem = articleProblem(a);
    if (problem) throw new Error(`article ${i + 1}: ${problem}`);
  });
  return data as unknown as ReaderSourcesFile;
}

export function emptyReaderSources(): ReaderSourcesFile {
  return { format: READER_SOURCES_FORMAT, version: READER_SOURCES_VERSION, articles: [] };
}

/** Adds articles, skipping any already kept (same address, or same title and outlet). */
export function mergeArticles(file: ReaderSourcesFile, added: StoredArticle[]): { file: ReaderSourcesFile; addedCount: number } {
  const key = (a: StoredArticle) => a.source.url || `${a.source.title}\u0000${a.source.outlet}`;
  const known = new Set(file.articles.map(key));
  const fresh = added.filter((a) => !known.has(key(a)) && known.add(key(a)));
  return { file: { ...file, articles: [...file.articles, ...fresh] }, addedCount: fresh.length };
}

export function toArticle(stored: StoredArticle): Article {
  return articleFrom(stored.source, stored.text);
}

export function infoOf(a: StoredArticle): ReaderSourceInfo {
  return { id: a.id, source: a.source, added: a.added, paragraphs: a.text.split(/\n\s*\n/).length };
}
