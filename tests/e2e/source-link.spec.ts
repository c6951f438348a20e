import { test, expect } from './chromium-fixtures.ts';
import { linkToSentence } from '../../src/core/explain.ts';

const SENTENCE = 'A total of 21 US forces have suffered minor injuries, the vast majority of them traumatic brain injuries.';

test('a source link opens the source page scrolled to the sentence', async ({ extension, baseUrl }) => {
  const source = { title: 'Long source page', outlet: 'TRT', url: `${baseUrl}/pages/long-source.html`, published: '2023-10-27' };
  const link = linkToSentence({ sentence: SENTENCE, source });
  expect(link).toContain('#:~:text=');
  const page = await extension.context.newPage();
  await page.goto(source.url);
  const paragraph = page.locator('p', { hasText: SENTENCE });
  await expect(paragraph).not.toBeInViewport();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(paragraph).toBeInViewport();
  await page.close();
});
