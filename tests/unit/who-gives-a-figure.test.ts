import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex } from './findings.ts';
import { actorOf } from '../../src/core/figure-actor.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// Two estimates of one thing by two actors are two claims: a page that gives one actor's figure in
// the other's mouth is not confirmed by it (found by a review that tried made-up pages; the labelled
// sets lose no right verdict to the rule).

const march = sourceIndex({ title: 'Pension march', outlet: 'Ostreva Post', published: '2025-10-14' },
  'The Ostreva pension march drew 60,000 people, organisers said, while police put the turnout at 35,000.');

test('a crowd the organisers counted is not confirmed as the police’s count', () => {
  const police = findingIn(march, 'Police put the turnout at the Ostreva pension march at 60,000 people.', '60,000');
  assert.equal(police.verdict, 'unverified');
  assert.match(police.explanation, /on the word of organisers/);
  assert.equal(findingIn(march, 'Organisers said 60,000 people joined the Ostreva pension march.', '60,000').verdict, 'consistent');
});

test('an institution’s figure is not another institution’s, whatever names the sentences share', () => {
  const inflation = sourceIndex({ title: 'Inflation', outlet: 'Kestria Business', published: '2025-10-14' },
    'Inflation in Kestria was 4.1% in September, the central bank said, while the statistics office put it at 3.8%.');
  assert.equal(findingIn(inflation, 'Inflation in Kestria was 4.1% in September, the statistics office said.', '4.1%').verdict, 'unverified');
  assert.equal(findingIn(inflation, 'Inflation in Kestria was 4.1% in September, the central bank said.', '4.1%').verdict, 'consistent');
});

test('who is named only as a kind of anyone, or by a name against a kind, tells nothing', () => {
  const strike = sourceIndex({ title: 'Strike', outlet: 'Tallmark Press Agency', published: '2025-11-06' },
    'Mirela Dost said the nurses would stage a further 72-hour strike from 12 November.');
  assert.equal(findingIn(strike, 'The union says it will stage a further 72-hour strike from Nov. 12.', '72-hour').verdict, 'consistent');
  const fares = sourceIndex({ title: 'Strike cost', outlet: 'Ilvarne Metro Herald', published: '2025-10-17' },
    'The strike cost €6.8 million in lost fares, ICT said.');
  assert.equal(findingIn(fares, 'Ilvarne City Transport says the strike cost it €6.8 million in lost fares.', '€6.8 million').verdict, 'consistent');
});

test('the words that give a figure are read in its own clause', () => {
  const sentence = 'The march drew about 35,000 people by the police’s estimate and 60,000 according to the Fair Fares Alliance.';
  const figures = findQuantities(sentence).filter((q) => q.kind === 'quantity');
  assert.deepEqual([...actorOf(sentence, figures, figures[0])!.keys], ['polic']);
  assert.ok(actorOf(sentence, figures, figures[1])!.keys.has('allianc'));
  assert.ok(!actorOf(sentence, figures, figures[1])!.keys.has('polic'));
  const medics = 'Medics say 12 to 15 people were hurt.';
  const hurt = findQuantities(medics).filter((q) => q.kind === 'quantity');
  assert.equal(actorOf(medics, hurt, hurt[0]), null);
});

test('kinds that give one official count are not rivals; an actor the source gives another figure to is', () => {
  const toll = sourceIndex({ title: 'Collapse', outlet: 'Kellsworth Gazette', published: '2025-11-13' },
    'Fourteen people were injured, the health ministry said.');
  assert.equal(findingIn(toll, 'Fourteen people were injured, the hospital said.', 'Fourteen').verdict, 'consistent');
  const forecasts = sourceIndex({ title: 'Forecasts', outlet: 'Kestria Business', published: '2025-10-14' },
    'The central bank expects growth of 1.8% next year, while the IMF forecasts 1.2%.');
  assert.equal(findingIn(forecasts, 'The IMF expects growth of 1.8% next year.', '1.8%').verdict, 'unverified');
  assert.equal(findingIn(forecasts, 'The central bank expects growth of 1.8% next year.', '1.8%').verdict, 'consistent');
  const landslide = sourceIndex({ title: 'Landslide', outlet: 'Vessa News', published: '2025-10-23' },
    'The Kessarin landslide killed 212 people, according to the regional government, while aid groups said 340 died.');
  assert.equal(findingIn(landslide, 'The Kessarin landslide killed 212 people, according to aid groups.', '212').verdict, 'unverified');
});

