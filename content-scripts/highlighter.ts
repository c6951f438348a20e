import { rawOffset, type BlockText } from '../src/dom/text-map.ts';

/** A tag no page's CSS was written for, so a page's styles do not restyle or hide our highlights by accident. */
export const MARK_TAG = 'sourcelight-mark';

/**
 * Wraps the text between two offsets of a block in highlight elements, one per text node it
 * covers (splitting nodes at the ends), and returns them. White-space-only pieces are left alone
 * so that no element lands where only white space may stand (inside a table row or a list).
 */
export function highlightSpan(block: BlockText, start: number, end: number, decorate: (el: HTMLElement) => void): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (let i = firstSegmentEndingAfter(block, start); i < block.segments.length; i++) {
    const segment = block.segments[i];
    if (segment.start >= end) break;
    if (start > segment.start) {
      splitSegment(block, i, start - segment.start);
      continue; // the next iteration starts at the piece beginning at `start`
    }
    if (end < segment.start + lengthOf(block, i)) splitSegment(block, i, end - segment.start);
    const node = block.segments[i].node;
    if (!node.data.trim()) continue;
    const mark = node.ownerDocument.createElement(MARK_TAG);
    decorate(mark);
    node.before(mark);
    mark.append(node);
    marks.push(mark);
  }
  return marks;
}

/** Puts the page's text back as it was: every highlight element is replaced by its contents. */
export function removeHighlights(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) mark.replaceWith(...Array.from(mark.childNodes));
}

function lengthOf(block: BlockText, i: number): number {
  return block.segments[i].length;
}

function firstSegmentEndingAfter(block: BlockText, offset: number): number {
  let low = 0;
  let high = block.segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (block.segments[mid].start + lengthOf(block, mid) <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Splits segment i's text node after k collapsed characters, keeping the segment list true. */
function splitSegment(block: BlockText, i: number, k: number): void {
  const segment = block.segments[i];
  const head = segment.node;
  const raw = rawOffset(head.data, segment.dropLead, k);
  // Whether the head's collapsed text ends in a space, read from the raw text just before the cut.
  const headEndsInSpace = raw > 0 ? /[ \t\n\r\f]/.test(head.data[raw - 1]) : segment.dropLead;
  const tail = head.splitText(raw);
  block.segments.splice(i + 1, 0, {
    node: tail,
    start: segment.start + k,
    dropLead: k > 0 ? headEndsInSpace : segment.dropLead,
    length: segment.length - k,
  });
  segment.length = k;
}
