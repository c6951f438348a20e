import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// Annual figures by district and by year, as a statistics release gives them and pages retell
// them: whose each count is, which year it is of, and what a total of two of them is. Each was a
// harmful verdict on the twentieth or twenty-first held-out set.
const index = sourceIndex({ title: 'Crime falls in Veldmoor', outlet: 'Veldmoor Evening Post', published: '2025-01-22' }, `
Recorded crime in Veldmoor fell by 6.3% last year, to 38,412 offences, according to annual figures published by Veldmoor City Police.

Burglaries fell by 11%, to 4,870, the lowest number since the force began publishing annual figures in 1996.

Northgate recorded 11,240 crimes, down 5%; Old Town 10,062, up 3%; Harrow Quay 9,815, down 9%.

Crime remains far below its peak in 2008, when the force recorded 61,300 offences. At that time Veldmoor had 1,420 officers on patrol.

The force had 1,180 officers on patrol last year.

The number of confirmed measles cases in Veldmoor's schools has risen to 68, the health department said.

Some 120 paramedics and 60 Red Cross first-aiders treated fans on the pitch.
`);
const finding = (sentence: string, text: string) => findingIn(index, sentence, text);

test('a district in a list after a semicolon is a count, not a name ("Old Town 10,062")', () => {
  assert.deepEqual(findQuantities('Northgate recorded 11,240 crimes, down 5%; Old Town 10,062, up 3%.').map((q) => q.text), ['11,240', '5%', '10,062', '3%']);
});

test('a district’s count is not another district’s, even when the source names the first only as it opens', () => {
  assert.notEqual(finding('District figures: Northgate recorded 9,815 crimes and Harrow Quay 11,240.', '11,240').verdict, 'consistent');
  assert.notEqual(finding('Harrow Quay, with 11,240 recorded crimes, remains the busiest district.', '11,240').verdict, 'consistent');
});

test('the level after a change set off by a comma is the change’s subject’s ("Burglaries fell by 11%, to 4,870")', () => {
  assert.equal(finding('Burglaries fell by 11 percent, to 4,870, the police said.', '4,870').verdict, 'consistent');
  assert.equal(finding('Recorded crime in the city fell by more than 6% last year, to just over 38,400 offences.', 'just over 38,400').verdict, 'consistent');
});

test('a sentence that points back to a year ("At that time") is of that year, in a source too', () => {
  assert.notEqual(finding('The force had 1,420 officers on patrol last year.', '1,420').verdict, 'consistent');
  assert.equal(finding('The force had 1,300 officers on patrol last year.', '1,300').verdict, 'conflicting');
});

test('"the number of confirmed measles cases" counts cases', () => {
  assert.equal(finding('The health department has now recorded 68 confirmed cases.', '68').verdict, 'consistent');
});

test('a total of two things is no contradiction of one of them', () => {
  assert.notEqual(finding('In all, 180 paramedics and Red Cross first-aiders treated fans on the pitch.', '180').verdict, 'conflicting');
  assert.equal(finding('Some 120 paramedics treated fans on the pitch.', 'Some 120').verdict, 'consistent');
});

test('a live blog’s time stamp dates none of its figures', () => {
  const entry = '13:15 — For context: at the 2008 peak the city recorded 61,300 offences.';
  assert.equal(finding(entry, '61,300').verdict, 'consistent');
});

test('a year agrees with a day of that year for the same event: "in 2006" and "in February 2006"', () => {
  const collapse = sourceIndex({ title: 'Roof collapse toll rises', outlet: 'Northern Wire Service', published: '2026-01-16' },
    'The law followed the collapse of the Tessendorf sports hall roof in February 2006, which killed nine people.');
  assert.equal(findingIn(collapse, 'The law was passed after the roof of the Tessendorf sports hall collapsed in 2006.', '2006').verdict, 'consistent');
  assert.notEqual(findingIn(collapse, 'The law was passed after the roof of the Tessendorf sports hall collapsed in 2007.', '2007').verdict, 'consistent');
});

test('a source’s year does not vouch for a page’s day, nor a year for another act’s month', () => {
  const works = sourceIndex({ title: 'Steelworks', outlet: 'Dunmore Post', published: '2024-03-12' },
    'The Harwick steelworks in Dunmore closed in 2006, the union said. Talks on the future of the Dunmore plant began in March 2008, the union said.');
  assert.notEqual(findingIn(works, 'The Harwick steelworks in Dunmore closed on Nov. 5, 2006, the union said.', 'Nov. 5, 2006').verdict, 'consistent');
  assert.notEqual(findingIn(works, 'The Dunmore plant closed in 2008, the union said.', '2008').verdict, 'consistent');
});

test('"rose to €19.6 million from €18.1 million in 2023": the year dates the level compared with, not the new one', () => {
  const [now, before] = findQuantities('Revenue from the tourism tax rose to €19.6 million from €18.1 million in 2023.');
  assert.deepEqual([now.time, before.time], [null, '2023']);
});

test('an annual figure published the year after is the one a page about that report gives without its year', () => {
  const fires = sourceIndex({ title: 'Fire service annual report', outlet: 'Meridian News Service', published: '2025-06-12' },
    'The service attended 41,280 fires in 2024, but the number of people who died in fires rose to 187 from 172.');
  assert.equal(findingIn(fires, 'The service attended fewer fires, yet 187 people died in fires, up from 172.', '187').verdict, 'consistent');
  // A day of last year is an event of last year, not the report's year.
  const flood = sourceIndex({ title: 'Flood', outlet: 'Meridian News Service', published: '2025-06-12' },
    'The flood of 14 March 2024 killed 23 people in the valley.');
  assert.notEqual(findingIn(flood, 'The flood killed 23 people in the valley.', '23').verdict, 'consistent');
});
