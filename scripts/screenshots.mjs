// Screenshots for the README: the example page with its highlights, an open card, and the popup,
// in light and dark. Run after a build: node build.mjs && node scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { CHROME_EXTENSION, CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const out = fileURLToPath(new URL('../docs/', import.meta.url));
mkdirSync(out, { recursive: true });

const server = await startServer();
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath(),
  headless: true,
  viewport: { width: 1200, height: 860 },
  args: CHROMIUM_ARGS(CHROME_EXTENSION),
});
try {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const id = worker.url().split('/')[2];
  const url = `${server.baseUrl}/examples/pentagon-strikes.html`;
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('[data-sourcelight-kind]').first().waitFor();
  const stored = await worker.evaluate(() => globalThis.chrome.storage.session.get(null));
  const tabId = Number(Object.keys(stored).find((k) => stored[k].url === url).replace('tab:', ''));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 440, height: 860 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.locator('h1').waitFor();

  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await popup.emulateMedia({ colorScheme: scheme });
    await page.bringToFront();
    await page.locator('[data-sourcelight-kind="number"][data-sourcelight-verdict="conflicting"]').first().click();
    const card = page.locator('sourcelight-card [role="dialog"]');
    await card.waitFor();
    await page.screenshot({ path: `${out}page-${scheme}.png` });
    await card.screenshot({ path: `${out}card-${scheme}.png` });
    await page.keyboard.press('Escape');
    await popup.screenshot({ path: `${out}popup-${scheme}.png`, fullPage: false });
  }
  console.log(`screenshots written to ${out}`);
} finally {
  await context.close();
  await server.close();
}
