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
  const hurt = findingIn(index, `${story} Twenty-three people were hurt and the ride was closed for eight months.`, 'Twenty-three');
  assert.equal(hurt.verdict, 'consistent', hurt.explanation);
  assert.match(hurt.explanation, /23 people/);
});

test('without the year nearby, or said of now, a past event’s value is this event’s and may be wrong', () => {
  const alone = findingIn(index, 'Twenty-three people were hurt and the ride was closed for eight months.', 'Twenty-three');
  assert.equal(alone.verdict, 'conflicting', alone.explanation);
  const now = findingIn(index, `${story} Twenty-three people were hurt this time and the ride was closed for eight months.`, 'Twenty-three');
  // (Nor a paragraph on: a new paragraph tells of its own time.)
  assert.equal(findingIn(index, 'Twenty-three people were hurt and the ride was closed for eight months.', 'Twenty-three', 'number', [story]).verdict, 'conflicting');
  assert.equal(now.verdict, 'conflicting', now.explanation);
});

// Found by review: a year that is no past event's day, a day of now between, or another clause.
const mill = sourcesIndex([{ title: 'Fire at Dunmore paper mill', outlet: 'Dunmore Courier', published: '2026-03-04', text: `
Twelve workers were injured and 60 were evacuated when a fire broke out at the Dunmore paper mill on Tuesday evening, the fire service said.

In 2006, a fire at the mill injured 14 workers and 40 were evacuated.
` }]);
const injuredNow = (paragraph: string) => findingIn(mill, paragraph, 'Fourteen');

test('a year since which, or by which, something is so is no past event to go on telling of', () => {
  assert.equal(injuredNow('The mill has had no serious fire since 2006. Fourteen workers were injured, the fire service said.').verdict, 'conflicting');
  assert.equal(injuredNow('The mill is due to close by 2006. Fourteen workers were injured, the fire service said.').verdict, 'conflicting');
  // (As a past event's day, it is: "In 2006 a fire destroyed part of the mill.")
  assert.equal(injuredNow('In 2006 a fire destroyed part of the mill. Fourteen workers were injured.').verdict, 'consistent');
});

test('a day of now between the year and the figure ends the story the year began, as do words of now', () => {
  // (Not confirmed by the 2006 count, which is not this week's.)
  assert.notEqual(injuredNow('In 2006 a fire destroyed part of the mill. A fire broke out there on Tuesday evening. Fourteen workers were injured.').verdict, 'consistent');
  assert.notEqual(injuredNow('In 2006 a fire destroyed part of the mill. Fourteen workers were injured yesterday.').verdict, 'consistent');
});

test('only the clause of the figure that tells of the past year is of that year', () => {
  const evacuated = findingIn(mill, 'In 2006 a fire destroyed part of the mill. Fourteen workers were hurt in that fire; in this week’s, 60 were evacuated.', '60');
  assert.equal(evacuated.verdict, 'consistent', evacuated.explanation);
});

test('a sentence of now between ends the story; the nearest past year is the one told of', () => {
  for (const between of ['This week it burned again.', 'It burned again yesterday.', 'Now it has burned again.']) {
    assert.notEqual(injuredNow(`In 2006 a fire destroyed part of the mill. ${between} Fourteen workers were injured.`).verdict, 'consistent', between);
  }
  assert.notEqual(injuredNow('Fire tore through the mill on Tuesday evening, two decades after it was gutted in 2006. Fourteen workers were injured.').verdict, 'consistent');
  assert.notEqual(injuredNow('In 2006 a fire destroyed part of the mill. In 2015 another blaze broke out in the drying hall. Fourteen workers were injured.').verdict, 'consistent');
});

test('"in that fire" dates its clause and what goes on from it with ", and"', () => {
  const evacuated = findingIn(mill, 'The 2006 fire destroyed part of the mill. Fourteen workers were hurt in that fire, and 40 were evacuated.', '40');
  assert.equal(evacuated.verdict, 'consistent', evacuated.explanation);
});
