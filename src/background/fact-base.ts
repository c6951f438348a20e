import { browser } from '../browser.ts';
import { FactIndex } from '../core/fact-index.ts';
import { validateFactBase } from '../core/fact-base-file.ts';
import { factsOfArticle } from '../core/facts.ts';
import { toArticle } from '../core/reader-sources.ts';
import type { Fact } from '../core/types.ts';
import { loadReaderSources } from './reader-sources-store.ts';

let bundled: Promise<Fact[]> | null = null;
let combined: Promise<FactIndex> | null = null;

/** The bundled facts, fetched from the extension's own files once per worker life. */
function bundledFacts(): Promise<Fact[]> {
  bundled ??= fetch(browser.runtime.getURL('facts.json'))
    .then((r) => r.json())
    .then((data) => validateFactBase(data).facts)
    .catch((error) => {
      bundled = null;
      throw error;
    });
  return bundled;
}

/** The bundled facts and the reader's own sources, indexed once until the reader's sources change. */
export function factIndex(): Promise<FactIndex> {
  combined ??= build().catch((error) => {
    combined = null;
    throw error;
  });
  return combined;
}

/** Called when the reader's sources change: the next lookup rebuilds the index. */
export function forgetReaderFacts(): void {
  combined = null;
}

async function build(): Promise<FactIndex> {
  const facts = [...(await bundledFacts())];
  const { file } = await loadReaderSources();
  for (const stored of file.articles) facts.push(...factsOfArticle(toArticle(stored), facts.length));
  return new FactIndex(facts);
}
