import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { findArticleBlocks } from '../../src/dom/find-article.ts';
import { collapse, rawOffset, readBlock } from '../../src/dom/text-map.ts';
import { highlightSpan, removeHighlights } from '../../content-scripts/highlighter.ts';
import { readPageMetadata } from '../../src/dom/page-metadata.ts';

const page = (file: string) =>
  parseHTML(readFileSync(new URL(`../fixtures/pages/${file}`, import.meta.url), 'utf8')).document as unknown as Document;

test('the article body is found, without navigation, pull quotes, captions, comments or banners', () => {
  const blocks = findArticleBlocks(page('wire-report.html')).map((b) => readBlock(b).text);
  assert.ok(blocks.some((t) => t.startsWith('WASHINGTON (Northwire)')));
  assert.ok(blocks.some((t) => t === 'The United States has about 1,200 troops in Syria.'));
  for (const outside of ['24 hours in pictures', '1 official said', '40 soldiers', '30 strikes', '2 strikes', '3 kinds of cookies']) {
    assert.ok(!blocks.some((t) => t.includes(outside)), `"${outside}" is not article text`);
  }
});

test('white space is collapsed as the browser shows it, and offsets map back to the raw text', () => {
  const raw = '  two \n\t facilities  in   Syria ';
  const text = collapse(raw, true);
  assert.equal(text, 'two facilities in Syria ');
  for (let k = 0; k < text.length; k++) {
    assert.equal(collapse(raw.slice(rawOffset(raw, true, k)), text[k - 1] === ' ' || k === 0).charAt(0), text[k]);
  }
});

test('a highlight wraps exactly its text across nodes, and removing it restores the page', () => {
  // jsdom here: linkedom has no Text.splitText, which the highlighter relies on as browsers do.
  const { document } = new JSDOM('<p id="p">US jets struck <a href="#">two   facilities</a> in eastern Syria.</p>').window;
  const p = document.getElementById('p')!;
  const before = p.outerHTML;
  const block = readBlock(p);
  assert.equal(block.text, 'US jets struck two facilities in eastern Syria.');
  const start = block.text.indexOf('struck');
  const end = block.text.indexOf(' in eastern');
  const marks = highlightSpan(block, start, end, (el) => el.setAttribute('data-sourcelight-kind', 'claim'));
  assert.deepEqual(marks.map((m) => m.textContent), ['struck ', 'two   facilities']);
  const inner = highlightSpan(block, block.text.indexOf('two'), block.text.indexOf('two') + 3, () => {});
  assert.equal(inner[0].textContent, 'two');
  assert.equal(inner[0].parentElement, marks[1]);
  assert.equal(p.textContent, 'US jets struck two   facilities in eastern Syria.');
  removeHighlights(p);
  assert.equal(p.textContent, 'US jets struck two   facilities in eastern Syria.');
  assert.equal(p.querySelectorAll('sourcelight-mark').length, 0);
  assert.equal(p.outerHTML.replace(/<\/?sourcelight-mark[^>]*>/g, ''), before);
});

test('page metadata comes from JSON-LD, og: and article: tags', () => {
  assert.deepEqual(readPageMetadata(page('wire-report.html')), {
    title: 'Pentagon: US jets hit two Iran-linked sites in Syria',
    outlet: 'Northwire',
    url: undefined,
    published: '2023-10-27T02:10:00Z',
  });
});
