import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// The very number of the same specific thing, told with another verb, is the same figure; an act
// Sourcelight knows by name, another place, or a verb the source gives another figure, says it is not.
const index = sourceIndex({ title: 'Plane crash at Tessmoor', outlet: 'Tessmoor Courier', published: '2025-10-08' }, `
A regional plane crashed short of the runway at Tessmoor airport in fog on 7 October, the Tessmoor fire service said.

Rescue crews pulled 51 survivors from the wreckage near Tessmoor, and three rescue helicopters flew the injured to Ardwyn.

By the evening, 22 container ships were waiting at anchor off Saltmere and 14 had been diverted to the port of Kellby.

Norland placed 500 soldiers already stationed in Ardenia on alert.

About 620 people remain in 24 shelters, most of them in tents on the Tessmoor football ground.

Of the 66 people on board, 52 survived.
`);
// A page that plainly reports on the source's event (it names Tessmoor, Ardwyn and Saltmere).
const page = ['The crash at Tessmoor airport left the town of Ardwyn in mourning, and ships off Saltmere sounded their horns.'];
const finding = (sentence: string, text: string) => findingIn(index, sentence, text, 'number', page);

test('the same number, from ten up, of the same thing with another verb agrees', () => {
  assert.equal(finding('Heroic rescuers dragged 51 survivors from the twisted wreckage.', '51').verdict, 'consistent');
  // Small counts are too easily the same by chance: the verb must agree.
  assert.equal(finding('Three helicopters crashed near the wreckage.', 'Three').verdict, 'unverified');
});

test('a verb the source gives another figure of the sentence says the page swapped them', () => {
  const swapped = 'The port authority says 22 ships have now been diverted to the port of Kellby, and 14 are waiting at anchor.';
  assert.notEqual(finding(swapped, '22').verdict, 'consistent');
  assert.notEqual(finding(swapped, '14').verdict, 'consistent');
});

test('an act Sourcelight knows by name is never bridged by the number alone', () => {
  assert.equal(finding('Norland deployed 500 more soldiers to the region.', '500').verdict, 'unverified');
});

test('people with the very number and a word of context, one side saying what they did, are the same people', () => {
  const shelters = 'About 620 people are sleeping in 42 shelters tonight.';
  assert.equal(finding(shelters, 'About 620').verdict, 'consistent');
  assert.equal(finding(shelters, '42').verdict, 'conflicting');
  // An act Sourcelight knows is never bridged so.
  assert.notEqual(finding('About 620 people have died since the flooding began.', 'About 620').verdict, 'consistent');
  // Neither side says what the 66 did, and "on board" is all of them: no evidence they are the same.
  assert.notEqual(finding('Each of the 66 people who survived will receive €5,000.', '66').verdict, 'consistent');
});
