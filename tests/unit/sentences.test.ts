import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LONGEST_SENTENCE, splitSentences } from '../../src/core/sentences.ts';

test('splits at sentence ends and keeps offsets into the paragraph', () => {
  const text = 'Attacks began on Oct. 17 in Iraq. Gen. Smith said so.  "It stops now," he said.';
  const sentences = splitSentences(text);
  assert.deepEqual(sentences.map((s) => s.text), ['Attacks began on Oct. 17 in Iraq.', 'Gen. Smith said so.', '"It stops now," he said.']);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
});

test('a very long paragraph is split the same way, with right offsets, and in linear time', () => {
  const sentence = 'Officials said 12 rockets were fired at Oct. 17 targets, and 3 people were hurt. ';
  const text = sentence.repeat(5_000); // about 400,000 characters
  const sentences = splitSentences(text);
  assert.equal(sentences.length, 5_000);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(sentences.every((s) => s.text === sentence.trim()));
});

test('"No." is a number only before one: an answer that opens with "No." is a sentence of its own', () => {
  const texts = (t: string) => splitSentences(t).map((s) => s.text);
  assert.deepEqual(texts('No. Teodor Brask says families are being asked to pay.'), ['No.', 'Teodor Brask says families are being asked to pay.']);
  assert.deepEqual(texts('The fire reached No. 4 platform. Trains stopped.'), ['The fire reached No. 4 platform.', 'Trains stopped.']);
});

test('a rank before a name does not end a sentence: "Lt. Cmdr. Elena Marakis said"', () => {
  assert.deepEqual(splitSentences('Coast guard spokesperson Lt. Cmdr. Elena Marakis said six vessels were searching. The sea was rough.').map((s) => s.text),
    ['Coast guard spokesperson Lt. Cmdr. Elena Marakis said six vessels were searching.', 'The sea was rough.']);
});

test('a sentence that opens with a figure after a word\'s full stop is a sentence of its own', () => {
  assert.deepEqual(splitSentences('Knife crime is up, though. 412 offences, against 355 the year before.').map((s) => s.text),
    ['Knife crime is up, though.', '412 offences, against 355 the year before.']);
  assert.deepEqual(splitSentences('Yes. 96 people died on motorways in 2025.').map((s) => s.text), ['Yes.', '96 people died on motorways in 2025.']);
  // (Not after an abbreviation.)
  assert.equal(splitSentences('It cost approx. 5 million euros.').length, 1);
  const [, second] = splitSentences('Very busy. 418,000 patients were taken to hospital.');
  assert.equal('Very busy. 418,000 patients were taken to hospital.'.slice(second.start, second.end), second.text);
});

test('no sentence ends after an abbreviation a number follows: "Art. 5", "Fig. 3", "Nos. 3 and 4"', () => {
  for (const s of ['The court cited Art. 5 of the convention.', 'See Fig. 3 for the map.', 'Platforms Nos. 3 and 4 were closed.']) assert.equal(splitSentences(s).length, 1, s);
});

test('a hostile run of figures with no full stop is read in clauses of at most LONGEST_SENTENCE characters, none lost', () => {
  const clause = 'while 340 people were injured in 2021, ';
  const text = `Officials said that ${clause.repeat(600)}and the rest.`;
  const sentences = splitSentences(text);
  assert.ok(sentences.length > 1, 'the run is cut');
  for (const s of sentences) {
    assert.ok(s.text.length <= LONGEST_SENTENCE, `a part of ${s.text.length} characters`);
    assert.equal(text.slice(s.start, s.end), s.text, 'offsets are the paragraph’s');
    assert.ok(s === sentences.at(-1) || s.text.endsWith(','), 'cut after a clause’s comma');
  }
  // Every figure is still in one part: each "340 people" is read once.
  assert.equal(sentences.reduce((n, s) => n + s.text.split('340 people').length - 1, 0), 600);
});

test('a long sentence of news, under the limit, is read whole', () => {
  const text = `The council said ${'the new bus lanes, '.repeat(40)}would open in May.`;
  assert.ok(text.length < LONGEST_SENTENCE);
  assert.deepEqual(splitSentences(text).map((s) => s.text), [text]);
});
