import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// Wordings of held-out sets 130-133 that gave harmful verdicts: a list of ages added up as a count,
// a witness's "that day" pointing back to a past event, and a count given the act of the count
// before it though it has a verb of its own.

const tunnel = sourceIndex({ title: 'Tunnel flood toll rises', outlet: 'Northgate Tribune', published: '2026-03-12' }, `
A third worker has died after the tunnel flood, the transport authority said. The two other victims, both machine operators, were aged 47 and 52.

Nine men spent more than 19 hours in a refuge chamber before they were rescued.
`);

test('the later ages of a list "aged 47 and 52" are no count to add up: "aged 47 and 54" is not two victims + 52', () => {
  const ages = findingIn(tunnel, 'The two other victims, both machine operators, were aged 47 and 54.', '54');
  assert.notEqual(ages.verdict, 'consistent');
  assert.doesNotMatch(ages.explanation, /\+/);
  // (The list is still compared item by item: the same ages agree.)
  assert.equal(findingIn(tunnel, 'The two other victims, both machine operators, were aged 47 and 52.', '52').verdict, 'consistent');
});

test('a count with a verb of its own does not take the act of the count before: "three have died, and nine men spent 19 hours"', () => {
  const sentence = 'Three workers have died, and nine men spent more than 19 hours in a refuge chamber before they were rescued.';
  const nine = findQuantities(sentence).find((q) => q.text === 'nine')!;
  assert.equal(nine.about, '');
  assert.notEqual(findingIn(tunnel, sentence, 'nine').verdict, 'conflicting');
  // (Without a verb of its own it still shares the act: "three people were killed and nine injured".)
  const shared = 'Three people were killed and nine others in the tunnel.';
  assert.equal(findQuantities(shared).find((q) => q.text === 'nine')!.about, 'were killed');
});

const gangway = sourceIndex({ title: 'Gangway toll rises', outlet: 'Southern Shore Herald', published: '2025-06-09' }, `
The port authority now counts 38 people injured in Saturday's gangway collapse.

It is the worst accident at the port since August 1995, when a gangway linking the old Ferry Pier to the ferry Calloway gave way beneath day-trippers, killing four people and injuring 17.
`);

test('"that day" after a past event\'s year speaks of that event: "…when it collapsed in August 1995? … 17 people were injured that day" is not this year\'s toll', () => {
  const before = ['Joining me is Rosalind Teague, who was on the gangway of the ferry Calloway when it collapsed in August 1995. You were twelve?'];
  const sentence = 'Seventeen people were injured in the gangway collapse that day.';
  assert.equal(findingIn(gangway, sentence, 'Seventeen', 'number', before).verdict, 'consistent');
  // (Without the year before, the day is this event's, and the toll of 38 says otherwise.)
  assert.equal(findingIn(gangway, sentence, 'Seventeen').verdict, 'conflicting');
  // (A year a thing was made in names no day: "the pier, opened in 1995," leaves "that day" this event's.)
  const opened = ['The pier, opened in 1995, was busy on Saturday.'];
  assert.equal(findingIn(gangway, sentence, 'Seventeen', 'number', opened).verdict, 'conflicting');
});
