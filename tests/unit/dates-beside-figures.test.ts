import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A year and the share or count next to it say little alone ("in 2013", "it was 4.7%"); side by side,
// as a source sentence gives them, each tells what the other is. Measured on the labelled sets 0-101:
// 147 more right verdicts; one more harmful, a year beside an amount already wrongly confirmed.
const arrears = sourceIndex({ title: 'Arrears', outlet: 'Morvanian Business Journal', published: '2025-11-12' }, `
Arrears remain well below their peak in 2013, when 4.7% of mortgages were three months or more behind, after the fall in house prices.

The main rate is now at its highest level since 2008, when it peaked at 5.25% during the global financial crisis.

Drivers' basic pay will rise by 11.5% in three phases: 5% from 1 November 2025, 4% from 1 July 2026 and 2.5% from 1 January 2027.

Two banks failed in 2019, the regulator said.
`);

test('a year and the figure next to it are confirmed together by a source sentence that gives both side by side', () => {
  const sentence = 'But remember where we were in 2013, when it was 4.7%.';
  const year = findingIn(arrears, sentence, '2013');
  assert.equal(year.verdict, 'consistent');
  assert.match(year.explanation, /2013/);
  assert.equal(findingIn(arrears, sentence, '4.7%').verdict, 'consistent');
  // (Another year beside the value, or another value beside the year, is no such pair.)
  assert.notEqual(findingIn(arrears, 'But remember where we were in 2012, when it was 4.7%.', '4.7%').verdict, 'consistent');
  assert.notEqual(findingIn(arrears, 'But remember where we were in 2013, when it was 3.9%.', '2013').verdict, 'consistent');
});

test('not a year a superlative is set against, nor the next item of a list, nor a small count', () => {
  // ("its highest since 2008": the figure is now, not then.)
  assert.notEqual(findingIn(arrears, 'At 5.25%, the rate now stands at its highest since 2008.', '5.25%').verdict, 'consistent');
  // (Across a comma the figure after is another item's: 4% is from 1 July, 5% from 1 November.)
  assert.notEqual(findingIn(arrears, 'Drivers got the first pay rise from 1 November: 4%.', '4%').verdict, 'consistent');
  assert.notEqual(findingIn(arrears, 'Two lenders were fined in 2019.', '2019').verdict, 'consistent');
});

test('a season beside a figure is confirmed only by the same season, not by a calendar year', () => {
  const season = sourceIndex({ title: 'Fees', outlet: 'Higher Education Standard', published: '2025-08-28' },
    'Fee income rose 6.3% in 2024, the university said. Good causes received €5.1 billion in 2018-19, the board said.');
  assert.notEqual(findingIn(season, 'Fee income grew by 6.3% in the 2024/25 academic year.', '2024/25').verdict, 'consistent');
  assert.equal(findingIn(season, 'In 2018-19 they got €5.1bn.', '2018-19').verdict, 'consistent');
});

test('a date beside a figure the source gives beside another date is contradicted', () => {
  const count = sourceIndex({ title: 'Homeless count', outlet: 'Velmont Civic Courier', published: '2025-03-20' },
    'The count remains below the peak of 3,960 recorded in 2017, when the closure of two large hostels left hundreds without a bed.');
  const year = findingIn(count, 'The highest count on record was 3,960, in 2019, after two large hostels closed.', '2019');
  assert.equal(year.verdict, 'conflicting');
  assert.equal(year.explanation, 'Velmont Civic Courier (2025-03-20) gives 2017 beside 3,960; this page gives 2019 beside 3,960.');
  // (Not a year after "since", which the figure is set against.)
  assert.notEqual(findingIn(count, 'The count of 3,960 is the highest since 2019, after two large hostels closed.', '2019').verdict, 'conflicting');
});

test('a date of another thing beside the source\'s figure contradicts no date: "A report published in 2021 found 3,960"', () => {
  for (const source of ['A report published in 2021 found 3,960 burglaries in Veldport.', 'The council, founded in 1998, recorded 3,960 burglaries in Veldport.']) {
    const index = sourceIndex({ title: 'Crime', outlet: 'Veldport Post', published: '2025-03-20' }, source);
    assert.notEqual(findingIn(index, 'Veldport recorded 3,960 burglaries in 2020.', '2020').verdict, 'conflicting', source);
  }
});
