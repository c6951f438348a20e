import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A page that adds up what a source gives in parts, or gives a source's figure to one of its own
// figures, must not be told that another of its figures is wrong because of that figure.

const rescue = sourceIndex({ title: 'Ferry rescue', outlet: 'Kellhaven Mercury', published: '2025-11-09' },
  'By 4 a.m., 310 passengers had been taken off by lifeboat and 96 by two helicopters, coastguard spokesperson Helga Sorrensen said.');

test('a total of two figures of the source sentence it was said to conflict with is confirmed, and the card shows the sum', () => {
  const total = findingIn(rescue, 'The coastguard says 406 passengers had been taken off the ship by 4 a.m.', '406');
  assert.equal(total.verdict, 'consistent');
  assert.match(total.explanation, /310 \+ 96 = 406, as this page says/);
  // (Another value is still wrong.)
  assert.equal(findingIn(rescue, 'The coastguard says 416 passengers had been taken off the ship by 4 a.m.', '416').verdict, 'conflicting');
});

test('no sum of two counted things, nor of a whole and its parts', () => {
  const crews = sourceIndex({ title: 'Tower fire', outlet: 'Vantria Daily Record', published: '2025-11-11' },
    'At the height of the blaze, 74 firefighters and 11 engines were at the scene, the fire service said.');
  assert.notEqual(findingIn(crews, 'Some 85 firefighters fought the blaze at its height, the fire service said.', 'Some 85').verdict, 'consistent');
  const homes = sourceIndex({ title: 'Wildfire', outlet: 'Southern Plains Chronicle', published: '2025-07-24' },
    'A damage assessment found that 41 homes had been destroyed, 29 of them in Lindqvale and 12 on farms around Ostrel.');
  assert.notEqual(findingIn(homes, 'The assessment found that 53 homes had been destroyed.', '53').verdict, 'consistent');
});

test('the parts of a past event sum to its total when the page gives them: "killed four and injured 22, a total of 26"', () => {
  const bend = sourceIndex({ title: 'Coach crash', outlet: 'Valdmark Courier', published: '2025-10-07' },
    'In February 2011 a coach carrying 38 skiers plunged into the ravine on the same bend, killing four people and injuring 22.');
  const total = findingIn(bend, 'The 2011 crash killed four people and injured 22, a total of 26 casualties.', '26');
  assert.equal(total.verdict, 'consistent');
  assert.match(total.explanation, /four \+ 22 = 26/);
});

test('a source figure the page gives to another of its figures is not this one’s; in a sentence told again, the figure left over is', () => {
  const recorder = sourceIndex({ title: 'Derailment', outlet: 'Aunvale Standard', published: '2026-04-19' },
    'Data from the recorder show the train was travelling at 68 km/h on a stretch where the limit is 80 km/h, investigator Moira Caddell said.');
  const limit = findingIn(recorder, 'Data from the recorder show the train was doing 68 km/h on a stretch where the limit is 60 km/h.', '60');
  assert.equal(limit.verdict, 'conflicting');
  assert.match(limit.explanation, /says 80 km\/h/);
});

test('no figure left over of another place', () => {
  const power = sourceIndex({ title: 'Blackout', outlet: 'Kelmore Evening Post', published: '2026-01-16' },
    'Power was restored to 41,200 homes in Brackenhurst on Thursday, and the last 3,800 homes in Quarrydown were reconnected on Friday.');
  assert.notEqual(findingIn(power, 'Power came back to 41,200 homes on Thursday, and the last 3,800 homes in Brackenhurst on Friday.', '3,800').verdict, 'consistent');
});

test('no sum where the page names what tells one part from the other: the means, the place, the day, the kind', () => {
  const onPage = (source: string, page: string, figure: string) =>
    findingIn(sourceIndex({ title: 'Report', outlet: 'Kellhaven Mercury', published: '2025-11-09' }, source), page, figure).verdict;
  assert.notEqual(onPage('By 4 a.m., 310 passengers had been taken off by lifeboat and 96 by two helicopters.',
    '406 passengers had been taken off by lifeboat by 4 a.m.', '406'), 'consistent');
  assert.notEqual(onPage('The storm killed 23 people in Harrow and 17 in Lisle.', 'The storm killed 40 people in Harrow.', '40'), 'consistent');
  assert.notEqual(onPage('The festival sold 12,000 tickets on Friday and 15,000 on Saturday.', 'The festival sold 27,000 tickets on Saturday.', '27,000'), 'consistent');
  assert.notEqual(onPage('The team won 12 gold medals and 15 silver medals.', 'The team won 27 gold medals.', '27'), 'consistent');
});

test('no sum of two acts, of a level and the one before, of two candidates, or of a whole and what it includes', () => {
  const onPage = (source: string, page: string, figure: string) =>
    findingIn(sourceIndex({ title: 'Report', outlet: 'Kellhaven Mercury', published: '2025-11-09' }, source), page, figure).verdict;
  assert.notEqual(onPage('Police arrested 42 people, and 19 people were later charged.', 'Police arrested 61 people.', '61'), 'consistent');
  assert.notEqual(onPage('Claims rose to 1,450 in April after 1,200 in March.', 'Claims rose to 2,650 in April.', '2,650'), 'consistent');
  assert.notEqual(onPage('Ms Harlow won 14,500 votes against 11,200 for Mr Dent.', 'Ms Harlow won 25,700 votes.', '25,700'), 'consistent');
  assert.notEqual(onPage('The ship carried 310 passengers, including 96 who had boarded at Harwick.', 'The ship carried 406 passengers.', '406'), 'consistent');
  // (A page whose words take in both acts adds them up.)
  assert.equal(onPage('Fourteen people were killed and 32 injured, officials said.', 'Officials said there were 46 casualties.', '46'), 'consistent');
});

