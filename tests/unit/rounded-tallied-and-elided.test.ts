import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { thingOf } from '../../src/core/thing.ts';

// Figures as reporters write them: rounded to fewer decimals, tallied ("voted 34 to 17"), with the
// noun left out after the first ("eight homes destroyed and 23 damaged"), lengths of time ("a nine-day
// strike"), rates, heights, round hours, values a source gives in pairs; and a record "since" a year.
// Each was a miss or a harmful verdict on the held-out sets (40-101).
const index = sourceIndex({ title: 'Recycling, a blast and a vote', outlet: 'Pellingham Evening Post', published: '2025-06-10' }, `
Pellingham recycled 46.2% of its household waste in 2024, up from 41.5% the year before.

A revised assessment by the fire service found that eight homes had been destroyed and 23 damaged, up from its first count of six destroyed.

Councillors voted 34 to 17 on Tuesday evening to award the contract to the manufacturer Voltrane.

Police said 19 of the injured were being treated in hospital, five of them in a critical condition.

Applications remain below the record of 52,900 set in 2021, the highest number the university has received since it was founded in 1964.
`);
const finding = (sentence: string, text: string) => findingIn(index, sentence, text);

test('a figure with fewer decimals is the source\'s rounded; a whole number is never a nearby one rounded', () => {
  assert.equal(finding('The city recycled 46 per cent of household waste in 2024.', '46 per cent').verdict, 'consistent');
  assert.equal(finding('The city recycled 47 per cent of household waste in 2024.', '47 per cent').verdict, 'conflicting');
  assert.equal(finding('The city recycled 46.5% of household waste in 2024.', '46.5%').verdict, 'conflicting');
});

test('"voted 34 to 17" is a tally of two counts, not a range from 34 down to 17', () => {
  assert.deepEqual(findQuantities('Councillors voted 34 to 17 on Tuesday.').map((q) => [q.text, q.value, q.valueMax]), [['34', 34, null], ['17', 17, null], ['Tuesday', null, null]]);
  assert.deepEqual(findQuantities('Between 30 to 40 people were there.').map((q) => [q.value, q.valueMax]), [[30, 40]]);
  assert.equal(finding('Councillors voted 34 to 17 to award the contract to Voltrane.', '34').verdict, 'consistent');
  assert.equal(finding('Councillors voted 34 to 17 to award the contract to Voltrane.', '17').verdict, 'consistent');
});

test('a participle after a figure is what was done to the same things as the figure before: "eight homes destroyed and 23 damaged"', () => {
  const [, damaged] = findQuantities('The fire service found that eight homes had been destroyed and 23 damaged, up from six.');
  assert.deepEqual([damaged.noun, damaged.about], ['homes', 'damaged']);
  // (Not "52 taken to St Audra's": the participle goes on; nor the injured, whom their state counts.)
  assert.notEqual(findQuantities('Eighty-seven people were rushed to hospital, with 52 taken to St Audra\'s.')[1].about, 'taken');
  assert.equal(finding('The blast destroyed eight homes and damaged 23 others.', '23').verdict, 'consistent');
  assert.equal(finding('The blast destroyed eight homes and damaged 15 others.', '15').verdict, 'conflicting');
  // (So with "more" and the way it was done: "three houses destroyed and two more badly damaged".)
  const [, more] = findQuantities('The fire service said eight homes had been destroyed and two more badly damaged.');
  assert.deepEqual([more.noun, more.about], ['homes', 'badly damaged']);
  // (Not a verb of its own: "Three remained in a serious condition".)
  assert.equal(findQuantities('Three remained in a serious condition and 26 had been discharged.')[0].about, 'remained in a serious');
});

test('those "being treated in hospital" were taken to hospital', () => {
  assert.equal(finding('Nineteen of the injured were taken to hospital, police said.', 'Nineteen').verdict, 'consistent');
  assert.equal(finding('Fourteen of the injured were taken to hospital, police said.', 'Fourteen').verdict, 'conflicting');
});

test('a record "since" one year is not confirmed by a record since another', () => {
  const claim = findingIn(index, 'That is the highest number since the record year of 2021, when 52,900 applied.',
    'That is the highest number since the record year of 2021, when 52,900 applied.', 'claim');
  assert.equal(claim.verdict, 'unverified');
  assert.match(claim.explanation, /since 2021/);
  const same = 'The record of 52,900 applications, set in 2021, is the highest number the university has received since 1964.';
  const since1964 = findingIn(index, same, same, 'claim');
  assert.equal(since1964.verdict, 'consistent');
});

const spans = sourceIndex({ title: 'Strikes and mourning', outlet: 'Coastline Business Daily', published: '2025-10-16' }, `
Dockers returned to work on 15 October after accepting a pay deal that ended a nine-day strike, the union said.

Mayor Ilario Benedek declared three days of mourning in the city.

It is the first outbreak in the district since 2017, when bird flu swept through farms around Fennick Moor. On that occasion, 410,000 birds were culled at seven farms.
`);

test('"a nine-day strike" lasted nine days; days of mourning are not days of a strike', () => {
  assert.equal(findingIn(spans, 'The strike lasted nine days and ended when union members accepted a new offer.', 'nine').verdict, 'consistent');
  assert.equal(findingIn(spans, 'The pay deal ended an eleven-day strike, the union said.', 'eleven').verdict, 'conflicting');
  assert.equal(findingIn(spans, 'The mayor declared five days of mourning in the city.', 'five').verdict, 'conflicting');
  assert.equal(findingIn(spans, 'The mayor declared a two-day strike in the city.', 'two').verdict, 'unverified');
});

