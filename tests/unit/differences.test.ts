import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A change the page works out from two figures one source sentence gives: labelled pages do this
// often ("350 fewer officers"), and no source gives the difference itself.

const prisons = sourceIndex({ title: 'Prison statistics', outlet: 'Castrava Tribune', published: '2025-10-14' },
  'The number of prison officers fell from 11,750 to 11,400 over the year, the Justice Ministry said.');

test('a difference of two figures of one source sentence is confirmed, and the card shows both', () => {
  const fewer = findingIn(prisons, 'The Justice Ministry says there are now 350 fewer prison officers than a year ago.', '350');
  assert.equal(fewer.verdict, 'consistent');
  assert.match(fewer.explanation, /11,750 and 11,400 .* a difference of 350/);
  assert.equal(findingIn(prisons, 'Prison officer numbers saw a drop of some 350 over the year, the ministry said.', 'some 350').verdict, 'consistent');
});

test('not another difference, nor a figure that says no difference, nor a sentence telling something else', () => {
  assert.notEqual(findingIn(prisons, 'The Justice Ministry says there are now 360 fewer prison officers than a year ago.', '360').verdict, 'consistent');
  assert.equal(findingIn(prisons, 'The Justice Ministry says 350 prison officers were hired over the year.', '350').verdict, 'unverified');
  assert.equal(findingIn(prisons, 'Hospitals hired 350 more nurses this winter.', '350').verdict, 'unverified');
});

test('a count the source sentence gives itself is not read as a difference: "12 more burned"', () => {
  const homes = sourceIndex({ title: 'Wildfire', outlet: 'Southern Plains Chronicle', published: '2025-07-24' },
    'A damage assessment found that 41 homes had been destroyed, 29 of them in Lindqvale and 12 on farms around Ostrel.');
  assert.notEqual(findingIn(homes, 'The damage was worst in Ostrel, where 29 homes were lost; 12 more burned on farms around Lindqvale.', '12').verdict, 'consistent');
});

test('a total of two figures of one source sentence, said to be a total, is confirmed', () => {
  const lottery = sourceIndex({ title: 'Lottery good causes', outlet: 'Harbourline Business Review', published: '2025-11-18' },
    'Health and charities received the largest share of lottery money, €398 million, followed by sport with €351 million and arts and heritage with €304 million.');
  const together = findingIn(lottery, 'Together, sport and arts and heritage received €655m of lottery money.', '€655m');
  assert.equal(together.verdict, 'consistent');
  assert.match(together.explanation, /€351 million and €304 million in one sentence: together €655 million/);
  // (Without a word that makes it a total, a sum is no evidence: "€655m" may be anything.)
  assert.equal(findingIn(lottery, 'Sport and arts and heritage received €655m of lottery money.', '€655m').verdict, 'unverified');
});

test('a difference needs a level and the level before it, the page’s way, of one thing; a total, parts of one thing that are no whole', () => {
  const check = (source: string, page: string, text: string) =>
    findingIn(sourceIndex({ title: 'T', outlet: 'Some Outlet', published: '2025-10-14' }, source), page, text).verdict;
  // Two things, or two candidates, are no level and the level before it.
  assert.notEqual(check('About 2,300 residents were evacuated and 1,900 returned home, the council said.', 'The council said 400 more residents were evacuated.', '400'), 'consistent');
  assert.notEqual(check('In the Carrow mayoral vote, Ana Brell won 14,500 votes against 11,200 votes for Tom Weir, the election office said.',
    'The election office said Ana Brell won 3,300 more votes than in the previous Carrow mayoral vote.', '3,300'), 'consistent');
  // The other way.
  assert.notEqual(check('The number of registered nurses fell from 1,250 to 1,100 over the year, the health board said.',
    'The health board said the number of registered nurses rose by 150 over the year.', '150'), 'consistent');
  // A whole and its parts give no other total; a level and its change are no parts.
  assert.notEqual(check('The fire destroyed 41 homes, 29 of them in Lindqvale and 12 on farms around Ostrel, the fire service said.',
    'The fire service said the fire destroyed 70 homes in all.', '70'), 'consistent');
  assert.notEqual(check('The number of homeless people in Velmont rose by 300 to 3,400, the city said.', 'The city said a total of 3,700 people were homeless in Velmont.', '3,700'), 'consistent');
});