test('no figure left over that the words show to be another thing', () => {
  const station = sourceIndex({ title: 'Derailment', outlet: 'Aunvale Standard', published: '2026-04-19' },
    'The train was travelling at 8 km/h through the station, where the limit is 30 km/h.');
  assert.notEqual(findingIn(station, 'The train was doing 8 km/h through the station, where trains normally pass at 110 km/h.', '110').verdict, 'conflicting');
});

test('a sum of amounts is written as the amounts are', () => {
  const grants = sourceIndex({ title: 'Grants', outlet: 'Harbourline Business Review', published: '2025-11-18' },
    'The fund paid out €3.2 million to clubs and €2.8 million to schools, the council said.');
  const sum = findingIn(grants, 'The fund paid out €6 million to clubs and schools, the council said.', '€6 million');
  if (sum.verdict === 'consistent') assert.match(sum.explanation, /= €6 million/);
  else assert.fail(`not summed: ${sum.explanation}`);
});

test('a sentence told again is not called wrong by a figure its other figures add up to', () => {
  const ship = sourceIndex({ title: 'Ship aground', outlet: 'Kellhaven Mercury', published: '2025-11-09' },
    'Coastguard spokesperson Helga Sorrensen said lifeboats from Kellhaven and the neighbouring port of Ardlow had taken 310 people off the ship by 4 a.m., ' +
    'while two rescue helicopters had winched another 96 to safety.');
  // (The time confirms the source sentence; the page's total is of its two counts, 310 + 96.)
  const page = (n: number) => `07:20 — Coastguard spokesperson Helga Sorrensen confirms that ${n} people had been taken off the ship by 4 a.m., most of them by lifeboat and the rest by two rescue helicopters.`;
  assert.notEqual(findingIn(ship, page(406), '406').verdict, 'conflicting');
  // (A figure they neither add up to nor leave over is still called wrong.)
  assert.equal(findingIn(ship, page(350), '350').verdict, 'conflicting');
});

test('a total of kinds the page names, put together, is the sum of the source\'s counts of each kind', () => {
  const port = sourceIndex({ title: 'Port', outlet: 'Coastal Trade Journal', published: '2025-03-12' }, `
Ferry passengers fell to 2.9 million from 3.1 million in 2023, after the operator withdrew a ship.

Cruise calls rose to 212 from 187, bringing 410,000 cruise passengers to the city.
`);
  const total = findingIn(port, 'Put ferries and cruises together and you have about 3.3 million passengers through the port.', 'about 3.3 million');
  assert.equal(total.verdict, 'consistent');
  assert.match(total.explanation, /2\.9 million \+ 410,000 = 3\.31 million/);
  // (A total not said to be of both is not called wrong against one kind's count either.)
  assert.notEqual(findingIn(port, 'Put ferries and cruises together and you have about 3.6 million passengers through the port.', 'about 3.6 million').verdict, 'conflicting');
  assert.notEqual(findingIn(port, 'About 3.3 million ferry passengers passed through the port.', 'About 3.3 million').verdict, 'consistent');
});

test('a part that goes on from the one before, "a further 35", is of its act and its time', () => {
  const flood = sourceIndex({ title: 'Floods', outlet: 'The Capital Herald', published: '2025-10-17' },
    'Firefighters rescued 260 people by boat, and army helicopters lifted a further 35 from rooftops.');
  const rescued = findingIn(flood, 'Rescuers lifted nearly 300 people to safety, most of them by boat.', 'nearly 300');
  assert.equal(rescued.verdict, 'consistent');
  assert.match(rescued.explanation, /260 \+ 35 = 295, as this page says/);
  const roads = sourceIndex({ title: 'Roads', outlet: 'The Pellingham Chronicle', published: '2026-02-18' },
    'On the roads, council crews filled 11,800 potholes last year and contractors a further 2,450, the most in a single year since records began.');
  assert.equal(findingIn(roads, 'But we filled more than 14,000 potholes last year.', 'more than 14,000').verdict, 'consistent');
  // (Two parts of two times are no total of either: "this year" and "next year".)
  const budget = sourceIndex({ title: 'Budget', outlet: 'The Pellingham Chronicle', published: '2026-02-18' },
    'The council will fill 11,800 potholes this year and 2,450 next year.');
  assert.notEqual(findingIn(budget, 'The council will fill 14,250 potholes this year.', '14,250').verdict, 'consistent');
});

test('"a further" part of another act or time is no part of the total', () => {
  const page = 'Rescuers lifted nearly 300 people to safety, most of them by boat.';
  const drowned = sourceIndex({ title: 'Floods', outlet: 'The Capital Herald', published: '2025-10-17' }, 'Firefighters rescued 260 people by boat, and a further 35 drowned.');
  assert.notEqual(findingIn(drowned, page, 'nearly 300').verdict, 'consistent');
  for (const rest of ['contractors will fill a further 2,450', 'a further 2,450 remain open', 'contractors a further 2,450 in January']) {
    const roads = sourceIndex({ title: 'Roads', outlet: 'The Pellingham Chronicle', published: '2026-02-18' }, `Council crews filled 11,800 potholes last year and ${rest}.`);
    assert.notEqual(findingIn(roads, 'But we filled more than 14,000 potholes last year.', 'more than 14,000').verdict, 'consistent', rest);
  }
});
