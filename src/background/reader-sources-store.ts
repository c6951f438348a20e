import { browser } from '../browser.ts';
import {
  articleProblem, emptyReaderSources, infoOf, mergeArticles, parseReaderSources, type ReaderSourcesFile, type StoredArticle,
} from '../core/reader-sources.ts';
import type { PageArticle, SourcesResult } from '../messages.ts';

export const READER_SOURCES_KEY = 'readerSources';
/** Unreadable stored values are kept under this key with the time they were set aside. */
const BACKUP_PREFIX = 'readerSourcesUnreadable:';

/**
 * The reader's sources as stored. A stored value that cannot be read is reported, set aside under
 * its own key before anything is written over it, and never silently dropped.
 */
export async function loadReaderSources(): Promise<{ file: ReaderSourcesFile; problem: string | null }> {
  const raw = (await browser.storage.local.get(READER_SOURCES_KEY))[READER_SOURCES_KEY];
  if (raw === undefined) return { file: emptyReaderSources(), problem: null };
  try {
    return { file: parseReaderSources(raw), problem: null };
  } catch (error) {
    const problem = `your stored sources could not be read (${(error as Error).message}); they will be kept aside, not deleted, before anything is saved`;
    console.warn(`Sourcelight: ${problem}`);
    return { file: emptyReaderSources(), problem };
  }
}

async function save(file: ReaderSourcesFile, problem: string | null): Promise<void> {
  if (problem) {
    // Keep every unreadable value before anything is written over it, each under its own key.
    const stored = await browser.storage.local.get(READER_SOURCES_KEY);
    await browser.storage.local.set({ [`${BACKUP_PREFIX}${new Date().toISOString()}`]: stored[READER_SOURCES_KEY] });
  }
  await browser.storage.local.set({ [READER_SOURCES_KEY]: file });
}

function result(file: ReaderSourcesFile, message: string): SourcesResult {
  return { ok: true, sources: file.articles.map(infoOf), message };
}

function failure(file: ReaderSourcesFile, error: string): SourcesResult {
  return { ok: false, sources: file.articles.map(infoOf), error };
}

export async function listSources(): Promise<SourcesResult> {
  const { file, problem } = await loadReaderSources();
  return problem ? failure(file, problem) : result(file, '');
}

export async function addSource(article: PageArticle): Promise<SourcesResult> {
  const { file, problem } = await loadReaderSources();
  const text = article.paragraphs.join('\n\n').trim();
  if (!text) return failure(file, 'no article text was found on this page');
  const stored: StoredArticle = { id: crypto.randomUUID(), source: article.source, text, added: new Date().toISOString() };
  // The same checks as an import: an article that could not be read back is not stored.
  const invalid = articleProblem(stored);
  if (invalid) return failure(file, `this page cannot be kept as a source: ${invalid}`);
  const { file: next, addedCount } = mergeArticles(file, [stored]);
  if (addedCount === 0) return result(file, 'This page is already one of your sources.');
  await save(next, problem);
  return result(next, `Added “${article.source.title || article.source.url}” to your sources.`);
}

export async function removeSource(id: string): Promise<SourcesResult> {
  const { file, problem } = await loadReaderSources();
  if (problem) return failure(file, problem);
  const next = { ...file, articles: file.articles.filter((a) => a.id !== id) };
  await save(next, null);
  return result(next, 'Source removed.');
}

export async function exportSources(): Promise<{ json: string }> {
  const { file } = await loadReaderSources();
  return { json: `${JSON.stringify(file, null, 1)}\n` };
}

/** Adds the sources of an exported file; a file that is not valid JSON or not a sources file changes nothing. */
export async function importSources(json: string): Promise<SourcesResult> {
  const { file, problem } = await loadReaderSources();
  let incoming: ReaderSourcesFile;
  try {
    incoming = parseReaderSources(JSON.parse(json));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'the file is not valid JSON' : (error as Error).message;
    return failure(file, `Import refused, nothing changed: ${reason}.`);
  }
  const { file: next, addedCount } = mergeArticles(file, incoming.articles);
  await save(next, problem);
  return result(next, `Imported ${addedCount} source${addedCount === 1 ? '' : 's'} (${incoming.articles.length - addedCount} already kept).`);
}