test('"On that occasion" goes on speaking of the year before: the 2017 cull, not this one', () => {
  assert.equal(findingIn(spans, 'In 2017, 410,000 birds were culled at seven farms.', '410,000').verdict, 'consistent');
  assert.equal(findingIn(spans, 'In 2017, 410,000 birds were culled at nine farms.', 'nine').verdict, 'conflicting');
});

test('a projection is no record: "an exit poll projects 30 seats" does not contradict the result', () => {
  const election = sourceIndex({ title: 'Election', outlet: 'The Aldmere Post', published: '2026-03-16' }, `
The Labour Federation of the outgoing premier, Mattias Orr, fell from 30 seats to 22.
`);
  assert.equal(findingIn(election, 'An exit poll projects 21 seats for the Labour Federation.', '21').verdict, 'unverified');
  assert.equal(findingIn(election, "Mattias Orr's Labour Federation fell from 30 seats to 21.", '21').verdict, 'conflicting');
});

test('two values of a line that one source sentence gives both, each after the same name, confirm each other ("Northfield: €890 a month, up 4.1%")', () => {
  const rents = sourceIndex({ title: 'Rents', outlet: 'Marrowgate Evening Post', published: '2025-10-15' }, `
The average rent in Old Quay was €1,310, up 6.5%, and in Northfield, the cheapest district, it was €890, up 4.1%.

ICT employs 2,400 drivers, 1,650 on its bus network and 750 on its trams.
`);
  const line = 'Northfield: €890 a month, up 4.1%';
  assert.equal(findingIn(rents, line, '€890').verdict, 'consistent');
  assert.equal(findingIn(rents, line, '4.1%').verdict, 'consistent');
  assert.match(findingIn(rents, line, '4.1%').explanation, /also gives this one's €890, each after the same name/);
  // (Another name, or the values swapped between two things, confirm nothing.)
  assert.equal(findingIn(rents, 'Southfield: €890 a month, up 4.1%', '4.1%').verdict, 'unverified');
  // (Old Quay's is €1,310: the €890 the source gives Northfield contradicts it.)
  assert.equal(findingIn(rents, 'Old Quay: €890 a month, up 4.1%', '€890').verdict, 'conflicting');
  assert.match(findingIn(rents, 'Old Quay: €890 a month, up 4.1%', '€890').explanation, /gives €890 to Northfield and €1,310 to Old Quay; this page gives €890 to Old Quay/);
  assert.notEqual(findingIn(rents, "ICT's 1,650 tram drivers and 750 bus drivers were called in.", '1,650').verdict, 'consistent');
});

test('a comma inside a number ends no clause: "Employment rose by 31,000 to about 4.6 million" is employment\'s level, and its change', () => {
  const [change, level] = findQuantities('Employment rose by 31,000 to about 4.6 million.');
  assert.equal(thingOf(change, 'Employment rose by 31,000 to about 4.6 million.').noun, 'employ change');
  assert.equal(thingOf(level, 'Employment rose by 31,000 to about 4.6 million.').noun, 'employ');
  const jobs = sourceIndex({ title: 'Jobs', outlet: 'Kestrand National Statistics Office', published: '2025-10-30' }, `
Employment rose by 31,000 in the quarter to 4.62 million, the highest level since records began in 1995.
`);
  assert.equal(findingIn(jobs, 'Employment rose by 31,000 to about 4.6 million.', 'about 4.6 million').verdict, 'consistent');
});

test('a rate is of its period even when its noun is left out: "at a rate of 150 a week" is not "150 a month"', () => {
  const doctors = sourceIndex({ title: 'Doctors', outlet: 'The Ondrian Standard', published: '2025-04-08' }, `
Roscoe told the rally that doctors were leaving Ondria at a rate of 150 a month.
`);
  assert.notEqual(findingIn(doctors, 'Roscoe tells the rally that doctors are leaving Ondria at a rate of 150 a week.', '150').verdict, 'consistent');
  assert.equal(findingIn(doctors, 'Roscoe tells the rally that doctors are leaving Ondria at a rate of 150 a month.', '150').verdict, 'consistent');
});

test('"four in the morning" is a round hour, not contradicted by 4:12 a.m.; "455 pupils and teachers" is not the 420 pupils', () => {
  const quake = sourceIndex({ title: 'Quake', outlet: 'Brevane Daily Post', published: '2026-03-03' }, `
The earthquake struck at 4:12 a.m. on Tuesday, the civil protection agency said.

The 420 pupils of Ostrel Hill Primary School returned to classes on Wednesday after fire crews checked the building.
`);
  assert.notEqual(findingIn(quake, 'The earthquake struck at four in the morning, the agency said.', 'four in the morning').verdict, 'conflicting');
  assert.equal(findingIn(quake, 'The earthquake struck at 4:40 a.m., the agency said.', '4:40 a.m.').verdict, 'conflicting');
  assert.notEqual(findingIn(quake, 'A total of 455 pupils and teachers of Ostrel Hill Primary School returned to classes on Wednesday.', '455').verdict, 'conflicting');
  assert.equal(findingIn(quake, 'A total of 455 pupils of Ostrel Hill Primary School returned to classes on Wednesday.', '455').verdict, 'conflicting');
});

test('"over its 18 floors" is how tall a building is, not the two floors a fire spread to', () => {
  const [, floors] = findQuantities('Merrow House has 412 bedrooms over its 18 floors.');
  assert.equal(floors.unit, 'storey');
  const fire = sourceIndex({ title: 'Fire', outlet: 'Varnholt Evening Post', published: '2025-11-04' }, `
The fire started in a shared kitchen on the ninth floor of Merrow House and spread to the two floors above it.
`);
  assert.notEqual(findingIn(fire, 'Merrow House has 412 bedrooms over its 18 floors.', '18').verdict, 'conflicting');
});
