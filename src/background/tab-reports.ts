import { browser } from '../browser.ts';
import type { Finding } from '../core/types.ts';
import type { TabReport } from '../messages.ts';

// Reports live in storage.session, not in memory: the MV3 worker may be stopped at any time,
// and the popup must still find what was found on its tab.

const keyOf = (tabId: number) => `tab:${tabId}`;

/**
 * Records what was found on a tab. A first batch (paragraph 0) starts a new report; a later one
 * (text the page added) is appended, with its paragraphs already numbered after the earlier ones.
 */
export function recordFindings(tabId: number, url: string, title: string, firstParagraph: number, findings: Finding[]): Promise<TabReport> {
  // One write at a time per tab, so that a later batch never reads the report before an earlier one lands.
  const previous = writes.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => record(tabId, url, title, firstParagraph, findings));
  writes.set(tabId, next);
  void next.finally(() => writes.get(tabId) === next && writes.delete(tabId)).catch(() => undefined);
  return next;
}

const writes = new Map<number, Promise<unknown>>();

async function record(tabId: number, url: string, title: string, firstParagraph: number, findings: Finding[]): Promise<TabReport> {
  const previous = firstParagraph > 0 ? await tabReport(tabId) : null;
  const report: TabReport = previous && previous.url === url
    ? { ...previous, findings: [...previous.findings, ...findings] }
    : { url, title, findings };
  await browser.storage.session.set({ [keyOf(tabId)]: report });
  // The tab may have closed while its page was analysed: then its report must not outlive it.
  await browser.tabs.get(tabId).catch(() => forgetTab(tabId));
  return report;
}

export async function tabReport(tabId: number): Promise<TabReport | null> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return (stored[keyOf(tabId)] as TabReport | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
