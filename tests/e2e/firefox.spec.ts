import { test, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { FIREFOX_EXTENSION, firefoxPath } from './browsers.ts';
import { expectedHighlights, highlightsOutsideArticleInPage, normalise, readHighlightsInPage } from './highlights.ts';

// Playwright cannot install extensions into Firefox; puppeteer-core can, over WebDriver BiDi.
const PAGE = 'wire-report.html';

/** Firefox with the built extension, on a fixture page served from 127.0.0.1; closed afterwards. */
async function inFirefox(file: string, run: (page: Page) => Promise<void>): Promise<void> {
  const server = await startServer();
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    await browser.installExtension(FIREFOX_EXTENSION);
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/pages/${file}`);
    await run(page);
  } finally {
    await browser?.close();
    await server.close();
  }
}

test('Firefox: the same highlights on the same page', async () => {
  await inFirefox(PAGE, async (page) => {
    await page.waitForSelector('[data-sourcelight-kind]', { timeout: 20_000 });
    expect(normalise(await page.evaluate(readHighlightsInPage))).toEqual(expectedHighlights(PAGE));
    expect(await page.evaluate(highlightsOutsideArticleInPage)).toBe(0);

    // Clicking a highlight opens the card there too.
    const nine = await page.waitForSelector('[data-sourcelight-kind="number"]::-p-text(nine)');
    await nine!.click();
    const cardText = await page.waitForFunction(
      () => document.querySelector('sourcelight-card')?.shadowRoot?.textContent ?? '', { timeout: 10_000 });
    expect(await cardText.jsonValue()).toContain('TRT (2023-10-27) says four times in Syria; this page says nine times in Syria.');
  });
});

test('Firefox: text a live blog adds later is highlighted once; keyboard opens the card', async () => {
  await inFirefox('live-blog.html', async (page) => {
    const late = await page.waitForSelector('[data-sourcelight-kind="number"]::-p-text(45)', { timeout: 20_000 });
    expect(await late!.evaluate((el) => el.getAttribute('data-sourcelight-verdict'))).toBe('conflicting');
    await page.click('#more');
    await page.waitForSelector('[data-sourcelight-kind="number"]::-p-text(900)', { timeout: 20_000 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const buttons = await page.$$eval('[data-sourcelight-kind][tabindex]', (els) => els.map((el) => el.textContent));
    expect(new Set(buttons).size).toBe(buttons.length);

    // Keyboard: a focused figure opens its card with Enter and Esc closes it.
    await late!.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('sourcelight-card')?.shadowRoot?.textContent?.includes('Conflicting') ?? false);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('sourcelight-card') === null);
  });
});
