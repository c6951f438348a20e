// The content script's cost on the page's main thread, in real Chromium: long tasks (over 50 ms,
// which a reader feels) on the example article, a 10,000-word article and hostile pages, with the
// extension and, as the baseline measured in the same run, without it.
// Run: node build.mjs && npx tsx bench/content-script.ts
import { chromium, type BrowserContext } from '@playwright/test';
import { startServer } from '../scripts/serve.mjs';
import { CHROME_EXTENSION, CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browsers.ts';

const PAGES = [
  '/examples/pentagon-strikes.html',
  '/pages/long-article.html',
  '/pages/hostile-huge-paragraph.html',
  '/pages/hostile-many-paragraphs.html',
  '/pages/hostile-mutations.html',
];
const SETTLE_MS = Number(process.env.SETTLE_MS ?? 6_000);

/** Runs in the page before anything else: records long tasks and when the first highlight appears. */
function observe(): void {
  const w = window as unknown as { __bench: { long: number[]; firstMark: number | null } };
  w.__bench = { long: [], firstMark: null };
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__bench.long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (w.__bench.firstMark === null && document.querySelector('sourcelight-mark')) w.__bench.firstMark = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function measure(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(SETTLE_MS);
  const t0 = Date.now();
  await page.evaluate(() => 1); // the page still answers
  const answerMs = Date.now() - t0;
  const r = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { long: number[]; firstMark: number | null } }).__bench;
    return {
      longTasks: b.long.length, longTotal: b.long.reduce((a, x) => a + x, 0), longMax: Math.max(0, ...b.long),
      firstMark: b.firstMark, marks: document.querySelectorAll('sourcelight-mark[role="button"]').length,
    };
  });
  await page.close();
  return { ...r, answerMs };
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = CHROMIUM_ARGS(CHROME_EXTENSION).filter((a) => withExtension || !a.includes('extension'));
  const context = await chromium.launchPersistentContext('', { executablePath: chromiumPath(), headless: true, args });
  await context.addInitScript(observe);
  if (withExtension) context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  return context;
}

const server = await startServer();
const bare = await launch(false);
const withExt = await launch(true);
console.log(`Main-thread long tasks in the first ${SETTLE_MS / 1000} s (Chromium, headless), with Sourcelight and without (baseline):`);
console.log('page                              highlights  first at   long tasks (ms: total / max)   baseline (total / max)   extra');
try {
  for (const path of PAGES) {
    const url = `${server.baseUrl}${path}`;
    const base = await measure(bare, url);
    const ext = await measure(withExt, url);
    const name = path.split('/').pop()!.padEnd(34);
    const first = ext.firstMark === null ? '—' : `${Math.round(ext.firstMark)} ms`;
    console.log(`${name}${String(ext.marks).padStart(10)}  ${first.padStart(8)}   ${String(ext.longTasks).padStart(3)} (${Math.round(ext.longTotal)} / ${Math.round(ext.longMax)})`.padEnd(88) +
      `${String(base.longTasks).padStart(3)} (${Math.round(base.longTotal)} / ${Math.round(base.longMax)})`.padEnd(25) +
      `${Math.round(ext.longTotal - base.longTotal)} ms`);
  }
} finally {
  await bare.close();
  await withExt.close();
  await server.close();
}
