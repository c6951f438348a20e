import { test as base, chromium, type BrowserContext, type Worker } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { CHROME_EXTENSION, CHROMIUM_ARGS, chromiumPath } from './browsers.ts';

interface Extension {
  context: BrowserContext;
  worker: Worker;
  id: string;
}

/** A local server for the fixture pages and a Chromium with the built extension, shared by a file's tests. */
export const test = base.extend<{}, { baseUrl: string; extension: Extension }>({
  baseUrl: [async ({}, use) => {
    const server = await startServer();
    await use(server.baseUrl);
    await server.close();
  }, { scope: 'worker' }],
  extension: [async ({}, use) => {
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      args: CHROMIUM_ARGS(CHROME_EXTENSION),
    });
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
    await use({ context, worker, id: worker.url().split('/')[2] });
    await context.close();
  }, { scope: 'worker' }],
});

/** The id of the tab showing a url, read from the reports the extension stored for its tabs. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const stored = await worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome;
    return api.storage.session.get(null);
  }) as Record<string, { url: string }>;
  const key = Object.keys(stored).find((k) => stored[k].url === url);
  if (!key) throw new Error(`no report stored for ${url}`);
  return Number(key.replace('tab:', ''));
}

export { expect } from '@playwright/test';
