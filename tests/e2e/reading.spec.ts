import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, tabIdOf } from './chromium-fixtures.ts';

// Reading with Sourcelight in Chromium: keyboard, pages that change, the popup's controls, the
// reader's own sources, the badge, and an accessibility check of the popup and the card.

const marks = (page: Page) => page.locator('[data-sourcelight-kind]');
const firstMarks = (page: Page) => page.locator('[data-sourcelight-kind][tabindex]');

async function openArticle(context: import('@playwright/test').BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(marks(page).first()).toBeVisible();
  return page;
}

async function openPopup(extension: { context: import('@playwright/test').BrowserContext; id: string }, tabId: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.id}/popup.html?tab=${tabId}`);
  await expect(popup.locator('h1')).toBeVisible();
  return popup;
}

/** Sends a keyboard command's message to a tab, as the worker does when the reader presses the shortcut. */
async function command(worker: import('@playwright/test').Worker, tabId: number, direction: 'next' | 'previous' | 'open') {
  await worker.evaluate(([id, d]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } })
    .chrome.tabs.sendMessage(id as number, { type: 'navigate', direction: d }), [tabId, direction] as const);
}

test('keyboard only: Tab reaches a figure, Enter opens its card, Esc closes it and returns the focus', async ({ extension, baseUrl }) => {
  const page = await openArticle(extension.context, `${baseUrl}/pages/wire-report.html`);
  const first = page.locator('[data-sourcelight-kind="number"][tabindex="0"]').first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-label', /Sourcelight: figure, (consistent|conflicting|unverified)/);
  // A sentence is not a button (it holds figures' buttons); its verdict is its description.
  const claim = page.locator('[data-sourcelight-kind="claim"][tabindex="-1"]').first();
  await expect(claim).not.toHaveAttribute('role', 'button');
  await expect(claim).toHaveAccessibleDescription(/^Sourcelight: claim, (consistent|conflicting|unverified)\. Press Enter for the sources\.$/);
  await page.keyboard.press('Enter');
  const card = page.locator('sourcelight-card [role="dialog"]');
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(first).toBeFocused();
  await page.close();
});

test('the commands move to the next and previous claim and open its card; they are declared for remapping', async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const tabId = await tabIdOf(extension.worker, url);
  await page.bringToFront();
  const commands = await extension.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Array<{ name: string }>> } } }).chrome.commands.getAll());
  expect(commands.map((c) => c.name).sort()).toEqual(expect.arrayContaining(['next-claim', 'open-claim', 'previous-claim']));

  const order = await firstMarks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-sourcelight-id')));
  const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-sourcelight-id'));
  await command(extension.worker, tabId, 'next');
  await expect.poll(focusedId).toBe(order[0]);
  await command(extension.worker, tabId, 'next');
  await expect.poll(focusedId).toBe(order[1]);
  await command(extension.worker, tabId, 'previous');
  await expect.poll(focusedId).toBe(order[0]);
  await command(extension.worker, tabId, 'open');
  await expect(page.locator('sourcelight-card [role="dialog"]')).toBeVisible();
  await page.close();
});

test('text the page adds later is analysed once, without duplicate highlights', async ({ extension, baseUrl }) => {
  const page = await openArticle(extension.context, `${baseUrl}/pages/live-blog.html`);
  const late = page.locator('p', { hasText: '10:05 GMT' }).locator('[data-sourcelight-kind="number"]', { hasText: /^45$/ });
  await expect(late).toHaveAttribute('data-sourcelight-verdict', 'conflicting');
  await page.getByRole('button', { name: 'Read more' }).click();
  const added = page.locator('p', { hasText: '08:55 GMT' }).locator('[data-sourcelight-kind="number"]', { hasText: /^900$/ });
  await expect(added).toHaveAttribute('data-sourcelight-verdict', 'consistent');
  await page.waitForTimeout(1000); // let any further (wrong) analysis land before counting
  const counts = await marks(page).evaluateAll((els) => {
    const seen = new Map<string, number>();
    for (const el of els) if (el.hasAttribute('tabindex')) seen.set(el.textContent ?? '', (seen.get(el.textContent ?? '') ?? 0) + 1);
    return [...seen.values()];
  });
  expect(Math.max(...counts)).toBe(1);
  expect(await page.locator('sourcelight-mark sourcelight-mark sourcelight-mark').count()).toBe(0);
  await page.close();
});

test("a single-page-app navigation removes the old article's highlights and highlights the new one", async ({ extension, baseUrl }) => {
  const page = await openArticle(extension.context, `${baseUrl}/pages/spa.html`);
  await expect(page.locator('[data-sourcelight-kind="number"]', { hasText: /^nine$/ })).toHaveAttribute('data-sourcelight-verdict', 'conflicting');
  await page.getByRole('link', { name: 'Next story' }).click();
  await expect(page.locator('[data-sourcelight-kind="number"]', { hasText: /^about 1,200$/ })).toHaveAttribute('data-sourcelight-verdict', 'conflicting');
  await expect(page.locator('[data-sourcelight-kind]', { hasText: /^nine$/ })).toHaveCount(0);
  const ids = await firstMarks(page).evaluateAll((els) => els.map((el) => el.textContent));
  expect(ids).not.toContain('nine');
  await page.close();
});

test('the popup groups claims by verdict; clicking one scrolls the page to it and flashes it', async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const tabId = await tabIdOf(extension.worker, url);
  const popup = await openPopup(extension, tabId);
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(['Conflicting (4)', 'Consistent (5)', 'Unverified (5)', /Your sources/]);
  await popup.locator('li.claim', { hasText: '“about 1,200”' }).getByRole('button').click();
  const target = page.locator('[data-sourcelight-kind="number"]', { hasText: /^about 1,200$/ });
  await expect(target).toHaveAttribute('data-sourcelight-flash', '');
  await expect(target).toBeInViewport();
  await popup.close();
  await page.close();
});

test('the badge counts the conflicting claims of the tab', async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const tabId = await tabIdOf(extension.worker, url);
  const badge = await extension.worker.evaluate((id) =>
    (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe('4');
  await page.close();
});

test('pause and the per-site switch remove the highlights, are remembered, and undo', async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const popup = await openPopup(extension, await tabIdOf(extension.worker, url));
  await popup.getByLabel('Off on 127.0.0.1').check();
  await expect(marks(page)).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(marks(page)).toHaveCount(0);
  await popup.getByLabel('Off on 127.0.0.1').uncheck();
  await expect(marks(page).first()).toBeVisible();
  await popup.getByLabel('Pause Sourcelight everywhere').check();
  await expect(marks(page)).toHaveCount(0);
  await popup.getByLabel('Pause Sourcelight everywhere').uncheck();
  await expect(marks(page).first()).toBeVisible();
  await popup.close();
  await page.close();
});

test("a reader's own source: added from a page, checked against, exported, imported, removed", async ({ extension, baseUrl }) => {
  const sourceUrl = `${baseUrl}/pages/reader-source.html`;
  const source = await openArticle(extension.context, sourceUrl);
  const popup = await openPopup(extension, await tabIdOf(extension.worker, sourceUrl));
  await popup.getByRole('button', { name: 'Use this page as a source' }).click();
  await expect(popup.getByRole('status')).toContainText('Added “Pentagon moves destroyers into the region” to your sources.');
  await expect(popup.locator('.source-item')).toContainText(['Pentagon moves destroyers into the region']);
  await expect(popup.locator('.source-item .meta')).toHaveText(['Harbor Post · 2023-10-28']);

  // Other pages are now checked against it too.
  const page = await openArticle(extension.context, `${baseUrl}/pages/wire-report.html`);
  const three = page.locator('[data-sourcelight-kind="number"]', { hasText: /^Three$/ });
  await expect(three).toHaveAttribute('data-sourcelight-verdict', 'consistent');
  await three.click();
  await expect(page.locator('sourcelight-card')).toContainText('Harbor Post · 2023-10-28');

  // Export, then a malformed import is refused and changes nothing.
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export sources' }).click();
  const exported = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(exported.format).toBe('sourcelight-reader-sources');
  expect(exported.articles).toHaveLength(1);
  await popup.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "sourcelight-reader-sources", "version": 1, "articles": [{"id": 3}]}') });
  await expect(popup.getByRole('alert')).toHaveText(/Import refused, nothing changed: article 1: no valid id\./);
  await expect(popup.locator('.source-item')).toHaveCount(1);

  // Removing it, then importing the export, brings it back.
  await popup.getByRole('button', { name: /^Remove/ }).click();
  await expect(popup.locator('.source-item')).toHaveCount(0);
  await popup.locator('input[type="file"]').setInputFiles({ name: 'sources.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(popup.getByRole('status')).toHaveText('Imported 1 source (0 already kept).');
  await expect(popup.locator('.source-item')).toHaveCount(1);
  await popup.getByRole('button', { name: /^Remove/ }).click();
  await expect(popup.locator('.source-item')).toHaveCount(0);
  await Promise.all([popup.close(), page.close(), source.close()]);
});

test('accessibility: the popup and the open card have no axe violations, in light and dark', async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const popup = await openPopup(extension, await tabIdOf(extension.worker, url));
  await page.locator('[data-sourcelight-kind="number"]', { hasText: /^nine$/ }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme });
    await page.emulateMedia({ colorScheme });
    const popupResults = await new AxeBuilder({ page: popup }).analyze();
    expect(popupResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    const cardResults = await new AxeBuilder({ page }).include('sourcelight-card').analyze();
    expect(cardResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  }
  await popup.close();
  await page.close();
});

test('hostile pages (1 MB paragraph, 50,000 paragraphs, endless mutations) stay usable and do not break the extension', async ({ extension, baseUrl }) => {
  for (const file of ['hostile-huge-paragraph.html', 'hostile-many-paragraphs.html', 'hostile-mutations.html']) {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseUrl}/pages/${file}`);
    await page.waitForTimeout(2_000);
    const started = Date.now();
    expect(await page.evaluate(() => document.title)).toMatch(/^Hostile/);
    expect(Date.now() - started).toBeLessThan(2_000); // the page still answers at once
    expect(errors).toEqual([]);
    await page.close();
  }
  // The extension still works on an ordinary page afterwards.
  const page = await openArticle(extension.context, `${baseUrl}/pages/wire-report.html`);
  await expect(page.locator('[data-sourcelight-kind="number"]', { hasText: /^nine$/ })).toHaveAttribute('data-sourcelight-verdict', 'conflicting');
  await page.close();
});

test("a tab that loads another page forgets the last page's report and badge", async ({ extension, baseUrl }) => {
  const url = `${baseUrl}/pages/wire-report.html`;
  const page = await openArticle(extension.context, url);
  const tabId = await tabIdOf(extension.worker, url);
  const state = () => extension.worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: {
      storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
      action: { getBadgeText(d: { tabId: number }): Promise<string> };
    } }).chrome;
    return { report: Object.keys(await chrome.storage.session.get(`tab:${id}`)).length, badge: await chrome.action.getBadgeText({ tabId: id }) };
  }, tabId);
  expect(await state()).toEqual({ report: 1, badge: '4' });
  await page.goto(`${baseUrl}/pages/no-such-page.html`); // a page with no article
  await expect.poll(state).toEqual({ report: 0, badge: '' });
  await page.close();
});
