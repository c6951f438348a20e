import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';

// A figure told in another unit (src/core/other-units.ts): a period, a metric or imperial measure, a
// fraction as a percentage agree, never contradict; the very number of the same thing in another
// length unit contradicts. From the misses of held-out sets 22-129, and two reviews of the rules.

test('a period told in another unit agrees: "three days" and "72 hours", "two months" and "60 days"; never contradicts', () => {
  const strike = sourceIndex({ title: 'Strike', outlet: 'Gazette', published: '2025-06-18' }, `
Doctors will strike again for 72 hours from Monday, the union said.

The board said an interim report was expected within 60 days.
`);
  const days = findingIn(strike, 'Doctors will strike again for three days from Monday.', 'three');
  assert.equal(days.verdict, 'consistent');
  assert.match(days.explanation, /72 hours, which is three days/);
  assert.equal(findingIn(strike, 'An interim report is expected within two months, the board said.', 'two').verdict, 'consistent');
  // (Not a length that is no whole number of the other unit, and no contradiction across units.)
  assert.equal(findingIn(strike, 'Doctors will strike again for four days from Monday.', 'four').verdict, 'unverified');
});

test('a measure or share told in another unit agrees: "more than a fifth" and 21.3%, "nearly 20 miles" and 31 kilometres, "60cm" and 0.6 metres', () => {
  const source = sourceIndex({ title: 'Storm', outlet: 'Gazette', published: '2025-06-18' }, `
Online shopping made up 21.3% of retail spending last year.

The crash left a tailback of 31 kilometres on the motorway.

The snow lay 0.6 metres deep on the pass.
`);
  assert.equal(findingIn(source, 'Online shopping made up more than a fifth of retail spending last year.', 'more than a fifth').verdict, 'consistent');
  assert.equal(findingIn(source, 'The crash left a tailback of nearly 20 miles on the motorway.', 'nearly 20').verdict, 'consistent');
  assert.equal(findingIn(source, 'The snow lay 60cm deep on the pass.', '60cm').verdict, 'consistent');
  // (Never a contradiction across units, and a loose conversion not where the source gives the thing another value in that unit.)
  assert.equal(findingIn(source, 'The snow lay 90cm deep on the pass.', '90cm').verdict, 'unverified');
  const queues = sourceIndex({ title: 'Fire', outlet: 'Gazette', published: '2025-06-18' },
    'Queues on the ring road stretched back nine kilometres. Police closed a 14-kilometre stretch of the ring road.');
  assert.notEqual(findingIn(queues, 'Queues on the ring road stretched for nine miles.', 'nine').verdict, 'consistent');
});

test('a share in another unit is not confirmed by another place\'s: "In Eastmoor, rents jumped by more than a tenth"', () => {
  const rents = sourceIndex({ title: 'Rents', outlet: 'Chronicle', published: '2025-06-12' },
    'The sharpest increase was in Harbourside, where two-bedroom rents rose 11.2%, and the smallest in Eastmoor, at 2.3%.');
  assert.notEqual(findingIn(rents, 'In Eastmoor, two-bedroom rents jumped by more than a tenth.', 'more than a tenth').verdict, 'consistent');
});

test('the very number of the same thing in another unit contradicts: "an 18-mile stretch" against "an 18-kilometre stretch"', () => {
  const fog = sourceIndex({ title: 'Fog crash', outlet: 'Gazette', published: '2025-06-18' }, 'Police closed an 18-kilometre stretch of the motorway in both directions.');
  const swapped = findingIn(fog, 'Police shut an 18-mile stretch of the motorway in both directions.', '18-mile');
  assert.equal(swapped.verdict, 'conflicting');
  assert.match(swapped.explanation, /18-kilometre; this page says 18-mile, another unit/);
  // (Not a hedged figure, which may be the other's rounding: "more than 18 miles".)
  assert.notEqual(findingIn(fog, 'Police shut more than 18 miles of the motorway in both directions.', 'more than 18').verdict, 'conflicting');
});

test('review: a fraction keeps its hedge ("nearly half" is not 53.2%); prices are not swapped currencies; periods of work or leave are not the calendar\'s', () => {
  const one = (source: string, page: string, figure: string) => findingIn(sourceIndex({ title: 'T', outlet: 'Gazette', published: '2025-06-18' }, source), page, figure);
  assert.equal(one('The plan was backed by 53.2% of voters.', 'Nearly half of voters backed the plan.', 'Nearly half').verdict, 'unverified');
  assert.equal(one('Growers now expect to lose 45% of this year\'s harvest.', 'Growers now expect to lose nearly half of this year\'s harvest.', 'nearly half').verdict, 'consistent');
  assert.notEqual(one('The console will cost $499 at launch.', 'The console will cost €499 at launch.', '€499').verdict, 'conflicting');
  assert.equal(one('Claims must be settled within 14 working days.', 'Claims must be settled within two weeks.', 'two').verdict, 'unverified');
  assert.equal(one('Staff are entitled to 28 days of paid leave.', 'Staff are entitled to four weeks of paid leave.', 'four').verdict, 'unverified');
  assert.equal(one('The pig herd shrank to 1.41 million pigs, a fall of 14% in the value of pork exports.', 'Pigs are down 14%.', '14%').verdict, 'unverified');
});

test('review: a source giving the value in another unit is shown as one that agrees where another differs: "96 hours" against "four days" and "72 hours"', () => {
  const strike = sourcesIndex([
    { title: 'Strike', outlet: 'Gazette', published: '2025-06-11', text: 'Doctors will strike for 72 hours, the union said.' },
    { title: 'Strike', outlet: 'Post', published: '2025-06-12', text: 'Doctors will strike for four days, the union said.' },
  ]);
  const hours = findingIn(strike, 'Doctors will strike for 96 hours.', '96');
  assert.equal(hours.verdict, 'consistent');
  assert.match(hours.explanation, /The sources disagree: Post \(2025-06-12\) says four days; Gazette \(2025-06-11\) says 72 hours/);
});
