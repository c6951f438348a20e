import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LIMITS, isAnalyseRequest, isTabClaimsRequest } from '../../src/messages.ts';

test('an analyse request must have the declared shape and stay within bounds', () => {
  const good = { type: 'analyse', url: 'https://example.com/a', title: 'A', firstParagraph: 0, paragraphs: ['One.', 'Two.'] };
  assert.equal(isAnalyseRequest(good), true);
  assert.equal(isAnalyseRequest({ ...good, paragraphs: [1, 2] }), false);
  assert.equal(isAnalyseRequest({ ...good, paragraphs: 'One.' }), false);
  assert.equal(isAnalyseRequest({ ...good, type: 'tab-claims' }), false);
  assert.equal(isAnalyseRequest({ ...good, paragraphs: ['x'.repeat(LIMITS.characters + 1)] }), false);
  assert.equal(isAnalyseRequest({ ...good, firstParagraph: -1 }), false);
  assert.equal(isAnalyseRequest(null), false);
});

test('a tab-claims request names one tab by a whole number', () => {
  assert.equal(isTabClaimsRequest({ type: 'tab-claims', tabId: 4 }), true);
  assert.equal(isTabClaimsRequest({ type: 'tab-claims', tabId: '4' }), false);
  assert.equal(isTabClaimsRequest({ type: 'tab-claims', tabId: -1 }), false);
});
