import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A claim without figures whose words a source sentence says in a clause, and denies in another.

const freight = sourceIndex({ title: 'Freight train derails', outlet: 'The Saltmere Courier', published: '2025-04-08' }, `
Norrail Cargo, which operates the train, said the wagon had been loaded at Saltmere on Monday evening and that no fault had been reported before it left.
`);

const statistics = sourceIndex({ title: 'Births at a record low', outlet: 'Aldmark Economic Review', published: '2025-06-12' }, `
"This is not a sudden collapse, but a long, steady slide," chief statistician Dr Marit Eklund-Hale told a press conference in Varnholt.
`);

test('a claim the source sentence denies elsewhere is not what it says: "A fault had been reported" against "no fault had been reported"', () => {
  assert.notEqual(findingIn(freight, 'A fault had been reported on the wagon before it left Saltmere, Norrail Cargo said.', 'A fault had been reported on the wagon before it left Saltmere, Norrail Cargo said.', 'claim').verdict, 'consistent');
  // (The claim that says it as the source does agrees.)
  const told = 'Norrail Cargo said no fault had been reported before the wagon left Saltmere.';
  assert.equal(findingIn(freight, told, told, 'claim').verdict, 'consistent');
  // (A claim that sets the denied words against its own keeps the source's sense.)
  const quoted = 'The chief statistician, Dr Marit Eklund-Hale, called it "a long, steady slide" rather than a sudden collapse.';
  assert.equal(findingIn(statistics, quoted, quoted, 'claim').verdict, 'consistent');
});
