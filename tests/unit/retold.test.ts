import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { FactIndex } from '../../src/core/fact-index.ts';
import { findingIn } from './findings.ts';

// A page sentence that tells a source sentence again in its own words: its figures are paired
// with that sentence's, one to one, when no rule of what a figure counts could match them.
const source = parseTextArticle(`Title: Tens of thousands march in Corrandel
Outlet: Corrandel Courier
URL: https://courier.example/march
Published: 2026-10-12

The march set off from Harbour Square at 11 a.m. on 11 October and followed a 4.5-kilometre route to the Assembly building on Marrow Street.

Old Tannery has recorded 104 cases, Hollin Park 58 and Greyfriars 24.

Applications to nursing degree courses fell 12% this year, the council said.

The bar association said it would ask prosecutors to investigate three developers whose buildings collapsed.

Unemployment in the Marren Valley rose to 8.3% in April.

The Homeland Party came third with 37 seats and 17.6 percent, its best result to date.
`);
const index = new FactIndex(buildFactBase([source]).facts);
const finding = (sentence: string, text: string, kind: 'number' | 'claim' = 'number') => findingIn(index, sentence, text, kind);

test('a figure in a sentence told again in other words agrees with that sentence’s figure', () => {
  const march = 'The march set off from Harbour Square at 11am and wound 4.5 kilometres through the city centre.';
  const found = finding(march, '4.5');
  assert.equal(found.verdict, 'consistent');
  assert.match(found.explanation, /4\.5-kilometre.*in other words/);
});

test('a different value in a sentence told again is not called wrong on the words alone', () => {
  // "wound" and "followed" only seem to be the same act; a reworded verb may agree, never contradict.
  assert.equal(finding('The march set off from Harbour Square at 11am and wound 6 kilometres through the city centre.', '6').verdict, 'unverified');
});

test('the name before a figure tells whose it is: swapped districts are not confirmed', () => {
  assert.notEqual(finding('Hollin Park has recorded 104 and Old Tannery 58.', '104').verdict, 'consistent');
});

test('a share told again in the other direction is not confirmed', () => {
  assert.notEqual(finding('Applications to nursing degree courses rose 12% this year, the council said.', '12%').verdict, 'consistent');
});

test('a count told again under another known act is not confirmed', () => {
  assert.notEqual(finding('Police have arrested three developers whose buildings collapsed, the bar association said.', 'three').verdict, 'consistent');
});

test('a claim that singles one thing out needs a source that does too', () => {
  const only = finding('The Marren Valley is the only region where unemployment rose, to 8.3% in April.',
    'The Marren Valley is the only region where unemployment rose, to 8.3% in April.', 'claim');
  assert.equal(only.verdict, 'unverified');
  assert.match(only.explanation, /the only/);
  assert.equal(finding('Unemployment in the Marren Valley rose to 8.3% in April.', 'Unemployment in the Marren Valley rose to 8.3% in April.', 'claim').verdict, 'consistent');
});

test('a figure to the tenth that two sentences give to the same name, saying nothing else of it, is that name’s', () => {
  const regions = findingIn(index, 'Unemployment in the Marren Valley rose to 8.3% in April.', '8.3%');
  assert.equal(regions.verdict, 'consistent');
  const owned = findingIn(index, 'The Marren Valley, once again, was at 8.3%.', '8.3%');
  assert.equal(owned.verdict, 'consistent');
  // Another name's 8.3% is not the Marren Valley's.
  assert.equal(findingIn(index, 'The Sallow Coast, once again, was at 8.3%.', '8.3%').verdict, 'unverified');
});

test('a whole number a page gives to a name the source gives it to is no evidence alone: it may count anything', () => {
  assert.notEqual(finding("The Homeland Party's leader is 37.", '37').verdict, 'consistent');
});
