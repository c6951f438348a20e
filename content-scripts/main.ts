import { sendMessage } from '../src/browser.ts';
import type { Finding } from '../src/core/types.ts';
import { findArticleBlocks } from '../src/dom/find-article.ts';
import { readBlock } from '../src/dom/text-map.ts';
import { MARK_TAG } from './highlighter.ts';
import { ID_ATTRIBUTE, highlightFindings } from './page-highlights.ts';
import { openCard, type CardHandle } from './card.tsx';

// One run per page: a marker on the window stops a second injection from highlighting twice.
const RUN_MARKER = Symbol.for('sourcelight.content-script');
const pageWindow = window as unknown as Record<symbol, boolean>;

if (!pageWindow[RUN_MARKER]) {
  pageWindow[RUN_MARKER] = true;
  run().catch((error: unknown) => {
    // The extension was reloaded or removed under the page: stay quiet, the page is unharmed.
    if (!String(error).includes('Extension context invalidated')) console.warn('Sourcelight:', error);
  });
}

async function run(): Promise<void> {
  const blocks = findArticleBlocks(document).map(readBlock);
  if (blocks.length === 0) return;
  const answer = await sendMessage<'analyse'>({
    type: 'analyse',
    url: location.href,
    title: document.title.slice(0, 1000),
    paragraphs: blocks.map((b) => b.text),
  });
  if (!answer || !Array.isArray(answer.findings)) return;
  const findings = answer.findings;
  highlightFindings(blocks, findings);
  listenForClicks(findings);
}

function listenForClicks(findings: Finding[]): void {
  let card: CardHandle | null = null;
  document.addEventListener('click', (event) => {
    const mark = (event.target as Element | null)?.closest?.(MARK_TAG) as HTMLElement | null;
    const finding = mark ? findings[Number(mark.getAttribute(ID_ATTRIBUTE))] : undefined;
    if (!mark || !finding) {
      if (card && !(event.target as Element).closest?.('sourcelight-card')) card.destroy(), (card = null);
      return;
    }
    event.preventDefault(); // a highlight inside a link opens the card, not the link
    card?.destroy();
    card = openCard(mark, finding, () => (card = null));
  }, true);
}
