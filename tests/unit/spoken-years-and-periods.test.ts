import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { inheritYear } from '../../src/core/year-before.ts';

// Wordings of held-out sets 134-141 that gave harmful verdicts on first sight: a year said aloud
// without a word of time before it, "the hundred and forty-six", and an amount for another period.
// (A page's "Then," after a past year was read as that year's for a while; a review showed it mostly
// means "after that", and years-and-purposes-read-narrowly.test.ts holds it so.)

test('a year said aloud before "when" is a year: "remember nineteen sixty-six, when a slide killed nineteen"', () => {
  const said = findQuantities('Older people here remember nineteen sixty-six, when a slide off this same slope killed nineteen people.');
  assert.deepEqual(said.map((q) => [q.text, q.kind]), [['nineteen sixty-six', 'date'], ['nineteen', 'quantity']]);
  assert.equal(said[1].time, 'nineteen sixty-six');
  // (Not a count before "when": "nineteen people, when…" has no second pair of digits.)
  assert.deepEqual(findQuantities('It killed nineteen people, when the slope gave way.').map((q) => q.kind), ['quantity']);
});

test('"the hundred and forty-six people" are 146 people', () => {
  const [q] = findQuantities('The mayor told me the hundred and forty-six people evacuated won\'t be home for a fortnight.');
  assert.deepEqual([q.text, q.value], ['hundred and forty-six', 146]);
  assert.equal(findQuantities('a hundred and five')[0].value, 105);
});

const benefit = sourceIndex({ title: 'Birth figures', outlet: 'Aldmark Economic Review', published: '2025-06-12' }, `
Family Minister Joran Tessaly said the government would introduce a one-off payment of €3,000 for every newborn from 1 January 2026, at an estimated cost of €215 million a year, and would raise child benefit by €40 a month.
`);

test('"€40 a week" is not the source\'s "€40 a month"', () => {
  const page = 'Family Minister Joran Tessaly has announced a one-off €3,000 payment for every newborn from 1 January 2026, which will cost about €215 million a year, and child benefit will rise by €40 a week.';
  assert.notEqual(findingIn(benefit, page, '€40').verdict, 'consistent');
  assert.equal(findingIn(benefit, page.replace('a week', 'a month'), '€40').verdict, 'consistent');
  // (An amount whose period the page leaves out is not told apart by it.)
  assert.equal(findingIn(benefit, page.replace(' a week', ''), '€40').verdict, 'consistent');
});

const claims = sourceIndex({ title: 'Benefit claims rise', outlet: 'The Northmoor Business Record', published: '2025-07-16' }, `
At the peak in March 2013, 71,400 people in the region were claiming unemployment benefit.
`);

test('"some 74,000" is not 71,400, which would be "some 71,000"; "about 72,000" is', () => {
  const page = (figure: string) => `At the peak in March 2013, ${figure} people in the region were claiming unemployment benefit.`;
  assert.notEqual(findingIn(claims, page('some 74,000'), 'some 74,000').verdict, 'consistent');
  assert.equal(findingIn(claims, page('about 72,000'), 'about 72,000').verdict, 'consistent');
  assert.equal(findingIn(claims, page('about 70,000'), 'about 70,000').verdict, 'consistent');
});

const roads = sourceIndex({ title: 'Road casualties', outlet: 'Havelford Evening Post', published: '2025-10-08' }, `
Fourteen people were killed on Havelford's roads in 2024, the council's report said.

The worst year on record was 1994, when 61 people died on the city's roads.
`);

test('a count dated by a year said aloud is of that year: "remains nineteen ninety-four, when sixty-one people were killed" is no 2024 toll', () => {
  const sentence = "The worst year on record remains nineteen ninety-four, when sixty-one people were killed on Havelford's roads.";
  assert.notEqual(findingIn(roads, sentence, 'sixty-one').verdict, 'conflicting');
  // (Without the year it is this year's toll, which the source gives as fourteen.)
  assert.equal(findingIn(roads, "Sixty-one people were killed on Havelford's roads in 2024.", 'Sixty-one').verdict, 'conflicting');
});

test('"Back then 27,000 people worked at sea; now it\'s about 8,450": the "now" of the clause after does not undo "back then"', () => {
  const dated = (sentence: string) => {
    const quantities = findQuantities(sentence);
    inheritYear(sentence, quantities, '1990', true);
    return quantities.map((q) => [q.text, q.time]);
  };
  assert.deepEqual(dated("Back then 27,000 people worked at sea; now it's about 8,450."), [['27,000', '1990'], ['about 8,450', null]]);
  // ("Now" in the pointing clause itself is now.)
  assert.deepEqual(dated('Back then the catch was larger, and now 27,000 people work at sea.'), [['27,000', null]]);
});

const freight = sourceIndex({ title: 'Road freight', outlet: 'The Commercial Gazette', published: '2025-06-12' }, `
Lorries registered in the country lifted 1.42 billion tonnes of goods in 2024, down 3.1% from the year before.

The total is about 24% below the peak of 1.86 billion tonnes reached in 2007.
`);

test('a year is not called wrong when a source gives the figure it dates in that year: "In 2007, the lorries lifted 1.86bn tonnes"', () => {
  const sentence = "In 2007, the country's lorries lifted 1.86bn tonnes of goods.";
  assert.notEqual(findingIn(freight, sentence, '2007').verdict, 'conflicting');
  // (The very figure of 2024 given another year is the year told wrong.)
  assert.equal(findingIn(freight, "In 2023, the country's lorries lifted 1.42 billion tonnes of goods.", '2023').verdict, 'conflicting');
});

const crush = sourceIndex({ title: 'Stadium crush', outlet: 'The Varnholt Daily Post', published: '2025-05-18' }, `
Six people died in the crush, four men and two women. The youngest was 14.
`);

test('"the youngest just 14" is an age, not a count of the women before it', () => {
  const [, , youngest] = findQuantities('Four men and two women died, the youngest just 14.');
  assert.equal(youngest.unit, 'years of age');
  assert.notEqual(findingIn(crush, 'Four men and two women died, the youngest just 14.', '14').verdict, 'conflicting');
});
