import { browser, type Runtime } from '../browser.ts';
import { isAnalyseRequest, isTabClaimsRequest, type Response } from '../messages.ts';
import { analyseParagraphs } from '../core/analyse.ts';
import { factIndex } from './fact-base.ts';
import { forgetTab, saveTabReport, tabReport } from './tab-reports.ts';

// Listeners are registered at the top level so that a worker woken by a message finds them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isAnalyseRequest(message) && sender.tab?.id !== undefined && sender.frameId === 0) {
    return analyse(message, sender.tab.id);
  }
  if (isTabClaimsRequest(message) && isOwnPage(sender)) return tabReport(message.tabId);
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

/** Extension pages (the popup) may ask for reports; content scripts may not read other tabs'. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

async function analyse(
  request: { url: string; title: string; paragraphs: string[] },
  tabId: number,
): Promise<Response<'analyse'>> {
  const findings = analyseParagraphs(request.paragraphs, await factIndex());
  await saveTabReport(tabId, { url: request.url, title: request.title, findings });
  return { findings };
}
