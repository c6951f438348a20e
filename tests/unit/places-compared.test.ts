import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/core/numbers.ts';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';

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

test('patients shared out among hospitals are each where they went, and count the patients, not the hospitals', () => {
  const nounsAndPlaces = (sentence: string) => findQuantities(sentence).map((q) => [q.text, q.noun, q.place]);
  assert.deepEqual(nounsAndPlaces('The injured were taken to three hospitals: 31 to St Brannoc General Hospital, 20 to Castrelle University Hospital and 13 to the Harbourside Clinic.').slice(1),
    [['31', '', 'St Brannoc General Hospital'], ['20', '', 'Castrelle University Hospital'], ['13', '', 'Harbourside Clinic']]);
  assert.deepEqual(nounsAndPlaces('The injured were treated at three hospitals: St Brannoc General Hospital took 38, Castrelle University Hospital 24 and the Harbourside Clinic 9.').slice(1),
    [['38', '', 'St Brannoc General Hospital'], ['24', '', 'Castrelle University Hospital'], ['9', '', 'Harbourside Clinic']]);
  // Designations in a list stay designations.
  assert.deepEqual(findQuantities('He lives at Flat 9, Route 24 and Highway 12.'), []);
});

test('hospitals swapped are contradicted', () => {
  const index = sourceIndex({ title: 'Nightclub fire', outlet: 'Castrelle Daily Record', published: '2025-11-09' },
    'The injured were taken to three hospitals: 31 to St Brannoc General Hospital, 20 to Castrelle University Hospital and 13 to the Harbourside Clinic.');
  const page = 'A spokesperson says 31 of the injured are at Castrelle University Hospital, 20 at St Brannoc General Hospital and 13 at the Harbourside Clinic.';
  assert.equal(findingIn(index, page, '31').verdict, 'conflicting');
  assert.equal(findingIn(index, page, '13').verdict, 'consistent');
});

test('a part of a figure is no part beside it: nine, "two of them" critical, are not eleven', () => {
  const index = sourceIndex({ title: 'Roof collapse', outlet: 'Marrowick Courier', published: '2026-01-14' },
    'Of the injured, nine were taken to St Aldric\'s Hospital in Marrowick, two of them in critical condition, and the rest were treated at the scene.');
  assert.notEqual(findingIn(index, 'St Aldric\'s Hospital says it is treating 11 of the injured, two of them in a critical condition.', '11').verdict, 'consistent');
});

test('a list after a count of places at the start of a sentence still counts what went there', () => {
  const [, first] = findQuantities('They went to three hospitals: 31 to St Brannoc General Hospital and 20 to Castrelle University Hospital.');
  assert.deepEqual([first.text, first.noun, first.place], ['31', '', 'St Brannoc General Hospital']);
});

test('a place after a past participle such as "found" is where the figure is: "three of them in Lowmarket" is not the Kessel Quarter’s three', () => {
  const index = sourceIndex({ title: 'Flood', outlet: 'Capital Herald', published: '2025-10-17' },
    'Three of the dead were found in the Kessel Quarter and one in Lowmarket, where an elderly woman drowned in her flat.');
  const swapped = findingIn(index, 'Four people died, three of them in Lowmarket.', 'three');
  assert.equal(swapped.verdict, 'conflicting');
  assert.match(swapped.explanation, /one in Lowmarket/);
  assert.equal(findingIn(index, 'Three of the dead were found in the Kessel Quarter.', 'Three').verdict, 'consistent');
});

test('taken to a hospital by its name is taken to hospital: "Nine people were taken to hospital in Brask"', () => {
  const index = sourceIndex({ title: 'Turbulence', outlet: 'Selmarra Courier', published: '2025-09-15' },
    'Nine people were taken to Brask General Hospital, two more than previously reported, the airline said.');
  assert.equal(findingIn(index, 'Nine people were taken to hospital in Brask.', 'Nine').verdict, 'consistent');
  assert.notEqual(findingIn(index, 'Nine people were treated at the scene in Brask.', 'Nine').verdict, 'consistent');
});

test('the parts of a count spread over places count what the count counts: "2,300 residents … from three districts: 1,400 from Millbank"', () => {
  const parts = findQuantities('Some 2,300 residents were evacuated from three districts of the town: 1,400 from Millbank, 600 from Old Quay and 300 from Harrow Rise.');
  assert.deepEqual(parts.slice(2).map((q) => [q.text, q.noun, q.place]), [['1,400', 'residents', 'Millbank'], ['600', 'residents', 'Old Quay'], ['300', 'residents', 'Harrow Rise']]);
  const [, , including] = findQuantities('About 2,500 residents were evacuated from three districts, including 1,400 from Millbank.');
  assert.deepEqual([including.noun, including.place], ['residents', 'Millbank']);
});

