import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { confirmedByValue } from '../../src/core/confirmed-by-value.ts';
import { unverified } from '../../src/core/judgement.ts';

// A figure whose words name nothing a source counts ("152 people worked the night shift" against
// "152 workers had been on the night shift") is confirmed by a source sentence that gives its very
// value and shares three more words with the page's, where neither sentence gives another figure of
// the unit to swap it with (or only the page does, and the words shared are not that figure's) and
// the source does not date it to another year. Measured on the labelled
// sets: 116 more right verdicts over the held-out sets, no more harmful ones.
const index = sourceIndex({ title: 'Roof collapse toll rises', outlet: 'Northern Wire Service', published: '2026-01-16' }, `
The roof gave way at 3:25 a.m. on 14 January, according to a revised timeline released by the fire service, which said 152 workers had been on the night shift at the time.

The strike was called by 1,650 drivers on the bus network and 750 on the trams, the union said.

Some 2,340 members voted in the strike ballot at the depots, the union said.

It is the worst collapse in the region since February 2006, when the roof of the Tessendorf sports hall, a building of 2,400 square metres, fell in under snow.
`);
const page = ['The roof of the Calloway Freight distribution centre in Marrowick collapsed under snow.'];
const finding = (sentence: string, text: string) => findingIn(index, sentence, text, 'number', page);

test('the same number, in a sentence that tells much of the source’s, is confirmed', () => {
  const shift = finding('The roof fell in on the night shift as 152 people were working, the fire service said.', '152');
  assert.equal(shift.verdict, 'consistent');
  assert.match(shift.explanation, /152 workers/);
});

test('not where either sentence gives another figure of the unit to swap it with', () => {
  // What the rule is given: figures no other rule could match.
  const confirm = (sentence: string, text: string) => {
    const quantities = findQuantities(sentence);
    const open = quantities.map(() => unverified('No source in the fact base counts this.'));
    return confirmedByValue(quantities, open, sentence, index)[quantities.findIndex((q) => q.text === text)].verdict;
  };
  assert.equal(confirm('The strike ballot was backed by 2,340 members at the depots, the union said.', '2,340'), 'consistent');
  assert.equal(confirm('The strike was called by 750 drivers on the bus network and 1,650 on the trams, the union said.', '1,650'), 'unverified');
  assert.equal(confirm('The strike was called by 750 of the drivers, the union said of its bus network.', '750'), 'unverified');
  // (Where only the page gives another, the words that other figure owns alone are not this one's.)
  assert.equal(confirm('The strike ballot was backed by 2,340 members and 150 staff at the depots, the union said.', '2,340'), 'consistent');
  assert.equal(confirm('Some 2,340 members of the public signed a petition, and 150 staff voted in the strike ballot at the depots.', 'Some 2,340'), 'unverified');
});

test('not a figure the source gives another year', () => {
  assert.notEqual(finding('The roof that fell in covered 2,400 square metres, the fire service said of the collapse.', '2,400').verdict, 'consistent');
});

test('a total of all the parts one source sentence gives, or that the page itself gives, is their sum', () => {
  const trains = sourceIndex({ title: 'Trains collide', outlet: 'National Courant', published: '2025-10-16' }, `
Updated figures from the operator show that 326 passengers were on the Ostrand service and 198 on the train travelling in the opposite direction.

Helicopter crews rescued 31 people from the canyon floor, and ground teams rescued a further 72 people from the campsite.
`);
  const onBoard = findingIn(trains, 'On board: roughly 520 passengers across the two trains.', 'roughly 520', 'number', page);
  assert.equal(onBoard.verdict, 'consistent');
  assert.match(onBoard.explanation, /326 \+ 198 = 524/);
  assert.notEqual(findingIn(trains, 'On board: roughly 620 passengers across the two trains.', 'roughly 620', 'number', page).verdict, 'consistent');
  const rescued = findingIn(trains, 'Of those, 103 were rescued: 31 people by helicopter crews from the canyon floor and 72 people by ground teams from the campsite.', '103', 'number', page);
  assert.equal(rescued.verdict, 'consistent');
  assert.match(rescued.explanation, /31 \+ 72 = 103/);
});

