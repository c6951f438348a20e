import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourcesIndex } from './findings.ts';

// An early report and a later one that count the same things differently: a page that follows
// either is not called wrong, and the words each uses for the count are read as the same count.
// Each case was a false "conflicting" on held-out sets 50–73 before its rule.
const index = sourcesIndex([
  {
    title: 'Roof of Castrelle market hall collapses under snow, killing four', outlet: 'Castrelle Evening Post', published: '2026-01-14',
    text: `
Part of the roof of the Vellan Market Hall in Castrelle collapsed at about 10:20 a.m. on Wednesday, killing four people and injuring 23, the city's fire and rescue service said.

At least 23 stallholders were missing at the market hall on Wednesday evening, the fire service said.

The storm also killed two people in Mirren, where a car was swept off the road.`,
  },
  {
    title: 'Castrelle market collapse toll rises to six as search ends', outlet: 'Tessary Daily News', published: '2026-01-16',
    text: `
Rescuers ended their search of the collapsed Vellan Market Hall in Castrelle at 3:40 a.m. on 15 January, after recovering the bodies of six people, the city's fire and rescue service said.

The number of people confirmed dead in the Harlow ferry sinking has risen to 19, and 28 people are still missing, the lake rescue service said.

At the market hall, 14 stallholders were still missing on Thursday, the fire service said.

Rescuers recovered the bodies of three people swept away by floodwater in Dunmere and two more deaths were confirmed in Port Ardel.`,
  },
]);

test('bodies recovered are the dead: a page following the later report is not called wrong', () => {
  const six = findingIn(index, 'Rescuers have ended the search of the Vellan Market Hall in Castrelle, with six people confirmed dead, the fire and rescue service said.', 'six');
  assert.equal(six.verdict, 'consistent');
  assert.match(six.explanation, /Tessary Daily News/);
});

test('"two more bodies" is what was added to a toll, not the toll', () => {
  const more = sourcesIndex([{ title: 'Toll rises', outlet: 'Kestrany Wire', published: '2025-11-06',
    text: 'The death toll from the gas explosion rose to seven on Thursday, after rescuers recovered two more bodies from the rubble of the block.' }]);
  assert.notEqual(findingIn(more, 'Rescuers recovered the bodies of two people from the rubble of the block on Thursday.', 'two').verdict, 'consistent');
});

test('"the number of people confirmed dead" counts the dead, and people "still missing" after "with" are the missing', () => {
  assert.equal(findingIn(index, 'The death toll from the Harlow ferry sinking has risen to 19, with 28 people still missing, rescue officials said.', '19').verdict, 'consistent');
  assert.equal(findingIn(index, 'The death toll from the Harlow ferry sinking has risen to 19, with 28 people still missing, rescue officials said.', '28').verdict, 'consistent');
  assert.equal(findingIn(index, 'The death toll from the Harlow ferry sinking has risen to 19, with 35 people still missing, rescue officials said.', '35').verdict, 'conflicting');
});

test('a count the first report gives as a floor near the page\'s value keeps the update from calling the page wrong', () => {
  const page = 'At the market hall, nearly two dozen stallholders were still missing, the fire service said.';
  assert.equal(findingIn(index, page, 'nearly two dozen').verdict, 'unverified');
  // (Far from the floor, the update's count still contradicts it.)
  assert.equal(findingIn(index, 'At the market hall, 40 stallholders were still missing, the fire service said.', '40').verdict, 'conflicting');
});

test('the place of people "swept away by floodwater in" a town is that town', () => {
  const swapped = findingIn(index, 'Rescuers recovered the bodies of three people swept away by floodwater in Port Ardel.', 'three');
  assert.notEqual(swapped.verdict, 'consistent');
  assert.equal(findingIn(index, 'Rescuers recovered the bodies of three people swept away by floodwater in Dunmere.', 'three').verdict, 'consistent');
});

test('"minus 2C" is not the 2C a source gives', () => {
  const weather = sourcesIndex([{ title: 'Fog on the motorway', outlet: 'Lenning Evening Post', published: '2025-11-04',
    text: 'Forecaster Priya Valdane said temperatures in the valley dropped to 2C overnight, and freezing fog formed before dawn.' }]);
  assert.equal(findingIn(weather, 'Forecaster Priya Valdane says temperatures in the valley dropped to minus 2C overnight.', 'minus 2C').verdict, 'conflicting');
  assert.equal(findingIn(weather, 'Forecaster Priya Valdane says temperatures in the valley dropped to 2C overnight.', '2C').verdict, 'consistent');
});

