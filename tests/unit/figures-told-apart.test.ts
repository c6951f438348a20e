import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// Figures of the same kind that a source tells apart, and a page must not be held to the wrong
// one: a cargo and a spill, an owner's fleet and another fleet, what one figure of a sentence is
// and another is not, a value the page itself sets its figure against. Each was a harmful verdict
// on the eighteenth or nineteenth held-out set.
const index = sourceIndex({ title: 'Tanker aground off Mallowick', outlet: 'Ardle Coast Courier', published: '2025-11-10' }, `
The tanker Celandine Spirit, carrying 62,000 tonnes of crude, ran aground on the Skerrow Reef off Mallowick on 9 November, spilling an estimated 1,800 tonnes of oil.

The spill is the largest on the Ardle coast since January 1997, when the tanker Aldermoor Queen broke in two off Pellan Head and spilled 27,000 tonnes of oil.

Volunteers had found 410 oiled seabirds, most of them guillemots and razorbills; 95 of them were dead.

A clean-up fleet of 17 vessels, 11 of them local fishing boats, had laid 4 km of floating booms across the harbour mouth and the Tarran estuary.

Across the region, 63 people were treated in hospital for the effects of cold and 19 for carbon-monoxide poisoning.

The blackout left 212,000 homes without power, not 180,000 as first reported. By 6 p.m., power had been restored to 110,000 homes.

First-time buyers paid an average deposit of €41,000, the statistics office said.

Current students will keep paying €4,200 until they graduate.

Maritime police said the 52-year-old captain had been released without charge after two days of questioning.
`);
// A page that plainly reports on the source's event (it names the tanker, the reef and the port).
const page = ['The Celandine Spirit ran onto the Skerrow Reef off Mallowick, and the Aldermoor Queen disaster of 1997 is on every mind.'];
const finding = (sentence: string, text: string) => findingIn(index, sentence, text, 'number', page);

test('a cargo is the whole of what spilled, not a count of it', () => {
  assert.equal(finding('Some 1,800 tonnes of crude gushed from the Celandine Spirit.', 'Some 1,800').verdict, 'consistent');
  assert.equal(finding('The Celandine Spirit was carrying 62,000 tonnes of crude.', '62,000').verdict, 'consistent');
});

test('a measure of a past year is that year’s, not this one’s', () => {
  const past = finding('It is the worst spill since 1997, when the Aldermoor Queen spilled 20,000 tonnes of oil.', '20,000');
  assert.equal(past.verdict, 'conflicting');
  assert.match(past.explanation, /27,000/);
  assert.notEqual(finding('It is the worst spill on the Ardle coast since 1997, when the Aldermoor Queen spilled 27,000 tonnes off Pellan Head.', '27,000').verdict, 'conflicting');
});

test('an act the source gives another figure of its sentence is not this figure’s', () => {
  assert.notEqual(finding('The toll on wildlife is heartbreaking: 410 seabirds have already been killed, guillemots and razorbills found choking on the sand.', '410').verdict, 'consistent');
});

test('whose the counted are is where they are: another owner’s fleet is no contradiction', () => {
  const fleet = "Fishing has been banned within 20 km of the wreck for at least 30 days, a hammer blow for Mallowick's 70 boats, which land most of the region's crab and lobster.";
  assert.equal(finding(fleet, '70').verdict, 'unverified');
});

test('a total whose clause names what each part is agrees with their sum, and contradicts neither part', () => {
  const total = finding('Across the region, 82 people were treated in hospital for the effects of cold or for carbon-monoxide poisoning.', '82');
  assert.equal(total.verdict, 'consistent');
  assert.match(total.explanation, /63 \+ 19 = 82/);
  assert.equal(finding('Across the region, 90 people were treated in hospital for the effects of cold or for carbon-monoxide poisoning.', '90').verdict, 'unverified');
});

test('a value a source gave "as first reported" is an earlier report, and "power is back" is power restored', () => {
  assert.equal(finding('Power is back for roughly 110,000 homes.', 'roughly 110,000').verdict, 'consistent');
});

test('an amount keeps its place when the currency is a word: another place’s deposit is not this one', () => {
  assert.equal(finding('In Orsenne, buyers typically need a deposit of ninety-eight thousand euros.', 'ninety-eight thousand').verdict, 'unverified');
  assert.equal(finding('Buyers typically need a deposit of ninety-eight thousand euros.', 'ninety-eight thousand').verdict, 'conflicting');
});

test('a page that sets its figure against the source’s value does not contradict it', () => {
  const fee = 'From September, new undergraduates will pay €5,100 a year instead of €4,200, while current students keep the old fee until they graduate.';
  assert.notEqual(finding(fee, '€5,100').verdict, 'conflicting');
});

