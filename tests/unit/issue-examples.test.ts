import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { FactIndex } from '../../src/core/fact-index.ts';
import { findingIn, lookUp } from './findings.ts';

// The examples the verdicts issue names, word for word where it gives them, against two sources
// written for them: each is what a reader sees on the highlight.
const first = parseTextArticle(`Title: Strikes and rockets
Outlet: Wire One
URL: https://one.example/strikes
Published: 2023-11-04

An airstrike hit three clinics in the north of the city on 3 November, health officials said.

About 1,200 people were evacuated from the district.

Rockets were launched at least 30 times from Lebanon, the army said.

The navy has sent two destroyers to the region.

Thirty rockets were fired at Tel Aviv and 10 at Haifa.

Officials said 21 people were injured.

Some 500 soldiers are stationed in Jordan.

President Biden ordered the strikes, officials said.

Forces were attacked 15 times in Iraq.

Officials said 880 residents were evacuated from the town.
`);
const later = parseTextArticle(`Title: Toll rises
Outlet: Wire Two
URL: https://two.example/toll
Published: 2023-11-06

Officials said 63 people were injured in the rocket attacks on Tel Aviv and Haifa.
`);
const parts = parseTextArticle(`Title: Launches
Outlet: Wire Three
URL: https://three.example/launches
Published: 2023-11-05

The army counted 25 launches from Lebanon and 15 from Yemen.
`);
const index = new FactIndex(buildFactBase([first, later, parts]).facts);
const context = ['Strikes and rockets: the army and officials on the airstrike, Lebanon, Yemen, Tel Aviv and Haifa.'];

const finding = (sentence: string, text: string, kind: 'number' | 'claim' = 'number') => findingIn(index, sentence, text, kind, context);

/** A claim's verdict, or "not highlighted" when the sentence is not taken as a claim. */
const claimVerdict = (sentence: string) => lookUp(index, sentence, sentence, 'claim', context)?.verdict ?? 'not highlighted';

test('same thing, same value, worded differently: consistent', () => {
  assert.equal(finding('An airstrike hit three medical facilities in the city\'s north.', 'three').verdict, 'consistent');
  assert.equal(finding('About 1,200 people were evacuated from the district.', 'About 1,200').verdict, 'consistent');
  assert.equal(finding('There were at least 30 launches from Lebanon.', 'at least 30').verdict, 'consistent');
  assert.equal(finding('The navy has sent a pair of destroyers to the region.', 'a pair of').verdict, 'consistent');
  assert.equal(finding('The airstrike on the clinics came on Nov. 3.', 'Nov. 3').verdict, 'consistent');
});

test('same thing, another value: conflicting, with the source\'s value (and date) in the explanation', () => {
  const haifa = finding('Thirty rockets were fired at Haifa and 10 at Tel Aviv.', 'Thirty');
  assert.equal(haifa.verdict, 'conflicting');
  assert.match(haifa.explanation, /Wire One \(2023-11-04\) says 10 at Haifa; this page says thirty rockets were fired at Haifa\./);
  assert.equal(finding('Thirty rockets were fired at Haifa and 10 at Tel Aviv.', '10').verdict, 'conflicting');
  const injured = finding('Officials said 21 people were injured.', '21');
  assert.equal(injured.verdict, 'consistent'); // Wire One says 21; Wire Two, later, says 63
  assert.match(injured.explanation, /disagree/);
  const newer = finding('Officials said 40 people were injured in the rocket attacks.', '40');
  assert.equal(newer.verdict, 'conflicting');
  assert.match(newer.explanation, /Wire Two \(2023-11-06\)/);
});

test('different things are unverified, even with equal numbers', () => {
  assert.equal(finding('The navy has sent two aircraft carriers to the region.', 'two').verdict, 'unverified');
  assert.equal(finding('Some 500 more soldiers were deployed to the region.', 'Some 500').verdict, 'unverified');
});

test('qualifiers and arithmetic: "at least 12" agrees with 15; "about 900" with 880; a total with its parts', () => {
  assert.equal(finding('Forces were attacked at least 12 times in Iraq.', 'at least 12').verdict, 'consistent');
  assert.equal(finding('Officials said about 900 residents were evacuated from the town.', 'about 900').verdict, 'consistent');
  const total = finding('The army counted at least 40 launches.', 'at least 40');
  assert.equal(total.verdict, 'consistent');
  assert.match(total.explanation, /25 \+ 15 = 40/);
});

test('claims without numbers: the same actor and polarity agree; negation and another actor do not', () => {
  const same = 'President Biden ordered the strikes.';
  assert.equal(finding(same, same, 'claim').verdict, 'consistent');
  assert.notEqual(claimVerdict('President Biden did not order the strikes.'), 'consistent');
  assert.notEqual(claimVerdict('The strikes were not ordered by President Biden.'), 'consistent');
  assert.notEqual(claimVerdict('President Putin ordered the strikes.'), 'consistent');
});
