// The one module that touches the browser's extension API, so the rest of the code has a single
// seam to the browser and `src/core` never imports it.
import browser from 'webextension-polyfill';
import type { ContentRequest, ContentResponse, Request, Response, ToBackground, ToContent } from './messages.ts';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** The extension was reloaded or removed under a page: its scripts stop quietly, the page is unharmed. */
export function isContextGone(error: unknown): boolean {
  return String(error).includes('Extension context invalidated');
}

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<T extends keyof ToBackground>(request: Request<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage(request)) as Response<T>;
}

/** Sends a typed message to the content script of a tab's top frame. */
export async function sendToTab<T extends keyof ToContent>(tabId: number, request: ContentRequest<T>): Promise<ContentResponse<T>> {
  return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as ContentResponse<T>;
}
