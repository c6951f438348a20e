import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FactIndex } from '../../src/core/fact-index.ts';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { thingOf } from '../../src/core/thing.ts';
import { withoutConflictOnGivenValue } from '../../src/core/not-called-wrong.ts';
import { unverified } from '../../src/core/judgement.ts';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';

// A page is not called wrong for a value a source itself gives to what may be the same thing: most
// false contradictions on pages Sourcelight had not met were of this kind (the twenty-second to
// twenty-fifth held-out sets). Swaps, a share told the other way and small counts still conflict.
const article = (outlet: string, published: string, text: string) =>
  parseTextArticle(`Title: ${outlet} report\nOutlet: ${outlet}\nURL: https://${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}.example/\nPublished: ${published}\n\n${text.trim()}\n`);

const index = new FactIndex(buildFactBase([
  article('Wendmoor Evening Post', '2025-10-14', `
Some 150 firefighters and 40 fire engines were sent to the park, on the northern edge of the Port of Saltreach.

Two firefighters were treated for heat exhaustion.

Militants fired 30 rockets at Haldor and 10 rockets at Corvel on Tuesday.

Applications to nursing degree courses fell 12% this year.
`),
  article('Fennick Coast Herald', '2025-10-17', `
At its peak, 210 firefighters from 14 stations and 46 fire engines were at the scene.

Three firefighters were treated for smoke inhalation.
`),
]).facts);
/**
 * What the rule makes of a figure another source sentence was taken to contradict: its judgement
 * once a source that gives the figure's own value is looked for.
 */
function afterContradiction(index: FactIndex, sentence: string, text: string) {
  const quantities = findQuantities(sentence);
  const judged = quantities.map((q) => (q.text === text ? { verdict: 'conflicting' as const, explanation: 'Another source sentence differs.', facts: [] } : unverified('')));
  return withoutConflictOnGivenValue(quantities, judged, sentence, index)[quantities.findIndex((q) => q.text === text)];
}

const page = ['A fire at the Saltreach logistics park was brought under control after a day.'];
const finding = (sentence: string, text: string) => findingIn(index, sentence, text, 'number', page);

test('a value one source gives is not called wrong because another source gives another', () => {
  const engines = finding('Some 150 firefighters and 40 fire engines are now at the scene.', '40');
  assert.notEqual(engines.verdict, 'conflicting');
  assert.match(engines.explanation, /Wendmoor Evening Post/);
});

test('a swap of two places still conflicts, though each value is a source’s', () => {
  assert.equal(finding('Militants fired 10 rockets at Haldor and 30 rockets at Corvel on Tuesday.', '10').verdict, 'conflicting');
});

test('a share told the other way still conflicts', () => {
  assert.equal(finding('Applications to nursing degree courses rose 12% this year.', '12%').verdict, 'conflicting');
});

test('"up 17% to 1.4 million" is a change and the level it brought, not a range', () => {
  const figures = findQuantities('The Alder Highlands had the fastest growth, with visitor numbers up 17% to 1.4 million.');
  assert.deepEqual(figures.map((q) => [q.text, q.value, q.valueMax, q.unit]), [['17%', 17, null, 'percent'], ['1.4 million', 1_400_000, null, null]]);
});

test('the level after a change counts what changed, after a time stamp or a named origin too', () => {
  const level = (sentence: string, text: string) => thingOf(findQuantities(sentence).find((q) => q.text === text)!, sentence).noun;
  assert.equal(level('09:45 — Burglaries are down 11% to 4,870.', '4,870'), 'burglari');
  assert.equal(level('Visitors from Quessia rose 38% to 410,000.', '410,000'), 'visitor');
});

test('people killed and the deaths a source counts are one count: its value is not called wrong', () => {
  const roads = sourceIndex({ title: 'Road deaths fall', outlet: 'Merrowgate Chronicle', published: '2025-03-14' },
    'Road deaths in Merrowgate fell to 38 in 2024, from 45 the year before, according to the city council.');
  const killed = afterContradiction(roads, 'Thirty-eight people were killed in 2024, down from 45 the year before, according to the report.', 'Thirty-eight');
  assert.equal(killed.verdict, 'unverified');
  assert.match(killed.explanation, /Merrowgate Chronicle \(2025-03-14\) gives 38,/);
});

