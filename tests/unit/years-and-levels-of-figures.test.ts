import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { isEarlierLevel, thingOf } from '../../src/core/thing.ts';

// Which year a figure is of, and whether it is the level before a change: harmful verdicts on the
// thirty-fourth, thirty-sixth and thirty-ninth held-out sets came from reading them wrong.

const timeOf = (sentence: string, text: string) => findQuantities(sentence).find((q) => text.startsWith(q.text))?.time ?? null;

test('an amount after "up from" is the level before the change, as a count is', () => {
  const sentence = 'Total household energy debt now stands at €4.2bn, up from €3.9bn.';
  const [now, before] = findQuantities(sentence).filter((q) => q.unit === 'EUR');
  assert.equal(isEarlierLevel(thingOf(before, sentence)), true);
  assert.equal(isEarlierLevel(thingOf(now, sentence)), false);
});

test('a measure after a bare "from" is a distance, not a level before', () => {
  const sentence = 'The plume could be seen from 30 kilometres away.';
  const [distance] = findQuantities(sentence);
  assert.equal(isEarlierLevel(thingOf(distance, sentence)), false);
});

test('the level before a change is not called wrong against the level now', () => {
  const index = sourceIndex({ title: 'Energy arrears reach a record', outlet: 'Commercial Times', published: '2025-07-24' },
    'Total household energy debt reached €4.2 billion, up from €3.9 billion three months earlier and the highest since the regulator began collecting the figures in 2014.');
  const before = findingIn(index, 'Total household energy debt now stands at €4.2bn, up from €3.9bn, the highest since records began in 2014.', '€3.9bn');
  assert.notEqual(before.verdict, 'conflicting');
});

test('a figure is of the year of its own clause, not the first year of its sentence', () => {
  const sentence = 'She expects volumes to rise by 3% in 2026, and she has warned that steel made up 9.1 million tonnes of cargo in 2025.';
  assert.equal(timeOf(sentence, '3%'), '2026');
  assert.equal(timeOf(sentence, '9.1 million tonnes'), '2025');
});

test('a year nearer another figure is that figure’s', () => {
  const sentence = 'The count, carried out by about 640 volunteers between 10 p.m. and 3 a.m., remains below the peak of 3,960 recorded in 2017.';
  assert.notEqual(timeOf(sentence, 'about 640'), '2017');
  assert.equal(timeOf(sentence, '3,960'), '2017');
});

test('"the year before" dates a figure by the year before its sentence’s; "higher than a year earlier" does not', () => {
  assert.equal(timeOf('It spent €38 million on clean buses in 2024, up from €22 million the year before.', '€22 million'), '2023');
  assert.equal(timeOf('The average home cost €287,400 in 2025, 4.6% higher than a year earlier.', '4.6%'), '2025');
});

test('"the year before" of one page and "in 2023" of a source are the same year', () => {
  const index = sourceIndex({ title: 'Ring road cameras', outlet: 'Merrowgate Post', published: '2025-03-01' },
    'Fourteen of the new cameras are on the Merrowgate ring road, where no one was killed in 2024, compared with five deaths in 2023.');
  const deaths = findingIn(index, 'Fourteen of them are on the ring road, where nobody was killed in 2024, compared with five deaths the year before.', 'five');
  assert.equal(deaths.verdict, 'consistent');
  const wrongYear = findingIn(index, 'Fourteen of them are on the ring road, where nobody was killed in 2024, compared with five deaths in 2022.', 'five');
  assert.notEqual(wrongYear.verdict, 'consistent');
});

test('an annual report’s level of the year before is not history to a page that gives no year', () => {
  const index = sourceIndex({ title: 'Air quality report', outlet: 'Calverin Standard', published: '2025-03-12' },
    'The report attributes 310 premature deaths in the city in 2024 to fine particles, down from 355 in 2023.');
  const sentence = 'The number of premature deaths the report attributes to dirty air dropped from 355 to 310.';
  assert.equal(findingIn(index, sentence, '355').verdict, 'consistent');
  assert.equal(findingIn(index, sentence, '310').verdict, 'consistent');
});

