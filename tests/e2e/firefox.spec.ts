import { test, expect } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { startServer } from '../../scripts/serve.mjs';
import { FIREFOX_EXTENSION, firefoxPath } from './browsers.ts';
import { expectedHighlights, highlightsOutsideArticleInPage, normalise, readHighlightsInPage } from './highlights.ts';

// Playwright cannot install extensions into Firefox; puppeteer-core can, over WebDriver BiDi.
const PAGE = 'wire-report.html';

test('Firefox: the same highlights on the same page', async () => {
  const server = await startServer();
  let browser: Browser | null = null;
  try {
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    await browser.installExtension(FIREFOX_EXTENSION);
    const page = await browser.newPage();
    await page.goto(`${server.baseUrl}/pages/${PAGE}`);
    await page.waitForSelector('[data-sourcelight-kind]', { timeout: 20_000 });
    expect(normalise(await page.evaluate(readHighlightsInPage))).toEqual(expectedHighlights(PAGE));
    expect(await page.evaluate(highlightsOutsideArticleInPage)).toBe(0);

    // Clicking a highlight opens the card there too.
    const nine = await page.waitForSelector('[data-sourcelight-kind="number"]::-p-text(nine)');
    await nine!.click();
    const cardText = await page.waitForFunction(
      () => document.querySelector('sourcelight-card')?.shadowRoot?.textContent ?? '', { timeout: 10_000 });
    expect(await cardText.jsonValue()).toContain('TRT (2023-10-27) says four times in Syria; this page says nine.');
  } finally {
    await browser?.close();
    await server.close();
  }
});
