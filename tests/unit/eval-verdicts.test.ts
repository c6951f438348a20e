import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVerdicts } from '../eval/verdicts.ts';

import { VERDICTS_HELD_OUT_2_DIR, VERDICTS_HELD_OUT_DIR } from '../eval/verdicts.ts';

// The labelled pages as a regression test. No harmful verdict is the contract (DESIGN.md: when in
// doubt, unverified), on every set. The tuning pages meet the aim of 90% right; the two
// held-out sets are held at what was last measured (127/158 and 84/139), well below it.
const totals = await evaluateVerdicts();
const heldOut = await evaluateVerdicts(VERDICTS_HELD_OUT_DIR);
const heldOut2 = await evaluateVerdicts(VERDICTS_HELD_OUT_2_DIR);

test('no harmful verdict, on the tuning pages or either held-out set: never a false consistent or conflicting', () => {
  assert.equal(totals.harmful, 0, totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
  assert.equal(heldOut.harmful, 0, heldOut.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
  assert.equal(heldOut2.harmful, 0, heldOut2.misses.filter((m) => m.startsWith('HARMFUL')).join('\n'));
});

test('at least 90% of the tuning labels are right; the held-out share does not fall', () => {
  assert.ok(totals.labelled >= 200, `only ${totals.labelled} labels`);
  assert.ok(totals.right / totals.labelled >= 0.9, `right ${totals.right}/${totals.labelled}`);
  assert.ok(heldOut.right >= 127, `held out: right ${heldOut.right}/${heldOut.labelled}`);
  assert.ok(heldOut2.right >= 84, `second held out: right ${heldOut2.right}/${heldOut2.labelled}`);
});
