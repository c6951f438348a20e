import { readFileSync } from 'node:fs';

export interface Highlight {
  kind: string;
  text: string;
  verdict: string;
}

/** The expected highlights of a fixture page, as "kind verdict text" lines in a stable order. */
export function expectedHighlights(page: string): string[] {
  const file = JSON.parse(readFileSync(new URL(`../fixtures/pages/${page.replace(/\.html$/, '')}.expected.json`, import.meta.url), 'utf8'));
  return normalise(file.highlights);
}

export function normalise(highlights: Highlight[]): string[] {
  return highlights.map((h) => `${h.kind} ${h.verdict} ${h.text.replace(/\s+/g, ' ').trim()}`).sort();
}

/**
 * Runs in the page: every highlight as a person sees it, one per finding (a finding that spans
 * several text nodes has several elements with the same id; their texts are joined).
 */
export function readHighlightsInPage(): Highlight[] {
  const byId = new Map<string, { kind: string; verdict: string; text: string }>();
  for (const el of Array.from(document.querySelectorAll('[data-sourcelight-kind]'))) {
    const id = el.getAttribute('data-sourcelight-id') ?? String(byId.size);
    const seen = byId.get(id);
    if (seen) seen.text += el.textContent ?? '';
    else byId.set(id, { kind: el.getAttribute('data-sourcelight-kind')!, verdict: el.getAttribute('data-sourcelight-verdict')!, text: el.textContent ?? '' });
  }
  return [...byId.values()];
}

/** Runs in the page: highlights standing where none may stand (outside the article's prose). */
export function highlightsOutsideArticleInPage(): number {
  const forbidden = 'nav, aside, figcaption, .comments, .cookie, .related, [contenteditable], header, footer, form';
  return Array.from(document.querySelectorAll('[data-sourcelight-kind]')).filter((el) => el.closest(forbidden)).length;
}
