import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, lookUp, sourceIndex } from './findings.ts';
import { analyseParagraphs } from '../../src/core/analyse.ts';
import { isCheckWorthy } from '../../src/core/claims.ts';

// Which sentences are highlighted as claims, and what a claim's figures leave unsaid. Each case
// was a claim the labelled pages hold that Sourcelight did not highlight, or judged on its figures alone.

const transport = sourceIndex({ title: 'Ridership', outlet: 'Transport Ledger', published: '2025-06-11' },
  'Buses carried 198 million journeys last year, up 3%. Five people died in the crash, police said. ' +
  'Event recorders put the collision at 7:43 a.m., investigators said. Hardware and garden centres saw sales fall 3.4%, a third quarterly fall in a row. ' +
  'The airport will remain closed until at least 6 p.m. on 8 October, the operator said.');
const claimOf = (sentence: string) => lookUp(transport, sentence, sentence.trim(), 'claim');

test('a list’s item with a figure, and a three-word sentence with one, are claims', () => {
  assert.equal(claimOf('Buses: 198 million journeys, up 3%')?.verdict, 'consistent');
  assert.ok(claimOf('Five people died.'), 'a three-word sentence with a figure is highlighted');
  assert.ok(claimOf('Buses: 3%'), 'a label and its figure alone is a list’s item');
  // (Not a label without a figure, nor three words without one.)
  assert.equal(claimOf('What we know: the basics'), undefined);
  assert.equal(claimOf('Police are investigating.'), undefined);
});

test('a belief, a requirement or a helpline with a figure is a claim; advice to call one, or a belief without a figure, is not', () => {
  assert.ok(claimOf('Engineers believe the snow on the roof weighed about 180 kg per square metre.'));
  assert.ok(claimOf('The inquiry must report within 12 months.'));
  assert.ok(claimOf('The network\'s helpline took 41,000 calls during the outage.'));
  assert.equal(claimOf('Anyone worried can call the helpline on 0800 123 456.'), undefined);
  assert.equal(claimOf('Engineers believe the roof was badly designed.'), undefined);
});

test('a sentence that gives a time is a claim', () => {
  assert.equal(claimOf('The event recorders put the collision at 7:43 a.m.')?.verdict, 'consistent');
});

test('an ordinal the source does not give leaves a claim unconfirmed, its figures agreeing', () => {
  const item = 'Hardware and garden centres: down 3.4%, their fourth quarterly fall in a row';
  assert.equal(findingIn(transport, item, '3.4%').verdict, 'consistent');
  const said = claimOf(item)!;
  assert.equal(said.verdict, 'unverified');
  assert.match(said.explanation, /does not say “fourth”/);
  assert.equal(claimOf('Hardware and garden centres: down 3.4%, their third quarterly fall in a row')?.verdict, 'consistent');
});

test('"tomorrow" places a claim on a day the source names otherwise', () => {
  assert.equal(claimOf('The airport will stay closed until at least 6 p.m. tomorrow, the operator said.')?.verdict, 'unverified');
});

test('a body the source article names in another sentence may say a claim where the source sentence speaks of that kind of body; a person must be named where the figures are', () => {
  const crash = sourceIndex({ title: 'Crossing crash', outlet: 'Orland Evening Post', published: '2025-11-04' },
    'The Rail Accident Investigation Board sent inspectors to the crossing. The board said 27 people were injured in the crash. ' +
    'Brask Police cordoned off the road. The fire service said 12 people were treated at the scene. ' +
    'Governor Ilka Branvold visited the scene. Rennick mayor Tobias Kell ordered the evacuation of the station at 4:05 a.m.');
  const claim = (text: string) => lookUp(crash, text, text, 'claim')?.verdict;
  assert.equal(claim('The Rail Accident Investigation Board says 27 people were injured in the crash.'), 'consistent');
  // (Brask Police are named in the article, but the fire service gave the count.)
  assert.notEqual(claim('Brask Police said 12 people were treated at the scene.'), 'consistent');
  assert.notEqual(claim('Governor Ilka Branvold ordered the evacuation of the station at 4:05 a.m.'), 'consistent');
});

