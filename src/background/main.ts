import { browser, sendToTab, type Runtime } from '../browser.ts';
import {
  isAddSourceRequest, isAnalyseRequest, isImportSourcesRequest, isRemoveSourceRequest, isRevealRequest,
  isPageArticle, isSourcesRequest, isTabClaimsRequest, type Request, type Response, type SourcesResult,
} from '../messages.ts';
import { analyseParagraphs } from '../core/analyse.ts';
import { factIndex, forgetReaderFacts } from './fact-base.ts';
import { forgetTab, recordFindings, tabReport } from './tab-reports.ts';
import { showConflicts } from './badge.ts';
import { READER_SOURCES_KEY, addSource, exportSources, importSources, listSources, removeSource } from './reader-sources-store.ts';

// Listeners are registered at the top level so that a worker woken by an event finds them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isAnalyseRequest(message)) return isTopFrameOfTab(sender) ? analyse(message, sender.tab!.id!) : undefined;
  // Everything else comes from Sourcelight's own pages (the popup), never from a web page.
  if (!isOwnPage(sender)) return undefined;
  if (isTabClaimsRequest(message)) return tabReport(message.tabId);
  if (isRevealRequest(message)) return sendToTab<'reveal'>(message.tabId, { type: 'reveal', finding: message.finding }).catch(() => false);
  if (isAddSourceRequest(message)) return addFromTab(message.tabId);
  if (isRemoveSourceRequest(message)) return changed(removeSource(message.id));
  if (isImportSourcesRequest(message)) return changed(importSources(message.json));
  if (isSourcesRequest(message)) return message.type === 'sources' ? listSources() : exportSources();
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

// A tab loading a new page forgets the last page's report, so the popup never shows it for the new one.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void forgetTab(tabId).then(() => browser.action.setBadgeText({ tabId, text: '' })).catch(() => undefined);
});

browser.commands.onCommand.addListener(async (command) => {
  const direction = ({ 'next-claim': 'next', 'previous-claim': 'previous', 'open-claim': 'open' } as const)[command as 'next-claim'];
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (direction && tab?.id !== undefined) await sendToTab<'navigate'>(tab.id, { type: 'navigate', direction }).catch(() => false);
});

// Sources changed in another window, or by an import: the index is rebuilt on the next lookup.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && READER_SOURCES_KEY in changes) forgetReaderFacts();
});

function isTopFrameOfTab(sender: Runtime.MessageSender): boolean {
  return sender.tab?.id !== undefined && sender.frameId === 0;
}

/** Extension pages (the popup) may ask for reports and change sources; content scripts may not. */
function isOwnPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

async function analyse(request: Request<'analyse'>, tabId: number): Promise<Response<'analyse'>> {
  const local = analyseParagraphs(request.paragraphs, await factIndex());
  const findings = local.map((f) => ({ ...f, paragraph: f.paragraph + request.firstParagraph }));
  // The page gets its highlights even when the report cannot be kept (storage.session is full).
  recordFindings(tabId, request.url, request.title, request.firstParagraph, findings)
    .then((report) => showConflicts(tabId, report))
    .catch((error: unknown) => console.warn('Sourcelight: could not keep the report of tab', tabId, error));
  return { findings };
}

async function addFromTab(tabId: number): Promise<SourcesResult> {
  const answer: unknown = await sendToTab<'read-article'>(tabId, { type: 'read-article' }).catch(() => null);
  const article = isPageArticle(answer) ? answer : null;
  if (!article) {
    const { sources } = await listSources();
    return { ok: false, sources, error: 'Sourcelight cannot read an article on this tab.' };
  }
  return changed(addSource(article));
}

async function changed(result: Promise<SourcesResult>): Promise<SourcesResult> {
  const r = await result;
  forgetReaderFacts();
  return r;
}