// From a review that hunted false verdicts with made-up text.
const march = sourceIndex({ title: 'Steelworks march', outlet: 'Corvel Post', published: '2024-03-12' }, `
Police detained 150 during the protest in Corvel on Saturday, a police spokesman said.

About 2,000 officers were on duty for the march through Corvel on Saturday, the force said.

The attacks on Haldor and Corvel killed 30 people and injured 15, officials said.

The line carried 12,000 passengers on a weekday and 8,000 on a Saturday, the operator said.

In all, 110 people were rescued in Marrow Vale, the fire service said.
`);
const lead = ['Thousands marched through Corvel on Saturday against the closure of the Brennick steelworks.'];
const verdict = (sentence: string, text: string) => findingIn(march, sentence, text, 'number', lead).verdict;

test('the same number is not the same count when an act Sourcelight knows, on either side, is not the other’s', () => {
  assert.notEqual(verdict('About 150 people joined the protest in Corvel on Saturday, a police spokesman said.', 'About 150'), 'consistent');
  assert.notEqual(verdict('About 2,000 people took part in the march through Corvel on Saturday, the force said.', 'About 2,000'), 'consistent');
});

test('a total is not the sum of parts of other acts or of rates, nor of a breakdown the page leaves open', () => {
  assert.notEqual(verdict('The attacks killed 45 people across the two villages, officials said.', '45'), 'consistent');
  assert.notEqual(verdict('The line carried 20,000 passengers in all, the operator said.', '20,000'), 'consistent');
  assert.notEqual(verdict('The fire service said 103 people were rescued in Marrow Vale, including 31 by helicopter and 72 by ground teams in boats.', '103'), 'consistent');
});

test('a bound on the page is no sum of parts far above it', () => {
  const launches = sourceIndex({ title: 'Launches', outlet: 'Frontier Monitor', published: '2024-11-12' },
    'Militants carried out 25 launches from Sudmark and 15 launches from Kavran over the weekend.');
  const lead = ['Militants in Sudmark and Kavran fired on the border towns over the weekend.'];
  assert.equal(findingIn(launches, 'There were at least 40 launches over the weekend.', 'at least 40', 'number', lead).verdict, 'consistent');
  assert.notEqual(findingIn(launches, 'There were more than five launches over the weekend.', 'more than five', 'number', lead).verdict, 'consistent');
});

test('a part said to be somewhere of its own is not the count of all: "12 of the injured to Kelso General" is not "injured 12"', () => {
  const blast = sourceIndex({ title: 'Market bomb', outlet: 'Wire', published: '2024-03-12' },
    'A bomb exploded at a market in Varna Street in Kelso on Friday. The blast killed 7 people and injured 21, police said. Ambulances took 12 of the injured to Kelso General.');
  const lead = ['A bomb exploded at a market in Varna Street in Kelso, police in Kelso said.'];
  assert.notEqual(findingIn(blast, 'A second device then injured 12 shoppers, police said.', '12', 'number', lead).verdict, 'consistent');
});

test('parts of which one is a floor add up to a floor, which a figure far above it is not', () => {
  const flood = sourceIndex({ title: 'Flood', outlet: 'Varrow Valley Gazette', published: '2025-10-06' },
    'At least four people have died and 11 are missing after the spillway of the Holmgard Dam gave way before dawn, sending a surge of water into the town of Kesselby, emergency services said.');
  const lead = ['The Holmgard Dam spillway failed above Kesselby, officials said.'];
  assert.notEqual(findingIn(flood, 'Nordvale Hydro says it employs 1,400 people across its four hydroelectric plants in the valley.', '1,400', 'number', lead).verdict, 'consistent');
});

test('a measure in the clause of an event of another year is of that event', () => {
  const storm = sourceIndex({ title: 'Hail hits the valley', outlet: 'Mirevaux Gazette', published: '2025-09-23' },
    'It was the worst storm since 1999, when hail destroyed about 700 hectares of vines across the valley.');
  assert.notEqual(findingIn(storm, 'Early estimates suggest about 700 hectares of vines have been hit across the valley.', 'about 700').verdict, 'consistent');
});

