import { browser } from '../browser.ts';
import type { TabReport } from '../messages.ts';

/** The action's badge shows how many findings on the tab conflict with a source (nothing when none). */
export async function showConflicts(tabId: number, report: TabReport): Promise<void> {
  const conflicts = report.findings.filter((f) => f.verdict === 'conflicting').length;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#cf222e' });
  await browser.action.setBadgeText({ tabId, text: conflicts > 0 ? String(conflicts) : '' });
  await browser.action.setTitle({ tabId, title: conflicts > 0 ? `Sourcelight: ${conflicts} conflicting with a source` : 'Sourcelight' });
}
