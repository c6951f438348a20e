import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A change told again in other words: the same two distinctive values, the same one of them the
// level before. Each was a miss on the held-out sets' explainers and broadsheets.
const results = sourceIndex({ title: 'Exam results', outlet: 'Calvennian News Service', published: '2025-07-09' },
  'Mathematics, which has the lowest pass rate of the core subjects, improved to 64.7% from 61.9% last year. Sport took €351 million and health €398 million.');

test('a change told again is confirmed, both its levels, whatever the words around them', () => {
  const page = 'She points to the maths pass rate, which rose from 61.9% to 64.7%, and to a catch-up programme.';
  for (const figure of ['61.9%', '64.7%']) {
    const found = findingIn(results, page, figure);
    assert.equal(found.verdict, 'consistent', figure);
    assert.match(found.explanation, /from 61\.9% to 64\.7%/);
  }
});

test('the same two values the other way round, or with no level before, are not that change', () => {
  assert.notEqual(findingIn(results, 'The rate she points to fell from 64.7% to 61.9%, and a catch-up programme followed.', '61.9%').verdict, 'consistent');
  assert.notEqual(findingIn(results, 'In the draw, football took €398 million and arts €351 million.', '€398 million').verdict, 'consistent');
});

test('two values of two units told together again are confirmed, unless their words name two things', () => {
  const trade = sourceIndex({ title: 'Results', outlet: 'Halden Business Daily', published: '2025-02-27' },
    'Revenue rose 3.1% to €8.42 billion in the year to November. Tourism accounts for 11.4% of the economy and employs 412,000 people.');
  const operations = sourceIndex({ title: 'Waiting lists', outlet: 'Northmere Examiner', published: '2025-07-03' },
    'The trust\'s hospitals carried out 62,700 planned operations in the year to March, 9% more than a year earlier, its chief executive said.');
  const rise = findingIn(operations, 'Surgeons carried out 62,700 operations, up 9% on the year before.', '9%');
  assert.equal(rise.verdict, 'consistent');
  assert.match(rise.explanation, /9% with 62,700/);
  assert.notEqual(findingIn(trade, 'The sector accounts for 11.4% of the economy and supports 412,000 hotel beds.', '412,000').verdict, 'consistent');
});

test('the same two numbers of another place, or compared between two things, are not the change', () => {
  const jobs = sourceIndex({ title: 'Jobs', outlet: 'Varda Post', published: '2025-04-02' },
    'Unemployment in Varda rose to 5.3% from 4.1% a year earlier. The Kelso plant employs 1,240 people, compared with 860 at the older Brask plant.');
  assert.notEqual(findingIn(jobs, 'Unemployment in Kelso rose from 4.1% to 5.3%.', '5.3%').verdict, 'consistent');
  assert.notEqual(findingIn(jobs, 'Staff numbers at the plant rose from 860 to 1,240.', '1,240').verdict, 'consistent');
});

test('a rare value is not confirmed by a sentence that gives it to another name', () => {
  const bids = sourceIndex({ title: 'Takeover', outlet: 'Halden Business Daily', published: '2025-02-27' }, 'Ostwick Holdings offered €412 million for Brask Foods on Monday.');
  assert.notEqual(findingIn(bids, 'Halder Group bid €412 million for Brask Foods.', '€412 million').verdict, 'consistent');
});
