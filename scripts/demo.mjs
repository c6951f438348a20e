// The demo: loads the built extension (dist/chrome) into a real Chromium, opens the bundled
// example news page from a local server, prints what Sourcelight found there and saves a
// screenshot of the highlighted page with a card open. Headless unless a display is available.
// Usage: npm run demo [-- --page <file in examples/>] [--keep-open]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { CHROME_EXTENSION, CHROMIUM_ARGS, chromiumPath } from './browsers.mjs';

const args = process.argv.slice(2);
const pageName = args.includes('--page') ? args[args.indexOf('--page') + 1] : 'pentagon-strikes.html';
const keepOpen = args.includes('--keep-open');
const outDir = fileURLToPath(new URL('../demo-output/', import.meta.url));

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const headless = !process.env.DISPLAY || args.includes('--headless');
const server = await startServer();
const context = await chromium.launchPersistentContext('', {
  executablePath,
  headless,
  viewport: { width: 1280, height: 900 },
  args: CHROMIUM_ARGS(CHROME_EXTENSION),
});

try {
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const page = context.pages()[0] ?? await context.newPage();
  const url = `${server.baseUrl}/examples/${pageName}`;
  await page.goto(url);
  await page.locator('[data-sourcelight-kind]').first().waitFor({ timeout: 15_000 });

  // What the extension stored for this tab: the same report its popup shows.
  const stored = await worker.evaluate(() => globalThis.chrome.storage.session.get(null));
  const report = Object.values(stored).find((r) => r.url === url);
  print(report);

  const conflict = page.locator('sourcelight-mark[data-sourcelight-kind="number"][data-sourcelight-verdict="conflicting"]').first();
  if (await conflict.count()) {
    await conflict.scrollIntoViewIfNeeded();
    await conflict.click();
    await page.locator('sourcelight-card [role="dialog"]').waitFor();
  }
  mkdirSync(outDir, { recursive: true });
  const screenshot = `${outDir}${pageName.replace(/\.html?$/, '')}.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`\nScreenshot of the highlighted page, with a card open: ${screenshot}`);
  if (keepOpen && !headless) {
    console.log('The browser stays open; close it to end the demo.');
    await new Promise((resolve) => context.on('close', resolve));
  }
} finally {
  await context.close().catch(() => {});
  await server.close();
}

function print(report) {
  const findings = report?.findings ?? [];
  const conflicting = findings.filter((f) => f.verdict === 'conflicting').length;
  console.log(`Sourcelight on “${report?.title ?? pageName}”`);
  console.log(`${findings.filter((f) => f.kind === 'claim').length} claims and ${findings.filter((f) => f.kind === 'number').length} figures highlighted; ${conflicting} conflict with a source.\n`);
  for (const f of findings) {
    const label = f.kind === 'number' ? `figure “${f.text}”` : `claim  “${f.text}”`;
    console.log(`${f.verdict.toUpperCase().padEnd(12)}${label}`);
    console.log(`${' '.repeat(12)}${f.explanation}`);
    for (const e of f.evidence) {
      const who = [e.speaker, e.source.outlet, e.source.published].filter(Boolean).join(', ');
      console.log(`${' '.repeat(12)}source: “${e.sentence}” (${who})`);
    }
  }
}
