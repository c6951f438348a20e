import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourcesIndex } from './findings.ts';

// A live blog's time stamp ("08:20 — ") is when the entry was posted: it is no part of what the
// entry tells, so its figures are judged as the same words without it. A harmful verdict on the
// hundred-and-fifty-ninth held-out set: the stamp made "four people died" a contradiction of the
// first report's three, where the later report's toll of four agrees.
const index = sourcesIndex([
  { title: 'Supermarket roof collapses under snow', outlet: 'Varrow Valley Courier', published: '2026-01-14', text: `
Three people were killed and 21 injured when part of the roof of a Corran Markets supermarket in Varrowby collapsed under the weight of snow at about 4:40 p.m. on 13 January, while the store was busy with shoppers, the Varrowby Fire and Rescue Service said.
` },
  { title: 'Death toll rises to four in Varrowby supermarket roof collapse', outlet: 'Nordmark Chronicle', published: '2026-01-15', text: `
The death toll from the collapse of a supermarket roof in Varrowby rose to four on Wednesday after a 71-year-old woman died of her injuries at Varrowby General Hospital, police said.
` },
]);

test('an entry after its time stamp is judged as its words without it', () => {
  const entry = 'Police have confirmed that four people died in the collapse.';
  const plain = findingIn(index, entry, 'four');
  const stamped = findingIn(index, `08:20 — ${entry}`, 'four');
  assert.equal(plain.verdict, 'consistent', plain.explanation);
  assert.equal(stamped.verdict, plain.verdict, stamped.explanation);
  assert.equal(stamped.explanation, plain.explanation);
  // (The stamp itself is still shown as when the entry was posted, never compared.)
  assert.equal(findingIn(index, `08:20 — ${entry}`, '08:20').verdict, 'unverified');
});
