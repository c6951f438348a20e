import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateVerdicts, VERDICTS_HELD_OUT_2_DIR, VERDICTS_HELD_OUT_3_DIR, VERDICTS_HELD_OUT_4_DIR, VERDICTS_HELD_OUT_5_DIR, VERDICTS_HELD_OUT_6_DIR, VERDICTS_HELD_OUT_7_DIR, VERDICTS_HELD_OUT_8_DIR, VERDICTS_HELD_OUT_9_DIR, VERDICTS_HELD_OUT_10_DIR, VERDICTS_HELD_OUT_11_DIR, VERDICTS_HELD_OUT_12_DIR, VERDICTS_HELD_OUT_DIR } from '../eval/verdicts.ts';

// The labelled pages as a regression test. No harmful verdict is the contract (DESIGN.md: when in
// doubt, unverified), on every set. The tuning pages meet the aim of 90% right; the
// held-out sets are held at what was last measured (see tests/fixtures/verdicts/README.md).
const sets = {
  tuning: await evaluateVerdicts(),
  'held out 1': await evaluateVerdicts(VERDICTS_HELD_OUT_DIR),
  'held out 2': await evaluateVerdicts(VERDICTS_HELD_OUT_2_DIR),
  'held out 3': await evaluateVerdicts(VERDICTS_HELD_OUT_3_DIR),
  'held out 4': await evaluateVerdicts(VERDICTS_HELD_OUT_4_DIR),
  'held out 5': await evaluateVerdicts(VERDICTS_HELD_OUT_5_DIR),
  'held out 6': await evaluateVerdicts(VERDICTS_HELD_OUT_6_DIR),
  'held out 7': await evaluateVerdicts(VERDICTS_HELD_OUT_7_DIR),
  'held out 8': await evaluateVerdicts(VERDICTS_HELD_OUT_8_DIR),
  'held out 9': await evaluateVerdicts(VERDICTS_HELD_OUT_9_DIR),
  'held out 10': await evaluateVerdicts(VERDICTS_HELD_OUT_10_DIR),
  'held out 11': await evaluateVerdicts(VERDICTS_HELD_OUT_11_DIR),
  'held out 12': await evaluateVerdicts(VERDICTS_HELD_OUT_12_DIR),
};
const lastMeasured: Record<keyof typeof sets, number> = {
  tuning: 250, 'held out 1': 129, 'held out 2': 113, 'held out 3': 168, 'held out 4': 150, 'held out 5': 157, 'held out 6': 141, 'held out 7': 133,
  'held out 8': 174, 'held out 9': 148, 'held out 10': 139, 'held out 11': 157, 'held out 12': 120,
};

test('no harmful verdict on any labelled set: never a false consistent or conflicting', () => {
  for (const [name, totals] of Object.entries(sets)) {
    assert.equal(totals.harmful, 0, `${name}:\n${totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n')}`);
  }
});

test('at least 90% of the tuning labels are right; no set falls below what was last measured', () => {
  assert.ok(sets.tuning.labelled >= 200, `only ${sets.tuning.labelled} labels`);
  assert.ok(sets.tuning.right / sets.tuning.labelled >= 0.9, `right ${sets.tuning.right}/${sets.tuning.labelled}`);
  for (const [name, totals] of Object.entries(sets)) {
    const floor = lastMeasured[name as keyof typeof sets];
    assert.ok(totals.right >= floor, `${name}: right ${totals.right}/${totals.labelled}, was ${floor}`);
  }
});