test('a name followed by its kind before a figure whose verb is left out is its place: "and the Hallen Basin terminal 1.02 million"', () => {
  const [, second] = findQuantities('Westmole Terminal handled 1.32 million TEU and the Hallen Basin terminal 1.02 million TEU.');
  assert.equal(second.place, 'Hallen Basin');
  const port = sourceIndex({ title: 'Port figures', outlet: 'Coastline Trade Review', published: '2026-01-22' },
    'Westmole Terminal handled 1.32 million TEU and the Hallen Basin terminal 1.02 million TEU, the port authority said.');
  const swapped = 'Westmole handled 1.02 million TEU and Hallen Basin 1.32 million.';
  assert.notEqual(findingIn(port, swapped, '1.02 million').verdict, 'consistent');
  assert.equal(findingIn(port, swapped, '1.32 million').verdict, 'conflicting');
});

test('a region named by its compass point as the subject is where the sentence\'s first figure is', () => {
  const [rate, per, average] = findQuantities('The Southern Coast had the highest crime rate, with 63 offences per 1,000 residents, against a national average of 47.');
  assert.deepEqual([rate.place, per.place, average.place], ['Southern Coast', null, null]);
  const crime = sourceIndex({ title: 'Crime figures', outlet: 'Ardal Post', published: '2025-03-12' },
    'The Southern Coast had the highest crime rate, with 63 offences per 1,000 residents, against a national average of 47.');
  assert.notEqual(findingIn(crime, 'The Northern Highlands had the highest rate, 63 offences per 1,000 residents.', '63').verdict, 'consistent');
});

test('a compass region is not the place of a figure another name in its sentence owns, nor a number that names something', () => {
  const [dudley] = findQuantities('West Bromwich had a worse year than Dudley, which recorded 31 knife crimes in 2024.');
  assert.notEqual(dudley.place, 'West Bromwich');
  const [, terminal] = findQuantities('Westmole Terminal was closed and the Hallen terminal 2 was evacuated.');
  assert.notEqual(terminal?.place, 'Hallen');
});

test('a place named with its kind ("its Castellan research centre", "headquarters in Brevik") is where a count is', () => {
  const cuts = sourcesIndex([{ title: 'Veranth cuts jobs', outlet: 'Halden Business Daily', published: '2025-02-27',
    text: 'The company will cut 350 posts at its Castellan research centre and 200 at its headquarters in Brevik.' }]);
  const swapped = 'A further 350 posts will be cut at headquarters in Brevik and 200 at the Castellan research centre.';
  assert.notEqual(findingIn(cuts, swapped, '350').verdict, 'consistent');
  assert.notEqual(findingIn(cuts, swapped, '200').verdict, 'consistent');
  assert.equal(findingIn(cuts, 'A further 350 posts will be cut at the Castellan research centre and 200 at headquarters in Brevik.', '350').verdict, 'consistent');
});

test('money that "will go to" something is told apart by what it goes to', () => {
  const parking = sourcesIndex([{ title: 'Parking charges raise €14.2 million', outlet: 'Eastmere Gazette', published: '2025-10-08',
    text: 'Of the revenue, €5 million will go to bus services and €3 million to road repairs, the council said.' }]);
  const swapped = 'The council says €3 million will go to bus services and €5 million to road repairs.';
  assert.notEqual(findingIn(parking, swapped, '€3 million').verdict, 'consistent');
  assert.notEqual(findingIn(parking, swapped, '€5 million').verdict, 'consistent');
  assert.equal(findingIn(parking, 'The council says €5 million will go to bus services and €3 million to road repairs.', '€5 million').verdict, 'consistent');
});

