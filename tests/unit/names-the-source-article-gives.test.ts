import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';

// A sentence whose figures agree with a source sentence, and whose names the source article gives
// elsewhere ("Calloway" where the source sentence says "the firm", "she"), says what the source
// says, when that sentence names no one the page does not. A person or body the source sentence
// names, or whom its "he" stands for, is another actor.

const roof = sourceIndex({ title: 'Warehouse roof collapse', outlet: 'Lenholt Courier', published: '2026-01-15' }, `
About 410 people work at the Calloway Freight distribution centre in Marrowick.
Company spokesperson Noor Vantreight said the firm was devastated and was cooperating fully with the emergency services.
She said the roof had passed its last structural inspection in 2023.
Sports Minister Lena Achterberg visited the site on Thursday.
He also ordered inspections of the roofs of all 31 regional warehouses before the end of June.
Interior Minister Leontine Farrow announced 400 new firefighter posts for the region.
`);

test('names the source article gives beside a sentence that names no one else confirm it', () => {
  const inspected = 'In a statement, Calloway spokesperson Noor Vantreight said the roof passed its last structural inspection in 2023.';
  const claim = findingIn(roof, inspected, inspected, 'claim');
  assert.equal(claim.verdict, 'consistent', claim.explanation);
});

test('an actor the source sentence names, or whom its "he" stands for, is not the page’s', () => {
  const posts = 'Chief Fire Officer Bernhard Ashdown announced 400 new firefighter posts for the region.';
  assert.equal(findingIn(roof, posts, posts, 'claim').verdict, 'unverified');
  const inspections = 'Company spokesperson Noor Vantreight ordered inspections of the roofs of all 31 regional warehouses before the end of June.';
  assert.equal(findingIn(roof, inspections, inspections, 'claim').verdict, 'unverified');
});

test('a page that denies someone said what a source has them say is not confirmed by it', () => {
  const vey = sourceIndex({ title: 'Cycling deaths', outlet: 'Marrowgate Standard', published: '2025-02-06' },
    '"But 11 deaths is still 11 too many, and we will not rest until that number is zero," said Councillor Rhiannon Vey.');
  const denied = 'Councillor Rhiannon Vey has not admitted that 11 deaths is too many.';
  const claim = findingIn(vey, denied, denied, 'claim');
  assert.equal(claim.verdict, 'unverified');
  assert.match(claim.explanation, /where this page says it was not/);
  const said = 'Councillor Rhiannon Vey said that 11 deaths is still 11 too many.';
  assert.equal(findingIn(vey, said, said, 'claim').verdict, 'consistent');
});

test('"next week" is a day relative to when the page was written, which no source can confirm', () => {
  const budget = sourceIndex({ title: 'Support package', outlet: 'Selmarsk Business Daily', published: '2025-10-16' },
    'Finance Minister Maret Solberg said the government would set out a support package worth 4 billion norvas on 28 October.');
  const nextWeek = 'Finance Minister Maret Solberg says the government will set out a support package worth 4 billion norvas next week.';
  const claim = findingIn(budget, nextWeek, nextWeek, 'claim');
  assert.equal(claim.verdict, 'unverified');
  assert.match(claim.explanation, /relative to when it was written/);
});

test('an act the source denies of the very thing the page’s act is done to is not confirmed by its date', () => {
  const tax = sourceIndex({ title: 'Fuel tax', outlet: 'Kestrian Business Daily', published: '2025-03-11' },
    'Finance Minister Agathe Mirrow said the government would not change its plan to raise value-added tax on fuel from 1 July. ' +
    'Union leaders said they would strike on 3 April if the government did not withdraw the bill, which is due for its first vote on 8 April.');
  const dropped = 'Finance Minister Agathe Mirrow said the government would drop its plan to raise value-added tax on fuel from 1 July.';
  const claim = findingIn(tax, dropped, dropped, 'claim');
  assert.equal(claim.verdict, 'unverified');
  assert.match(claim.explanation, /the source says the opposite/);
  // (A denial inside a condition denies nothing: "if the government did not withdraw the bill".)
  const vote = 'The bill is due for its first vote on 8 April.';
  assert.equal(findingIn(tax, vote, vote, 'claim').verdict, 'consistent');
});

test('whom a source sentence’s actor is, however it names them, is not another the page names (found by a review)', () => {
  const cases: Array<[string, string]> = [
    // ("They" after an end attribution: still whom the sentence before names.)
    ['Government troops of the Ardenian Army entered Tarnow at dawn. They killed 14 civilians in the market, the United Nations said. Rebels of the Northern Front withdrew to the hills.',
      'The Northern Front killed 14 civilians in the market, the United Nations said.'],
    // ("It" is the company the sentence before names.)
    ['Harlow Steel said on Monday it would buy its rival Brekk Metals for 90 million euros. It will cut 400 jobs at the Tarn plant.',
      'Brekk Metals will cut 400 jobs at the Tarn plant.'],
    // ("The airline" is the one on strike, not its rival.)
    ['Skylark Airways cabin crew began a 48-hour strike on Sunday. The airline cancelled 40 flights to Vennmouth. Rival Corrant Air said its services were running normally.',
      'Corrant Air cancelled 40 flights to Vennmouth.'],
    // (An actor after an opening phrase: "Two days later, the regional government sent…".)
    ['Marrow County firefighters stayed in Dunmere to protect the town. Two days later, the regional government sent 300 firefighters to Tarn.',
      'Marrow County sent 300 firefighters to Tarn.'],
    // (A passive names no one: not the person the article names elsewhere.)
    ['Police arrested Jonas Brekk, 34, on Tuesday on suspicion of arson. His brother Erik Brekk was questioned and released. Three people were injured in the fire at the Tarn market.',
      'Erik Brekk injured three people in the fire at the Tarn market.'],
    ['Mayor Ilona Sterk visited the street and spoke to residents. An independent review of all 214 gas mains in the street was ordered.',
      'Mayor Ilona Sterk ordered an independent review of all 214 gas mains in the street.'],
  ];
  for (const [source, page] of cases) {
    const index = sourceIndex({ title: 'Report', outlet: 'Lenholt Courier', published: '2026-01-15' }, source);
    assert.equal(findingIn(index, page, page, 'claim').verdict, 'unverified', page);
  }
});
