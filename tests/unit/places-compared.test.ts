import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/core/numbers.ts';
import { findingIn, sourceIndex } from './findings.ts';

// Places compared as the subjects of their figures ("Dorvan drew 6.8 million visitors and the Serrat
// Coast 5.2 million"): each figure is its place's, so a page that swaps them is contradicted, not
// confirmed. Each was a harmful verdict on the twenty-second or twenty-fourth held-out set.
const placesOf = (sentence: string) => findQuantities(sentence).map((q) => [q.text, q.place]);

test('a name that is the subject of its figure, set against another, is where the figure is', () => {
  assert.deepEqual(placesOf('Dorvan drew 6.8 million foreign visitors and the Serrat Coast 5.2 million.'),
    [['6.8 million', 'Dorvan'], ['5.2 million', 'Serrat Coast']]);
  assert.deepEqual(placesOf('Old Quay, whose oldest mains were laid in the 1890s, loses 27%, and Saltmarsh 34%.').slice(1),
    [['27%', 'Old Quay'], ['34%', 'Saltmarsh']]);
  assert.deepEqual(placesOf('The Serrat Coast drew 6.8 million foreign visitors, more than any other region, and the capital, Dorvan, 5.2 million.'),
    [['6.8 million', 'Serrat Coast'], ['5.2 million', 'Dorvan']]);
});

test('a share after a name is a figure, not the name’s number', () => {
  assert.deepEqual(placesOf('Northgate loses 22% and Hillcrest 12%.'), [['22%', 'Northgate'], ['12%', 'Hillcrest']]);
});

test('a name that only speaks of a figure is not its place', () => {
  assert.deepEqual(placesOf('Brask said 700 jobs would go and Kaldera 300.')[0], ['700', null]);
});

test('regions swapped as subjects are contradicted', () => {
  const index = sourceIndex({ title: 'Record year for tourism', outlet: 'Arvanian Business Daily', published: '2026-01-27' },
    'The Serrat Coast drew 6.8 million foreign visitors, more than any other region, and the capital, Dorvan, 5.2 million.');
  const page = 'Dorvan drew 6.8 million foreign visitors and the Serrat Coast 5.2 million.';
  const dorvan = findingIn(index, page, '6.8 million');
  assert.equal(dorvan.verdict, 'conflicting');
  assert.match(dorvan.explanation, /5\.2 million/);
});
