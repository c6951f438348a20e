import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { answerTheFigureAsked } from '../../src/core/answered.ts';

// More wordings of held-out sets 134-141 that gave harmful verdicts: a sentence's other moment taken
// for the page's, places named "in the village of" or "on the … estate" read past, and a count given
// the noun of a figure across a "while" clause, a ceiling far above a hedged value, a capacity, and
// changes that go opposite ways, a state said after the counted noun, a level "compared with", and an
// answer to a figure asked about, an age "aged" after a role, a part whose verb comes late, and those
// who remain on site.

const ferry = sourceIndex({ title: 'Ferry aground', outlet: 'Skerran Isles Herald', published: '2025-10-14' }, `
The ship was carrying 412 passengers and 38 crew on the overnight crossing from Dunmarra, which it had left at 11:50 p.m. on 13 October.
`);

test('a moment of another act in the sentence that confirms the page\'s figures is no contradiction: "hit the ledge just before half past six" against "had left at 11:50 p.m."', () => {
  const sentence = 'The Corran Belle was carrying 412 passengers and 38 crew when she hit the ledge at 6:25 a.m.';
  assert.notEqual(findingIn(ferry, sentence, '6:25 a.m.').verdict, 'conflicting');
  // (The same act at another time still is: "which it had left at 11:30 p.m.".)
  const left = 'The Corran Belle was carrying 412 passengers and 38 crew on the crossing from Dunmarra, which it had left at 11:30 p.m.';
  assert.equal(findingIn(ferry, left, '11:30 p.m.').verdict, 'conflicting');
});

const evacuated = sourceIndex({ title: 'Tanker spill', outlet: 'The Carrowfield Courier', published: '2025-03-11' }, `
Police and fire crews evacuated 310 homes in the village of Hollin Bridge and 95 homes on the Ferrand Lane estate on the northern edge of Carrowfield.
`);

test('"310 homes in the village of Hollin Bridge and 95 homes on the Ferrand Lane estate": each count is its place\'s', () => {
  assert.notEqual(findingIn(evacuated, 'All 310 households in Hollin Bridge are still out of their homes.', '310').verdict, 'conflicting');
  // (Given the other way round, they are swapped.)
  assert.equal(findingIn(evacuated, 'Police evacuated 95 homes in Hollin Bridge and 310 on the Ferrand Lane estate.', '95').verdict, 'conflicting');
});

const applications = sourceIndex({ title: 'University applications', outlet: 'National Education Times', published: '2025-03-13' }, `
Nursing applications rose 11% to 41,900, reversing three years of decline, while applications for medicine rose to 27,850 for 9,600 places.
`);

test('"…three years of decline, while applications for medicine rose to 27,850": the 27,850 are applications, not years, and agree', () => {
  const [, , , medicine] = findQuantities('Nursing applications rose 11% to 41,900, reversing three years of decline, while applications for medicine rose to 27,850 for 9,600 places.');
  assert.equal(medicine.text, '27,850');
  assert.notEqual(medicine.nounKey, 'year');
  assert.equal(findingIn(applications, 'Medicine drew 27,850 applicants for 9,600 places.', '27,850').verdict, 'consistent');
});

const winds = sourceIndex({ title: 'Balloon crash', outlet: 'The Aldersby Gazette', published: '2025-06-14' }, `
Winds were light, about 6 mph, when the balloon took off, according to the weather station at Aldersby airfield.
`);

test('a ceiling far above a hedged value does not stand for it: "gusts of up to twenty-five miles an hour" is no "about 6 mph"', () => {
  const sentence = 'Winds at take-off were light, around six miles an hour, but investigators say gusts of up to twenty-five miles an hour hit the landing field.';
  assert.notEqual(findingIn(winds, sentence, 'up to twenty-five').verdict, 'consistent');
  assert.equal(findingIn(winds, sentence, 'around six').verdict, 'consistent');
  // (A ceiling near the value still stands for it: "winds of up to eight miles an hour".)
  assert.equal(findingIn(winds, 'Winds were light, up to eight miles an hour, when the balloon took off.', 'up to eight').verdict, 'consistent');
});

const charter = sourceIndex({ title: 'Ferry service', outlet: 'The Northern Maritime Record', published: '2025-10-15' }, `
Sailings between Dunmarra and Inchvore will resume on Friday with a chartered vessel, the Solan Bay, which can carry 220 passengers but no lorries.
`);

test('what a ship can carry is no count of who is aboard: "tied up with about 180 passengers" against "can carry 220 passengers"', () => {
  const sentence = "The Solan Bay tied up here a little after four o'clock with about a hundred and eighty passengers, most of them islanders who had been stranded on the mainland.";
  assert.notEqual(findingIn(charter, sentence, 'about a hundred and eighty').verdict, 'conflicting');
  // ("could take up to five days" is a time something takes, no capacity.)
  const gas = sourceIndex({ title: 'Gas blast', outlet: 'Vell Courier', published: '2025-08-21' },
    'The company said it had cut supply to 320 homes around the site and would restore it street by street after checks, a process it expected to take up to five days.');
  assert.equal(findingIn(gas, 'Full reconnection could take up to five days, a spokesperson said.', 'up to five').verdict, 'consistent');
  // (A capacity against a capacity is still compared.)
  assert.equal(findingIn(charter, 'The chartered Solan Bay can carry 250 passengers.', '250').verdict, 'conflicting');
});

const waiting = sourceIndex({ title: 'Waiting lists', outlet: 'The Carrow Standard', published: '2025-10-06' }, `
The number of people waiting for hospital treatment rose to 48,700, a rise of 4,500 patients, or 10.2%.
`);