test('a quotation with its speaker after the verb ("…," said its president, Teodor Vask) is his; another speaker’s is not', () => {
  const union = sourceIndex({ title: 'Turbulence', outlet: 'Quintor Herald', published: '2025-03-10' },
    'The union\'s president, Teodor Vask, said cabin crew should not serve hot drinks where turbulence is forecast. "A cup of coffee is not worth a broken back," he said. ' +
    'Mayor Ruth Abernathy urged residents to check on neighbours.');
  const his = '"A cup of coffee is not worth a broken back," said its president, Teodor Vask.';
  assert.equal(lookUp(union, his, his, 'claim')?.verdict, 'consistent');
  const hers = '"A cup of coffee is not worth a broken back," said Mayor Ruth Abernathy.';
  assert.notEqual(lookUp(union, hers, hers, 'claim')?.verdict, 'consistent');
  // (Nor words the source gives without a speaker, put in a named person's mouth.)
  const officials = sourceIndex({ title: 'Storm', outlet: 'Quintor Herald', published: '2025-03-10' }, 'Officials said 300 homes were damaged in the storm.');
  const resident = '"About 300 homes were damaged in the storm," said resident Jon Hale.';
  assert.notEqual(lookUp(officials, resident, resident, 'claim')?.verdict, 'consistent');
});

test('a claim with a time no source confirms is not confirmed by its other words', () => {
  const match = sourceIndex({ title: 'Cup final', outlet: 'Quintor Herald', published: '2025-03-10' }, 'The cup final at Brask Park kicks off at 3pm on Saturday, the league said.');
  assert.notEqual(lookUp(match, 'The cup final at Brask Park kicks off at 5pm.', 'The cup final at Brask Park kicks off at 5pm.', 'claim')?.verdict, 'consistent');
});

test('a body is spoken of as a body ("the board said"), not found in another word ("on board")', () => {
  const flight = sourceIndex({ title: 'Diversion', outlet: 'Quintor Herald', published: '2025-03-10' },
    'The Civil Aviation Safety Board opened an inquiry. The airline said 140 passengers were on board.');
  const claim = 'The Civil Aviation Safety Board said 140 passengers were on board.';
  assert.notEqual(lookUp(flight, claim, claim, 'claim')?.verdict, 'consistent');
});

test('a name the source spells otherwise is the same actor: "The United States" is the source\'s "US"', () => {
  const trt = sourceIndex({ title: 'Strikes', outlet: 'TRT', published: '2023-10-27' }, 'The United States has 900 troops in Syria, and 2,500 more in neighbouring Iraq.');
  const claim = 'The United States keeps about 900 troops in Syria and 2,500 more in neighbouring Iraq.';
  assert.equal(lookUp(trt, claim, claim, 'claim')?.verdict, 'consistent');
});

test('a transcript speaker\'s label is not part of the claim that follows it; a heading in capitals is', () => {
  const claims = (paragraphs: string[]) => analyseParagraphs(paragraphs, transport).filter((f) => f.kind === 'claim').map((f) => f.text);
  // (A transcript: a speaker labelled twice, or one the label says is of the newsroom.)
  assert.deepEqual(claims(['ERIK DAHL: Five people died in the crash, police said.', 'HANNE VOS: Thank you.', 'ERIK DAHL: Buses carried 198 million journeys last year.']),
    ['Five people died in the crash, police said.', 'Buses carried 198 million journeys last year.']);
  assert.deepEqual(claims(['HANNE VOS (presenter): Buses carried 198 million journeys last year.']), ['Buses carried 198 million journeys last year.']);
  // (Not a heading that says where or who: "NORTHERN IRELAND: Unemployment fell to 2.4%.")
  assert.deepEqual(claims(['NORTHERN IRELAND: Buses carried 198 million journeys last year.']), ['NORTHERN IRELAND: Buses carried 198 million journeys last year.']);
  // (A guest's label too, once a presenter's makes the page a transcript.)
  assert.deepEqual(claims(['DANA WHITLOCK, PRESENTER: Joining me is Kelvin Mack.', 'KELVIN MACK (Lancet editor): Buses carried 198 million journeys last year.']),
    ['Joining me is Kelvin Mack.', 'Buses carried 198 million journeys last year.']);
  // (Radio gives a surname alone after the first turn: "VOS:"; twice makes a transcript too.)
  assert.deepEqual(claims(['VOS: Thank you.', 'DAHL: Buses carried 198 million journeys last year.', 'VOS: And trams?']),
    ['Buses carried 198 million journeys last year.']);
  assert.deepEqual(claims(['DAHL: Buses carried 198 million journeys last year.']), ['DAHL: Buses carried 198 million journeys last year.']);
});

