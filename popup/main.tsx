import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, sendMessage } from '../src/browser.ts';
import type { TabReport } from '../src/messages.ts';
import { ClaimList } from './claim-list.tsx';

type State = { status: 'loading' } | { status: 'none' } | { status: 'error'; message: string } | { status: 'ready'; report: TabReport };

/** The tab to show: `?tab=<id>` when given (popup opened in its own tab, tests), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function Popup() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      const report = tabId === null ? null : await sendMessage<'tab-claims'>({ type: 'tab-claims', tabId });
      setState(report ? { status: 'ready', report } : { status: 'none' });
    })().catch((error: unknown) => setState({ status: 'error', message: String(error) }));
  }, []);

  if (state.status === 'loading') return <p>Loading…</p>;
  if (state.status === 'error') return <p role="alert">Sourcelight could not read this tab: {state.message}</p>;
  if (state.status === 'none') return <><h1>Sourcelight</h1><p class="summary">Sourcelight found no article on this tab.</p></>;
  const { findings, title } = state.report;
  const claims = findings.filter((f) => f.kind === 'claim').length;
  const figures = findings.length - claims;
  const conflicting = findings.filter((f) => f.verdict === 'conflicting').length;
  return (
    <>
      <h1>{title || 'This page'}</h1>
      <p class="summary">{claims} claims and {figures} figures; {conflicting} conflict with a source.</p>
      <ClaimList findings={findings} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
