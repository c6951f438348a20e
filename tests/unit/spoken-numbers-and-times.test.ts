import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { momentKey } from '../../src/core/moments.ts';

// Numbers as a radio script spells them, hedged clock times, and dates that say when something
// ends. Each was a harmful verdict on the eighteenth or nineteenth held-out set.
const values = (sentence: string) => findQuantities(sentence).map((q) => [q.text, q.value]);

test('a spoken number is read whole: "four hundred and fifty-two thousand", "six point one"', () => {
  assert.deepEqual(values('The average home now costs four hundred and fifty-two thousand euros, up six point one per cent.'),
    [['four hundred and fifty-two thousand', 452_000], ['six point one per cent', 6.1]]);
  assert.deepEqual(values('The spill is now estimated at four thousand three hundred tonnes.'), [['four thousand three hundred', 4_300]]);
  assert.deepEqual(values('About a hundred and fifty people were moved.'), [['About a hundred and fifty', 150]]);
  assert.deepEqual(values('The fund holds one point two million pounds.'), [['one point two million', 1_200_000]]);
  // Two numbers joined by "and" stay two, even over the same scale.
  assert.deepEqual(values('Two and three were missing.'), [['Two', 2], ['three', 3]]);
  assert.deepEqual(values('Between two thousand and three thousand marched.'), [['two thousand', 2_000], ['three thousand', 3_000]]);
});

const index = sourceIndex({ title: 'Tanker aground off Mallowick', outlet: 'Ardle Coast Courier', published: '2025-11-10' }, `
The tanker Celandine Spirit ran aground on the Skerrow Reef off Mallowick at about 4:50 a.m. on 9 November, the coastguard said.

The 12 warming centres opened by the city council on 14 January sheltered 2,300 people.
`);
const finding = (sentence: string, text: string) => findingIn(index, sentence, text);

test('a hedged time agrees with one minutes from it on its side, and is not contradicted by one within a quarter of an hour', () => {
  assert.equal(finding('The Celandine Spirit slammed into the Skerrow Reef off Mallowick just before 5 a.m.', 'just before 5 a.m.').verdict, 'consistent');
  assert.notEqual(finding('The Celandine Spirit slammed into the Skerrow Reef off Mallowick just before 4:45 a.m.', 'just before 4:45 a.m.').verdict, 'consistent');
  const near = finding('The Celandine Spirit slammed into the Skerrow Reef off Mallowick at about 5:02 a.m.', 'about 5:02 a.m.');
  assert.equal(near.verdict, 'unverified');
  assert.match(near.explanation, /gives about 4:50 a\.m\., near this time/);
  assert.equal(finding('The Celandine Spirit slammed into the Skerrow Reef off Mallowick at about 5:30 a.m.', 'about 5:30 a.m.').verdict, 'conflicting');
  // A time near the source's is not left out of the sentence as one no source speaks of.
  const claim = 'The Celandine Spirit slammed into the Skerrow Reef off Mallowick at about 5:02 a.m.';
  assert.notEqual(findingIn(index, claim, claim, 'claim').verdict, 'consistent');
});

test('a date something lasts until is not the date it began', () => {
  assert.equal(finding('The city council says its warming centres will stay open until 31 January.', '31 January').verdict, 'unverified');
  assert.equal(finding('The city council opened its warming centres on 15 January.', '15 January').verdict, 'conflicting');
});

test('the act of a time is the verb right before it, not a word ending in -en: "were inside when the fire started at 12:58 a.m."', () => {
  const [, time] = findQuantities('Police said 740 people were inside when the fire started at 12:58 a.m., more than double the capacity.');
  assert.equal(time.about, 'started');
});

test('clock times as a radio script says them', () => {
  const times = (sentence: string) => findQuantities(sentence).filter((q) => q.kind === 'time').map((q) => [q.text, momentKey(q)]);
  assert.deepEqual(times('The roof fell in at half past three, and the last crews left at a quarter to midnight.'), [['half past three', '03:30'], ['a quarter to midnight', '23:45']]);
  assert.deepEqual(times('Doors shut at seven o\'clock in the evening and opened at five in the morning.'), [['seven o\'clock in the evening', '19:00'], ['five in the morning', '05:00']]);
  assert.deepEqual(times('It was eight minutes to twelve when the scaffolding came down; landfall came at ten to three.'), [['eight minutes to twelve', '11:52'], ['ten to three', '02:50']]);
  // A score is no time.
  assert.deepEqual(times('The home side won five to two.'), []);
});

