import { browser } from '../browser.ts';
import type { TabReport } from '../messages.ts';

// Reports live in storage.session, not in memory: the MV3 worker may be stopped at any time,
// and the popup must still find what was found on its tab.

const keyOf = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: report });
}

export async function tabReport(tabId: number): Promise<TabReport | null> {
  const stored = await browser.storage.session.get(keyOf(tabId));
  return (stored[keyOf(tabId)] as TabReport | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
