import type { Finding, SourceRef } from './core/types.ts';
import type { ReaderSourceInfo } from './core/reader-sources.ts';
import { isRecord } from './core/is-record.ts';

/**
 * Every message between Sourcelight's contexts, declared once, one map per direction: the request
 * each sender may send and the response it gets. Receivers check shapes (and senders) at run time
 * with the guards below, because a message is only as trustworthy as the context that sent it.
 */
export interface ToBackground {
  /** Content script: paragraphs of the article (new ones when the page grows); the answer is what to highlight. */
  analyse: {
    request: { type: 'analyse'; url: string; title: string; firstParagraph: number; paragraphs: string[] };
    response: { findings: Finding[] };
  };
  /** Popup: what Sourcelight found on a tab (null when it has not analysed that tab). */
  'tab-claims': { request: { type: 'tab-claims'; tabId: number }; response: TabReport | null };
  /** Popup: scroll the tab to a finding and flash it. */
  reveal: { request: { type: 'reveal'; tabId: number; finding: number }; response: boolean };
  /** Popup: add the article on a tab to the reader's own sources. */
  'add-source': { request: { type: 'add-source'; tabId: number }; response: SourcesResult };
  /** Popup: the reader's own sources. */
  sources: { request: { type: 'sources' }; response: SourcesResult };
  'remove-source': { request: { type: 'remove-source'; id: string }; response: SourcesResult };
  'export-sources': { request: { type: 'export-sources' }; response: { json: string } };
  /** Popup: replace nothing, add the sources of an exported file; a malformed file changes nothing. */
  'import-sources': { request: { type: 'import-sources'; json: string }; response: SourcesResult };
}

export interface ToContent {
  /** A keyboard command: move to the next or previous claim, or open the card of the current one. */
  navigate: { request: { type: 'navigate'; direction: 'next' | 'previous' | 'open' }; response: boolean };
  reveal: { request: { type: 'reveal'; finding: number }; response: boolean };
  /** The article on the page, with its provenance, to be kept as a source. */
  'read-article': { request: { type: 'read-article' }; response: PageArticle | null };
}

export interface TabReport {
  url: string;
  title: string;
  findings: Finding[];
}

export interface PageArticle {
  source: SourceRef;
  paragraphs: string[];
}

export type SourcesResult =
  | { ok: true; sources: ReaderSourceInfo[]; message: string }
  | { ok: false; sources: ReaderSourceInfo[]; error: string };

export type Request<T extends keyof ToBackground> = ToBackground[T]['request'];
export type Response<T extends keyof ToBackground> = ToBackground[T]['response'];
export type ContentRequest<T extends keyof ToContent> = ToContent[T]['request'];
export type ContentResponse<T extends keyof ToContent> = ToContent[T]['response'];

/** Bounds on what a page may send: a larger message is refused at once, before any work. */
export const LIMITS = { paragraphs: 20_000, characters: 2_000_000, url: 4_096, title: 1_000, importBytes: 50_000_000 };


function isShortString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

const isTabId = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

export function isAnalyseRequest(m: unknown): m is Request<'analyse'> {
  if (!isRecord(m) || m.type !== 'analyse') return false;
  if (!isShortString(m.url, LIMITS.url) || !isShortString(m.title, LIMITS.title)) return false;
  if (!Number.isInteger(m.firstParagraph) || (m.firstParagraph as number) < 0 || (m.firstParagraph as number) > LIMITS.paragraphs) return false;
  const p = m.paragraphs;
  if (!Array.isArray(p) || p.length > LIMITS.paragraphs || !p.every((x) => typeof x === 'string')) return false;
  return p.reduce((n: number, x: string) => n + x.length, 0) <= LIMITS.characters;
}

export function isTabClaimsRequest(m: unknown): m is Request<'tab-claims'> {
  return isRecord(m) && m.type === 'tab-claims' && isTabId(m.tabId);
}

export function isRevealRequest(m: unknown): m is Request<'reveal'> {
  return isRecord(m) && m.type === 'reveal' && isTabId(m.tabId) && Number.isInteger(m.finding) && (m.finding as number) >= 0;
}

export function isAddSourceRequest(m: unknown): m is Request<'add-source'> {
  return isRecord(m) && m.type === 'add-source' && isTabId(m.tabId);
}

export function isSourcesRequest(m: unknown): m is Request<'sources'> | Request<'export-sources'> {
  return isRecord(m) && (m.type === 'sources' || m.type === 'export-sources');
}

export function isRemoveSourceRequest(m: unknown): m is Request<'remove-source'> {
  return isRecord(m) && m.type === 'remove-source' && isShortString(m.id, 100);
}

export function isImportSourcesRequest(m: unknown): m is Request<'import-sources'> {
  return isRecord(m) && m.type === 'import-sources' && isShortString(m.json, LIMITS.importBytes);
}

export function isContentRequest(m: unknown): m is ContentRequest<keyof ToContent> {
  if (!isRecord(m)) return false;
  if (m.type === 'navigate') return m.direction === 'next' || m.direction === 'previous' || m.direction === 'open';
  if (m.type === 'reveal') return Number.isInteger(m.finding) && (m.finding as number) >= 0;
  return m.type === 'read-article';
}

/** What a content script's article must look like before it is kept as a source. */
export function isPageArticle(m: unknown): m is PageArticle {
  if (!isRecord(m) || !isRecord(m.source) || !Array.isArray(m.paragraphs)) return false;
  const s = m.source;
  return ['title', 'outlet', 'url', 'published'].every((k) => isShortString(s[k], LIMITS.url)) &&
    m.paragraphs.length <= LIMITS.paragraphs && m.paragraphs.every((p) => typeof p === 'string');
}

/** What a background answer must look like before the content script trusts it. */
export function isAnalyseResponse(m: unknown): m is Response<'analyse'> {
  return isRecord(m) && Array.isArray(m.findings);
}
