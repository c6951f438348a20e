import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { thingOf } from '../../src/core/thing.ts';

// How news words the hurt, the dead, the rescued and the moved: "fighting for their lives", "flown to
// the regional hospital", "among the injured", "the toll of dead and injured", "on board". Each was a
// miss or a harmful verdict on held-out sets 55-101; the last test holds what a review of the rules found.

test('"the toll of dead and injured" counts both together, never the dead alone', () => {
  const crush = sourceIndex({ title: 'Crush', outlet: 'The Vessinghaven Courant', published: '2026-01-01' }, `
Nine people were killed and 54 injured in the crush, police said.
`);
  assert.equal(findingIn(crush, 'The toll of dead and injured has since climbed to 83.', '83').verdict, 'unverified');
  assert.equal(findingIn(crush, 'The death toll from the crush has since climbed to 83, police said.', '83').verdict, 'conflicting');
});

test('people "on board" are those the source says had been on board', () => {
  const coach = sourceIndex({ title: 'Coach crash', outlet: 'The Harwick Evening Post', published: '2025-11-10' }, `
Police said 54 people had been on board the coach, not 52 as first reported.
`);
  assert.equal(findingIn(coach, 'There were 54 people on board the coach when it left the road.', '54').verdict, 'consistent');
  assert.equal(findingIn(coach, 'There were 57 people on board the coach when it left the road.', '57').verdict, 'conflicting');
});

test('news idioms of the hurt and the rescued: "fighting for their lives", "flown to the regional hospital", "winched to safety", "needed treatment"', () => {
  const rescue = sourceIndex({ title: 'Avalanche', outlet: 'The Feldrach Herald', published: '2026-02-11' }, `
Four of them were flown to the regional hospital in Feldrach, where doctors said three were in a critical condition.

Helicopter crews rescued 31 people, and ground teams led a further 72 to safety.

Wendmoor General Hospital said 23 people had been treated for smoke inhalation.
`);
  assert.equal(findingIn(rescue, 'Four of the survivors have been flown to hospital in Feldrach.', 'Four').verdict, 'consistent');
  assert.equal(findingIn(rescue, 'Four survivors were flown to the regional hospital, where three are fighting for their lives.', 'three').verdict, 'consistent');
  assert.equal(findingIn(rescue, 'Helicopter crews winched 31 people to safety.', '31').verdict, 'consistent');
  assert.equal(findingIn(rescue, 'Helicopter crews winched 35 people to safety.', '35').verdict, 'conflicting');
  assert.equal(findingIn(rescue, 'Hospital bosses said 23 people needed treatment after breathing in the smoke.', '23').verdict, 'consistent');
});

test('more idioms: "among the injured", "ordered to leave", "battled the blaze", "rushed to Castrelle General"', () => {
  const fire = sourceIndex({ title: 'Fire', outlet: 'Castrelle Evening Post', published: '2026-01-14' }, `
Nine patients and three members of staff were injured.

Some 150 firefighters were sent to the park on Tuesday.

About 6,400 people were evacuated from villages near the crater.

Eight of the injured were taken to Castrelle General Hospital.
`);
  assert.equal(findingIn(fire, 'Three staff members were among the injured.', 'Three').verdict, 'consistent');
  assert.equal(findingIn(fire, 'A small army of 150 firefighters battled the inferno in the park.', '150').verdict, 'consistent');
  assert.equal(findingIn(fire, 'By breakfast 6,400 people near the crater had been ordered to leave their villages.', '6,400').verdict, 'consistent');
  assert.equal(findingIn(fire, 'Eight of the injured were rushed to Castrelle General.', 'Eight').verdict, 'consistent');
});

test('what a review of these rules found: the killed stay killed, jobs are no lives, diplomats ordered out are not evacuated', () => {
  const crash = sourceIndex({ title: 'Crash', outlet: 'Northern Wire Service', published: '2025-10-11' }, `
Five people were killed and three taken to hospital after the crash on the A9.
`);
  assert.notEqual(findingIn(crash, 'Five people were taken to hospital after the crash on the A9.', 'Five').verdict, 'consistent');
  const [killed] = findQuantities('Eleven people were killed and four taken to hospital.');
  assert.deepEqual(thingOf(killed, 'Eleven people were killed and four taken to hospital.').acts, ['kill']);
  const [jobs] = findQuantities('About 300 workers are fighting for their jobs.');
  assert.ok(!thingOf(jobs, 'About 300 workers are fighting for their jobs.').acts.includes('serious'));
  const [diplomats] = findQuantities('Twelve diplomats were ordered to leave within 48 hours.');
  assert.notEqual(thingOf(diplomats, 'Twelve diplomats were ordered to leave within 48 hours.').event, 'evacu');
});

test('those who "suffered serious injuries" are the seriously injured', () => {
  const balcony = sourcesIndex([
    { title: 'Balcony', outlet: 'The Veskin Coast Gazette', published: '2025-06-15', text: 'The balcony collapsed, injuring 23 people, six of them seriously, police said.' },
    { title: 'Balcony inquiry', outlet: 'Southern Coast Herald', published: '2025-06-17', text: 'Thirty-one people were hurt. Nine of the people injured when the balcony collapsed suffered serious injuries.' },
  ]);
  const nine = findingIn(balcony, 'The balcony collapse injured 31 people, nine of them seriously.', 'nine');
  assert.equal(nine.verdict, 'consistent');
  assert.match(nine.explanation, /The sources disagree/);
});

test('rain that "fell" is rain that "had fallen"; "upstream" is where, not what', () => {
  const rain = sourceIndex({ title: 'Flood', outlet: 'Oltrava Valley Gazette', published: '2025-10-20' },
    'The weather service said 280 millimetres of rain had fallen in the three days before the slide, roughly twice the usual total for October.');
  assert.equal(findingIn(rain, 'The weather service says 280 millimetres fell in the three days before the slide.', '280').verdict, 'consistent');
  assert.deepEqual(findQuantities('Nearly 150 millimetres of rain fell in just three days upstream.').map((q) => q.noun), ['millimetres', 'days']);
});

test('"forcing nine schools to close" and "nine schools were slammed shut" tell one closure', () => {
  const smoke = sourceIndex({ title: 'Recycling plant fire', outlet: 'Crennock Evening Post', published: '2025-10-07' },
    'A fire at a recycling plant was still burning on Tuesday afternoon, sending a plume of black smoke across the town and forcing nine schools to close, the fire service said.');
  assert.equal(findingIn(smoke, 'Nine schools were slammed shut, leaving 3,000 kids stuck at home.', 'Nine').verdict, 'consistent');
});
