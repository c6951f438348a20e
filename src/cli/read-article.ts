import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { articleFrom, parseTextArticle, type Article } from '../core/article.ts';
import { findArticleBlocks } from '../dom/find-article.ts';
import { readBlock } from '../dom/text-map.ts';
import { readPageMetadata } from '../dom/page-metadata.ts';

/** Reads an article file: `.txt` with a header block, or `.html` saved from a news site. */
export async function readArticleFile(path: string | URL): Promise<Article> {
  const content = await readFile(path, 'utf8');
  if (/\.html?$/i.test(String(path))) return parseHtmlArticle(content);
  return parseTextArticle(content);
}

/** An article from a saved page: metadata from the page's own tags, text from its article body. */
export function parseHtmlArticle(html: string): Article {
  const { document } = parseHTML(html);
  const paragraphs = htmlParagraphs(document as unknown as Document);
  if (paragraphs.length === 0) throw new Error('no article text found in the page');
  return articleFrom(readPageMetadata(document as unknown as Document), paragraphs.join('\n\n'));
}

/** The article paragraphs of a page, found as the content script finds them. */
export function htmlParagraphs(document: Document): string[] {
  return findArticleBlocks(document).map((b) => readBlock(b).text.trim()).filter(Boolean);
}