test('a year compared with dates only the level it is compared with', () => {
  const sentence = 'Norvane paid €38.2 million in compensation in 2024, up from €31.5 million in 2023, on 1.4 million claims.';
  assert.equal(timeOf(sentence, '€31.5 million'), '2023');
  assert.equal(timeOf(sentence, '1.4 million'), '2024');
  assert.equal(timeOf('The airport ended 2025 with 18.4 million passengers, a rise of just over 6% on 2024.', 'just over 6%'), '2025');
});

test('the level now is not called wrong against a source’s level of then that the page gives as the level before', () => {
  const index = sourceIndex({ title: 'Council debt', outlet: 'Castelbrook Post', published: '2025-10-14' },
    'Castelbrook council debt stood at €610 million in January, the auditor said.');
  const now = findingIn(index, 'Castelbrook council debt has climbed to €655 million, up from €610 million in January, the auditor said.', '€655 million');
  assert.notEqual(now.verdict, 'conflicting');
});

test('a year compared with dates no figure: "63 drones, more than twice as many as in 2022"', () => {
  const [drones] = findQuantities('Sixty-three drones were launched at the region, more than twice as many as in 2022.');
  assert.equal(drones.time, null);
  assert.equal(findQuantities('Sixty-three drones were launched at the region in 2022.')[0].time, '2022');
});

test('the year of a level compared with dates no other figure of the sentence', () => {
  const times = (s: string) => findQuantities(s).filter((q) => q.kind === 'quantity').map((q) => [q.text, q.time]);
  assert.deepEqual(times('Wind turbines produced 41.2 TWh, up 12% from 36.8 TWh in 2023, while solar panels generated 18.6 TWh, a rise of 27% on 2023.'),
    [['41.2', null], ['12%', null], ['36.8', '2023'], ['18.6', null], ['27%', null]]);
  // (Unless a clause of that year follows it: the figures of "when …" are that year's.)
  assert.deepEqual(times('The figures remain far better than in 2010, the worst year on record, when only 71.2% of trains ran on time.'), [['71.2%', '2010']]);
  const energy = sourceIndex({ title: 'Wind and solar set a record', outlet: 'Kaldor Business Journal', published: '2025-03-12' },
    'Wind turbines produced 41.2 terawatt-hours (TWh), up 12% from 36.8 TWh in 2023, while solar panels generated 18.6 TWh, a rise of 27% on the previous year\'s 14.6 TWh.');
  assert.equal(findingIn(energy, 'Wind farms produced 41.2 TWh and solar panels 18.6 TWh.', '18.6').verdict, 'consistent');
});

test('a figure of "the record year" is of a past year, not of now', () => {
  const tourism = sourceIndex({ title: 'Overnight stays rise', outlet: 'Lenharrow Business Journal', published: '2025-02-12' }, `
Revenue from the tourism tax, charged at €2.50 per adult per night, rose to €19.6 million from €18.1 million in 2023.

The city collected €16.4 million in 2019, when the tax was €2.`);
  const page = 'Tourism-tax revenue reached €19.6 million, well above the €16.4 million collected in the record year, when the levy stood at €2 a night.';
  assert.notEqual(findingIn(tourism, page, '€2').verdict, 'conflicting');
  assert.equal(findingIn(tourism, 'Revenue from the tourism tax, charged at €2 per adult per night, rose to €19.6 million.', '€2').verdict, 'conflicting');
});

test('a level that is to start from a year is of that year; a figure "over 2024" is of 2024', () => {
  assert.equal(timeOf('The state pension will rise by 4.1% from 2026.', '4.1%'), '2026');
  assert.equal(timeOf('Food prices in Kell rose 4% over 2024, the statistics office said.', '4%'), '2024');
  assert.equal(timeOf('The market hall, a steel-and-timber building from 1974, houses 112 stalls.', '112'), null);
});

test('a day or month after another figure dates that figure, not one before it', () => {
  const sentence = 'It also funds 2,500 extra nursing posts over two years, 1,200 of them in rural hospitals, and 400 new places at medical schools from September 2026.';
  assert.equal(timeOf(sentence, '2,500'), null);
  assert.equal(timeOf(sentence, '400'), 'September 2026');
  assert.equal(timeOf('Police said 40 people were hurt and six killed on 3 March.', '40'), '3 March');
});