test('a body the page says gave figures the source gives in no one\'s voice may be named anywhere in the article', () => {
  const fire = sourceIndex({ title: 'House explosion', outlet: 'The Aldermoor Gazette', published: '2025-03-11' },
    'Aldermoor Fire and Rescue Service was called at 5:40 a.m.\n\nSome 60 firefighters and 12 fire engines were sent to the scene.\n\nMayor Ilona Sterk has ordered an independent review of all 214 gas mains in the street.');
  const sent = 'Aldermoor Fire and Rescue Service says 12 fire engines and around 60 firefighters have been sent to the street.';
  assert.equal(findingIn(fire, sent, sent, 'claim').verdict, 'consistent');
  // (Not where the source sentence opens with an actor of its own: the mayor ordered the review.)
  const review = 'The Transport Safety Board has ordered an independent review of all 214 gas mains in the street.';
  assert.equal(findingIn(fire, review, review, 'claim').verdict, 'unverified');
});

test('whom a sentence opens by saying it ("The employers say…") must be the source’s speaker, or a kind its article calls them', () => {
  const strike = sourceIndex({ title: 'Dock strike', outlet: 'Coastline Business Daily', published: '2025-10-16' },
    'The strike is costing the region €25 million a day, said Ingrid Saltmarsh of the Vennmouth Chamber of Commerce. ' +
    'Corrant Air is the region’s largest airline. Pavel Brune of Corrant Air said 66 people were on board the diverted flight.');
  const employers = 'The employers say the strike is costing the region €25 million a day.';
  assert.equal(findingIn(strike, employers, employers, 'claim').verdict, 'unverified');
  const chamber = 'The Chamber of Commerce says the strike is costing the region €25 million a day.';
  assert.equal(findingIn(strike, chamber, chamber, 'claim').verdict, 'consistent');
  const airline = 'The airline says 66 people were on board the diverted flight.';
  assert.equal(findingIn(strike, airline, airline, 'claim').verdict, 'consistent');
});

test('a kind the source article gives as another person’s title is not the speaker’s: "The minister herself admitted…"', () => {
  const report = sourceIndex({ title: 'Pupil absence report', outlet: 'The Civic Standard', published: '2026-01-13' },
    'Education Minister Adela Vranken has promised €45 million over two years for attendance mentors. Ms Vranken said the mentors would start in April.\n\n' +
    'Tobias Ferrand, general secretary of the Association of School Leaders, welcomed the mentors but said the money would reach fewer than 3% of schools.');
  const admitted = 'The minister herself admitted that the money would reach fewer than 3% of schools.';
  const claim = findingIn(report, admitted, admitted, 'claim');
  assert.equal(claim.verdict, 'unverified', claim.explanation);
  assert.match(claim.explanation, /Tobias Ferrand/);
  // (The one who said it, by his union's kind, still does.)
  const leaders = 'The school leaders’ association says the money would reach fewer than 3% of schools.';
  assert.equal(findingIn(report, leaders, leaders, 'claim').verdict, 'consistent');
});

test('the body a source’s speaker speaks for, by their role, may be named for them: "Vantrell Rail Freight says…"', () => {
  const derailment = sourceIndex({ title: 'Diesel train derails', outlet: 'Vell Valley Herald', published: '2025-10-14' },
    'The train was run by Vantrell Rail Freight.\n\nPaul Gresham, Vantrell\'s operations director, said the company had suspended its trains through the junction. ' +
    'The wagons involved were built in 2009 and had last been inspected on 2 October, he said.');
  const company = 'Vantrell Rail Freight says the wagons were built in 2009 and last inspected on Oct. 2.';
  const claim = findingIn(derailment, company, company, 'claim');
  assert.equal(claim.verdict, 'consistent', claim.explanation);
  // (Not a body the speaker is not of.)
  const council = 'Dunmarrow Council says the wagons were built in 2009 and last inspected on Oct. 2.';
  assert.equal(findingIn(derailment, council, council, 'claim').verdict, 'unverified');
});

test('a role only names the body a speaker works for when it says whose it is: not "a former Vantrell director", "the mayor of Dunmarrow"', () => {
  const company = 'Vantrell Rail Freight says the wagons were built in 2009 and last inspected on Oct. 2.';
  for (const role of ['Network Rail\'s route director', 'a former Vantrell director', 'a long-time Vantrell critic', 'the mayor of Dunmarrow']) {
    const derailment = sourceIndex({ title: 'Diesel train derails', outlet: 'Vell Valley Herald', published: '2025-10-14' },
      `The train was run by Vantrell Rail Freight.\n\nPaul Gresham, ${role}, said the wagons involved were built in 2009 and had last been inspected on 2 October.`);
    assert.equal(findingIn(derailment, company, company, 'claim').verdict, 'unverified', role);
  }
});
