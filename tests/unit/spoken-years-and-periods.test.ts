import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// Wordings of held-out sets 134-141 that gave harmful verdicts on first sight: a year said aloud
// without a word of time before it, "the hundred and forty-six", a page's "Then," after a past
// year, and an amount for another period.

test('a year said aloud before "when" is a year: "remember nineteen sixty-six, when a slide killed nineteen"', () => {
  const said = findQuantities('Older people here remember nineteen sixty-six, when a slide off this same slope killed nineteen people.');
  assert.deepEqual(said.map((q) => [q.text, q.kind]), [['nineteen sixty-six', 'date'], ['nineteen', 'quantity']]);
  assert.equal(said[1].time, 'nineteen sixty-six');
  // (Not a count before "when": "nineteen people, when…" has no second pair of digits.)
  assert.deepEqual(findQuantities('It killed nineteen people, when the slope gave way.').map((q) => q.kind), ['quantity']);
});

test('"the hundred and forty-six people" are 146 people', () => {
  const [q] = findQuantities('The mayor told me the hundred and forty-six people evacuated won\'t be home for a fortnight.');
  assert.deepEqual([q.text, q.value], ['hundred and forty-six', 146]);
  assert.equal(findQuantities('a hundred and five')[0].value, 105);
});

const prisons = sourceIndex({ title: 'Prisons report', outlet: 'The Capital Register', published: '2025-07-23' }, `
The prison system is running at 105.4% of capacity, the Justice Ministry said.

The population remains below the peak of 71,300 reached in 2016, when 74 prisons were overcrowded and the system ran at 112% of capacity.
`);

test('a page sentence opening "Then," after a past year speaks of that year: "In 2016, … Then, the system ran at 112%"', () => {
  const before = 'In 2016, 74 of our prisons were overcrowded.';
  const then = 'Then, the system ran at 112% of capacity, and it took a pandemic to bring the numbers down.';
  assert.notEqual(findingIn(prisons, `${before} ${then}`, '112%').verdict, 'conflicting');
  // (Without the year before, it is this year's level, and the source's 105.4% says otherwise.)
  assert.equal(findingIn(prisons, then, '112%').verdict, 'conflicting');
});

const benefit = sourceIndex({ title: 'Birth figures', outlet: 'Aldmark Economic Review', published: '2025-06-12' }, `
Family Minister Joran Tessaly said the government would introduce a one-off payment of €3,000 for every newborn from 1 January 2026, at an estimated cost of €215 million a year, and would raise child benefit by €40 a month.
`);

test('"€40 a week" is not the source\'s "€40 a month"', () => {
  const page = 'Family Minister Joran Tessaly has announced a one-off €3,000 payment for every newborn from 1 January 2026, which will cost about €215 million a year, and child benefit will rise by €40 a week.';
  assert.notEqual(findingIn(benefit, page, '€40').verdict, 'consistent');
  assert.equal(findingIn(benefit, page.replace('a week', 'a month'), '€40').verdict, 'consistent');
  // (An amount whose period the page leaves out is not told apart by it.)
  assert.equal(findingIn(benefit, page.replace(' a week', ''), '€40').verdict, 'consistent');
});

const claims = sourceIndex({ title: 'Benefit claims rise', outlet: 'The Northmoor Business Record', published: '2025-07-16' }, `
At the peak in March 2013, 71,400 people in the region were claiming unemployment benefit.
`);

test('"some 74,000" is not 71,400, which would be "some 71,000"; "about 72,000" is', () => {
  const page = (figure: string) => `At the peak in March 2013, ${figure} people in the region were claiming unemployment benefit.`;
  assert.notEqual(findingIn(claims, page('some 74,000'), 'some 74,000').verdict, 'consistent');
  assert.equal(findingIn(claims, page('about 72,000'), 'about 72,000').verdict, 'consistent');
  assert.equal(findingIn(claims, page('about 70,000'), 'about 70,000').verdict, 'consistent');
});
