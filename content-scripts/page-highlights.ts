import type { Finding } from '../src/core/types.ts';
import type { BlockText } from '../src/dom/text-map.ts';
import { highlightSpan } from './highlighter.ts';
import { VERDICT_WORDS } from '../src/verdict-words.ts';

const ID_ATTRIBUTE = 'data-sourcelight-id';

/** How long one slice of highlighting may hold the page's main thread (a long task is over 50 ms). */
const SLICE_MS = 20;

/**
 * Highlights findings in their blocks (indexed by the findings' paragraph numbers), claims before
 * the figures they contain so that a figure's element nests inside its sentence's. The work is cut
 * into slices that yield to the page, so a long article never blocks it. Returns the first
 * element of each finding, by its id (firstId + its index in `findings`).
 */
export interface HighlightOptions {
  /** Runs at the end of each slice (to take our own mutation records before they are delivered). */
  afterSlice?: () => void;
  /** Told of every highlight element made, with its finding's id. */
  register?: (el: HTMLElement, id: number) => void;
  signal?: AbortSignal;
}

export async function highlightFindings(
  blocks: Map<number, BlockText>, findings: Finding[], firstId: number, options: HighlightOptions = {},
): Promise<Map<number, HTMLElement>> {
  const { afterSlice = () => {}, register = () => {}, signal } = options;
  const order = findings
    .map((finding, i) => ({ finding, id: firstId + i }))
    .filter(({ finding }) => blocks.has(finding.paragraph))
    .sort((a, b) => a.finding.paragraph - b.finding.paragraph || kindRank(a.finding) - kindRank(b.finding) || a.finding.start - b.finding.start);
  const first = new Map<number, HTMLElement>();
  let sliceStart = performance.now();
  for (const { finding, id } of order) {
    if (signal?.aborted) break;
    const marks = highlightSpan(blocks.get(finding.paragraph)!, finding.start, finding.end, (el) => {
      decorate(el, finding, id);
      register(el, id);
    });
    if (marks[0]) {
      makeReachable(marks[0], finding, id);
      first.set(id, marks[0]);
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      afterSlice();
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  afterSlice();
  return first;
}

const kindRank = (f: Finding) => (f.kind === 'claim' ? 0 : 1);

function decorate(el: HTMLElement, finding: Finding, id: number): void {
  el.setAttribute('data-sourcelight-kind', finding.kind);
  el.setAttribute('data-sourcelight-verdict', finding.verdict);
  el.setAttribute(ID_ATTRIBUTE, String(id));
}

/**
 * The first element of a finding is what the keyboard and screen readers reach. A figure is a
 * button that says what it is and its verdict, in the tab order. A sentence (which may contain
 * figures' buttons, and buttons must not nest) stays text, reached by the commands, with its
 * verdict as a description held in a hidden element of our own.
 */
function makeReachable(el: HTMLElement, finding: Finding, id: number): void {
  const verdict = VERDICT_WORDS[finding.verdict].toLowerCase();
  el.title = `Sourcelight: ${VERDICT_WORDS[finding.verdict]}. Click or press Enter for the sources.`;
  if (finding.kind === 'number') {
    el.setAttribute('role', 'button');
    el.tabIndex = 0;
    el.setAttribute('aria-label', `${finding.text} (Sourcelight: figure, ${verdict})`);
    return;
  }
  el.tabIndex = -1;
  el.setAttribute('aria-describedby', describe(el.ownerDocument, id, `Sourcelight: claim, ${verdict}. Press Enter for the sources.`));
}

export const DESCRIPTIONS_TAG = 'sourcelight-descriptions';
const session = Math.random().toString(36).slice(2, 10);

/** A hidden description for assistive technology, in our own container outside the page's body. */
function describe(doc: Document, id: number, text: string): string {
  let box = doc.querySelector(DESCRIPTIONS_TAG);
  if (!box) {
    box = doc.createElement(DESCRIPTIONS_TAG);
    box.setAttribute('hidden', '');
    doc.documentElement.append(box);
  }
  const item = doc.createElement('span');
  item.id = `sourcelight-${session}-${id}`;
  item.textContent = text;
  box.append(item);
  return item.id;
}