test('a measure in the main clause after "since 2019, when …," is of now', () => {
  const wall = sourceIndex({ title: 'Sea wall', outlet: 'Coast Post', published: '2025-10-07' },
    'Since 2019, when the project began, crews have built 14 kilometres of the sea wall.');
  assert.equal(findingIn(wall, 'Crews have built 14 kilometres of the sea wall since 2019.', '14').verdict, 'consistent');
});

test('the very count of the same named thing, from ten up, is the source\'s in other words', () => {
  const fire = sourceIndex({ title: 'Club fire', outlet: 'The Castrelle Daily Record', published: '2025-11-09' },
    'Chief Fire Officer Rasmus Kettleby said 85 firefighters and 22 engines were sent to the club on Quayside Lane.');
  assert.equal(findingIn(fire, 'Some 85 firefighters fought the fire, which was finally put out at 5:40 a.m.', 'Some 85').verdict, 'consistent');
  // (Not another number of them.)
  assert.notEqual(findingIn(fire, 'Some 95 firefighters fought the fire, which was finally put out at 5:40 a.m.', 'Some 95').verdict, 'consistent');
});

// A measure or an amount is named loosely, by what was measured or paid: its words shared with the
// source sentence tell the same figure, where the places the page gives it are named there too and
// the period it is paid for is the same. Measured on the labelled sets: 132 more right verdicts,
// two fewer harmful ones.
const spill = sourceIndex({ title: 'Fish killed below the dye works', outlet: 'Hollin Valley Post', published: '2025-06-04' }, `
Forecaster Jana Lettik said a further 40 millimetres of rain was expected by Tuesday night, and warned that more of the slope could give way.

Transport minister Pavel Ostrin said the government would spend €12 million on stronger crash barriers on the Corran Pass over the next two years.

The average household bill will rise by £44 to £512 next year, the water company said.

The mobile generators hired by the trust cost £38,000 a month, its finance director said.
`);
const measured = (sentence: string, text: string) => findingIn(spill, sentence, text, 'number', ['Mud buried homes below the Corran Pass.']).verdict;

test('a measure or an amount the source sentence gives, in much the same words, is confirmed whatever it is called', () => {
  assert.equal(measured('Forecasters warn another 40mm of rain is expected by Tuesday night, and more of the slope could give way.', '40mm'), 'consistent');
  assert.equal(measured('Transport Minister Pavel Ostrin has promised €12 million over two years for stronger barriers on the Corran Pass.', '€12 million'), 'consistent');
});

test('not where the page gives it a place the source sentence does not name, nor another period', () => {
  assert.notEqual(measured('Forecasters warn another 40mm of rain is expected at Kessarin by Tuesday night, and more of the slope could give way.', '40mm'), 'consistent');
  assert.notEqual(measured('Every household in the Northmere region will see its bill rise by £44 next year, the water company said.', '£44'), 'consistent');
  assert.notEqual(measured('The mobile generators hired by the trust cost £38,000 a week, its finance director said.', '£38,000'), 'consistent');
  assert.equal(measured('The mobile generators hired by the trust cost £38,000 a month, its finance director said.', '£38,000'), 'consistent');
});

// The page gives one figure of the unit; the source sentence gives several. The figure's own clause,
// read against each of the source's, says which is the page's: two words of its own shared with the
// one of the same value, none the source gives another alone.
test('a figure told alone is confirmed by the one of a source’s list its own clause shares words with, never by another’s', () => {
  const retail = sourceIndex({ title: 'Retail sales', outlet: 'Norland Business Daily', published: '2025-11-14' }, `
The council-tax rise will add £91 a year to a Band D bill, taking it to £1,915 from 1 April.

Sales fell at furniture and home-furnishing stores, down 2.1%, and at fuel stations, down 1.6%.
`);
  const told = (sentence: string, text: string) => findingIn(retail, sentence, text, 'number', page).verdict;
  assert.equal(told('For a Band D home, the bill rises by £91 a year.', '£91'), 'consistent');
  assert.notEqual(told('For a Band E home, the bill rises by £91 a year.', '£91'), 'consistent');
  assert.notEqual(told('Fuel stations saw sales fall 2.1% in the quarter.', '2.1%'), 'consistent');
});
