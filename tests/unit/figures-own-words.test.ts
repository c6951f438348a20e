import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { ownSameWords, wordsOwned } from '../../src/core/figure-words.ts';

// A sentence of several figures of one unit: which words are whose. Confirming a figure by a source
// sentence that gives its value once needed no other figure of the unit on either side (a swap hides
// there); the figures' own words now tell a swap from a retelling. (Without the rule that a page
// figure's words are none the source gives another figure, five more harmful verdicts on the
// labelled sets, one on a set whose harms are fixed: eval-verdicts.test.ts then fails.)

const election = sourceIndex({ title: 'Civic Forward wins', outlet: 'Osterby Ledger', published: '2025-09-29' },
  'Civic Forward took 68 of the 200 seats in the Chamber of Deputies with 31.4 percent of the vote, up from 59 seats in 2021. The Social Democratic Accord, which has led the government for the past four years, fell to 54 seats from 71, with 25.2 percent.');

test('a figure is confirmed by a source sentence of several figures when its own words are that figure’s', () => {
  const results = 'Final results are in: Civic Forward 68 seats (31.4%), Social Democratic Accord 54 (25.2%).';
  assert.equal(findingIn(election, results, '31.4%').verdict, 'consistent');
  assert.equal(findingIn(election, results, '25.2%').verdict, 'consistent');
});

test('never when the page gives it words the source gives another figure: a swap', () => {
  const crime = sourceIndex({ title: 'Veldmoor crime figures', outlet: 'Veldmoor Courier', published: '2025-02-04' },
    'Car thefts rose 8% while violent crime rose 2.4% last year.');
  const swapped = 'In a grim year for the northern suburbs, violent crime rose 8% while car thefts rose 2.4% as the force struggled with staff shortages and budget cuts.';
  assert.notEqual(findingIn(crime, swapped, '8%').verdict, 'consistent');
  assert.notEqual(findingIn(crime, swapped, '2.4%').verdict, 'consistent');
  const told = 'In a grim year for the northern suburbs, car thefts rose 8% while violent crime rose 2.4% as the force struggled with staff shortages and budget cuts.';
  assert.equal(findingIn(crime, told, '8%').verdict, 'consistent');
});

test('nor when the two sentences name the same groups in the opposite order', () => {
  const survey = sourceIndex({ title: 'Health survey', outlet: 'Restavian Health Wire', published: '2025-10-21' },
    'Men were more likely than women to be obese (26.1% against 23.2%), the national health survey found.');
  assert.notEqual(findingIn(survey, 'Women are more likely to be obese than men, at 26.1% against 23.2%, the national health survey found.', '26.1%').verdict, 'consistent');
});

test('nor when both give other figures and those differ: two estimates of a crowd', () => {
  const march = sourceIndex({ title: 'Fares march', outlet: 'Northgate Herald', published: '2025-10-14' },
    'The march on 11 October drew about 35,000 people by the police estimate and 60,000 according to the Fair Fares Alliance, which organised it.');
  const crowd = findingIn(march, 'An astonishing 90,000 people packed the streets, organisers claimed, though police put the crowd at 60,000.', '60,000');
  assert.notEqual(crowd.verdict, 'consistent');
});

test('words are owned read both ways, since the last figure or up to the next', () => {
  const sentence = 'Clothing and footwear sales rose 4.8% and electronics and appliance sales 3.9%.';
  const first = { start: sentence.indexOf('4.8%'), end: sentence.indexOf('4.8%') + 4 };
  const second = { start: sentence.indexOf('3.9%'), end: sentence.indexOf('3.9%') + 4 };
  assert.ok(wordsOwned(sentence, [first, second], first, 'before').has('cloth'));
  assert.ok(!wordsOwned(sentence, [first, second], first, 'before').has('electron'));
  assert.ok(wordsOwned(sentence, [first, second], second, 'before').has('electron'));
  assert.ok(wordsOwned(sentence, [first, second], first, 'after').has('electron'));
  assert.equal(ownSameWords({ sentence, figures: [first, second], figure: first }, { sentence, figures: [first, second], figure: first }), true);
  assert.equal(ownSameWords({ sentence, figures: [first, second], figure: first }, { sentence, figures: [first, second], figure: second }), false);
});

test('read by clauses, a word between two figures is the one of its clause: "4.8% for electronics" is not clothing’s 4.8%', () => {
  const retail = sourceIndex({ title: 'Retail sales', outlet: 'Kestria Statistics Wire', published: '2025-10-14' },
    'Clothing sales in Kestria rose 4.8% in September while electronics sales rose 3.9%, the statistics office said.');
  assert.notEqual(findingIn(retail, 'The statistics office said sales in Kestria rose 4.8% in September for electronics.', '4.8%').verdict, 'consistent');
  assert.equal(findingIn(retail, 'The statistics office said clothing sales in Kestria rose 4.8% in September.', '4.8%').verdict, 'consistent');
});

test('a sentence told again with two figures swapped is not told again: each figure’s own words are another’s', () => {
  const police = sourceIndex({ title: 'Veldmoor crime', outlet: 'Veldmoor Courier', published: '2025-02-04' },
    'Car thefts went the other way, rising 8% to 2,215, while violent crime rose 2.4% to 6,940 offences, driven mainly by assaults in the city centre.');
  const swapped = 'Violent crime went the other way, rising 8% to 2,215, while car thefts rose 2.4%.';
  assert.notEqual(findingIn(police, swapped, '8%').verdict, 'consistent');
  const told = 'Car thefts went the other way, rising 8% to 2,215, while violent crime rose 2.4%.';
  assert.equal(findingIn(police, told, '8%').verdict, 'consistent');
  // (A word both page figures' clauses give tells neither apart.)
  const fire = sourceIndex({ title: 'Tower fire', outlet: 'Marrowgate Chronicle', published: '2025-03-09' },
    'Twenty-five fire engines and about 150 firefighters were sent to the scene at the height of the blaze.');
  assert.equal(findingIn(fire, 'Twenty fire engines and about 150 firefighters have been sent to the fire, the service says.', 'about 150').verdict, 'consistent');
});

test('a bracket is set in its subject’s clause: the subject before it is still the figure’s', () => {
  const crime = sourceIndex({ title: 'Dunmere crime', outlet: 'Dunmere Post', published: '2025-10-14' },
    'Violent crime in Dunmere rose 8% last year while car thefts rose 2.4%, the national statistics office said.');
  const swapped = 'Car thefts in Dunmere (a category police say is under-reported) rose 8% last year while violent crime rose 2.4%.';
  assert.notEqual(findingIn(crime, swapped, '8%').verdict, 'consistent');
});
