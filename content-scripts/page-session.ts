import { isContextGone, sendMessage } from '../src/browser.ts';
import { isAnalyseResponse } from '../src/messages.ts';
import type { Finding } from '../src/core/types.ts';
import { findArticleBlocks } from '../src/dom/find-article.ts';
import { readBlock, type BlockText } from '../src/dom/text-map.ts';
import { MARK_TAG, removeHighlights } from './highlighter.ts';
import { DESCRIPTIONS_TAG, highlightFindings } from './page-highlights.ts';
import { CARD_TAG, openCard, type CardHandle } from './card.tsx';

/** How long the page must be quiet before it is read again, and the longest it waits regardless. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 2_000;
/** Reading found nothing new this many times in a row: wait longer (a ticking clock, a feed). */
const MAX_BACKOFF = 5;

const BLOCK_SELECTOR = 'p, li, blockquote, h2, h3, h4, h5, h6, dd, dt';

const pageAddress = () => location.href.replace(/#.*$/, '');

/**
 * Sourcelight on one page: reads the article, highlights what the background found, and reads
 * again only the blocks the page adds later (live blogs, "read more", infinite scroll). A new
 * address (single-page-app navigation; not a new #fragment) starts over, so the old article's
 * highlights go. Everything it adds is removed by stop().
 */
export class PageSession {
  private readonly seen = new Set<Element>();
  private readonly blocks = new Map<number, BlockText>();
  private findings: Finding[] = [];
  private firstMarks = new Map<number, HTMLElement>();
  private card: CardHandle | null = null;
  private url = pageAddress();
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Our highlight elements and the finding each shows: a page's own look-alike is not one of them. */
  private ids = new WeakMap<Element, number>();
  private pendingSince = 0;
  private quietRuns = 0;
  private running: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();

  async start(): Promise<void> {
    this.listen();
    await this.schedule();
    if (this.abort.signal.aborted) return; // stopped while the first reading was under way
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  /**
   * Reads the page again once it has been quiet for a moment, or after MAX_WAIT_MS however busy
   * it is; waits longer each time nothing new was found. Changes inside blocks already read, or
   * inside our highlights, are no news.
   */
  private onMutations(records: MutationRecord[]): void {
    const news = records.some((r) => {
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      const block = el?.closest(BLOCK_SELECTOR);
      return !el || !(el.closest(MARK_TAG) || (block && this.seen.has(block)));
    });
    if (!news) return;
    const now = performance.now();
    this.pendingSince ||= now;
    const backoff = 2 ** Math.min(this.quietRuns, MAX_BACKOFF);
    const wait = Math.max(0, Math.min(SETTLE_MS * backoff, this.pendingSince + MAX_WAIT_MS * backoff - now));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.pendingSince = 0;
      void this.schedule();
    }, wait);
  }

  stop(): void {
    this.abort.abort();
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.reset();
  }

  /** The finding shown by a highlight element, if it is one of ours. */
  findingOf(mark: Element): { id: number; finding: Finding } | null {
    const id = this.ids.get(mark);
    return id !== undefined && this.findings[id] ? { id, finding: this.findings[id] } : null;
  }

  /** Moves the focus to the next or previous finding, in reading order. */
  move(direction: 'next' | 'previous'): boolean {
    const marks = [...this.firstMarks.values()].filter((m) => m.isConnected).sort(documentOrder);
    if (marks.length === 0) return false;
    const current = marks.indexOf(document.activeElement as HTMLElement);
    const next = direction === 'next'
      ? (current + 1) % marks.length
      : (current <= 0 ? marks.length : current) - 1;
    focus(marks[next]);
    return true;
  }

  /** Opens the card of the focused finding (or of the first one). */
  openCurrent(): boolean {
    const active = document.activeElement?.closest?.(MARK_TAG) as HTMLElement | null;
    const mark = active ?? [...this.firstMarks.values()].sort(documentOrder)[0];
    if (!mark) return false;
    this.open(mark);
    return true;
  }

  /** Scrolls to a finding and flashes it (from the popup). */
  reveal(id: number): boolean {
    const mark = this.firstMarks.get(id);
    if (!mark?.isConnected) return false;
    focus(mark);
    mark.setAttribute('data-sourcelight-flash', '');
    setTimeout(() => mark.removeAttribute('data-sourcelight-flash'), 1600);
    return true;
  }

  /** Runs one analysis at a time, in order. */
  private schedule(): Promise<void> {
    this.running = this.running.then(() => this.analyseNew()).catch((error: unknown) => {
      if (!isContextGone(error)) console.warn('Sourcelight:', error);
    });
    return this.running;
  }

  private async analyseNew(): Promise<void> {
    if (this.abort.signal.aborted) return;
    if (pageAddress() !== this.url) {
      this.reset(); // another article: nothing of the last one may stay
      this.url = pageAddress();
    }
    const fresh = findArticleBlocks(document).filter((el) => !this.seen.has(el));
    if (fresh.length === 0) {
      this.quietRuns++;
      return;
    }
    this.quietRuns = 0;
    fresh.forEach((el) => this.seen.add(el));
    const texts = fresh.map(readBlock);
    const firstParagraph = this.blocks.size;
    const answer = await sendMessage<'analyse'>({
      type: 'analyse', url: location.href, title: document.title.slice(0, 1000), firstParagraph, paragraphs: texts.map((b) => b.text),
    });
    if (!isAnalyseResponse(answer) || this.abort.signal.aborted || pageAddress() !== this.url) return;
    texts.forEach((b, i) => this.blocks.set(firstParagraph + i, b));
    const firstId = this.findings.length;
    this.findings.push(...answer.findings);
    // Our own highlights are no news: each slice's mutation records are taken before they are delivered.
    const marks = await highlightFindings(this.blocks, answer.findings, firstId, {
      afterSlice: () => this.observer?.takeRecords(),
      register: (el, id) => this.ids.set(el, id),
      signal: this.abort.signal,
    });
    marks.forEach((m, id) => this.firstMarks.set(id, m));
  }

  private reset(): void {
    this.card?.destroy();
    this.card = null;
    removeHighlights(document.body);
    document.querySelector(DESCRIPTIONS_TAG)?.remove();
    this.seen.clear();
    this.blocks.clear();
    this.findings = [];
    this.firstMarks.clear();
    this.ids = new WeakMap();
  }

  /** Opens a highlight's card; false when it is not ours or the card cannot be shown on this page. */
  private open(mark: HTMLElement): boolean {
    const found = this.findingOf(mark);
    if (!found) return false;
    const anchor = this.firstMarks.get(found.id) ?? mark;
    this.card?.destroy();
    this.card = null;
    try {
      this.card = openCard(anchor, found.finding, () => (this.card = null));
      return true;
    } catch (error) {
      console.warn('Sourcelight: cannot show the card on this page:', error);
      return false;
    }
  }

  private listen(): void {
    const { signal } = this.abort;
    document.addEventListener('click', (event) => {
      if (!event.isTrusted) return; // the page's own scripts cannot drive the card
      const target = event.target as Element | null;
      const mark = target?.closest?.(MARK_TAG) as HTMLElement | null;
      const found = mark ? this.findingOf(mark) : null;
      // A sentence that contains a link keeps the link working; a highlighted figure opens its card.
      const linkInClaim = found?.finding.kind === 'claim' && target?.closest?.('a[href]');
      if (mark && found && !linkInClaim) {
        if (this.open(mark)) event.preventDefault();
      } else if (this.card && !target?.closest?.(CARD_TAG)) {
        this.card.destroy();
        this.card = null;
      }
    }, { capture: true, signal });
    document.addEventListener('keydown', (event) => {
      if (!event.isTrusted) return;
      const mark = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
      if (mark && (event.key === 'Enter' || event.key === ' ') && this.findingOf(mark) && this.open(mark)) event.preventDefault();
    }, { capture: true, signal });
  }
}

function documentOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

function focus(mark: HTMLElement): void {
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
