import { browser } from '../browser.ts';
import { FactIndex } from '../core/fact-index.ts';
import { validateFactBase } from '../core/fact-base-file.ts';

let loading: Promise<FactIndex> | null = null;

/** The bundled fact base, fetched from the extension's own files once per worker life and indexed. */
export function factIndex(): Promise<FactIndex> {
  loading ??= load().catch((error) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<FactIndex> {
  const response = await fetch(browser.runtime.getURL('facts.json'));
  const file = validateFactBase(await response.json());
  return new FactIndex(file.facts);
}
