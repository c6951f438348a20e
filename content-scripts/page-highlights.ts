import type { Finding } from '../src/core/types.ts';
import type { BlockText } from '../src/dom/text-map.ts';
import { highlightSpan } from './highlighter.ts';
import { VERDICT_WORDS } from './card.tsx';

export const ID_ATTRIBUTE = 'data-sourcelight-id';

/**
 * Highlights every finding in its block, claims before the figures they contain so that a
 * figure's element nests inside its sentence's. Returns the first element of each finding.
 */
export function highlightFindings(blocks: BlockText[], findings: Finding[]): Map<number, HTMLElement> {
  const order = findings
    .map((finding, id) => ({ finding, id }))
    .filter(({ finding }) => blocks[finding.paragraph] !== undefined)
    .sort((a, b) => a.finding.paragraph - b.finding.paragraph || kindRank(a.finding) - kindRank(b.finding) || a.finding.start - b.finding.start);
  const first = new Map<number, HTMLElement>();
  for (const { finding, id } of order) {
    const marks = highlightSpan(blocks[finding.paragraph], finding.start, finding.end, (el) => decorate(el, finding, id));
    if (marks[0]) first.set(id, marks[0]);
  }
  return first;
}

const kindRank = (f: Finding) => (f.kind === 'claim' ? 0 : 1);

function decorate(el: HTMLElement, finding: Finding, id: number): void {
  el.setAttribute('data-sourcelight-kind', finding.kind);
  el.setAttribute('data-sourcelight-verdict', finding.verdict);
  el.setAttribute(ID_ATTRIBUTE, String(id));
  el.title = `Sourcelight: ${VERDICT_WORDS[finding.verdict]}`;
}