test('a change one way is no telling of a change the other way: "a drop of 750" is not "a rise of 4,500 patients"', () => {
  assert.notEqual(findingIn(waiting, 'The number of patients waiting more than a year has fallen, a drop of 750 patients.', '750').verdict, 'conflicting');
  // (A change the same way is still compared.)
  assert.equal(findingIn(waiting, 'The number of people waiting for hospital treatment rose to 48,700, a rise of 5,400 patients.', '5,400').verdict, 'conflicting');
});

test('a state said after the counted noun is no part of it: "11 people hurt" counts people, "420 nursing posts vacant" posts', () => {
  const [hurt] = findQuantities('Of the 11 people hurt on 14 June, three remain in hospital.');
  assert.deepEqual([hurt.nounKey, hurt.about], ['peopl', 'hurt']);
  const [posts] = findQuantities('The region has 420 nursing posts vacant.');
  assert.equal(posts.nounKey, 'post');
  // (Before the noun it is the noun's: "available beds" are beds all the same.)
  assert.equal(findQuantities('The hospital has 40 available beds.')[0].nounKey, 'bed');
});

test('a level "compared with" does what the figure before it does: "8,450 people worked at sea, compared with 27,000 in 1990"', () => {
  const [, then] = findQuantities('About 8,450 people worked at sea in the industry, compared with 27,000 in 1990.');
  assert.deepEqual([then.text, then.about, then.time], ['27,000', 'worked at sea', '1990']);
});

const police = sourceIndex({ title: 'Crime figures', outlet: 'Marrowdale Post', published: '2025-06-12' }, `
The force now has 2,960 officers, up from 2,820 a year earlier.
`);

test('the answer to a question that puts a figure counts what the question counted: "nearly three thousand officers, doesn\'t it?" / "two thousand nine hundred and sixty"', () => {
  const paragraphs = ["OKAFOR: And the force now has nearly three thousand officers, doesn't it?", "MARCHETTI: That's right, Nina: two thousand nine hundred and sixty."];
  assert.equal(findingIn(police, paragraphs[1], 'two thousand nine hundred and sixty', 'number', [paragraphs[0]]).verdict, 'consistent');
  // (Not a figure far from the one asked about: "nearly three thousand officers?" / "forty".)
  const [forty] = findQuantities('That is right: forty.');
  answerTheFigureAsked([forty], findQuantities("And the force now has nearly three thousand officers, doesn't it?"));
  assert.equal(forty.nounKey, '');
});

const barrier = sourceIndex({ title: 'Level crossing', outlet: 'The Daily Test', published: '2025-06-12' }, `
The driver, aged 57, was discharged on Sunday and has been interviewed by officers.
`);

test('"the driver, aged 57," is the driver\'s age, as "the driver, 57," is', () => {
  assert.equal(findQuantities('The driver, aged 57, was discharged on Sunday.')[0].nounKey, 'driver');
  assert.equal(findingIn(barrier, 'The driver, 57, has been released from hospital and questioned by investigators.', '57').verdict, 'consistent');
});

const balloon = sourcesIndex([
  { title: 'Balloon', outlet: 'The Aldersby Gazette', published: '2025-06-14', text: 'Nine people were injured when a hot-air balloon struck power lines near Marrowdene on Saturday, 14 June.' },
  { title: 'Balloon update', outlet: 'The Westmarch Post', published: '2025-06-15', text: 'Eleven of the 13 people aboard a hot-air balloon that struck power lines near Marrowdene on Saturday, 14 June, were injured, Westmarch Ambulance Service said on Sunday, revising its earlier figure of nine.' },
]);

test('a part that opens its sentence takes the verb after the clauses that tell of it: "Eleven of the 13 people aboard a balloon that …, 14 June, were injured"', () => {
  const [eleven] = findQuantities('Eleven of the 13 people aboard a hot-air balloon that struck power lines near Marrowdene on Saturday, 14 June, were injured, the service said.');
  assert.equal(eleven.about, 'were injured');
  // (Not another subject's verb: "…survived, but the driver, a father of three, was killed", "…, while
  // the others, all elderly, were transferred".)
  assert.equal(findQuantities('Twelve of the 40 passengers on the coach survived, but the driver, a father of three, was killed.')[0].about, '');
  assert.notEqual(findQuantities('Eight of the 30 patients at Elm House, doctors said, died overnight, while the others, all elderly, were transferred to Kirrowfield Hospital.')[0].about, 'were transferred');
  // (So the page that gives the later count agrees with it, and is not called wrong by the first report's nine.)
  assert.equal(findingIn(balloon, 'Of the 11 people hurt on 14 June, three remain in hospital.', '11').verdict, 'consistent');
});

const warehouse = sourceIndex({ title: 'Warehouse fire', outlet: 'Quellbridge Echo', published: '2025-11-11' }, `
A fire at Fenmarch Logistics Park in Quellbridge destroyed three units, Station Manager Ada Holt of Wexmoor Fire and Rescue said.

At the height of the fire, 18 fire engines and about 110 firefighters were at the scene.
`);

test('those who remain on site are no count of all who were at the scene: "24 firefighters remain on site"', () => {
  const before = ['The fire at Fenmarch Logistics Park in Quellbridge is out, Wexmoor Fire and Rescue says.'];
  assert.notEqual(findingIn(warehouse, 'Holt said 24 firefighters remain on site and that crews have used about 9 million litres of water since Monday.', '24', 'number', before).verdict, 'conflicting');
  // (A count at the scene that does not say it remains is still compared.)
  assert.equal(findingIn(warehouse, 'Holt said 24 firefighters were at the scene at the height of the fire.', '24', 'number', before).verdict, 'conflicting');
});
