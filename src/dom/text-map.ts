import { EXCLUDED_SELECTOR } from './find-article.ts';

/**
 * The text of one article block as a reader sees it (white space collapsed, as the browser renders
 * it), with each text node's position in that text, so that a span of the text can be found again
 * in the page's nodes.
 */
export interface BlockText {
  text: string;
  segments: Segment[];
}

export interface Segment {
  node: Text;
  /** Where the node's collapsed text starts in the block's text. */
  start: number;
  /** Whether the node's leading white space was folded into the space before it. */
  dropLead: boolean;
  /** The length of the node's collapsed text, kept so that finding a span never re-reads the nodes. */
  length: number;
}

const SPACE = /[ \t\n\r\f]/;

/** Collapses runs of white space to one space, dropping the leading run when asked. */
export function collapse(data: string, dropLead: boolean): string {
  const folded = data.replace(/[ \t\n\r\f]+/g, ' ');
  return dropLead && folded.startsWith(' ') ? folded.slice(1) : folded;
}

/** The offset in a node's raw data where its k-th collapsed character begins. */
export function rawOffset(data: string, dropLead: boolean, k: number): number {
  let i = 0;
  if (dropLead) while (i < data.length && SPACE.test(data[i])) i++;
  for (let c = 0; c < k && i < data.length; c++) {
    if (SPACE.test(data[i])) while (i < data.length && SPACE.test(data[i])) i++;
    else i++;
  }
  return i;
}

const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/** Reads a block's text once; excluded parts (captions, forms, code, our own UI) are left out. */
export function readBlock(block: Element): BlockText {
  const segments: Segment[] = [];
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const dropLead = text.length === 0 || text.endsWith(' ');
        const piece = collapse((child as Text).data, dropLead);
        if (piece) {
          segments.push({ node: child as Text, start: text.length, dropLead, length: piece.length });
          text += piece;
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (el.matches(EXCLUDED_SELECTOR)) continue;
        if (BREAKS.has(el.tagName) && text && !text.endsWith(' ')) text += ' ';
        visit(el);
      }
    }
  };
  visit(block);
  return { text, segments };
}
