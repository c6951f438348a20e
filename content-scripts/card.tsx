import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../src/core/types.ts';
import { VERDICT_WORDS } from '../src/verdict-words.ts';
import { EvidenceView, Quote } from './evidence-view.tsx';
import cardStyles from './card.css';

export const CARD_TAG = 'sourcelight-card';

function Card({ finding, onClose }: { finding: Finding; onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const sources = finding.evidence.length;
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="sourcelight-card-title"
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <div class="head">
        <span class={`verdict ${finding.verdict}`} id="sourcelight-card-title">{VERDICT_WORDS[finding.verdict]}</span>
        <span class="kind">{finding.kind === 'number' ? `Figure “${finding.text}”` : 'Claim'}</span>
        <button ref={closeButton} class="close" type="button" aria-label="Close" onClick={onClose}>×</button>
      </div>
      <p class="explanation">{finding.explanation}</p>
      {finding.kind === 'number' && (
        <div class="page">
          <p class="label">On this page</p>
          <Quote sentence={finding.sentence} figure={finding.text} />
        </div>
      )}
      {sources === 0
        ? <p class="none">No source in Sourcelight’s fact base backs this.</p>
        : <p class="label">{sources === 1 ? 'The source' : `${sources} sources`}</p>}
      {finding.evidence.map((e, i) => <EvidenceView key={i} evidence={e} />)}
    </div>
  );
}

/** An open card: Preact in a shadow root on its own host element, removed by destroy(). */
export interface CardHandle {
  destroy(): void;
}

/** Opens the card for a highlight, next to it and within the window; closing returns focus to it. */
export function openCard(anchor: HTMLElement, finding: Finding, onClosed: () => void): CardHandle {
  const doc = anchor.ownerDocument;
  const host = doc.createElement(CARD_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardStyles;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  const destroy = () => {
    render(null, mount);
    host.remove();
  };
  const close = () => {
    destroy();
    anchor.focus({ preventScroll: true });
    onClosed();
  };
  render(<Card finding={finding} onClose={close} />, mount);
  place(mount.firstElementChild as HTMLElement, anchor);
  return { destroy };
}

/** Below the highlight when it fits, else above; never past the window's edges. */
function place(card: HTMLElement, anchor: HTMLElement): void {
  const view = anchor.ownerDocument.defaultView!;
  const target = anchor.getBoundingClientRect();
  const box = card.getBoundingClientRect();
  const margin = 8;
  const fitsBelow = target.bottom + margin + box.height <= view.innerHeight;
  const top = fitsBelow ? target.bottom + margin : Math.max(margin, target.top - margin - box.height);
  const left = Math.min(Math.max(margin, target.left), view.innerWidth - box.width - margin);
  card.style.top = `${top + view.scrollY}px`;
  card.style.left = `${Math.max(margin, left) + view.scrollX}px`;
}
