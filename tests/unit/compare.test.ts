import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFactBase } from '../../src/core/facts.ts';
import { FactIndex } from '../../src/core/fact-index.ts';
import { findingIn } from './findings.ts';
import { trtArticle } from './trt.ts';

const index = new FactIndex(buildFactBase([trtArticle()]).facts);

/** The finding for a figure (by its text) or, with kind 'claim', for the sentence. */
const verdictOf = (sentence: string, text: string, kind: 'number' | 'claim' = 'number') => findingIn(index, sentence, text, kind);

test('the same thing with the same value is consistent, however it is worded', () => {
  assert.equal(verdictOf('The US keeps about 900 soldiers in Syria.', 'about 900').verdict, 'consistent');
  assert.equal(verdictOf('Washington has deployed two aircraft carriers to the region.', 'two').verdict, 'consistent');
  assert.equal(verdictOf('US forces were attacked 12 times in Iraq since the attacks began.', '12').verdict, 'consistent');
});

test('the same thing with another value conflicts, and the explanation gives the source’s value', () => {
  const six = verdictOf('US and coalition troops have been attacked six times in Syria.', 'six');
  assert.equal(six.verdict, 'conflicting');
  assert.match(six.explanation, /TRT \(2023-10-27\) says four times in Syria; this page says six times in Syria\./);
  assert.equal(six.evidence[0].sentence, 'As tensions soar over the Israel-Palestine, US and coalition troops have been attacked at least 12 times in Iraq and four times in Syria.');
  assert.equal(verdictOf('The United States has 1,500 troops in Syria.', '1,500').verdict, 'conflicting');
});

test('the place is part of what is counted', () => {
  // The source says 900 in Syria and 2,500 in Iraq: 900 in Iraq is not confirmed by the Syria figure.
  assert.notEqual(verdictOf('The US has 900 troops in Iraq.', '900').verdict, 'consistent');
});

test('different things are never evidence, even with equal numbers', () => {
  const destroyers = verdictOf('Washington sent two destroyers to the region.', 'two');
  assert.equal(destroyers.verdict, 'unverified');
  assert.deepEqual(destroyers.evidence, []);
});

test('a claim without figures agrees only with the same actors and the same polarity', () => {
  const text = 'President Joe Biden ordered the strikes, officials said.';
  assert.equal(verdictOf(text, text, 'claim').verdict, 'consistent');
  const other = 'President Vladimir Putin ordered the strikes, officials said.';
  assert.equal(verdictOf(other, other, 'claim').verdict, 'unverified');
  const negated = 'The strikes were not ordered by President Joe Biden.';
  assert.equal(verdictOf(negated, negated, 'claim').verdict, 'unverified');
});

test('a sentence with a conflicting figure is conflicting; with an unconfirmed one it is not consistent', () => {
  const conflict = 'A total of 63 US forces have suffered minor injuries.';
  assert.equal(verdictOf(conflict, conflict, 'claim').verdict, 'conflicting');
  const partial = 'Washington has sent two aircraft carriers and three destroyers to the region.';
  assert.equal(verdictOf(partial, partial, 'claim').verdict, 'unverified');
});