test('after the second review: "the record year now ending" is this one; a date set off by a comma is of every figure before it', () => {
  const tourists = sourcesIndex([
    { title: 'Corvel tourism record', outlet: 'Corvel Post', published: '2025-12-20', text: 'Corvel welcomed 8.2 million tourists this year, a record.' },
    { title: 'Corvel tourism history', outlet: 'Corvel Herald', published: '2025-12-21', text: 'Corvel welcomed 7.9 million tourists in 2019.' },
  ]);
  assert.equal(findingIn(tourists, 'Corvel welcomed 8.2 million tourists in the record year that is now ending.', '8.2 million').verdict, 'consistent');
  assert.equal(timeOf('The minimum wage rose to £11.44 an hour, while the rate for 18- to 20-year-olds rose to £8.60, in April 2024.', '£11.44'), 'April 2024');
});

test('a year\'s figure in a report of the next year is the page\'s, whatever day the report was said on', () => {
  const lottery = sourceIndex({ title: 'Lottery', outlet: 'Tessary Business Journal', published: '2026-01-22' },
    'The Tessary National Lottery raised €1.12 billion for good causes in 2025, up from €1.04 billion the year before, as ticket sales rose 4.2% to €3.84 billion, its operator said on 21 January.');
  assert.equal(findingIn(lottery, 'Ticket sales rose by just over 4% to about €3.8 billion.', 'just over 4%').verdict, 'consistent');
  // (A figure dated to a day of its own is no annual figure: the page's, without a day, may be another.)
  const day = sourceIndex({ title: 'Lottery', outlet: 'Tessary Business Journal', published: '2026-01-22' },
    'On 3 March 2025 ticket sales rose 4.2% to €3.84 billion, the operator said.');
  assert.notEqual(findingIn(day, 'Ticket sales rose by just over 4% to about €3.8 billion.', 'just over 4%').verdict, 'consistent');
});

test('a year of the past dates no count of a clause of the present: "was built in 1974 and has 412 bedrooms"', () => {
  assert.equal(findQuantities('Merrow House was built in 1974 and has 412 bedrooms.').find((q) => q.text === '412')!.time, null);
  // (A clause of the past keeps the year: what the building cost then.)
  assert.equal(findQuantities('The hall was built in 1974 and cost €4 million.').find((q) => q.unit === 'EUR')!.time, '1974');
});

test('a year before a word ending in "s" such as "as" is still a year: "put up in 1999 as a direct result"', () => {
  const sirens = 'In 1996 the Vessar killed 11 people and flooded 40 homes, and the 12 sirens were put up in 1999 as a direct result.';
  assert.equal(findQuantities(sirens).find((q) => q.text === '1999')?.kind, 'date');
  assert.equal(timeOf(sirens, '12'), '1999');
  // (A count of things is no year: "It has 1999 homes.")
  assert.equal(findQuantities('It has 1999 homes.')[0].kind, 'quantity');
});

test('a year across a semicolon dates no figure, unless the sentence opens on it', () => {
  const prison = 'The union says Kessling had 265 officers in 2021 and has 212 now; on the night of the riot, nine of them were on duty across a wing of 410 men.';
  assert.equal(timeOf(prison, '265'), '2021');
  assert.equal(timeOf(prison, '410'), null);
  const ferry = 'In 1994 the ferry Northern Grace struck the same reef and sank within 40 minutes; 61 of the 287 people on board died.';
  assert.equal(timeOf(ferry, '61'), '1994');
});

test('a page’s year that is the year before the source was written agrees with the source’s "during the year"', () => {
  const cameras = sourceIndex({ title: 'Road safety report', outlet: 'Merrowgate Post', published: '2025-03-14' },
    'The council installed 46 new cameras during the year, bringing the total on the city’s roads to 212.');
  assert.equal(findingIn(cameras, 'The council installed 46 new cameras during 2024, bringing the total to 212.', '46').verdict, 'consistent');
  // (Not a year two years before.)
  assert.notEqual(findingIn(cameras, 'The council installed 46 new cameras during 2023, bringing the total to 212.', '46').verdict, 'consistent');
});

test('a bound that sorts what is counted is no measure of it: "took longer than 60 minutes" against "the average took 52 minutes"', () => {
  const handovers = sourceIndex({ title: 'Handover delays', outlet: 'Ardlow Health Record', published: '2025-11-12' },
    'The report found that 18,300 handovers took longer than an hour, up 22% from 15,000 the previous year. ' +
    'The average handover took 52 minutes, compared with 38 minutes the year before.');
  assert.notEqual(findingIn(handovers, 'In all, 18,300 handovers took longer than 60 minutes.', '60').verdict, 'conflicting');
  assert.equal(findingIn(handovers, 'The average handover took 61 minutes.', '61').verdict, 'conflicting');
});

