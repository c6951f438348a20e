import { readFileSync } from 'node:fs';
import { test, expect, tabIdOf } from './chromium-fixtures.ts';
import { expectedHighlights, highlightsOutsideArticleInPage, normalise, readHighlightsInPage } from './highlights.ts';

const PAGE = 'wire-report.html';

test('highlights the figures and claims of the article body, coloured by verdict', async ({ extension, baseUrl }) => {
  const page = await extension.context.newPage();
  await page.goto(`${baseUrl}/pages/${PAGE}`);
  await expect(page.locator('[data-sourcelight-kind]').first()).toBeVisible();
  expect(normalise(await page.evaluate(readHighlightsInPage))).toEqual(expectedHighlights(PAGE));
  expect(await page.evaluate(highlightsOutsideArticleInPage)).toBe(0);
  // Colour and a second cue that is not colour: a conflicting figure is red and wavy-underlined.
  const nine = page.locator('[data-sourcelight-kind="number"]', { hasText: /^nine$/ });
  await expect(nine).toHaveCSS('text-decoration-style', 'wavy');
  await expect(nine).toHaveCSS('background-color', 'rgba(215, 58, 73, 0.24)');
  await page.close();
});

test('highlighting changes neither the text nor the layout of the page', async ({ extension, baseUrl }) => {
  const page = await extension.context.newPage();
  await page.goto(`${baseUrl}/pages/${PAGE}`);
  await expect(page.locator('[data-sourcelight-kind]').first()).toBeVisible();
  // The same HTML on about:blank, where content scripts do not run, is the page as it was.
  const plain = await extension.context.newPage();
  await plain.setContent(readFileSync(new URL(`../fixtures/pages/${PAGE}`, import.meta.url), 'utf8'));
  expect(await plain.locator('[data-sourcelight-kind]').count()).toBe(0);
  const layout = () => Array.from(document.querySelectorAll('article p')).map((p) => {
    const r = p.getBoundingClientRect();
    return `${Math.round(r.top)} ${Math.round(r.height)} ${(p as HTMLElement).innerText}`;
  });
  expect(await page.evaluate(layout)).toEqual(await plain.evaluate(layout));
  await page.close();
  await plain.close();
});

test('clicking a figure opens a card with the verdict and the source sentence; Esc closes it', async ({ extension, baseUrl }) => {
  const page = await extension.context.newPage();
  await page.goto(`${baseUrl}/pages/${PAGE}`);
  const nine = page.locator('[data-sourcelight-kind="number"]', { hasText: /^nine$/ });
  await nine.click();
  const card = page.locator('sourcelight-card [role="dialog"]');
  await expect(card).toBeVisible();
  await expect(card).toContainText('Conflicting');
  await expect(card).toContainText('TRT (2023-10-27) says four times in Syria; this page says nine times in Syria.');
  await expect(card).toContainText('As tensions soar over the Israel-Palestine, US and coalition troops have been attacked at least 12 times in Iraq and four times in Syria.');
  await expect(card.locator('.page mark')).toHaveText('nine');
  await expect(card.locator('.evidence mark')).toHaveText('four');
  await expect(card).toContainText('TRT · 2023-10-27');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);

  await page.locator('[data-sourcelight-kind="number"]', { hasText: /^two$/ }).click();
  await expect(card).toContainText('Consistent');
  await expect(card).toContainText('Said by Pentagon');
  await page.close();
});

test('the popup lists every claim of the tab with its verdict and source sentence', async ({ extension, baseUrl }) => {
  const page = await extension.context.newPage();
  const url = `${baseUrl}/pages/${PAGE}`;
  await page.goto(url);
  await expect(page.locator('[data-sourcelight-kind]').first()).toBeVisible();
  const tabId = await tabIdOf(extension.worker, url);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.id}/popup.html?tab=${tabId}`);
  const expected = expectedHighlights(PAGE);
  await expect(popup.locator('li.claim')).toHaveCount(expected.length);
  await expect(popup.locator('.summary')).toHaveText('5 claims and 9 figures; 4 conflict with a source.');
  const injuries = popup.locator('li.claim[data-kind="claim"]', { hasText: 'A total of 21 US troops have suffered minor injuries.' });
  await expect(injuries.locator('.verdict')).toHaveText('Consistent');
  await expect(injuries.locator('blockquote')).toHaveText('A total of 21 US forces have suffered minor injuries, the vast majority of them traumatic brain injuries.');
  await expect(injuries.locator('.source')).toContainText('TRT · 2023-10-27');
  await page.close();
  await popup.close();
});