test('one place told at two depths is one place; a place near another is not it', () => {
  const lift = sourceIndex({ title: 'Lift accident', outlet: 'Velorian Chronicle', published: '2025-03-05' },
    'The death toll from the lift accident in the Halloran Tower of Kestrany Royal Infirmary has risen to three, the hospital said. The death toll from the collapse in Taldera\'s Ashfen district has risen to five. Thirty rockets were fired at Corvel, near Haldor, the army said.');
  const three = findingIn(lift, 'The number of people killed in the lift fall at Kestrany Royal Infirmary has risen to three.', 'three');
  assert.equal(three.verdict, 'consistent');
  assert.match(three.explanation, /a death toll of three/);
  assert.equal(findingIn(lift, 'The death toll from the partial collapse of an apartment block in the Norvalian city of Taldera has risen to five.', 'five').verdict, 'consistent');
  assert.notEqual(findingIn(lift, 'Thirty rockets were fired at Haldor, the army said.', 'Thirty').verdict, 'consistent');
  // (A count at one depth may be a part of one at the other: never a contradiction.)
  const heat = sourceIndex({ title: 'Heatwave', outlet: 'Velorian Chronicle', published: '2025-07-20' }, 'Five patients died at Kestrany Royal Infirmary during the heatwave, the hospital said.');
  assert.notEqual(findingIn(heat, 'Three patients died in the Halloran Tower of Kestrany Royal Infirmary during the heatwave, the hospital said.', 'Three').verdict, 'conflicting');
  const depot = sourceIndex({ title: 'Fireworks blast', outlet: 'Aldmark Courier', published: '2025-11-05' },
    'The explosion is the deadliest since 2004, when a blast at the Pellam Brothers fireworks depot in the port town of Saltmere killed nine people and injured 73.');
  const injured = findingIn(depot, 'In 2004, a blast at the Pellam Brothers fireworks depot in Saltmere killed nine people and injured 37.', '37');
  assert.equal(injured.verdict, 'conflicting');
  assert.match(injured.explanation, /73/);
});

test('two values each after its own name, given the other way round, are contradicted both, the explanation naming each', () => {
  const index = sourceIndex({ title: 'Broadband survey', outlet: 'Orlen Business Journal', published: '2025-11-12' },
    'The capital region of Orlen recorded the highest median, 97.4 megabits, and the Harrowfell Uplands the lowest, 19.6 megabits.');
  const sentence = 'Orlen, the capital, manages a median of 19.6 megabits, while the Harrowfell Uplands get 97.4.';
  const low = findingIn(index, sentence, '19.6');
  assert.equal(low.verdict, 'conflicting');
  assert.equal(low.explanation, 'Orlen Business Journal (2025-11-12) gives 19.6 to Harrowfell Uplands and 97.4 to Orlen; this page gives 19.6 to Orlen and 97.4 to Harrowfell Uplands.');
  assert.equal(findingIn(index, sentence, '97.4').verdict, 'conflicting');
  // (In the source's order, both stand.)
  const told = 'Orlen, the capital, manages a median of 97.4 megabits, while the Harrowfell Uplands get 19.6.';
  assert.equal(findingIn(index, told, '19.6').verdict, 'consistent');
  assert.equal(findingIn(index, told, '97.4').verdict, 'consistent');
});

test('a swap needs a name of its own for each value: one name said for both is no swap', () => {
  const index = sourceIndex({ title: 'Broadband survey', outlet: 'Orlen Business Journal', published: '2025-11-12' },
    'The capital region of Orlen recorded the highest median, 97.4 megabits, and the Harrowfell Uplands the lowest, 19.6 megabits.');
  const sentence = 'In Orlen the median rose from 19.6 megabits to 97.4 megabits.';
  assert.notEqual(findingIn(index, sentence, '19.6').verdict, 'conflicting');
});

test('one figure given to the name the source gives another value is contradicted, with both of the source\'s', () => {
  const museums = sourceIndex({ title: 'Museum visitors', outlet: 'The Harrowby Gazette', published: '2025-03-12' },
    'The Museum of Industry on Canal Street was the busiest, with 612,000 visitors, and the Harbour Gallery drew 388,000.');
  const busiest = findingIn(museums, 'And the Harbour Gallery was the busiest museum overall, with 612,000 visitors.', '612,000');
  assert.equal(busiest.verdict, 'conflicting');
  assert.equal(busiest.explanation, 'The Harrowby Gazette (2025-03-12) gives 612,000 to Canal Street and 388,000 to Harbour Gallery; this page gives 612,000 to Harbour Gallery.');
  // (Nor is one who speaks the name the figure is given to.)
  assert.notEqual(findingIn(museums, 'Curator Anna Gallery said 612,000 visitors came to the museum.', '612,000').verdict, 'conflicting');
});