test('a year before is not this year when the source gives both: "the year to 30 November" is not the year before it', () => {
  const results = sourceIndex({ title: 'Northfield Airport figures', outlet: 'Airport Business', published: '2025-12-10' }, `
Northfield Airport handled 9.4 million passengers in the year to 30 November 2025, the airport said.

In the year to 30 November 2024, the airport handled 8.1 million passengers.
`);
  const last = findingIn(results, 'Northfield Airport handled 8.1 million passengers in the year to 30 November.', '8.1 million');
  assert.notEqual(last.verdict, 'consistent');
});

test('a share after a name, its noun left out, is of what the share before it is of, in its own place', () => {
  const [, hillcrest] = findQuantities('Ruiz won 58% of the vote in Northgate and Hillcrest 44%.');
  assert.equal(hillcrest.place, 'Hillcrest');
  const sentence = 'Ruiz won 58% of the vote in Northgate and Hillcrest 44%.';
  assert.equal(thingOf(hillcrest, sentence).noun, 'vote');
  const turnout = sourceIndex({ title: 'Turnout', outlet: 'Civic Register', published: '2025-03-13' }, 'Turnout in Northgate was 61% and Hillcrest 48%.');
  assert.equal(findingIn(turnout, sentence, '44%').verdict, 'unverified');
});

test('a measure a source gives, named by where or what was measured, is not called wrong', () => {
  const rain = new FactIndex(buildFactBase([
    article('Port Adley Gazette', '2025-11-07', 'The meteorological service recorded 310 millimetres of rain at Vey in the 24 hours to 9 a.m.'),
    article('Tesserine Broadcasting Service', '2025-11-09', 'Rain gauges at Vey recorded 420 millimetres over 48 hours.'),
  ]).facts);
  const page = ['Cyclone Mireva made landfall on Lissel overnight.'];
  assert.notEqual(findingIn(rain, 'Rain gauges at Vey recorded a mind-boggling 310mm in just 24 hours.', '310mm', 'number', page).verdict, 'conflicting');
  // An exact measure needs the very number: "82-metre" is not a source's "about 80 metres".
  const dam = sourceIndex({ title: 'Dam', outlet: 'Northline Daily', published: '2025-04-11' }, 'Water rose about 80 metres up the valley.');
  assert.equal(afterContradiction(dam, 'The 82-metre dam gave way on Tuesday.', '82-metre').verdict, 'conflicting');
});

test('commuters, campers and guests are people by role: killed eleven agrees with eleven people killed', () => {
  const crash = sourceIndex({ title: 'Trains collide', outlet: 'Ostrand Evening Post', published: '2025-10-14' },
    'Eleven people were killed and 87 were taken to hospital after two commuter trains collided head-on.');
  assert.equal(findingIn(crash, 'ELEVEN commuters were killed when two packed rush-hour trains smashed head-on.', 'ELEVEN').verdict, 'consistent');
});

test('the page’s act named anywhere in the source sentence is no other act, unless another figure there is that act’s', () => {
  const blast = new FactIndex(buildFactBase([
    article('Saltmarsh Gazette', '2025-10-09', 'Twenty-seven people were injured in the explosion at the refinery.'),
    article('Ostrel Evening Post', '2025-10-11', `
Thirty-four people were treated in hospital for injuries, among them two firefighters, the regional health authority said.

The 1979 Grenholt blaze killed 27 patients and 45 were injured.
`),
  ]).facts);
  assert.equal(afterContradiction(blast, 'Thirty-four people were hurt, including a pair of firefighters.', 'Thirty-four').verdict, 'unverified');
  assert.equal(afterContradiction(blast, 'The 1979 Grenholt blaze killed 45 patients.', '45').verdict, 'conflicting');
});

