import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// Reports of one thing that disagree, disagree within a factor of a few; a value ten times another
// is another count far more often than the same one told wrong. Measured on the labelled sets: 26
// harmful contradictions fewer, every right one lost had been called wrong on the wrong evidence.

test('a contradiction ten times apart is withdrawn, the source shown', () => {
  const gondola = sourceIndex({ title: 'Gondola falls', outlet: 'The Morvik Gazette', published: '2026-02-14' },
    'The gondola cabin, which was carrying eight passengers, fell about 40 metres onto the slope.');
  const far = findingIn(gondola, 'The country’s cableways carried about 90 million passengers last year.', 'about 90 million');
  assert.equal(far.verdict, 'unverified');
  assert.match(far.explanation, /eight passengers/);
});

test('a count that disagrees within a factor of a few still conflicts: "63 injured" against 21', () => {
  const strike = sourceIndex({ title: 'Airstrike', outlet: 'The Harbour Ledger', published: '2024-11-03' },
    'The airstrike on Tarsel injured 21 people, local officials said.');
  assert.equal(findingIn(strike, 'The airstrike on Tarsel injured 63 people, officials said.', '63').verdict, 'conflicting');
});

test('the same digits a power of ten apart are a slipped decimal point, and conflict', () => {
  const clinics = sourceIndex({ title: 'Clinics hit', outlet: 'The Harbour Ledger', published: '2024-11-05' },
    'The regional health authority put the damage to equipment at $2.5 million.');
  assert.equal(findingIn(clinics, 'The regional health authority put the damage to equipment at $25 million.', '$25 million').verdict, 'conflicting');
});