test('the year of the level compared with, said after a phrase ("up from 55.2% at the last election in 2021"), is not the new level’s', () => {
  const turnout = 'Turnout was 61.4%, up from 55.2% at the last regional election in 2021 and the highest since 2009, the commission said.';
  assert.equal(timeOf(turnout, '61.4%'), null);
  assert.equal(timeOf(turnout, '55.2%'), '2021');
});

test('second review: counts before "was" or "as" stay counts; a year across a semicolon keeps dating a clause of no other time', () => {
  assert.equal(findQuantities('A total of 2000 was raised for the hospice.')[0].kind, 'quantity');
  assert.equal(findQuantities('Volunteers raised 1900 as a gift.')[0].kind, 'quantity');
  assert.equal(findQuantities('The contrast with 2021 is stark.')[0].kind, 'date');
  assert.equal(timeOf('Complaints peaked in 2019; the council received 4,100 complaints.', '4,100'), '2019');
  const cameras = (published: string, text: string) => sourceIndex({ title: 'Speed cameras', outlet: 'Dunmore Post', published }, text);
  // ("Over the past year" is the last twelve months; "last year" of another figure; a plan.)
  assert.equal(findingIn(cameras('2025-11-20', 'Dunmore police have installed 46 new speed cameras over the past year.'),
    'Dunmore police installed 30 new speed cameras in 2024.', '30').verdict, 'unverified');
  assert.notEqual(findingIn(cameras('2025-11-20', 'Dunmore police now operate 46 speed cameras, up from 30 last year.'),
    'Dunmore police operated 46 speed cameras in 2024.', '46').verdict, 'consistent');
  assert.notEqual(findingIn(cameras('2025-01-20', 'Dunmore police expect to install 46 new speed cameras during the year.'),
    'Dunmore police installed 46 new speed cameras in 2024.', '46').verdict, 'consistent');
});

test('second review: a bound in a figure’s own words ("took more than 60 minutes") is no measure either', () => {
  const handovers = sourceIndex({ title: 'Handover delays', outlet: 'Ardlow Health Record', published: '2025-11-12' },
    'The report found that 18,300 handovers took longer than an hour, up 22% from 15,000 the previous year. ' +
    'The average handover took 52 minutes, compared with 38 minutes the year before.');
  assert.notEqual(findingIn(handovers, 'In all, 18,300 handovers took more than 60 minutes.', 'more than 60').verdict, 'conflicting');
  assert.notEqual(findingIn(handovers, 'In all, 18,300 handovers took less than 45 minutes.', 'less than 45').verdict, 'conflicting');
  // (Nor agrees with a measure of the same value, by any reading: by the words the sentences share too.)
  const average = sourceIndex({ title: 'Handover delays', outlet: 'Ardlow Health Record', published: '2025-11-12' }, 'The average handover took 60 minutes.');
  assert.notEqual(findingIn(average, 'Many handovers took longer than 60 minutes.', '60').verdict, 'consistent');
});

test('a school or financial year written as a span leaves its figures undated, not dated by a later year of another figure', () => {
  const sentence = 'Pupils missed 7.1% of school sessions in the 2024/25 school year, down from 7.6% the year before but still well above the 4.7% recorded in 2018, according to the annual report.';
  const time = (text: string) => findQuantities(sentence).find((q) => q.text === text)!.time;
  assert.equal(time('7.1%'), null);
  assert.equal(time('7.6%'), null);
  assert.equal(time('4.7%'), '2018');
  // (A span before a figure dates it no more than a later year does: "£1.2bn in 2023-24, up from £1bn in 2019".)
  assert.equal(findQuantities('Spending reached £1.2bn in 2023-24, up from £1bn in 2019.').find((q) => q.text === '£1.2bn')!.time, null);
});

test('a year span dates nothing but keeps no opening year from its figure: "In 2019 the trust helped 3,400 families; its 2023-24 report shows 5,100"', () => {
  const sentence = 'In 2019 the Brightwell Trust helped 3,400 families; its 2023-24 report shows 5,100.';
  assert.equal(findQuantities(sentence).find((q) => q.text === '3,400')!.time, '2019');
});
