import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A page sentence that opens by pointing back to the event of the sentence before ("That crash
// killed four", "Back then, hail destroyed…") is of that event's year: its figures are the past
// event's, never this one's. A harmful verdict on the twenty-fourth held-out set.
const index = sourceIndex({ title: 'Coach overturns on the Harrow Pass', outlet: 'Valdmark Courier', published: '2025-10-07' }, `
A coach carrying 48 people overturned on the Harrow Pass on Tuesday, injuring 31 people.

The crash happened on the same bend where, in February 2011, a coach carrying 38 skiers skidded on ice and plunged into the ravine, killing four people and injuring 22.
`);
const before = 'This is the same bend where a coach carrying skiers crashed in 2011.';

test('a sentence that opens with "That crash" is of the crash and the year before it', () => {
  const injured = findingIn(index, `${before} That crash killed four people and injured 22.`, '22');
  assert.equal(injured.verdict, 'consistent');
  assert.match(injured.explanation, /22/);
});

test('without the pointer, a count of the injured is this crash’s', () => {
  assert.equal(findingIn(index, `${before} The coach crash on Tuesday injured 22 people.`, '22').verdict, 'conflicting');
});

test('the pointer dates only its own clause', () => {
  const plant = sourceIndex({ title: 'Varne plant explosion', outlet: 'Varne Post', published: '2025-10-07' },
    'An explosion at the Varne chemical plant on Monday injured 63 people.');
  const injured = findingIn(plant, 'The Varne chemical plant was expanded in 2009. That expansion doubled its storage, and the explosion injured 63 people.', '63');
  assert.equal(injured.verdict, 'consistent');
});

test('"Twenty years ago" tells of a past event: its figures are that event\'s, not the new one\'s', () => {
  const collapse = sourceIndex({ title: 'Roof collapse', outlet: 'Tessary Daily News', published: '2026-01-16' },
    'The roof of the Castrelle sports hall fell in on Tuesday, injuring 23 people. It is the deadliest roof collapse since February 2006, when the snow-laden roof of the covered market in Dunmarrow fell in, killing 11 people and injuring 42.');
  const sentence = 'Twenty years ago this winter, the roof of the covered market in Dunmarrow fell in under the weight of snow, killing 11 people and injuring 42.';
  assert.equal(findingIn(collapse, sentence, '42').verdict, 'consistent');
  assert.notEqual(findingIn(collapse, 'The roof of the sports hall fell in under the weight of snow, injuring 42.', '42').verdict, 'consistent');
});

test('a page sentence that speaks of the event before by name, "in that fire", takes its year', () => {
  const fires = sourceIndex({ title: 'Plant fire', outlet: 'Vellan Regional News', published: '2025-10-08' },
    'Five firefighters were injured in the fire on Monday, the fire service said.\n\nIn 2013 a fire at a tyre depot in Saltry burned for four days, and two firefighters were injured in the fire.');
  const three = findingIn(fires, 'In 2013 a fire at a tyre depot in Saltry burned for four days. Three firefighters were injured in that fire.', 'Three');
  assert.equal(three.verdict, 'conflicting');
  // (The 2013 fire's two, not the five of Monday's.)
  assert.match(three.explanation, /says two firefighters/);
});

test('"19 people needed hospital treatment" were treated in hospital', () => {
  const blast = sourceIndex({ title: 'Pipeline blast', outlet: 'The Meridian Standard', published: '2025-11-06' },
    'Nineteen people were treated in hospital, including four firefighters, the hospital said.');
  assert.equal(findingIn(blast, 'In all, 19 people needed hospital treatment, including four firefighters.', '19').verdict, 'consistent');
});

test('"years ago" tells of the past only where it opens the sentence: "The bridge, which opened 20 years ago, collapsed on Tuesday" is of now', () => {
  const bridge = sourceIndex({ title: 'Bridge', outlet: 'Post', published: '2025-03-12' }, 'The bridge collapsed on Tuesday, killing 11 people and injuring 42.');
  assert.equal(findingIn(bridge, 'The bridge, which opened 20 years ago, collapsed on Tuesday, killing 12 people.', '12').verdict, 'conflicting');
});

test('a year said before a noun names which event: no date of another act calls it wrong, the same event\'s does', () => {
  const line = sourceIndex({ title: 'Grain train derails', outlet: 'Tessary Valley Post', published: '2025-10-15' },
    'The inquiry into that accident blamed a broken rail and recommended replacing the rails on the bridge approach, work that was completed in 2007. ' +
    'Energy Minister Colm Ardley said the figures showed the government\'s approach was working. "We have brought bills down from the 2022 peak, and we will keep bringing them down," he said.');
  const crash = findingIn(line, 'The inquiry after the 2004 crash blamed a broken rail, and the rails on the bridge approach were not replaced until 2009.', '2004');
  assert.notEqual(crash.verdict, 'conflicting');
  assert.equal(findingIn(line, '"We have brought bills down from the 2021 peak, and we will keep bringing them down," Energy Minister Colm Ardley said.', '2021').verdict, 'conflicting');
});

test('"that" before a year is no article of an event: "noted that 2023 brought…" is still called wrong', () => {
  const strikes = sourceIndex({ title: 'Strike days', outlet: 'Labour Ledger', published: '2025-02-10' }, 'Analysts said 2022 saw the largest number of strike days since 1989.');
  assert.equal(findingIn(strikes, 'Analysts noted that 2023 brought the largest number of strike days since 1989.', '2023').verdict, 'conflicting');
});

test('"that 2004 crash" names its event as "the 2004 crash" does', () => {
  const line = sourceIndex({ title: 'Grain train derails', outlet: 'Tessary Valley Post', published: '2025-10-15' },
    'The inquiry into that accident blamed a broken rail and recommended replacing the rails on the bridge approach, work that was completed in 2007.');
  assert.notEqual(findingIn(line, 'The inquiry after that 2004 crash blamed a broken rail, and the rails on the bridge approach were not replaced until 2009.', '2004').verdict, 'conflicting');
});
