import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVerdicts } from '../eval/verdicts.ts';

import { VERDICTS_HELD_OUT_DIR } from '../eval/verdicts.ts';

// The labelled pages as a regression test. No harmful verdict is the contract (DESIGN.md: when in
// doubt, unverified), on both sets. The tuning pages meet the aim of 90% right; the
// held-out pages (never tuned on) are held at what was last measured, 119/158, well below it.
const totals = await evaluateVerdicts();
const heldOut = await evaluateVerdicts(VERDICTS_HELD_OUT_DIR);

test('no harmful verdict, on the tuning pages or the held-out ones: never a false consistent or conflicting', () => {
  assert.equal(totals.harmful, 0, totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
  assert.equal(heldOut.harmful, 0, heldOut.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
});

test('at least 90% of the tuning labels are right; the held-out share does not fall', () => {
  assert.ok(totals.labelled >= 200, `only ${totals.labelled} labels`);
  assert.ok(totals.right / totals.labelled >= 0.9, `right ${totals.right}/${totals.labelled}`);
  assert.ok(heldOut.right >= 119, `held out: right ${heldOut.right}/${heldOut.labelled}`);
});