test('a small count is not called wrong when a source sentence that tells much of the page’s gives it to the same thing', () => {
  const fire = sourceIndex({ title: 'Refinery fire out', outlet: 'Ostrel Evening Post', published: '2025-10-09' }, `
The fire was brought under control at 11:30 p.m. on Tuesday, almost 18 hours after the explosion, chief fire officer Dario Penhallow said.
`);
  assert.equal(afterContradiction(fire, 'The fire was only brought under control at 11:30 p.m., nearly 18 hours after the explosion began.', 'nearly 18').verdict, 'unverified');
  // Three days of a week of many days is not enough: a small count coincides.
  assert.equal(afterContradiction(fire, 'Schools closed for three days, officials said.', 'three').verdict, 'conflicting');
});

test('a short sentence of people, every word of which a source sentence says, is not called wrong for its count', () => {
  const search = sourceIndex({ title: 'Ship aground', outlet: 'Kellhaven Mercury', published: '2025-11-09' },
    '"Our search continues for the three people still missing, two passengers and one crew member," coastguard spokesperson Helga Sorrensen said.');
  assert.equal(afterContradiction(search, 'Three people are still missing.', 'Three').verdict, 'unverified');
});

test('"compared with 2,310 the year before" is the level of the year before, as "up from 2,310" is', () => {
  const sentence = 'The council says 2,840 homes were completed over the past year, compared with 2,310 the year before.';
  const level = findQuantities(sentence).find((q) => q.text === '2,310')!;
  assert.equal(thingOf(level, sentence).noun, 'home earlier');
});

test('a distinctive number a source sentence gives, sharing two words with the page’s, is not called wrong whatever its noun was read as ("143 million passengers", "143 million riders")', () => {
  const transport = sourceIndex({ title: 'Ridership', outlet: 'Marrowgate Business Journal', published: '2025-04-15' }, `
The metro carried 143 million passengers last year, the authority said.

Food prices rose 9.1% and energy prices 14.3% over the year.
`);
  assert.equal(afterContradiction(transport, 'The metro carried 143 million riders last year, the authority said.', '143 million').verdict, 'unverified');
  // The swap stays a contradiction.
  assert.equal(findingIn(transport, 'Energy prices rose 9.1% and food prices 14.3% over the year.', '9.1%').verdict, 'conflicting');
});

test('a distinctive number is confirmed whatever its noun was read as, where one sentence names what the other counts', () => {
  const council = sourceIndex({ title: 'Castelbrook passes budget', outlet: 'Castelbrook Post', published: '2025-12-12' },
    'Castelbrook city council approved a budget of €842 million for next year on 11 December, after a five-hour debate.');
  const plan = findingIn(council, 'Castelbrook councillors approved an €842m spending plan, next year’s budget, after a five-hour debate.', '€842m');
  assert.equal(plan.verdict, 'consistent');
  // (Not by a sentence that shares too little: the number alone is no evidence.)
  assert.equal(findingIn(council, 'The regional health board has an €842m spending plan.', '€842m').verdict, 'unverified');
  // (Nor where neither sentence names what the other counts: "78.2% of parents" are not "78.2% of children".)
  const survey = sourceIndex({ title: 'Vaccination survey', outlet: 'Kestria Health Wire', published: '2025-10-14' },
    'The national survey found that 78.2% of children in Kestria had received both measles doses.');
  assert.equal(findingIn(survey, 'The national survey found that 78.2% of parents in Kestria trust the measles vaccine.', '78.2%').verdict, 'unverified');
});

test('the same word after both numbers with other words before it is another kind: "140 tram drivers" is not "140 bus drivers"', () => {
  const transport = sourceIndex({ title: 'Transport report', outlet: 'Marrowgate Business Journal', published: '2025-04-15' },
    'MCT said it was 140 bus drivers short at the end of the year, which the report blamed for late buses.');
  assert.equal(findingIn(transport, 'MCT says it is short of 140 tram drivers.', '140').verdict, 'unverified');
  assert.equal(findingIn(transport, 'MCT says it is short of 140 bus drivers.', '140').verdict, 'consistent');
});