test('a spoken time that names no half of the day agrees with either half, and never contradicts the other', () => {
  const siege = sourceIndex({ title: 'Siege ends', outlet: 'Bramholt Post', published: '2025-03-12' }, 'The siege at the Fennick Square bank ended at 11:42 p.m., police said.');
  assert.equal(findingIn(siege, 'Police said the siege at the Fennick Square bank ended at eighteen minutes to twelve.', 'eighteen minutes to twelve').verdict, 'consistent');
  assert.notEqual(findingIn(siege, 'Police said the siege at the Fennick Square bank ended at ten past eleven.', 'ten past eleven').verdict, 'consistent');
});

// From a review that hunted false verdicts with made-up text.
test('a spoken time keeps its hedge and its half of the day, twelve o’clock included', () => {
  const keys = (sentence: string) => findQuantities(sentence).filter((q) => q.kind === 'time').map((q) => momentKey(q));
  assert.deepEqual(keys('It collapsed shortly before ten at night.'), ['22:00']);
  assert.deepEqual(keys('It ended at around half past three in the afternoon.'), ['15:30']);
  assert.deepEqual(keys('At ten to twelve in the morning; at half past twelve at night; at a quarter to twelve at night; at twelve o\'clock at night.'), ['11:50', '00:30', '23:45', '00:00']);
});

test('ranges and counts in words are no clock times', () => {
  const times = (sentence: string) => findQuantities(sentence).filter((q) => q.kind === 'time').map((q) => q.text);
  assert.deepEqual(times('The death toll rose from five to ten overnight.'), []);
  assert.deepEqual(times('Around ten to twelve people were injured.'), []);
  assert.deepEqual(times('Four trains an hour run during the day and two at night.'), []);
  assert.deepEqual(times('Waits ranged from twenty minutes to two hours.'), []);
});

test('a spoken time with no half of the day is read in the half its sentence names', () => {
  const roof = sourceIndex({ title: 'Roof collapse', outlet: 'Wire', published: '2024-03-12' }, 'The roof of the Orlet warehouse collapsed at 3:30 a.m., fire officials said.');
  assert.notEqual(findingIn(roof, 'On Tuesday afternoon, at half past three, the roof of the Orlet warehouse collapsed, fire officials said.', 'half past three').verdict, 'consistent');
  assert.equal(findingIn(roof, 'The roof of the Orlet warehouse collapsed at half past three, fire officials said.', 'half past three').verdict, 'consistent');
});

// From a code review.
test('"eight at night" is evening; a source’s spoken time is found by either half of the day', () => {
  assert.deepEqual(findQuantities('Crews arrived at eight at night and left at two at night.').map((q) => momentKey(q)), ['20:00', '02:00']);
  const radio = sourceIndex({ title: 'Evening news', outlet: 'Bramholt Radio', published: '2025-03-12' }, 'The siege at the Fennick Square bank ended at half past three, police said.');
  assert.equal(findingIn(radio, 'Police said the siege at the Fennick Square bank ended at 3:30 p.m.', '3:30 p.m.').verdict, 'consistent');
});

test('a day said as a spoken ordinal is a date: "the sixth of November", "the twenty-first of March"', () => {
  const dates = (s: string) => findQuantities(s).filter((q) => q.kind === 'date').map((q) => [q.text, q.date]);
  assert.deepEqual(dates('The next figures are due on the sixth of November.'), [['sixth of November', '11-06']]);
  assert.deepEqual(dates('It opens on the twenty-first of March, 2026.'), [['twenty-first of March, 2026', '2026-03-21']]);
  // (Not an ordinal of something else.)
  assert.deepEqual(dates('It is the first of many such reports this November.'), [['November', 'M11']]);
});

test('a year said aloud after a word of time is a date: "since nineteen ninety-seven", "in two thousand and four"', () => {
  const dates = (s: string) => findQuantities(s).filter((q) => q.kind === 'date').map((q) => [q.text, q.date]);
  assert.deepEqual(dates('The promise has been made after every crash since nineteen ninety-seven.'), [['nineteen ninety-seven', '1997']]);
  assert.deepEqual(dates('The last strike was in two thousand and four, and the next is due by twenty twenty-seven.'),
    [['two thousand and four', '2004'], ['twenty twenty-seven', '2027']]);
  // (Not people counted: "nineteen twenty-year-olds".)
  assert.deepEqual(dates('Among them were nineteen twenty-year-olds.'), []);
  assert.deepEqual(dates('They played in twenty twenty-minute slots.'), []);
});

test('no spoken date where the words are a count or no day of the month', () => {
  const dates = (s: string) => findQuantities(s).filter((q) => q.kind === 'date').map((q) => q.text);
  assert.deepEqual(dates('A crowd of two thousand and fifty people came.'), []);
  assert.deepEqual(dates('It was the worst since the disaster of twenty fifteen.'), ['twenty fifteen']);
  assert.deepEqual(dates('It is the first of may such cases.'), []);
  assert.deepEqual(dates('The sale ends on the thirtieth of February.'), ['February']);
});