test('a sentence whose figures agree is not confirmed by a source that denies what it says of them', () => {
  const charged = findingIn(index, 'Maritime police have charged the 52-year-old captain with negligence.', 'Maritime police have charged the 52-year-old captain with negligence.', 'claim', page);
  assert.equal(charged.verdict, 'unverified');
  assert.match(charged.explanation, /the source says the opposite/);
  const released = 'Maritime police released the 52-year-old captain without charge.';
  assert.equal(findingIn(index, released, released, 'claim', page).verdict, 'consistent');
});

test('an amount known only by its act is told apart by who does it', () => {
  assert.notEqual(finding('From September, first-year students will pay €5,100 a year, up from €3,900.', '€5,100').verdict, 'conflicting');
  assert.equal(finding('Current students will keep paying €4,800 until they graduate.', '€4,800').verdict, 'conflicting');
});

test('a count of what was added ("275 extra students") is the size of a rise, not called wrong against a count of the same things', () => {
  const fees = sourceIndex({ title: 'Fees', outlet: 'The Denmoor Gazette', published: '2025-09-16' },
    'About 1,150 students from low-income households will have their fees waived entirely this year.');
  assert.notEqual(findingIn(fees, 'That is about 4% more than last year, or roughly 275 extra students.', 'roughly 275').verdict, 'conflicting');
  // (A count of the same students is still called wrong.)
  assert.equal(findingIn(fees, 'Roughly 275 students from low-income households will have their fees waived this year.', 'Roughly 275').verdict, 'conflicting');
});

test('a measure of the very value with the same act is the same, however what was measured is called', () => {
  const leak = sourceIndex({ title: 'Leak', outlet: 'Ostervell Evening Post', published: '2025-10-07' },
    'Norrail Cargo said an estimated 1.2 tonnes of chlorine had escaped from the wagon, which was carrying 60 tonnes.');
  assert.equal(findingIn(leak, 'By the time the leak was stopped, about 1.2 tonnes of gas had escaped.', 'about 1.2').verdict, 'consistent');
  // (Not another value, nor the same value done another way.)
  assert.notEqual(findingIn(leak, 'By the time the leak was stopped, about 1.2 tonnes of gas had been recovered.', 'about 1.2').verdict, 'consistent');
});

test('"114 people on board" is no contradiction of the "23 people on board" injured', () => {
  const crash = sourceIndex({ title: 'Train hits lorry', outlet: 'Kestrow Evening Post', published: '2025-03-11' },
    'A regional train hit a lorry at a level crossing in Harlsby on Tuesday, injuring 23 people on board, four of them seriously, emergency services said.');
  assert.notEqual(findingIn(crash, 'The two-carriage train had 114 people on board, including its crew.', '114').verdict, 'conflicting');
  assert.equal(findingIn(crash, 'The crash injured 25 people on board, emergency services said.', '25').verdict, 'conflicting');
});

test('"a 6% pay rise" is not the council-tax rise of 4.99%', () => {
  const budget = sourceIndex({ title: 'Budget approved', outlet: 'The Pellworth Record', published: '2026-02-25' },
    'Pellworth City Council approved a £1.28 billion budget on Tuesday evening, with a council-tax rise of 4.99% and £145 million of new borrowing.');
  assert.notEqual(findingIn(budget, 'Council staff who keep their jobs will get a 6% pay rise next year.', '6%').verdict, 'conflicting');
  assert.equal(findingIn(budget, 'Bills will go up with a 6% council-tax rise.', '6%').verdict, 'conflicting');
});

test('the ages of a group, "aged between 66 and 84", are not confirmed by one age inside them', () => {
  const crash = sourceIndex({ title: 'Coach crash', outlet: 'The Dunmere Post', published: '2025-10-13' },
    'Two of the injured, a man aged 78 and a woman aged 74, died at Dunmere General Hospital on Sunday.');
  assert.notEqual(findingIn(crash, 'The victims were aged between 66 and 84.', 'between 66 and 84').verdict, 'consistent');
});

test('a source figure the page gives, in the same words, to another of its figures contradicts none of the others', () => {
  const air = sourceIndex({ title: 'Air quality report', outlet: 'Brackwater Gazette', published: '2025-04-08' },
    "All five districts remained well above the World Health Organization's guideline of 5 micrograms.");
  const sentence = "Dockside's residents breathe the dirtiest fine-particle air, at 13.9 micrograms, nearly three times the World Health Organization's guideline of 5.";
  assert.equal(findingIn(air, sentence, '13.9').verdict, 'unverified');
  assert.match(findingIn(air, sentence, '13.9').explanation, /which this page gives to another of its figures/);
});

test('a figure whose words are more another source figure’s than its own keeps that figure’s contradiction', () => {
  const ramp = sourceIndex({ title: 'Ramp collapse', outlet: 'Caddon Evening Post', published: '2026-05-14' },
    'Fifteen were taken to Caddon General Hospital and the rest were treated at the quayside.');
  assert.equal(findingIn(ramp, 'Fifteen were treated at the quayside and eight were taken to Caddon General Hospital.', 'eight').verdict, 'conflicting');
});