test('a small count is confirmed only by a sentence that tells much of the page’s, of the same named thing', () => {
  const port = sourceIndex({ title: 'Port reopens after fire', outlet: 'Fennick Coast Herald', published: '2025-10-17' }, `
The port authority suspended work at three of its 11 berths during the fire.

All 11 berths of the Port of Saltreach reopened on 16 October.
`);
  assert.equal(findingIn(port, 'All of the port’s 11 berths reopened on Thursday.', '11').verdict, 'consistent');
  // (Eleven berths are not eleven cranes, however many words the sentences share.)
  assert.equal(findingIn(port, 'All of the port’s 11 cranes reopened on Thursday.', '11').verdict, 'unverified');
});

test('a distinctive number of the thing named alike needs two shared words; not where the page names a place the source sentence does not', () => {
  const airport = sourceIndex({ title: 'Airport traffic', outlet: 'Meridian Business', published: '2026-01-20' },
    'August was the busiest month, with 2.1 million passengers. January was the quietest month, with 1.1 million.');
  assert.equal(findingIn(airport, 'January was the quietest, at about 1.1 million.', 'about 1.1 million').verdict, 'consistent');
  const rents = sourceIndex({ title: 'Housing report', outlet: 'Marrowgate Evening Post', published: '2025-10-15' },
    'The steepest increase was in Old Quay, where the average rent reached €1,340 a month, up 7.2%.');
  assert.equal(findingIn(rents, 'The steepest increase was in Northfield, up 7.2%.', '7.2%').verdict, 'unverified');
});

test('a count a first report gives is not called wrong by the update’s, whatever verbs Sourcelight does not know tell them', () => {
  const first = parseTextArticle(`Title: Sinkhole swallows cars\nOutlet: Carrowmere Evening Post\nURL: https://post.example/sinkhole\nPublished: 2025-03-10\n\nA sinkhole opened under Halloran Street on Monday, swallowing three cars and a cyclist.\n`);
  const update = parseTextArticle(`Title: Sinkhole: four cars lost\nOutlet: The Ostrevian Herald\nURL: https://herald.example/sinkhole\nPublished: 2025-03-12\n\nFour cars fell into the sinkhole on Halloran Street, the city engineer said on Wednesday.\n`);
  const reports = new FactIndex(buildFactBase([first, update]).facts);
  assert.notEqual(findingIn(reports, 'Three cars plunged into the pit on Halloran Street.', 'Three').verdict, 'conflicting');
  assert.equal(findingIn(reports, 'Five cars plunged into the pit on Halloran Street.', 'Five').verdict, 'conflicting');
});

test('a part whose noun is left out is not called wrong where a later report gives its value to what the page says of it', () => {
  const burns = sourceIndex({ title: 'Club fire', outlet: 'Castrelle Daily Record', published: '2025-11-09' },
    'The injured were taken to three hospitals, and Joren Plaskett, a spokesperson for the health department, said 12 of them were in a critical condition. ' +
    'By Tuesday, nineteen people remained in a critical condition, most of them in the burns unit, the health authority said.');
  const page = 'A further 71 people were injured in the blaze. Nineteen of them remain in critical condition.';
  assert.notEqual(findingIn(burns, page, 'Nineteen').verdict, 'conflicting');
});

test('a count\'s own noun, named in the source only as a verb, is not what the source counts', () => {
  const fires = sourcesIndex([{ title: 'Fire service annual report', outlet: 'Meridian News Service', published: '2025-06-12',
    text: 'Crews were called out to 96,400 false alarms, down about 5% from 101,700 in 2023.' }]);
  const page = 'The service\'s control rooms handled 96,400 calls over the year, and alarm systems set off more than four in ten false alarms.';
  assert.equal(findingIn(fires, page, '96,400').verdict, 'unverified');
  assert.equal(findingIn(fires, 'Crews attended 96,400 false alarms over the year, the service said.', '96,400').verdict, 'consistent');
});

