import type { PageArticle } from '../src/messages.ts';
import { findArticleBlocks } from '../src/dom/find-article.ts';
import { readBlock } from '../src/dom/text-map.ts';
import { readPageMetadata } from '../src/dom/page-metadata.ts';

/** The article on this page with its provenance, to be kept as one of the reader's sources. */
export function readPageArticle(doc: Document): PageArticle | null {
  const paragraphs = findArticleBlocks(doc).map((b) => readBlock(b).text.trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  const meta = readPageMetadata(doc);
  const published = meta.published ? /^(\d{4}-\d{2}-\d{2})/.exec(meta.published)?.[1] ?? '' : '';
  const url = /^https?:\/\//.test(meta.url ?? '') ? meta.url! : doc.location.href.replace(/#.*$/, '');
  return {
    source: { title: meta.title ?? doc.title, outlet: meta.outlet ?? doc.location.hostname, url, published },
    paragraphs,
  };
}