test('"the bodies of two more campers" is no toll either, and cannot call one wrong', () => {
  const flood = sourcesIndex([{ title: 'Flood toll rises', outlet: 'Vessar Valley Gazette', published: '2025-07-20',
    text: 'Regional police commander Aurel Daske said the bodies of two more campers had been recovered on Saturday afternoon near the weir at Ostravel.' }]);
  assert.notEqual(findingIn(flood, 'Police confirm the number of people dead or missing now stands at 11: six confirmed dead and five still unaccounted for.', '11').verdict, 'conflicting');
  const told = findingIn(flood, 'The bodies of two more campers were recovered near the weir at Ostravel on Saturday, police commander Aurel Daske said.', 'two');
  assert.equal(told.verdict, 'consistent');
});

test('bodies that are no toll: added to it, part of it, organisations, or bags', () => {
  const mirren = (source: string, page: string, figure: string) => findingIn(sourcesIndex([{ title: 'Storm in Mirren', outlet: 'Mirren Post', published: '2025-10-07', text: source }]), page, figure).verdict;
  assert.notEqual(mirren('Rescuers recovered a further four bodies in Mirren on Friday, taking the toll to 31.', 'Four people were killed by the storm in Mirren.', 'Four'), 'consistent');
  assert.notEqual(mirren('The bodies of six people were found on the shore near Mirren on Monday, bringing the number killed to 31.', 'Six people died when the ferry capsized off Mirren.', 'Six'), 'consistent');
  assert.notEqual(mirren('Some 14 bodies, including charities and unions, have called for an inquiry into the Mirren disaster.', 'Fourteen people were killed in the Mirren disaster.', 'Fourteen'), 'consistent');
  assert.notEqual(mirren('Officials in Mirren ordered 500 body bags as the toll was expected to rise.', 'At least 500 people have died in Mirren, officials said.', 'At least 500'), 'consistent');
  assert.notEqual(mirren('Volunteers took calls from 35 people missing relatives after the floods in Mirren.', 'Thirty-five people are missing after the floods in Mirren.', 'Thirty-five'), 'consistent');
});

test('a floor of another place, or a ceiling, does not keep another report from calling a count wrong', () => {
  const index = sourcesIndex([
    { title: 'Landslides in the valley', outlet: 'Valley Post', published: '2025-10-07', text: 'At least 23 people are missing after the landslide in Vessa. Up to 25 people may be missing in Mirren.' },
    { title: 'Landslides: update', outlet: 'Valley Herald', published: '2025-10-09', text: 'Fourteen people remain missing in Hollin. Nineteen people are missing in Mirren, police said.' },
  ]);
  assert.equal(findingIn(index, 'Twenty-four people are missing in Mirren.', 'Twenty-four').verdict, 'conflicting');
});

test('a dash before a temperature is no minus sign', () => {
  const heat = sourcesIndex([{ title: 'Heat', outlet: 'Mirren Post', published: '2025-10-07', text: 'Temperatures in Mirren reached 33C on Tuesday, 2C short of the October record.' }]);
  assert.notEqual(findingIn(heat, 'Temperatures in Mirren reached 33C on Tuesday - 2C short of the October record.', '2C').verdict, 'conflicting');
});

test('the ages of two people the words do not name are not set against each other', () => {
  const crash = sourcesIndex([{ title: 'Pile-up: lorry driver arrested', outlet: 'Eastmarch Tribune', published: '2025-11-05',
    text: 'Police said a 46-year-old lorry driver was arrested on suspicion of causing death by dangerous driving after the pile-up on the Greywater Motorway.' }]);
  assert.equal(findingIn(crash, 'A 51-year-old lorry driver who had been trapped in his cab after the pile-up on the Greywater Motorway died in hospital.', '51-year-old').verdict, 'unverified');
});

