import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';
import { farBelowCeiling, valuesAgree } from '../../src/core/values.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// What a share is of when its clause says it in a verb ("cut consumption by 18%"), how far
// "about" reaches, and counted nouns followed by an adverb ("five residents still unaccounted
// for"). Each was a miss or a near-miss on the held-out sets.
const index = sourceIndex({ title: 'Drought and a transport deal', outlet: 'Ilvarne Metro Herald', published: '2025-10-17' }, `
Water consumption fell by 18% in the first four days of the hosepipe ban, which came into force on 10 July.

Under the deal, drivers' basic pay will rise by 11.5% in three phases: 5% from 1 November 2025, 4% from 1 July 2026 and 2.5% from 1 January 2027.

The death toll from the landslide has risen to seven, and five people are still missing, the agency said.

The airline said about 168,000 passengers were booked on the cancelled flights.

New orders dropped 17% to €2.5 billion, the company said. Sales in Asia-Pacific fell by 33%, while sales in North America rose 4%.
`);
const finding = (sentence: string, text: string) => findingIn(index, sentence, text);

test('a share is of what its verb changed, and went the way of the verb', () => {
  assert.equal(finding('The hosepipe ban cut consumption by 18% within days.', '18%').verdict, 'consistent');
  assert.equal(finding('The hosepipe ban cut consumption by 12% within days.', '12%').verdict, 'conflicting');
  // "raised" is the other way from the source's fall: the same change with the other sign.
  const raised = finding('The heat raised consumption by 18% within days.', '18%');
  assert.equal(raised.verdict, 'conflicting');
  assert.match(raised.explanation, /says fell 18%; this page says raised consumption by 18%/);
  assert.equal(finding("The drivers' deal raises basic pay by 11.5%.", '11.5%').verdict, 'consistent');
});

test('shares listed after a colon are of the first one\'s subject, each of its own month', () => {
  const swapped = "Drivers' basic pay rises by 11.5% in three phases: 4% from November, 5% from July and 3.5% from January.";
  for (const [text, says] of [['4%', '5%'], ['5%', '4%'], ['3.5%', '2.5%']]) {
    const phase = finding(swapped, text);
    assert.equal(phase.verdict, 'conflicting', text);
    assert.match(phase.explanation, new RegExp(`says ${says.replace('.', '\\.')};`));
  }
  assert.equal(finding("Drivers' basic pay rises by 11.5% in three phases: 5% from November, 4% from July and 2.5% from January.", '4%').verdict, 'consistent');
});

test('a month or a passive\'s "by" is never what a share is of', () => {
  assert.equal(finding("The drivers' deal, approved on 15 October by 78% of those who voted, raises basic pay by 11.5%.", '78%').verdict, 'unverified');
});

test('a counted noun followed by "still" keeps its act', () => {
  assert.equal(finding('The toll has risen to seven, with five residents still unaccounted for.', 'five').verdict, 'consistent');
  assert.equal(finding('The toll has risen to seven, with nine residents still unaccounted for.', 'nine').verdict, 'conflicting');
});

test('"about" reaches as far as the figure is rounded', () => {
  const about = (value: number) => ({ ...findQuantities(`about ${value.toLocaleString('en')} people`)[0] });
  const exact = (value: number) => ({ ...findQuantities(`${value.toLocaleString('en')} people`)[0] });
  assert.equal(valuesAgree(about(900), exact(880)), true);
  assert.equal(valuesAgree(about(1200), exact(1150)), true);
  // Written to the thousand, "about 186,000" is not 168,000 (digits swapped), though within 10%.
  assert.equal(valuesAgree(about(186000), about(168000)), false);
  assert.equal(valuesAgree(about(186000), exact(182000)), true);
});

test('a share told the other way contradicts the source, where and of what it is the same', () => {
  const orders = finding('New orders rose 17% to €2.5 billion.', '17%');
  assert.equal(orders.verdict, 'conflicting');
  assert.match(orders.explanation, /says dropped 17%; this page says rose 17%/);
  assert.equal(finding('Sales in North America fell 4%.', '4%').verdict, 'conflicting');
  // Another region's change is not this one's told the other way; it is the value the source gives
  // North America, where it gives Asia-Pacific another.
  const region = finding('Sales in Asia-Pacific rose 4%.', '4%');
  assert.equal(region.verdict, 'conflicting');
  assert.match(region.explanation, /gives 4% to North America and 33% to Asia-Pacific; this page gives 4% to Asia-Pacific/);
});

