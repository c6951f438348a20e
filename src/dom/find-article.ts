import { Readability } from '@mozilla/readability';

// Readability (Firefox's Reader View) decides which part of a page is the article. It works on a
// clone, so every element of the clone is tagged with its index in the live page first; the
// elements Readability keeps are then mapped back to the live page.

const INDEX_ATTRIBUTE = 'data-sourcelight-index';
/** More elements than any article page has (a long article has a few thousand). */
export const MAX_ELEMENTS = 30_000;
const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6', 'DD', 'DT']);

/** The live article blocks (paragraphs, list items, subheads), in page order; [] when no article is found. */
export function findArticleBlocks(doc: Document): Element[] {
  if (!doc.body) return [];
  // Cloning and scoring a page this large would hold the reader's page for a long task or worse;
  // no news article needs so many elements, so such a page is left alone. (A live collection's
  // length is counted natively, without building an array.)
  if (doc.body.getElementsByTagName('*').length > MAX_ELEMENTS) return [];
  const live = Array.from(doc.body.querySelectorAll('*'));
  const clone = doc.cloneNode(true) as Document;
  const cloned = Array.from(clone.body.querySelectorAll('*'));
  cloned.forEach((el, i) => el.setAttribute(INDEX_ATTRIBUTE, String(i)));
  const article = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  if (!content || typeof content === 'string') return [];
  const kept = new Set<Element>();
  for (const el of Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))) {
    const original = live[Number(el.getAttribute(INDEX_ATTRIBUTE))];
    if (original) kept.add(original);
  }
  return [...kept].filter((el) => BLOCK_TAGS.has(el.tagName) && !hasBlockInside(el, kept) && !isExcluded(el));
}

function hasBlockInside(el: Element, kept: Set<Element>): boolean {
  return Array.from(el.querySelectorAll('*')).some((child) => BLOCK_TAGS.has(child.tagName) && kept.has(child));
}

/** Parts of a page that are never the article's claims, wherever Readability left them; our highlights are
 * page text and are read, our card is not. */
export const EXCLUDED_SELECTOR =
  'figcaption, aside, nav, header, footer, form, button, input, textarea, select, label, script, style, noscript, ' +
  'code, pre, kbd, samp, [contenteditable]:not([contenteditable="false"]), [role="navigation"], [role="complementary"], ' +
  '[aria-hidden="true"], sourcelight-card, sourcelight-descriptions';

function isExcluded(el: Element): boolean {
  return el.closest(EXCLUDED_SELECTOR) !== null;
}

