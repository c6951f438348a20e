import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, lookUp, sourceIndex } from './findings.ts';
import { namedSpeaker, saidByPronoun } from '../../src/core/page-speaker.ts';
import { isCheckWorthy } from '../../src/core/claims.ts';

// A speaker's words a source prints word for word tell the page's sentence, on the word of the same
// speaker: news rewrites its sentences around a quotation, but not the quotation. Measured on the
// labelled sets: 163 more right verdicts on sets 0-153, no more harmful ones.
const quake = sourceIndex({ title: 'Earthquake toll rises', outlet: 'The Halmira Post', published: '2026-03-04' }, `
Mayor Renata Solvay visited families at the rest centre on Tuesday night. "This is a dreadful night for Marrowgate, and we will not forget it," she said.

"Whole streets in the old town have simply come down," said Kestrova mayor Anton Bereczky, speaking outside the town hall.

Interior minister Petros Halvani said the army had sent two field hospitals. Fishing crews from the harbour joined the search.

"Every boat that could go out went out," said harbour master Stavros Lenaki.

"Wendholt has been cut off from its hospital, its schools and its jobs overnight," said Clara Fenwright, the mayor of Wendholt. "We need a temporary crossing, and we need it this spring, not next year."
`);
const claim = (sentence: string, context: string[] = []) => findingIn(quake, sentence, sentence, 'claim', context);

test('a quotation a source prints word for word, from the same mouth, is confirmed however the page frames it', () => {
  const framed = claim('Mayor Renata Solvay, who rushed to the scene, said: "This is a dreadful night for Marrowgate, and we will not forget it."');
  assert.equal(framed.verdict, 'consistent');
  assert.match(framed.explanation, /quotes the same words/);
  // (Who "she" is in the source, the sentence before says.)
  assert.equal(claim('"Whole streets in the old town have simply come down," Bereczky said after visiting the village of Carrow.').verdict, 'consistent');
});

test('not when the page gives the words to someone else, nor adds what the source does not say', () => {
  assert.notEqual(claim('Police chief Anton Vireck said: "This is a dreadful night for Marrowgate, and we will not forget it."').verdict, 'consistent');
  assert.notEqual(claim('Mayor Clara Fenwright said Wendholt had been "cut off from its hospital" and called for a temporary bridge to be in place by the summer.').verdict, 'consistent');
  assert.equal(claim('Mayor Clara Fenwright said Wendholt had been "cut off from its hospital" overnight.').verdict, 'consistent');
});

test('a quotation given to a pronoun is the words of whom the sentence before named as speaking', () => {
  const quoted = '"Every boat that could go out went out," he tells reporters.';
  assert.notEqual(claim(quoted, ['Interior minister Petros Halvani says local fishermen have gone out to help.']).verdict, 'consistent');
  assert.equal(claim(quoted, ['Harbour master Stavros Lenaki says local fishermen have gone out to help.']).verdict, 'consistent');
});

test('a quotation at length, said by someone, is highlighted as a claim; a short phrase alone is not', () => {
  assert.ok(lookUp(quake, '"Nobody will be left without a roof tonight," she says.', '"Nobody will be left without a roof tonight," she says.', 'claim'));
  assert.ok(!isCheckWorthy('"Nobody will be left," she says.', []));
});

test('who a page says spoke: the name before the verb or after it, by surname', () => {
  assert.equal(namedSpeaker('Interior minister Petros Halvani says local fishermen have gone out to help.'), 'Halvani');
  assert.equal(namedSpeaker('Two teams came from neighbouring Lorvany, said Hedda Morvant, head of the rescue service.'), 'Morvant');
  assert.equal(namedSpeaker('Mirela Osk, 34, who fled with her two children, told the Siren she had "heard the walls crack".'), 'Osk');
  assert.equal(namedSpeaker('"Every boat went out," he tells reporters.'), null);
  assert.ok(saidByPronoun('"Every boat went out," he tells reporters.'));
  assert.ok(!saidByPronoun('"Every boat went out," said Stavros Lenaki.'));
});

test('figures inside a quotation printed word for word, from the same mouth, confirm the sentence however it is framed', () => {
  const flood = sourceIndex({ title: 'Flash flood', outlet: 'The Pellham Gazette', published: '2025-07-20' }, `
The water hit the Whitewillow campground at around 1:30 a.m., said Captain Idris Varga, who is leading the rescue operation.

"The river rose by three metres in less than 20 minutes," Varga told reporters at a command post at the mouth of the canyon.
`);
  const framed = 'Captain Idris Varga, who is leading the rescue, says the river rose "by three metres in less than 20 minutes".';
  const found = findingIn(flood, framed, framed, 'claim');
  assert.equal(found.verdict, 'consistent');
  assert.match(found.explanation, /quotes the same words/);
  const another = 'Mayor Ilse Brandt, who is leading the rescue, says the river rose "by three metres in less than 20 minutes".';
  assert.notEqual(findingIn(flood, another, another, 'claim').verdict, 'consistent');
});

