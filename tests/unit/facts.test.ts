import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FACT_BASE_VERSION, buildFactBase, factsOfArticle } from '../../src/core/facts.ts';
import { validateFactBase } from '../../src/core/fact-base-file.ts';
import { parseTextArticle } from '../../src/core/article.ts';
import { trtArticle } from './trt.ts';

test('every figure of the TRT article is a fact with its value and noun, traced to its sentence', () => {
  const article = trtArticle();
  const facts = factsOfArticle(article).filter((f) => f.quantity?.kind === 'quantity');
  const found = facts.map((f) => [f.quantity!.text, f.value, f.quantity!.noun]);
  assert.deepEqual(found, [
    ['two', 2, 'facilities'],
    ['at least 12', 12, 'times'],
    ['four', 4, 'times'],
    ['21', 21, 'US forces'],
    ['900', 900, 'troops'],
    ['2,500', 2500, 'troops'],
    ['two', 2, 'aircraft carriers'],
    ['in the thousands', 1000, 'troops'],
  ]);
  for (const f of factsOfArticle(article)) {
    assert.equal(article.text.slice(f.start, f.end), f.sentence);
    assert.deepEqual(f.source, { title: "US claims to have hit 'Iranian targets' in Syria", outlet: 'TRT', url: '', published: '2023-10-27' });
  }
});

test('the TRT dates are facts too', () => {
  const dates = factsOfArticle(trtArticle()).filter((f) => f.quantity?.kind === 'date').map((f) => f.quantity!.date);
  assert.deepEqual(dates, ['2018-10-22', '10-17', 'thursday', 'thursday', '10-07']);
});

test('a statement without a figure is a fact', () => {
  const fact = factsOfArticle(trtArticle()).find((f) => f.sentence === 'The strikes were ordered by President Joe Biden.');
  assert.ok(fact);
  assert.equal(fact.quantity, null);
});

test('what a source advises or warns is a fact a page may report; its questions and boilerplate are not', () => {
  const article = parseTextArticle(`Title: Heart drug recalled
Outlet: Health Desk
URL: https://desk.example/recall
Published: 2026-02-01

The regulator said patients should not stop taking their medication without speaking to a doctor. What happens next? Sign up for our newsletter for more.
`);
  assert.deepEqual(factsOfArticle(article).map((f) => f.sentence), ['The regulator said patients should not stop taking their medication without speaking to a doctor.']);
});

test('the same articles give the same bytes', () => {
  const a = JSON.stringify(buildFactBase([trtArticle()]));
  const b = JSON.stringify(buildFactBase([trtArticle()]));
  assert.equal(a, b);
  assert.doesNotThrow(() => validateFactBase(JSON.parse(a)));
});

test('an article without text is refused; missing header fields are warnings', () => {
  assert.throws(() => parseTextArticle('Title: Nothing\nOutlet: X\n\n   \n'), /no text/);
  const article = parseTextArticle('Title: Only a title\n\nSome text with 3 figures.');
  assert.deepEqual(article.warnings, ['no outlet given', 'no url given', 'no published given']);
});

test('a fact base file of the wrong shape is refused with a reason', () => {
  assert.throws(() => validateFactBase([]), /JSON object/);
  assert.throws(() => validateFactBase({ version: FACT_BASE_VERSION, articles: [], facts: [{ sentence: 3 }] }), /fact 0: no sentence/);
  // A file built before a quantity could carry a role or the newer units is refused, not misread.
  assert.throws(() => validateFactBase({ version: 1, articles: [], facts: [] }), /unsupported fact base version 1 \(expected 2\)/);
  assert.throws(() => validateFactBase({ version: 99, articles: [], facts: [] }), /unsupported fact base version 99/);
});

test('each item of a list is a paragraph of its own, without its marker, as a page’s list items are', () => {
  const text = 'The count found:\n- 2,236 people were staying in emergency shelters.\n- 689 people aged 55 and over,\n  about a fifth of the total.\n1. First step.\n\n-3 degrees was the low.';
  const article = parseTextArticle(`Title: Count\n\n${text}`);
  assert.deepEqual(article.paragraphs.map((p) => p.text), ['The count found:', '2,236 people were staying in emergency shelters.',
    '689 people aged 55 and over,\n  about a fifth of the total.', 'First step.', '-3 degrees was the low.']);
  for (const p of article.paragraphs) assert.equal(article.text.slice(p.start, p.start + p.text.length), p.text);
});

test('a fact base file with a statement and a figure of one sentence is judged without breaking: the statement is no figure\'s sibling', async () => {
  const { FactIndex } = await import('../../src/core/fact-index.ts');
  const { analyseParagraphs } = await import('../../src/core/analyse.ts');
  const { findQuantities } = await import('../../src/core/numbers.ts');
  const sentence = 'Last year the council sold 4,100 homes, and in 2024 it warned that the bridge was unsafe.';
  const source = { title: 'Council', outlet: 'Gazette', url: '', published: '2025-06-18' };
  const base = { sentence, start: 0, end: sentence.length, speaker: null, speakerRole: null, source };
  const figures = findQuantities(sentence);
  const facts = [{ id: 0, ...base, quantity: null, value: null }, ...figures.map((q, i) => ({ id: i + 1, ...base, quantity: q, value: q.value }))];
  const index = new FactIndex(facts);
  assert.deepEqual(index.siblingsOf(facts[0]), [facts[0]]);
  assert.ok(index.siblingsOf(facts[1]).every((f) => f.quantity !== null));
  const findings = analyseParagraphs(['The council sold 4,100 homes in 2024, and 3,900 in 2023.'], index);
  assert.equal(findings.find((f) => f.text === '4,100')?.verdict, 'consistent');
});
