import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/core/sentences.ts';

test('splits at sentence ends and keeps offsets into the paragraph', () => {
  const text = 'Attacks began on Oct. 17 in Iraq. Gen. Smith said so.  "It stops now," he said.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['Attacks began on Oct. 17 in Iraq.', 'Gen. Smith said so.', '"It stops now," he said.']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});
