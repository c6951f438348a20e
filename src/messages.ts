import type { Finding } from './core/types.ts';

/**
 * Every message between Sourcelight's contexts, declared once: the request each sender may send
 * and the response it gets. Receivers check shapes at run time with the guards below, because a
 * message is only as trustworthy as the context that sent it.
 */
export interface Messages {
  /** Content script → background: the article's paragraphs; the answer is what to highlight. */
  analyse: {
    request: { type: 'analyse'; url: string; title: string; paragraphs: string[] };
    response: { findings: Finding[] };
  };
  /** Popup → background: what Sourcelight found on a tab (null when it has not analysed that tab). */
  'tab-claims': {
    request: { type: 'tab-claims'; tabId: number };
    response: TabReport | null;
  };
}

export interface TabReport {
  url: string;
  title: string;
  findings: Finding[];
}

export type MessageType = keyof Messages;
export type Request<T extends MessageType> = Messages[T]['request'];
export type Response<T extends MessageType> = Messages[T]['response'];
export type AnyRequest = { [T in MessageType]: Request<T> }[MessageType];

/** Bounds on what a page may send, so that a hostile page cannot exhaust the worker. */
export const LIMITS = { paragraphs: 20_000, characters: 2_000_000, url: 4_096, title: 1_000 };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShortString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

export function isAnalyseRequest(m: unknown): m is Request<'analyse'> {
  if (!isRecord(m) || m.type !== 'analyse') return false;
  if (!isShortString(m.url, LIMITS.url) || !isShortString(m.title, LIMITS.title)) return false;
  const p = m.paragraphs;
  if (!Array.isArray(p) || p.length > LIMITS.paragraphs || !p.every((x) => typeof x === 'string')) return false;
  return p.reduce((n: number, x: string) => n + x.length, 0) <= LIMITS.characters;
}

export function isTabClaimsRequest(m: unknown): m is Request<'tab-claims'> {
  return isRecord(m) && m.type === 'tab-claims' && Number.isInteger(m.tabId) && (m.tabId as number) >= 0;
}
