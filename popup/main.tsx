import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser, sendMessage } from '../src/browser.ts';
import type { TabReport } from '../src/messages.ts';
import { loadSettings, saveSettings, type Settings } from '../src/settings.ts';
import { ClaimList } from './claim-list.tsx';
import { Switches } from './switches.tsx';
import { SourcesPanel } from './sources-panel.tsx';

interface State {
  tabId: number | null;
  report: TabReport | null;
  settings: Settings;
}

/** The tab to show: `?tab=<id>` when given (popup opened in its own tab, tests), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname || null : null;
  } catch {
    return null;
  }
}

function Summary({ report }: { report: TabReport }) {
  const claims = report.findings.filter((f) => f.kind === 'claim').length;
  const figures = report.findings.length - claims;
  const conflicting = report.findings.filter((f) => f.verdict === 'conflicting').length;
  return <p class="summary">{claims} claims and {figures} figures; {conflicting} conflict with a source.</p>;
}

function Popup() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const tabId = await targetTabId();
      const report = tabId === null ? null : await sendMessage<'tab-claims'>({ type: 'tab-claims', tabId });
      setState({ tabId, report, settings: await loadSettings() });
    })().catch((e: unknown) => setError(String(e)));
  }, []);

  if (error) return <p role="alert">Sourcelight could not read this tab: {error}</p>;
  if (!state) return <p>Loading…</p>;
  const { tabId, report, settings } = state;
  const changeSettings = (next: Settings) => {
    setState({ ...state, settings: next });
    saveSettings(next).catch((e: unknown) => setError(`the setting could not be saved (${String(e)})`));
  };
  const reveal = (finding: number) => {
    if (tabId !== null) sendMessage<'reveal'>({ type: 'reveal', tabId, finding }).catch(() => undefined); // the tab may be gone
  };
  return (
    <>
      <header>
        <h1>{report?.title || 'Sourcelight'}</h1>
        {report ? <Summary report={report} /> : <p class="summary">Sourcelight found no article on this tab.</p>}
        <Switches settings={settings} host={hostOf(report?.url)} onChange={changeSettings} />
      </header>
      {report && <ClaimList findings={report.findings} onReveal={reveal} />}
      <SourcesPanel tabId={tabId} canAdd={report !== null} />
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
