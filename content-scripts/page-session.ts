import { sendMessage } from '../src/browser.ts';
import { isAnalyseResponse } from '../src/messages.ts';
import type { Finding } from '../src/core/types.ts';
import { findArticleBlocks } from '../src/dom/find-article.ts';
import { readBlock, type BlockText } from '../src/dom/text-map.ts';
import { MARK_TAG, removeHighlights } from './highlighter.ts';
import { ID_ATTRIBUTE, highlightFindings } from './page-highlights.ts';
import { openCard, type CardHandle } from './card.tsx';

const SETTLE_MS = 400;

/**
 * Sourcelight on one page: reads the article once, highlights what the background found, and
 * reads again only what the page adds later (live blogs, "read more", infinite scroll). A new
 * address (single-page-app navigation) starts over, so no highlight outlives its article.
 * Everything it adds is removed by stop().
 */
export class PageSession {
  private readonly seen = new Set<Element>();
  private readonly blocks = new Map<number, BlockText>();
  private findings: Finding[] = [];
  private firstMarks = new Map<number, HTMLElement>();
  private card: CardHandle | null = null;
  private url = location.href;
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly abort = new AbortController();

  async start(): Promise<void> {
    this.listen();
    await this.schedule();
    this.observer = new MutationObserver(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.schedule(), SETTLE_MS);
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.abort.abort();
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.reset();
  }

  /** The finding shown by a highlight element, if it is one of ours. */
  findingOf(mark: Element): { id: number; finding: Finding } | null {
    const id = Number(mark.getAttribute(ID_ATTRIBUTE));
    return this.findings[id] ? { id, finding: this.findings[id] } : null;
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
      if (!String(error).includes('Extension context invalidated')) console.warn('Sourcelight:', error);
    });
    return this.running;
  }

  private async analyseNew(): Promise<void> {
    if (this.abort.signal.aborted) return;
    if (location.href !== this.url) {
      this.reset(); // another article: nothing of the last one may stay
      this.url = location.href;
    }
    const fresh = findArticleBlocks(document).filter((el) => !this.seen.has(el));
    if (fresh.length === 0) return;
    fresh.forEach((el) => this.seen.add(el));
    const texts = fresh.map(readBlock);
    const firstParagraph = this.blocks.size;
    const answer = await sendMessage<'analyse'>({
      type: 'analyse', url: location.href, title: document.title.slice(0, 1000), firstParagraph, paragraphs: texts.map((b) => b.text),
    });
    if (!isAnalyseResponse(answer) || this.abort.signal.aborted || location.href !== this.url) return;
    texts.forEach((b, i) => this.blocks.set(firstParagraph + i, b));
    const firstId = this.findings.length;
    this.findings.push(...answer.findings);
    // Our own highlights are no news: each slice's mutation records are taken before they are delivered.
    const marks = await highlightFindings(this.blocks, answer.findings, firstId, () => this.observer?.takeRecords(), this.abort.signal);
    marks.forEach((m, id) => this.firstMarks.set(id, m));
  }

  private reset(): void {
    this.card?.destroy();
    this.card = null;
    removeHighlights(document.body);
    this.seen.clear();
    this.blocks.clear();
    this.findings = [];
    this.firstMarks.clear();
  }

  private open(mark: HTMLElement): void {
    const found = this.findingOf(mark);
    if (!found) return;
    const anchor = this.firstMarks.get(found.id) ?? mark;
    this.card?.destroy();
    this.card = openCard(anchor, found.finding, () => (this.card = null));
  }

  private listen(): void {
    const { signal } = this.abort;
    document.addEventListener('click', (event) => {
      const target = event.target as Element | null;
      const mark = target?.closest?.(MARK_TAG) as HTMLElement | null;
      if (mark && this.findingOf(mark)) {
        event.preventDefault(); // a highlight inside a link opens the card, not the link
        this.open(mark);
      } else if (this.card && !target?.closest?.('sourcelight-card')) {
        this.card.destroy();
        this.card = null;
      }
    }, { capture: true, signal });
    document.addEventListener('keydown', (event) => {
      const mark = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
      if (mark && (event.key === 'Enter' || event.key === ' ') && this.findingOf(mark)) {
        event.preventDefault();
        this.open(mark);
      }
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
