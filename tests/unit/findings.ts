import assert from 'node:assert/strict';
import { FactIndex } from '../../src/core/fact-index.ts';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { analyseParagraphs } from '../../src/core/analyse.ts';
import type { Finding, FindingKind } from '../../src/core/types.ts';

// What a reader is shown for a figure or a sentence: the tests' one way to ask Sourcelight.

/** The finding for `text` in `sentence`, on a page whose paragraphs before it are `context`; undefined if none. */
export function lookUp(index: FactIndex, sentence: string, text: string, kind: FindingKind = 'number', context: string[] = []): Finding | undefined {
  return analyseParagraphs([...context, sentence], index).find((f) => f.kind === kind && f.text === text && f.paragraph === context.length);
}

/** The same, failing the test when there is none. */
export function findingIn(index: FactIndex, sentence: string, text: string, kind: FindingKind = 'number', context: string[] = []): Finding {
  const found = lookUp(index, sentence, text, kind, context);
  assert.ok(found, `no ${kind} "${text}" in: ${sentence}`);
  return found;
}

/** A fact base of one source article: its outlet, date and text, as a reader's source file gives them. */
export function sourceIndex(source: { title: string; outlet: string; published: string }, text: string): FactIndex {
  const url = `https://${source.outlet.toLowerCase().replace(/[^a-z]+/g, '-')}.example/`;
  const article = parseTextArticle(`Title: ${source.title}\nOutlet: ${source.outlet}\nURL: ${url}\nPublished: ${source.published}\n\n${text.trim()}\n`);
  return new FactIndex(buildFactBase([article]).facts);
}