test('a figure whose own place follows it is that place\'s, whatever name stands before it', () => {
  const index = sourceIndex({ title: 'Broadband survey', outlet: 'Orlen Business Journal', published: '2025-11-12' },
    'The capital region of Orlen recorded the highest median, 97.4 megabits, and the Harrowfell Uplands the lowest, 19.6 megabits.');
  const sentence = 'Compared with the Harrowfell Uplands, median speeds are 97.4 megabits in Orlen, against 19.6 in the Uplands.';
  assert.equal(findingIn(index, sentence, '97.4').verdict, 'consistent');
  assert.equal(findingIn(index, sentence, '19.6').verdict, 'consistent');
  assert.equal(findingIn(index, 'Unlike Harrowfell, medians reach 97.4 megabits in Orlen but 19.6 in the Uplands.', '19.6').verdict, 'consistent');
  // (Nor is a body that speaks the name a figure is given to.)
  const museums = sourceIndex({ title: 'Museums', outlet: 'Gazette', published: '2025-03-12' }, 'The Museum of Industry drew 612,000 visitors last year and the Harbour Gallery 388,000.');
  assert.notEqual(findingIn(museums, 'A spokeswoman for the Harbour Gallery confirmed that the industrial museum drew 612,000 visitors last year.', '612,000').verdict, 'conflicting');
});

test('a place after the next figure is that figure\'s: "€412 per pupil against €231 in the Harrowfell Uplands"', () => {
  const spend = sourceIndex({ title: 'Schools', outlet: 'Orlen Business Journal', published: '2025-11-12' },
    'Orlen spends €412 per pupil on books, and the Harrowfell Uplands €231.');
  assert.notEqual(findingIn(spend, 'Orlen spends €412 per pupil against €231 in the Harrowfell Uplands.', '€412').verdict, 'conflicting');
});

test('items of a list, each named just before "with", given each other\'s values are contradicted, capitals or not', () => {
  const report = sourceIndex({ title: 'Teacher vacancies', outlet: 'The Wessendale Times', published: '2026-03-05' },
    'Mathematics is the hardest subject to fill, with 210 vacant posts, followed by English with 120 and physics with 95. ' +
    'Varnland remained the largest foreign market with 612,000 stays, followed by Ostria with 388,000.');
  const sentence = 'Maths is the hardest subject to staff, with 210 vacant posts, followed by physics with 120 and English with 95.';
  const physics = findingIn(report, sentence, '120');
  assert.equal(physics.verdict, 'conflicting');
  assert.equal(physics.explanation, 'The Wessendale Times (2026-03-05) gives 120 to English and 95 to physics; this page gives 120 to physics and 95 to English.');
  assert.equal(findingIn(report, sentence, '95').verdict, 'conflicting');
  // (The item stands first in its clause or after "by", "and": "the hardest subject to fill, with
  // 210" and "the largest foreign market with 612,000" name none, and the market is Varnland's.)
  assert.equal(findingIn(report, sentence, '210').verdict, 'consistent');
  const told = 'Maths is the hardest subject to staff, with 210 vacant posts, followed by English with 120 and physics with 95.';
  assert.equal(findingIn(report, told, '120').verdict, 'consistent');
  assert.equal(findingIn(report, 'Ostria is the biggest foreign market, with 612,000 stays, and Varnland had 388,000.', '612,000').verdict, 'conflicting');
});

test('a word in lower case before "with" is a list\'s item only after "by" or in a list begun: "won with 5,412" is a verb\'s', () => {
  const votes = sourceIndex({ title: 'Mayoral vote', outlet: 'Harrowby Gazette', published: '2025-05-04' }, 'Ferrow won 5,412 votes and Castel 3,880.');
  assert.equal(findingIn(votes, 'Castel stood again and won with 5,412 votes, and Ferrow got 3,880.', '5,412').verdict, 'conflicting');
});

test('a list begun after a comma or a semicolon, or told with "followed", still names its items', () => {
  const report = sourceIndex({ title: 'Teacher vacancies', outlet: 'The Wessendale Times', published: '2026-03-05' },
    'Mathematics is the hardest subject to fill, with 210 vacant posts, followed by English with 120 and physics with 95.');
  assert.equal(findingIn(report, 'Maths is the hardest subject to staff, with 210 vacant posts; physics with 120 and English with 95 trail it.', '120').verdict, 'conflicting');
  assert.equal(findingIn(report, 'Maths is the hardest subject to staff, with 210 vacant posts; physics followed with 120 and English with 95.', '120').verdict, 'conflicting');
});