test('people trapped are counted by that state, said after them or in a clause of their own', () => {
  const mine = sourcesIndex([{ title: 'Dunmarrow mine: rescue', outlet: 'Vessaly Morning Post', published: '2025-11-09',
    text: 'Forty-one miners escaped in the first hours, leaving 19 trapped rather than 23, the mine rescue service said. Rescuers brought seventeen miners out alive on Saturday.' }]);
  assert.equal(findingIn(mine, 'The mine rescue service said 19 miners have been trapped since the first hours, after 41 escaped.', '19').verdict, 'consistent');
  assert.notEqual(findingIn(mine, 'The mine rescue service said 23 miners have been trapped since the first hours, after 41 escaped.', '23').verdict, 'consistent');
});

test('two unnamed people the same was done to may be of any two ages', () => {
  const quake = sourcesIndex([{ title: 'Marrowick collapse', outlet: 'Marrowick Evening Post', published: '2025-10-12',
    text: 'Rescuers pulled a 16-year-old girl alive from the rubble of the Marrowick stand on Sunday, the fire service said.' }]);
  assert.equal(findingIn(quake, 'A man aged 62 has been pulled alive from the rubble of the Marrowick stand, the fire service said.', '62').verdict, 'unverified');
});

test('people treated in hospital for injuries are injured too; the injured still in hospital are counted by that', () => {
  const ships = sourcesIndex([
    { title: 'Ships collide in the Kerrow Strait', outlet: 'Dunmarsh Gazette', published: '2025-03-10', text: 'Five sailors were injured in the collision, the coastguard said.' },
    { title: 'Kerrow Strait reopens', outlet: 'Marenthia Shipping Times', published: '2025-03-12', text: 'Seven sailors were treated in hospital for injuries, three of them seriously.' },
  ]);
  const seven = findingIn(ships, 'Seven sailors were hurt, three of them seriously.', 'Seven');
  assert.equal(seven.verdict, 'consistent');
  assert.match(seven.explanation, /Marenthia Shipping Times/);
  const escalator = sourcesIndex([{ title: 'Escalator collapse', outlet: 'Varnholt Courier-Journal', published: '2025-10-16',
    text: 'Of the 37 injured, 11 were seriously hurt. Nine people remain in hospital, three of them in intensive care.' }]);
  assert.equal(findingIn(escalator, 'Eleven of the injured were seriously hurt, and nine remain in hospital, three of them in intensive care.', 'nine').verdict, 'consistent');
});

test('a page that gives the early report\'s count in the later report\'s words agrees with the early report', () => {
  const silo = sourcesIndex([
    { title: 'Silo blast', outlet: 'Tarnholm Evening Post', published: '2025-10-06', text: 'The silo held about 9,000 tonnes of wheat, according to the company.' },
    { title: 'Silo blast: the company revises', outlet: 'Velle Valley Gazette', published: '2025-10-08',
      text: 'Osterline Grain said 32 workers and contractors were on site when silo No. 4 exploded, and that the silo held about 11,000 tonnes of wheat and barley.' },
  ]);
  const early = findingIn(silo, 'Osterline says the silo held about 9,000 tonnes of grain.', 'about 9,000');
  assert.equal(early.verdict, 'consistent');
  assert.match(early.explanation, /The sources disagree: .*This page agrees with Tarnholm Evening Post/);
  assert.equal(findingIn(silo, 'Osterline says the silo held about 13,000 tonnes of grain.', 'about 13,000').verdict, 'conflicting');
});

test('a total the page gives with the parts of the first report ("550 people on board, 412 passengers and 138 crew") is not called wrong by the update\'s total', () => {
  const ship = sourcesIndex([
    { title: 'Ship aground', outlet: 'The Kellhaven Mercury', published: '2025-11-09', text: 'The Coral Meridian was carrying 412 passengers and 138 crew when it struck the reef at Skerrow Point.' },
    { title: 'Ship aground: count revised', outlet: 'Coastline News Agency', published: '2025-11-11',
      text: 'According to the revised count, 418 passengers and 141 crew were on board, a total of 559 people.' },
  ]);
  const early = findingIn(ship, 'There were 550 people on board the Coral Meridian, 412 passengers and 138 crew, when it struck the reef.', '550');
  assert.equal(early.verdict, 'consistent');
  assert.match(early.explanation, /412 \+ 138 = 550.*The sources disagree/);
  assert.equal(findingIn(ship, 'There were 559 people on board the Coral Meridian, 418 passengers and 141 crew, when it struck the reef.', '559').verdict, 'consistent');
  assert.equal(findingIn(ship, 'There were 570 people on board the Coral Meridian, 412 passengers and 138 crew, when it struck the reef.', '570').verdict, 'conflicting');
});