test('a ceiling vouches only for values near it: "below 600,000" is no figure of 3', () => {
  const [below] = findQuantities('The list will fall below 600,000 by the end of the year.');
  const [third] = findQuantities('It fell for the third quarter in a row.');
  assert.ok(farBelowCeiling(below, third));
  assert.ok(!farBelowCeiling(findQuantities('The hospital has fewer than 20 beds.')[0], findQuantities('The hospital has 17 beds.')[0]));
});

test('a ceiling a smaller source value lies within is not contradicted by it', () => {
  const protest = sourceIndex({ title: 'Protest', outlet: 'Dorvan Post', published: '2025-11-09' }, 'Police said 30 people were arrested during the protest in Dorvan on Saturday.');
  assert.notEqual(findingIn(protest, 'Fewer than 100 people were arrested during the protest in Dorvan on Saturday.', 'Fewer than 100').verdict, 'conflicting');
  const ferry = sourceIndex({ title: 'Ferry', outlet: 'Kellby Herald', published: '2025-11-09' }, 'The ferry was carrying 15 passengers when it sank off Kellby.');
  assert.notEqual(findingIn(ferry, 'The ferry, which can carry up to 40 passengers, sank off Kellby.', 'up to 40').verdict, 'conflicting');
});

test('a change in points is of the rate its subject names; it is called wrong only where both name whose', () => {
  const growth = sourcesIndex([{ title: 'Growth revised', outlet: 'Iberian Ledger', published: '2025-10-07', text: 'Spanish growth was revised up by half a percentage point to 2.9%.' }]);
  assert.equal(findingIn(growth, 'Italian growth was revised up by 0.2 percentage points to 0.9%.', '0.2').verdict, 'unverified');
  assert.equal(findingIn(growth, 'Spanish growth was revised up by half a percentage point to 2.9%.', 'half').verdict, 'consistent');
  assert.equal(findingIn(growth, 'Spanish growth was revised up by 0.2 percentage points to 2.9%.', '0.2').verdict, 'conflicting');
});

test('a share that makes up a part of something did not rise', () => {
  const lottery = sourceIndex({ title: 'Lottery', outlet: 'Tessary Business Journal', published: '2026-01-22' },
    'Ticket sales rose 4.2% to €3.84 billion in 2025, the operator said.');
  assert.notEqual(findingIn(lottery, 'Online play now makes up close to 40 per cent of ticket sales, up from a third the year before.', 'close to 40 per cent').verdict, 'conflicting');
  assert.equal(findingIn(lottery, 'Ticket sales went up close to 40 per cent.', 'close to 40 per cent').verdict, 'conflicting');
});

test('a crew that "arrived within ten minutes" arrived in ten or fewer; a deadline "within 60 days" is its own figure', () => {
  const fire = sourceIndex({ title: 'Care home fire', outlet: 'Ormsley Evening Star', published: '2025-11-06' },
    'The fire service said the call came at 02:14 and that the first crew arrived seven minutes later.');
  assert.equal(findingIn(fire, 'The first engine arrived within ten minutes.', 'within ten').verdict, 'consistent');
  assert.equal(findQuantities('The board will publish a preliminary report within 60 days.')[0].qualifier, 'exact');
  assert.equal(findQuantities('A train counts as on time if it arrives within ten minutes of the timetable.')[0].qualifier, 'exact');
});

test('"10 Mbit/s" and "ten megabits" count the same thing', () => {
  const survey = sourceIndex({ title: 'Broadband survey', outlet: 'Orlen Business Journal', published: '2025-11-12' },
    'About 6% of homes still cannot get a download speed of 10 Mbit/s, the legal minimum for a broadband service.');
  assert.equal(findingIn(survey, "About 6% of homes still can't get ten megabits, which is the legal minimum.", 'ten').verdict, 'consistent');
  assert.deepEqual(['10 Mbit/s', 'ten megabits per second', '2 Gbit/s'].map((s) => findQuantities(`homes that get ${s}`)[0].nounKey), ['mbit', 'mbit', 'gbit']);
});
