// The one module that touches the browser's extension API, so the rest of the code has a single
// seam to the browser and `src/core` never imports it.
import browser from 'webextension-polyfill';
import type { MessageType, Request, Response } from './messages.ts';

export { browser };
export type { Runtime, Tabs } from 'webextension-polyfill';

/** Sends a typed message to the background and returns its typed answer. */
export async function sendMessage<T extends MessageType>(request: Request<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage(request)) as Response<T>;
}