test('a wire dateline is not part of the claim it opens, with or without its day', () => {
  const claims = (paragraph: string) => analyseParagraphs([paragraph], transport).filter((f) => f.kind === 'claim').map((f) => f.text);
  for (const dateline of ['MARROWICK, Oct. 14 — ', 'OSTRAND, Oct 16 (MPA) - ', 'PORT ADLEY (MPA) - ', 'KESSARIN, Upper Vessa (TPA) — ', 'ESSENDALE — ']) {
    assert.deepEqual(claims(`${dateline}Buses carried 198 million journeys last year.`), ['Buses carried 198 million journeys last year.']);
  }
  // (The dateline's place still says where: Essendale's police are not Marrowby's.)
  const clashes = sourceIndex({ title: 'Clashes', outlet: 'Marrowby Post', published: '2025-04-02' }, 'Police in Marrowby arrested 14 people after clashes at a football match.');
  const claim = 'Police arrested 14 people after clashes at a football match.';
  assert.equal(lookUp(clashes, `MARROWBY (AWS) - ${claim}`, claim, 'claim')?.verdict, 'consistent');
  assert.equal(lookUp(clashes, `ESSENDALE (AWS) - ${claim}`, claim, 'claim')?.verdict, 'unverified');
  // (Not a sentence that opens with a name in capitals.)
  assert.deepEqual(claims('NATO said buses carried 198 million journeys last year.'), ['NATO said buses carried 198 million journeys last year.']);
});

test('a claim whose figures agree but that puts them on another side is not confirmed', () => {
  const slide = sourceIndex({ title: 'Avalanche', outlet: 'Alpine Post', published: '2025-02-11' },
    'In January 1991 a slide on the Harrach\'s eastern flank flattened a hut and killed nine people.');
  assert.equal(lookUp(slide, 'In January 1991 a slide on the Harrach\'s western flank flattened a hut and killed nine people.',
    'In January 1991 a slide on the Harrach\'s western flank flattened a hut and killed nine people.', 'claim')?.verdict, 'unverified');
  assert.equal(lookUp(slide, 'In January 1991 a slide on the Harrach\'s eastern flank flattened a hut and killed nine people.',
    'In January 1991 a slide on the Harrach\'s eastern flank flattened a hut and killed nine people.', 'claim')?.verdict, 'consistent');
});

test('a claim on the other carriageway is not confirmed', () => {
  const road = sourceIndex({ title: 'Pile-up', outlet: 'Lenning Post', published: '2025-11-04' },
    'The southbound lane of the Greywater Motorway stayed closed for 21 hours after the crash.');
  const claim = 'The northbound lane of the Greywater Motorway stayed closed for 21 hours after the crash.';
  assert.equal(lookUp(road, claim, claim, 'claim')?.verdict, 'unverified');
});

test('what a named person is reported to say, think or plan is a claim; the same unattributed is not', () => {
  assert.ok(claimOf('Professor Ansel Ravik said the regulator should publish the full data.'), 'an opinion put in a named mouth is highlighted');
  assert.ok(claimOf('"We will want to see the full data," said Professor Ansel Ravik.'), 'a plan said by a named person is highlighted');
  assert.equal(claimOf('The regulator should publish the full data.'), undefined);
  assert.equal(claimOf('The regulator will publish the full data.'), undefined);
});

test('a claim whose figures agree is confirmed when its sources say nearly half of the rest of it', () => {
  const mine = sourceIndex({ title: 'Mine', outlet: 'Skelholt Courier', published: '2025-11-09' }, 'Rescuers pulled 17 miners from the flooded mine.');
  // (Five of its eleven other words are the source's.)
  const told = 'Rescuers pulled 17 miners from the flooded mine after a long night of digging through rubble and thick mud.';
  assert.equal(lookUp(mine, told, told, 'claim')?.verdict, 'consistent');
  // (Not one that says much more the source does not: four of eleven.)
  const more = 'Rescuers pulled 17 miners out after a long night of digging through collapsed rubble and thick freezing mud.';
  assert.notEqual(lookUp(mine, more, more, 'claim')?.verdict, 'consistent');
});

test('that no one was hurt or killed is a claim, short as it is; a wish that no one be hurt is not', () => {
  assert.ok(isCheckWorthy('Nobody was killed in the blast.', []));
  // (A bare "Nobody was killed." says of no event; a source of another could confirm it.)
  assert.ok(!isCheckWorthy('Nobody was killed.', []));
  assert.ok(isCheckWorthy('No one in the main village was hurt.', []));
  assert.ok(isCheckWorthy('There are no reports of deaths.', []));
  assert.ok(!isCheckWorthy('No one should be hurt by a bridge.', []));
  assert.ok(!isCheckWorthy('Nobody will be harmed, the mayor promised.', []));
});
