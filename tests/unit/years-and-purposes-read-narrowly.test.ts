import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { inheritYearOfThatDay, yearSaid } from '../../src/core/year-before.ts';

// What a review of this session's rules found them to read too widely, each mended: the year a
// "that night" points back to, a spoken time before "when", "Then," of a sequence, what a level is
// "for", two verbs of one act, a level "compared with" and capacities.

const storm = sourceIndex({ title: 'Storm', outlet: 'The Kelby Courier', published: '2025-06-12' }, `
The storm that hit Kelby on Saturday was the worst since 1987, forecasters said. About 300 homes in Kelby lost power on Saturday night, the electricity board said.

In 1987, 4,000 homes in Kelby lost power.
`);

test('"that night" points back only to a year said as the day of an event, not "the worst since 1987"', () => {
  const before = ['The storm hit Kelby on Saturday, the worst since 1987.'];
  assert.equal(findingIn(storm, 'Some 300 homes in Kelby lost power that night, the electricity board said.', 'Some 300', 'number', before).verdict, 'consistent');
  assert.equal(findingIn(storm, 'Some 420 homes in Kelby lost power that night, the electricity board said.', 'Some 420', 'number', before).verdict, 'conflicting');
  for (const s of ['The strike is the longest since 2016.', 'The plan will cut emissions by 40% by 2030.', 'The inquiry into the 2019 fire reported on 14 March.']) {
    assert.equal(yearSaid(s, findQuantities(s)), null, s);
  }
  assert.equal(yearSaid('The gangway collapsed in August 1995.', findQuantities('The gangway collapsed in August 1995.')), '1995');
  // ("that" the conjunction is no pointer: "said that morning flights would be cut".)
  const conjunction = 'The airline said that morning flights would be cut to 12 a day.';
  const quantities = findQuantities(conjunction);
  inheritYearOfThatDay(conjunction, quantities, '1998');
  assert.equal(quantities[0].time, null);
});

const hall = sourceIndex({ title: 'Hall fire', outlet: 'The Corby Post', published: '2025-06-12' }, `
Fire crews were called to the Marlow Hall at 7.45pm on Saturday, when 40 people were still inside, the fire service said.
`);

test('a spoken pair of numbers before "when" is a year only after a word of memory: "at nineteen forty-five, when" is no 1945', () => {
  const said = findQuantities('The first call came at nineteen forty-five, when 40 people were still inside the Marlow Hall.');
  assert.ok(!said.some((q) => q.kind === 'date'));
  assert.equal(findingIn(hall, 'The first call came at nineteen forty-five, when 40 people were still inside the Marlow Hall, the fire service said.', '40').verdict, 'consistent');
  assert.ok(!findQuantities('The Lions led twenty fourteen when the rain came.').some((q) => q.kind === 'date'));
});

const bridge = sourceIndex({ title: 'Bridge traffic', outlet: 'The Kell Gazette', published: '2025-06-12' }, `
In 2011, the year the Kell bridge opened, traffic on it averaged 20,000 vehicles a day.

Traffic on the Kell bridge now averages 40,000 vehicles a day, the council said.
`);

test('"Then," of a sequence dates nothing with the year before: "opened in 2011. Then, over the following decade, 40,000 a day"', () => {
  const paragraph = 'The Kell bridge opened in 2011 to little fanfare. Then, over the following decade, traffic on it averaged 40,000 vehicles a day.';
  assert.notEqual(findingIn(bridge, paragraph, '40,000').verdict, 'conflicting');
});

const admissions = sourceIndex({ title: 'Admissions', outlet: 'National Education Times', published: '2025-03-13' }, `
Applications for medicine rose to 3,100 this year, the admissions service said.

Applications for dentistry fell to 2,400 this year, the admissions service said.
`);

test('what a level is for tells it apart: "applications for dentistry rose to 3,100" is not the 3,100 for medicine', () => {
  assert.notEqual(findingIn(admissions, 'Applications for dentistry rose to 3,100 this year, the admissions service said.', '3,100').verdict, 'consistent');
  assert.notEqual(findingIn(admissions, 'Applications for medicine fell to 2,400 this year, the admissions service said.', '2,400').verdict, 'consistent');
  assert.equal(findingIn(admissions, 'Applications for medicine rose to 3,100 this year, the admissions service said.', '3,100').verdict, 'consistent');
});

const freight = sourceIndex({ title: 'Derailment', outlet: 'The Daily Test', published: '2025-06-12' }, `
The freight train, which had left Saltmere at 11:50 p.m., derailed near Kell, spilling 40 tonnes of diesel, Norrail Cargo said.
`);

test('two verbs of one act, "departed Saltmere" and "had left Saltmere", still tell a time wrong', () => {
  const page = 'The freight train, which departed Saltmere at 10:50 p.m., derailed near Kell, spilling 40 tonnes of diesel, Norrail Cargo said.';
  assert.equal(findingIn(freight, page, '10:50 p.m.').verdict, 'conflicting');
});

const fleet = sourceIndex({ title: 'Catch report', outlet: 'The Coastal Economist', published: '2026-03-10' }, `
About 8,450 people worked at sea in the fishing industry last year, the survey found.
`);

test('a level "compared with" takes the act before it only where its own year tells it apart: "compared with about 8,000 before the pandemic" is no level now', () => {
  const page = 'About 8,450 people worked at sea last year, compared with about 8,000 before the pandemic.';
  assert.notEqual(findingIn(fleet, page, 'about 8,000').verdict, 'consistent');
});

const ferry = sourceIndex({ title: 'Ferry aground', outlet: 'Skerran Isles Herald', published: '2025-10-14' }, `
The Corran Belle, which can take up to 600 passengers, was carrying 412 passengers and 38 crew when she ran aground.
`);

test('"can take up to 600 passengers" is a capacity, no load; "can carry 412" no load of 412; "will hold 280 flats" no capacity', () => {
  assert.notEqual(findingIn(ferry, 'The Corran Belle was carrying 600 passengers.', '600').verdict, 'consistent');
  assert.notEqual(findingIn(ferry, 'The Corran Belle, which can carry 412 passengers, was half full.', '412').verdict, 'consistent');
  const tower = sourceIndex({ title: 'Tower', outlet: 'The Daily Test', published: '2025-06-12' }, 'The residential block of 280 flats was due to be completed next spring.');
  assert.equal(findingIn(tower, 'The Quayline Tower, which will hold 280 flats, was due to be completed next spring.', '280').verdict, 'consistent');
});
