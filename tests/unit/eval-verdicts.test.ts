import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVerdicts } from '../eval/verdicts.ts';

// The labelled pages of tests/fixtures/verdicts as a regression test, at the aims.
const totals = await evaluateVerdicts();

test('no harmful verdict: never a false consistent or a false conflicting', () => {
  assert.equal(totals.harmful, 0, totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
});

test('at least 90% of the labelled figures and claims get the right verdict', () => {
  assert.ok(totals.labelled >= 200, `only ${totals.labelled} labels`);
  assert.ok(totals.right / totals.labelled >= 0.9, `right ${totals.right}/${totals.labelled}`);
});