test('a reader is told when sources count the same thing but say something else of it', () => {
  const fire = sourceIndex({ title: 'Silo blast', outlet: 'Tarnholm Evening Post', published: '2025-10-06' },
    'Fire chief Dagna Roos said around 60 firefighters had been sent to the port.');
  assert.match(findingIn(fire, 'Around 60 firefighters were hurt in the blast.', 'Around 60').explanation, /^Sources count firefighters, but say something else of them/);
  // (Firefighters who battled the flames are those sent: there, as the source says.)
  assert.equal(findingIn(fire, 'Around 60 firefighters battled the flames for three hours.', 'Around 60').verdict, 'consistent');
  assert.match(findingIn(fire, 'Around 60 paramedics battled to save the injured.', 'Around 60').explanation, /^No source in the fact base counts paramedics/);
});

test('a part set apart from its whole ("hotels alone") is not confirmed by the whole\'s figure', () => {
  const tourism = sourceIndex({ title: 'Tourism', outlet: 'Calvenia Business Daily', published: '2025-02-18' },
    'Tourism directly accounted for 7.1% of Calvenia\'s economic output and employed about 312,000 people, the board said.');
  assert.notEqual(findingIn(tourism, 'And hotels alone employ 312,000 people in Calvenia, the board said.', '312,000').verdict, 'consistent');
  assert.equal(findingIn(tourism, 'Tourism employs 312,000 people in Calvenia, the board said.', '312,000').verdict, 'consistent');
  // (However the page gets there, and with the part's own words: sawn timber is not all timber.)
  const timber = sourceIndex({ title: 'Exports', outlet: 'Nordmark Trade Post', published: '2025-10-07' },
    'Timber exports earned Nordmark €3.4 billion last year, the trade ministry said. Many older people live alone, and 41,000 of them received home care.');
  assert.notEqual(findingIn(timber, 'Sawn timber alone earned Nordmark €3.4 billion last year.', '€3.4 billion').verdict, 'consistent');
  assert.equal(findingIn(timber, 'Timber earned Nordmark €3.4 billion last year.', '€3.4 billion').verdict, 'consistent');
  // (Not how someone lives, nor a part set apart in another clause.)
  assert.equal(findingIn(timber, 'Many older people living alone, 41,000 of them, received home care.', '41,000').verdict, 'consistent');
  assert.equal(findingIn(timber, 'Timber earned Nordmark €3.4 billion last year; pulp alone was worth a third of it.', '€3.4 billion').verdict, 'consistent');
});

test('a rare value (three significant digits) told again in fewer shared words is confirmed, in the same place only', () => {
  const budget = sourceIndex({ title: 'Budget', outlet: 'Veldport Ledger', published: '2025-11-15' },
    'Veldport city council approved a budget of €1.84 billion for 2026 on 14 November, raising spending by 4.6%, after a debate that lasted more than nine hours.');
  assert.equal(findingIn(budget, 'Councillors approved spending of €1.84 billion for 2026 late on Friday night, after a marathon session.', '€1.84 billion').verdict, 'consistent');
  assert.notEqual(findingIn(budget, 'In Harrowgate, councillors approved spending of €1.84 billion for 2026 late on Friday night.', '€1.84 billion').verdict, 'consistent');
});

test('a value the source gives alone is confirmed beside another figure of the page, by the words that other figure does not own', () => {
  const heat = sourceIndex({ title: 'Heat', outlet: 'Kelvar Gazette', published: '2025-07-16' },
    'The city council opened 45 cooling centres in libraries and sports halls, and extended the opening hours of public swimming pools.');
  assert.equal(findingIn(heat, 'It leans on cooling centres, and Kelvar opened 45 of them, used by some 21,000 people over the week.', '45').verdict, 'consistent');
});

test('a figure whose words name no thing is said to be unmatched as "this", never by its verb ("counts put")', () => {
  const rates = sourceIndex({ title: 'Rates', outlet: 'Ledger', published: '2025-10-01' }, 'The central bank kept its key rate at 3.5%.');
  assert.equal(findingIn(rates, 'The statistics office put the rate at 6.9%.', '6.9%').explanation, 'No source in the fact base counts this.');
});