test('a day a speaker’s quoted words name is theirs, not the page’s: the source that prints the words gives it too', () => {
  const shelter = sourceIndex({ title: 'Fire leaves families homeless', outlet: 'The Corran Echo', published: '2025-09-12' }, `
Mayor Rosalind Achterberg opened the sports hall as a shelter. "Nobody will be left without a roof tonight," she said.
`);
  const quoted = 'Mayor Rosalind Achterberg vowed: "Nobody will be left without a roof tonight."';
  assert.equal(findingIn(shelter, quoted, quoted, 'claim').verdict, 'consistent');
  const told = 'Mayor Rosalind Achterberg said tonight that nobody had been left without a roof.';
  assert.notEqual(findingIn(shelter, told, told, 'claim').verdict, 'consistent');
});

test('what a review found: the words are not confirmed from another mouth, however the page or the source puts it', () => {
  const town = sourceIndex({ title: 'Night of fire', outlet: 'The Halmira Post', published: '2026-03-04' }, `
Mayor Renata Solvay toured the burned streets. "This is a dreadful night for Marrowgate, and we will not forget it," she said.

Police chief Anton Vireck met Mayor Renata Solvay at the town hall. "We are doing everything we can for the families," he said.

Councillor Ida Brenner denied saying "the fire service arrived far too late for the families".

"She was not at the town hall when the fire started," said the fire chief, Oskar Lund.
`);
  const verdict = (sentence: string, context: string[] = []) => findingIn(town, sentence, sentence, 'claim', context).verdict;
  const dreadful = '"This is a dreadful night for Marrowgate, and we will not forget it,"';
  assert.equal(verdict(`${dreadful} Mayor Renata Solvay said.`), 'consistent');
  assert.notEqual(verdict(`${dreadful} Mayor of Halmira Anton Vireck said.`), 'consistent');
  assert.notEqual(verdict(`${dreadful} a police officer said.`), 'consistent');
  assert.notEqual(verdict(`${dreadful} he said.`, ['Police chief Anton Vireck arrived at midnight.']), 'consistent');
  assert.notEqual(verdict(`${dreadful} he added.`, ['Police chief Anton Vireck said the streets were closed. "We are doing what we can," he said.']), 'consistent');
  // (The source's "he" is whom its sentence before names as speaking, not whom it names at all.)
  assert.notEqual(verdict('"We are doing everything we can for the families," Mayor Renata Solvay said.'), 'consistent');
  // (A denial on either side.)
  assert.notEqual(verdict('Councillor Ida Brenner said "the fire service arrived far too late for the families".'), 'consistent');
  // (Whole words.)
  assert.notEqual(verdict('"He was not at the town hall when the fire started," said the fire chief, Oskar Lund.'), 'consistent');
});

test('the core runs in a browser: no Node global in src', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const files = (await readdir(new URL('../../src/', import.meta.url), { recursive: true })).filter((f) => f.endsWith('.ts'));
  const offending = [];
  for (const f of files) if (/\bprocess\.(?:env|argv)\b/.test(await readFile(new URL(`../../src/${f}`, import.meta.url), 'utf8'))) offending.push(f);
  assert.deepEqual(offending, []);
});

test('what a second review found: a speaker merely mentioned, a quotation cut from a denial, a speaker by a common noun or a place', () => {
  const harbour = sourceIndex({ title: 'Harbour rescue', outlet: 'The Halmira Post', published: '2026-03-04' }, `
"Whole streets in the old town have simply come down," said Anton Bereczky, standing beside Mayor Renata Solvay in Marrowgate.

"We do not believe the Harrow bridge is safe to use for heavy lorries," said chief engineer Tiernan Vantrell.

"Every boat that could go out went out," said harbour master Stavros Lenaki in Marrowgate.
`);
  const verdict = (sentence: string, context: string[] = []) => findingIn(harbour, sentence, sentence, 'claim', context).verdict;
  assert.equal(verdict('Anton Bereczky said: "Whole streets in the old town have simply come down."'), 'consistent');
  assert.notEqual(verdict('Mayor Renata Solvay said: "Whole streets in the old town have simply come down."'), 'consistent');
  assert.notEqual(verdict('Tiernan Vantrell said the Harrow bridge "is safe to use for heavy lorries".'), 'consistent');
  assert.notEqual(verdict('The police said: "Every boat that could go out went out."'), 'consistent');
  assert.notEqual(verdict('Police in Marrowgate said: "Every boat that could go out went out."'), 'consistent');
  assert.notEqual(verdict('Lenaki said Solvay had told him: "Every boat that could go out went out."'), 'consistent');
  assert.notEqual(verdict('Stavros Lenaki was misquoted as saying: "Every boat that could go out went out."'), 'consistent');
  assert.notEqual(verdict('"Every boat that could go out went out," she said.', ['WHO SAID WHAT']), 'consistent');
  assert.equal(verdict('"Every boat that could go out went out," said Stavros Lenaki.'), 'consistent');
});
