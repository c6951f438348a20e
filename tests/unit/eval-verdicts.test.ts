import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVerdicts } from '../eval/verdicts.ts';

import { VERDICTS_HELD_OUT_DIR } from '../eval/verdicts.ts';

// The labelled pages of tests/fixtures/verdicts as a regression test. No harmful verdict is the
// contract (DESIGN.md: when in doubt, unverified). The share right is held at what was measured
// when this test was last tightened (240/271 tuning, 119/158 held out), below the aim of 90%,
// which is not met yet.
const totals = await evaluateVerdicts();
const heldOut = await evaluateVerdicts(VERDICTS_HELD_OUT_DIR);

test('no harmful verdict, on the tuning pages or the held-out ones: never a false consistent or conflicting', () => {
  assert.equal(totals.harmful, 0, totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
  assert.equal(heldOut.harmful, 0, heldOut.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
});

test('the share of right verdicts does not fall below what was measured', () => {
  assert.ok(totals.labelled >= 200, `only ${totals.labelled} labels`);
  assert.ok(totals.right >= 240, `right ${totals.right}/${totals.labelled}`);
  assert.ok(heldOut.right >= 119, `held out: right ${heldOut.right}/${heldOut.labelled}`);
});
