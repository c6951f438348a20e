import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../src/browser.ts';
import type { SourcesResult } from '../src/messages.ts';

/** The reader's own sources: add this page, list them, remove one, export and import them. */
export function SourcesPanel({ tabId, canAdd }: { tabId: number | null; canAdd: boolean }) {
  const [result, setResult] = useState<SourcesResult | null>(null);
  // Any failure (the worker gone, storage full) is shown, with the sources as last known.
  const fail = (error: unknown) => setResult({ ok: false, sources: result?.sources ?? [], error: `Sourcelight could not do that: ${String(error)}` });
  useEffect(() => void sendMessage<'sources'>({ type: 'sources' }).then(setResult).catch(fail), []);
  const run = (request: Promise<SourcesResult>) => request.then(setResult).catch(fail);

  const exportAll = async () => {
    const { json } = await sendMessage<'export-sources'>({ type: 'export-sources' }).catch((e: unknown) => {
      fail(e);
      return { json: '' };
    });
    if (!json) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sourcelight-sources.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    await run(sendMessage<'import-sources'>({ type: 'import-sources', json: await file.text() }));
    input.value = '';
  };

  const sources = result?.sources ?? [];
  return (
    <section class="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Your sources ({sources.length})</h2>
      {tabId !== null && canAdd && (
        <button type="button" class="primary" onClick={() => run(sendMessage<'add-source'>({ type: 'add-source', tabId }))}>
          Use this page as a source
        </button>
      )}
      {result && !result.ok && <p class="error" role="alert">{result.error}</p>}
      {result?.ok && result.message && <p class="message" role="status">{result.message}</p>}
      <ul>
        {sources.map((s) => (
          <li class="source-item" key={s.id}>
            <span class="title">{s.source.title || s.source.url}</span>
            <span class="meta">{s.source.outlet}{s.source.published ? ` · ${s.source.published}` : ''}</span>
            <button type="button" class="remove" aria-label={`Remove ${s.source.title || s.source.url}`}
              onClick={() => run(sendMessage<'remove-source'>({ type: 'remove-source', id: s.id }))}>Remove</button>
          </li>
        ))}
      </ul>
      <div class="file-actions">
        <button type="button" onClick={exportAll}>Export sources</button>
        <label class="import">
          Import sources
          <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget)} />
        </label>
      </div>
    </section>
  );
}
