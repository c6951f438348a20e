import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateAll } from '../eval/main.ts';

// The labelled articles (tests/fixtures/articles) as a regression test: the aims of the issues,
// not the current figures, so that a change may move within them but never below.
const { totals } = await evaluateAll();

test('figures are found with F1 of at least 0.97, with the right values', () => {
  assert.ok(totals.numbersF1 >= 0.97, `figures F1 ${totals.numbersF1}`);
  assert.ok(totals.valuesRight >= 0.99, `values right ${totals.valuesRight}`);
});

test('check-worthy sentences are found with F1 of at least 0.80', () => {
  assert.ok(totals.claimsF1 >= 0.8, `claims F1 ${totals.claimsF1}`);
});

test('the fact base holds at least 95% of the labelled figures, and at least 90% of speakers are right', () => {
  assert.ok(totals.factsLabelled >= 150, `only ${totals.factsLabelled} labelled facts`);
  assert.ok(totals.factsFound >= 0.95, `facts found ${totals.factsFound}`);
  assert.ok(totals.speakersRight >= 0.9, `speakers right ${totals.speakersRight}`);
  assert.ok(totals.speakersInvented <= 3, `${totals.speakersInvented} sentences given a speaker no one labelled`);
});