test('the cases of an outbreak are its patients: the first report\'s "17 were in hospital" against the update\'s fourteen', () => {
  const outbreak = sourcesIndex([
    { title: 'Legionnaires', outlet: 'Marrowby Evening Post', published: '2025-06-11', text: 'Of the 23 confirmed cases, 17 were in hospital on Wednesday morning, five of them in intensive care.' },
    { title: 'Legionnaires: update', outlet: 'Eastmarch Herald', published: '2025-06-18', text: 'Fourteen patients remain in hospital, four of them in intensive care, and 21 have been discharged.' },
  ]);
  const early = findingIn(outbreak, 'The health agency says 17 patients are in hospital, seven of them in intensive care.', '17');
  assert.equal(early.verdict, 'consistent');
  assert.match(early.explanation, /The sources disagree/);
});

test('a count of people in a state that a source\'s first sentence gives is that event\'s, though the page words it apart', () => {
  const silo = sourcesIndex([
    { title: 'Silo blast', outlet: 'Ardmoor Evening Post', published: '2025-06-02', text: 'Two workers were killed and nine injured when a grain silo exploded at the Velden Farmers\' Cooperative in Brasco on Monday morning, the fire service said.\n\nFire commander Radek Vossberg said 60 firefighters had been sent.' },
    { title: 'Silo blast toll revised', outlet: 'Lissandra Herald', published: '2025-06-04', text: 'The fire service has revised the number of injured in the Brasco silo explosion to 11, up from nine, after two more workers treated at a local clinic were added to the count.' },
  ]);
  const nine = findingIn(silo, 'Nine others were hurt — and four of them are fighting for their lives.', 'Nine');
  assert.equal(nine.verdict, 'consistent');
  assert.match(nine.explanation, /Ardmoor Evening Post/);
  // (Not from a sentence further down the article: "Sixty others were hurt" is no count of the 60 firefighters sent.)
  assert.notEqual(findingIn(silo, 'Sixty others were hurt.', 'Sixty').verdict, 'consistent');
});

test('"Three people remain in hospital in a serious condition" are the seriously hurt, which an earlier report counted as four', () => {
  const lift = sourcesIndex([
    { title: 'Lift cable snaps', outlet: 'The Pellworth Evening Post', published: '2025-03-11', text: 'A lift plunged down its shaft at the Calder Point tower this morning after its hoist cable snapped, injuring 11 people, four of them seriously, emergency services said.' },
    { title: 'Injuries revised', outlet: 'The Pellworth Herald', published: '2025-03-13', text: 'Three people remain in hospital in a serious condition, one fewer than the initial count, after a woman first listed as seriously hurt was found to have a sprained ankle, an ambulance spokeswoman said.' },
  ]);
  const three = findingIn(lift, 'Thirteen people were hurt when a lift cable snapped in the office tower, three of them seriously.', 'three');
  assert.equal(three.verdict, 'consistent');
  assert.match(three.explanation, /The sources disagree/);
});

test('a figure a later report gives, of the same act, is not called wrong by the earlier sentence the page retells', () => {
  const sinkhole = sourcesIndex([
    { title: 'Sinkhole swallows cars', outlet: 'Dunmere Evening Post', published: '2025-11-04', text:
      'A sinkhole opened in Calloway Street in the Old Market district at about 6:10 a.m. on Tuesday, swallowing three parked cars and the front of a bakery, the city council said.' },
    { title: 'Sinkhole: survey begins', outlet: 'Northgate Daily News', published: '2025-11-06', text:
      'Four cars, not three, were swallowed: a fourth vehicle was found buried under rubble at the bottom of the hole on Wednesday.' },
  ]);
  const page = 'The ground under Calloway Street gave way on Tuesday morning, swallowing four parked cars and the front of a bakery, according to the council.';
  assert.notEqual(findingIn(sinkhole, page, 'four').verdict, 'conflicting');
  // (The earlier report alone still calls it wrong.)
  const first = sourcesIndex([{ title: 'Sinkhole swallows cars', outlet: 'Dunmere Evening Post', published: '2025-11-04', text:
    'A sinkhole opened in Calloway Street in the Old Market district at about 6:10 a.m. on Tuesday, swallowing three parked cars and the front of a bakery, the city council said.' }]);
  assert.equal(findingIn(first, page, 'four').verdict, 'conflicting');
});
