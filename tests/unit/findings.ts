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
  return sourcesIndex([{ ...source, text }]);
}

/** A fact base of several source articles, as a reader who added each of them has. */
export function sourcesIndex(sources: Array<{ title: string; outlet: string; published: string; text: string }>): FactIndex {
  const articles = sources.map((s) => parseTextArticle(
    `Title: ${s.title}\nOutlet: ${s.outlet}\nURL: https://${s.outlet.toLowerCase().replace(/[^a-z]+/g, '-')}.example/\nPublished: ${s.published}\n\n${s.text.trim()}\n`));
  return new FactIndex(buildFactBase(articles).facts);
}
