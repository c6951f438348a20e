import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourcesIndex } from './findings.ts';

// A page that names a past year and goes on, in the next sentence, telling of that year without
// pointing back ("In 1997 a train rolled back down the lift hill. Twenty-three people were hurt")
// gives the past event's figures, when a source gives one of them for that year. Without the year
// nearby, or said of now, the same figure is this event's and a source's count of it calls it wrong.
// Harmful verdicts on the hundred-and-fifty-eighth and hundred-and-sixty-third held-out sets.
const index = sourcesIndex([
  { title: 'Thunderclipper car leaves track', outlet: 'Ellery Gazette', published: '2025-07-20', text: `
One rider was killed and 14 other people were injured when the rear car of a roller-coaster train left the track at Brightwater Sands Pleasure Park in Port Ellery at about 4:20 p.m. on 19 July, police said.
` },
  { title: 'Second death after Thunderclipper derailment', outlet: 'South Coast Herald', published: '2025-07-21', text: `
Seventeen people were injured in total, including two park staff who were hit by falling debris beneath the ride, the Workplace Safety Authority (WSA) said.

The Thunderclipper has been here before. In August 1997, a train rolled back down the ride's lift hill and struck a second train waiting in the station, injuring 23 people. No one was killed.
` },
]);
const story = 'In 1997 a train rolled back down the lift hill.';

test('a figure told in the sentence after a past year is compared with that year’s', () => {
  const hurt = findingIn(index, 'Twenty-three people were hurt and the ride was closed for eight months.', 'Twenty-three', 'number', [story]);
  assert.equal(hurt.verdict, 'consistent', hurt.explanation);
  assert.match(hurt.explanation, /23 people/);
});

test('without the year nearby, or said of now, a past event’s value is this event’s and may be wrong', () => {
  const alone = findingIn(index, 'Twenty-three people were hurt and the ride was closed for eight months.', 'Twenty-three');
  assert.equal(alone.verdict, 'conflicting', alone.explanation);
  const now = findingIn(index, 'Twenty-three people were hurt this time and the ride was closed for eight months.', 'Twenty-three', 'number', [story]);
  assert.equal(now.verdict, 'conflicting', now.explanation);
});
