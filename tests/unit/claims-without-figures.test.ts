import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, lookUp, sourceIndex } from './findings.ts';
import { analyseParagraphs } from '../../src/core/analyse.ts';

// Sentences without figures: quotations told again with who said them, and short claims a source
// says in as few words. Each was a miss on the held-out sets.
const index = sourceIndex({ title: 'Bridge collapse', outlet: 'Estavian Herald', published: '2025-10-15' }, `
Chief executive Tiernan Vantrell said engineers were examining the piers. "We do not yet know why the span failed, and we will not speculate," he said.

Transport Minister Jessamy Bexwith said she would travel to Tarnhollow. "This is a dark day for Estavia," she said in a statement.

Police said there was no evidence that the collapse had been caused by sabotage.

Deputy prosecutor Lorcan Whitsey said an inquiry had been opened. No one has been arrested.

"Prices are rising faster than wages, which grew 3.1% over the same period," said Helga Morrow-Vance, head of price statistics.
`);
const claim = (sentence: string) => findingIn(index, sentence, sentence, 'claim').verdict;

test('a quotation the source gives, "not" and all, told again with its speaker', () => {
  // (A "he" or "she" is whom the sentence before names; with no one named, the words are no one's to confirm.)
  const after = (before: string, sentence: string) => findingIn(index, sentence, sentence, 'claim', [before]).verdict;
  assert.equal(after('Tiernan Vantrell, the chief executive, spoke at the site.', '"We do not yet know why the span failed," he said.'), 'consistent');
  assert.equal(after('Transport Minister Jessamy Bexwith visited Tarnhollow.', '"This is a dark day for Estavia," she told the Halberd.'), 'consistent');
  assert.equal(claim('"This is a dark day for Estavia," she told the Halberd.'), 'unverified');
  assert.equal(claim('"This is a dark day for Estavia," Transport Minister Jessamy Bexwith says in a statement.'), 'consistent');
});

test('a quotation put in another mouth, or denied, is not confirmed', () => {
  assert.equal(claim('"This is a dark day for Estavia," Health Minister Oskar Brannig says in a statement.'), 'unverified');
  assert.equal(claim('Vantrell denied saying "we do not yet know why the span failed".'), 'unverified');
});

test('a short claim matches a source that says as little else, with the same polarity', () => {
  assert.equal(claim('No one has been arrested.'), 'consistent');
  assert.equal(claim('Police said there was no evidence of sabotage.'), 'consistent');
  assert.equal(claim('Police said there was evidence of sabotage.'), 'unverified');
  assert.equal(claim('Two people have been arrested.'), 'unverified');
});

test('a transcript puts a sentence in its speaker’s mouth: another person’s figures are not theirs', () => {
  const said = 'Prices are rising faster than wages, which grew 3.1% over the same period.';
  const claimBy = (label: string) => analyseParagraphs([label, said], index).find((f) => f.kind === 'claim' && f.paragraph === 1)!;
  const crane = claimBy('TOBIAH CRANE, HARROWGATE BANK');
  assert.equal(crane.verdict, 'unverified');
  assert.match(crane.explanation, /on the word of Helga Morrow-Vance, not of Tobiah Crane/);
  // A presenter or correspondent tells the source's figures again, whoever gave them.
  assert.equal(claimBy('PAVEL OSTRANDER, ECONOMICS CORRESPONDENT').verdict, 'consistent');
  // (Not "my" or "our" figure, nor another's the source does not give it on the word of.)
  const mine = analyseParagraphs(['TOBIAH CRANE, HARROWGATE BANK', 'Our economists say prices are rising faster than wages, which grew 3.1% over the same period.'], index)
    .find((f) => f.kind === 'claim' && f.paragraph === 1)!;
  assert.equal(mine.verdict, 'unverified');
  const others = analyseParagraphs(['TOBIAH CRANE, HARROWGATE BANK', 'The finance ministry says prices are rising faster than wages, which grew 3.1% over the same period.'], index)
    .find((f) => f.kind === 'claim' && f.paragraph === 1)!;
  assert.equal(others.verdict, 'unverified');
  // So does a speaker who says whose figure it is: "Helga Morrow-Vance says …" in the banker's mouth.
  const relayed = analyseParagraphs(['TOBIAH CRANE, HARROWGATE BANK', `Helga Morrow-Vance says ${said.charAt(0).toLowerCase()}${said.slice(1)}`], index)
    .find((f) => f.kind === 'claim' && f.paragraph === 1)!;
  assert.equal(relayed.verdict, 'consistent');
  // A surname alone is the speaker a fuller label named before; "REPORTER (NAME)" is the newsroom.
  const crane2 = analyseParagraphs(['TOBIAH CRANE (Harrowgate Bank): Thank you.', 'HANNE VOS (presenter): Go on.', `CRANE: ${said}`], index).find((f) => f.kind === 'claim' && f.paragraph === 2)!;
  assert.match(crane2.explanation, /not of Tobiah Crane/);
  const reporter = analyseParagraphs(['REPORTER (DUSAN FERROL): Thank you.', 'PRESENTER (GRETA WREXLEY): Go on.', `REPORTER: ${said}`], index).find((f) => f.kind === 'claim' && f.paragraph === 2)!;
  assert.equal(reporter.verdict, 'consistent');
});

test('a source sentence that says the claim and denies something else confirms it; one that denies the claim does not', () => {
  const outbreak = sourceIndex({ title: 'Outbreak', outlet: 'Dunmere Gazette', published: '2025-06-12' },
    'Voskuijl said the outbreak was now "under control", with no new cases reported since Tuesday. The council said grade boundaries had not been changed from last year.');
  const said = (sentence: string) => findingIn(outbreak, sentence, sentence, 'claim').verdict;
  assert.equal(said('Voskuijl said the outbreak was now under control.'), 'consistent');
  assert.equal(said('Voskuijl said the outbreak was not under control.'), 'unverified');
  assert.equal(said('The council said grade boundaries had been lowered from last year.'), 'unverified');
  // (A negation before the claim's words, or among them, covers them.)
  const doubted = sourceIndex({ title: 'Dam', outlet: 'Orrin Post', published: '2025-06-12' },
    'It is not clear whether the Orrin dam was breached, the water board said. There is no evidence that the Tamsin Court fire was started deliberately, investigators said.');
  assert.equal(findingIn(doubted, 'The Orrin dam was breached, the water board said.', 'The Orrin dam was breached, the water board said.', 'claim').verdict, 'unverified');
  assert.equal(findingIn(doubted, 'Investigators said the Tamsin Court fire was started deliberately.', 'Investigators said the Tamsin Court fire was started deliberately.', 'claim').verdict, 'unverified');
});

test('an act the source says someone else did is not confirmed: "Threlkeld has cancelled" against "…, and Vantmoor cancelled"', () => {
  const harbour = sourceIndex({ title: 'Ferry fire', outlet: 'The Aldmere Gazette', published: '2025-10-07' }, `
Harbour master Ewan Threlkeld closed the harbour to all shipping for the night, and Vantmoor cancelled all sailings between Aldmere and Fennick until further notice.

Recorded crime fell 3.8%, according to annual statistics published by the National Police Service on Tuesday.
`);
  const said = (sentence: string) => findingIn(harbour, sentence, sentence, 'claim').verdict;
  assert.equal(said('Harbour master Ewan Threlkeld has cancelled all sailings between Aldmere and Fennick until further notice.'), 'unverified');
  assert.equal(said('The ferry operator Vantmoor has cancelled all sailings between Aldmere and Fennick until further notice.'), 'consistent');
  assert.equal(said('Harbour master Ewan Threlkeld has closed the harbour to all shipping for the night.'), 'consistent');
  assert.equal(said('Annual crime statistics have been published by the National Police Service.'), 'consistent');
});

test('"Good evening, it\'s six o\'clock": the time of a broadcast is no time of the events', () => {
  const evening = sourceIndex({ title: 'Fire', outlet: 'Eastmarch Herald', published: '2025-10-10' }, `
The fire broke out at about 6 p.m. on Thursday, the fire service said.
`);
  const [clock] = analyseParagraphs(["HANNE RASK (presenter): Good evening, it's six o'clock."], evening).filter((f) => f.kind === 'number');
  assert.equal(clock.verdict, 'unverified');
  assert.match(clock.explanation, /time of the broadcast/);
  const [fire] = analyseParagraphs(["The fire broke out at six o'clock, the fire service said."], evening).filter((f) => f.kind === 'number');
  assert.equal(fire.verdict, 'consistent');
});

test('a clause joined on of what others expect must be said too: "…, and markets now expect a cut"', () => {
  const bank = sourceIndex({ title: 'Inflation', outlet: 'Aldmark Business Daily', published: '2025-10-15' }, `
The Bank of Aldmark targets inflation of 2% and has held its policy rate at 3.5% since June.
`);
  const said = (sentence: string) => findingIn(bank, sentence, sentence, 'claim').verdict;
  assert.equal(said('The Bank of Aldmark, which aims for inflation of 2 per cent, has kept its policy rate at 3.5 per cent since June, and markets now expect a cut in November.'), 'unverified');
  assert.equal(said('The Bank of Aldmark, which aims for inflation of 2 per cent, has kept its policy rate at 3.5 per cent since June.'), 'consistent');
});

test('a superlative in another sense is not the source\'s: "the deadliest storm since 1997" against "the strongest"', () => {
  const storm = sourceIndex({ title: 'Cyclone', outlet: 'The Port Adley Gazette', published: '2025-11-07' }, `
Mireva is the strongest cyclone to hit the islands since Cyclone Ardent killed 43 people in 1997.

The outbreak is the largest in the city since 2014, when 212 people were infected.
`);
  const said = (sentence: string) => findingIn(storm, sentence, sentence, 'claim').verdict;
  assert.equal(said('Mireva is the deadliest storm to hit the islands since Cyclone Ardent killed 43 people in 1997.'), 'unverified');
  assert.equal(said('Mireva is the strongest storm to hit the islands since Cyclone Ardent killed 43 people in 1997.'), 'consistent');
  assert.equal(said("The outbreak is the city's worst since 2014, when 212 people were infected."), 'consistent');
});

test('"more than ever" is a superlative too: a source that gives the count but not the record does not confirm it', () => {
  const farms = sourceIndex({ title: 'Farm census', outlet: 'The Rural Ledger', published: '2025-09-02' }, `
The census counted 11.7 million laying hens on the country's farms, and 2.1 million dairy cows.

The flock of laying hens reached a record 9.4 million in the northern counties.
`);
  const said = (sentence: string) => findingIn(farms, sentence, sentence, 'claim').verdict;
  assert.equal(said("The census found more laying hens on the country's farms than ever, 11.7 million of them."), 'unverified');
  assert.equal(said("The census counted 11.7 million laying hens on the country's farms."), 'consistent');
  assert.equal(said('There are more laying hens in the northern counties than ever, 9.4 million of them.'), 'consistent');
});

test('figures that agree, told going the other way, do not confirm the claim: "vacancies have risen for two years running"', () => {
  const schools = sourceIndex({ title: 'Teachers', outlet: 'The Public Affairs Bulletin', published: '2025-11-07' }, `
The Education Ministry said vacancies had fallen for two years in a row.

Household spending rose by 0.4% and exports by 1.5%, while business investment fell by 1.1%.
`);
  const said = (sentence: string) => findingIn(schools, sentence, sentence, 'claim');
  const risen = said('The ministry says vacancies have risen for two years running.');
  assert.equal(risen.verdict, 'unverified');
  assert.match(risen.explanation, /the source says it went down/);
  assert.equal(said('The ministry says vacancies have fallen for two years running.').verdict, 'consistent');
  assert.equal(said('Exports rose by 1.5%.').verdict, 'consistent');
});

test('a claim says where it happened: "at the Morvik sports hall" is not "in Morvik town hall"', () => {
  const centre = sourceIndex({ title: 'Gondola', outlet: 'The Morvik Gazette', published: '2026-02-14' }, `
Mayor Henrike Dalsgaard said a crisis centre had been opened in Morvik town hall for relatives.
`);
  const said = (sentence: string) => findingIn(centre, sentence, sentence, 'claim').verdict;
  assert.equal(said('Mayor Henrike Dalsgaard has opened a crisis centre for relatives at the Morvik sports hall.'), 'unverified');
  assert.equal(said('Mayor Henrike Dalsgaard has opened a crisis centre for relatives at the Morvik town hall.'), 'consistent');
});

test('a claim without figures names the same one of a row: "on the eighth floor" is not "on the ninth floor"', () => {
  const fire = sourceIndex({ title: 'Fire', outlet: 'Varnholt Evening Post', published: '2025-11-04' }, `
The fire started in a shared kitchen on the ninth floor of Merrow House, the fire service said.
`);
  const said = (sentence: string) => findingIn(fire, sentence, sentence, 'claim').verdict;
  assert.equal(said('The fire started in a shared kitchen on the eighth floor, she says.'), 'unverified');
  assert.equal(said('The fire started in a shared kitchen on the ninth floor, she says.'), 'consistent');
});

test('what a review of these rules found: who did it is the subject after "said"; "deadliest" is not "largest"; a claim going both ways', () => {
  const src = sourceIndex({ title: 'Ferries', outlet: 'The Aldmere Gazette', published: '2025-10-07' }, `
Harbour master Ewan Threlkeld said Vantmoor cancelled all sailings from Kelby until further notice.

Energy Minister Tobiah Rensky said production at Greyfell would remain suspended pending an investigation.

It was the deadliest storm in Kelby since 1997, when 43 people died.
`);
  const said = (sentence: string) => findingIn(src, sentence, sentence, 'claim').verdict;
  assert.equal(said('Harbour master Ewan Threlkeld has cancelled all sailings from Kelby until further notice.'), 'unverified');
  assert.equal(said('Energy Minister Tobiah Rensky has suspended production at Greyfell pending an investigation.'), 'consistent');
  assert.equal(said('It was the largest storm in Kelby since 1997, when 43 people died.'), 'unverified');
  assert.equal(said('It was the worst storm in Kelby since 1997, when 43 people died.'), 'consistent');
});

test('an outcome the source gives the other way is not confirmed: "failed a maintenance review" against "passed a full maintenance review"', () => {
  const fleet = sourceIndex({ title: 'Helicopters', outlet: 'Kaldor Morning Post', published: '2025-03-13' }, `
Defence Minister Aurel Kestner told parliament that the fleet, bought in 2004, had passed a full maintenance review last year.
`);
  const said = (sentence: string) => findingIn(fleet, sentence, sentence, 'claim').verdict;
  assert.equal(said('The Defence Minister, Aurel Kestner, told parliament the fleet had failed a maintenance review last year.'), 'unverified');
  assert.equal(said('The Defence Minister, Aurel Kestner, told parliament the fleet had passed a maintenance review last year.'), 'consistent');
});

test('a plan a named person is reported to have is a claim, confirmed only by a source that tells all of it', () => {
  const shelter = sourceIndex({ title: 'Flood', outlet: 'The Dunmere Gazette', published: '2025-05-24' }, `
Energy Minister Ruth Castellane said the government would consult on a social tariff in the autumn.

The town's mayor, Helena Stroud, said Dunmere had opened its sports centre as a shelter for the second night.
`);
  const consult = 'Energy Minister Ruth Castellane says the government will consult on a social tariff in the autumn.';
  assert.equal(findingIn(shelter, consult, consult, 'claim').verdict, 'consistent');
  const library = 'Mayor Helena Stroud says the town library will be used as a second shelter.';
  assert.equal(findingIn(shelter, library, library, 'claim').verdict, 'unverified');
  // (Unattributed, a plan is still no claim a reader can check.)
  assert.equal(lookUp(shelter, 'The government will consult on a social tariff in the autumn.', 'The government will consult on a social tariff in the autumn.', 'claim'), undefined);
});

test('a person named in full is the source\'s speaker, whatever title or place goes before the name', () => {
  const strait = sourceIndex({ title: 'Collision', outlet: 'The Dunmarsh Gazette', published: '2025-03-10' },
    '"We have never seen traffic like this," said harbourmaster Ewan Castrell.');
  const said = '"We have never seen traffic like this," Dunmarsh harbourmaster Ewan Castrell says.';
  assert.equal(findingIn(strait, said, said, 'claim').verdict, 'consistent');
  const other = '"We have never seen traffic like this," Dunmarsh harbourmaster Ewan Morrow says.';
  assert.equal(findingIn(strait, other, other, 'claim').verdict, 'unverified');
});

test('homes "without power" are homes that "lost power"; not homes that have it back', () => {
  const lost = sourceIndex({ title: 'Storm', outlet: 'The Mirevaux Gazette', published: '2025-09-23' }, 'About 3,000 homes in the valley lost power overnight, the electricity operator said.');
  const claimText = 'About 3,000 homes in the valley are without power, the electricity operator says.';
  assert.equal(findingIn(lost, claimText, claimText, 'claim').verdict, 'consistent');
  const back = sourceIndex({ title: 'Storm', outlet: 'The Mirevaux Gazette', published: '2025-09-23' }, 'About 3,000 homes in the valley had power again overnight, the electricity operator said.');
  assert.notEqual(findingIn(back, claimText, claimText, 'claim').verdict, 'consistent');
});

test('an act that settles the story, "has been arrested", must be said by the source too', () => {
  const crash = sourceIndex({ title: 'Coach crash', outlet: 'The Dunmere Post', published: '2025-10-13' },
    'The driver of the coach, a 52-year-old man from Dunmere, is to be questioned by police when he leaves hospital.\n\nPolice arrested the club\'s manager, Mirela Sachs, on Monday evening.\n\nRescue work was halted for nearly two hours when the slope above the road began to move again.');
  assert.notEqual(findingIn(crash, 'Police say the driver, a 52-year-old man, has been arrested.', 'Police say the driver, a 52-year-old man, has been arrested.', 'claim').verdict, 'consistent');
  assert.equal(findingIn(crash, 'The club\'s manager, Mirela Sachs, has been arrested, police said.', 'The club\'s manager, Mirela Sachs, has been arrested, police said.', 'claim').verdict, 'consistent');
  // ("halted" says "suspended" in other words.)
  assert.equal(findingIn(crash, 'Rescue work was suspended when the slope above the road began to move again.', 'Rescue work was suspended when the slope above the road began to move again.', 'claim').verdict, 'consistent');
});

test('"charged" settles a story only as a charge: "are charged a separate fee" is a price', () => {
  const fee = sourceIndex({ title: 'Fees', outlet: 'Post', published: '2025-03-12' }, 'Residents pay a separate fee for garden waste collection, the council said.');
  const claim = 'Residents are charged a separate fee for garden waste collection, the council said.';
  assert.equal(findingIn(fee, claim, claim, 'claim').verdict, 'consistent');
});

test('"stood firm" is no resignation; a body is not the actor of a sentence whose own actor did it', () => {
  const strike = sourceIndex({ title: 'Strike', outlet: 'Veldport Post', published: '2025-03-05' },
    'Health minister Ana Brask stood firm on 4 March as 3,000 nurses walked out across Veldport.\n\nAldermoor Fire and Rescue Service was called at 5:40 a.m.\n\nThe army sent some 60 soldiers and 12 trucks to the scene.');
  const resigned = 'Health minister Ana Brask resigned on 4 March as 3,000 nurses walked out across Veldport.';
  assert.notEqual(findingIn(strike, resigned, resigned, 'claim').verdict, 'consistent');
  const sent = 'Aldermoor Fire and Rescue Service sent some 60 soldiers and 12 trucks to the scene.';
  assert.notEqual(findingIn(strike, sent, sent, 'claim').verdict, 'consistent');
});

test('what a speaker is said to admit or argue is looked up by itself: their name is no evidence of it', () => {
  const water = sourceIndex({ title: 'Chlorine leak', outlet: 'Harrowmoor Evening Post', published: '2026-03-10' },
    'Dunmere Water\'s chief operating officer, Rupert Haskins, said the company was "deeply sorry" and that tap water had not been affected. ' +
    'Rupert Haskins, Dunmere Water\'s chief operating officer, said every valve of the same type at Ambry Road had been replaced overnight.');
  const said = (sentence: string) => findingIn(water, sentence, sentence, 'claim').verdict;
  assert.equal(said('Dunmere chief operating officer Rupert Haskins admitted that tap water had been affected by the leak.'), 'unverified');
  assert.equal(said('Dunmere chief operating officer Rupert Haskins insisted that tap water had not been affected.'), 'consistent');
});

test('a quotation of several sentences keeps its words in each: the last, closed alone, and the first, opened alone', () => {
  const fire = sourceIndex({ title: 'Hotel fire', outlet: 'The Sallow Bay Gazette', published: '2025-06-15' },
    'Guest Ellen Marsh said the music stopped when the fire alarm went off. "At first people thought it was a drill. Then the smoke came through the doors behind the stage and everyone ran for the terrace," she said. ' +
    'Chief fire officer Rhona Tessaly said investigators believed the fire had started in a storage room behind the ballroom and had spread through a ceiling void into the east wing.');
  const said = (sentence: string) => findingIn(fire, sentence, sentence, 'claim', ['Guest Ellen Marsh was at the wedding.']).verdict;
  assert.equal(said('Then the smoke came through the doors behind the stage and everyone ran for the terrace," she said.'), 'consistent');
  assert.equal(said('Then the smoke came through the kitchen doors and everyone ran for the car park," she said.'), 'unverified');
  // (Closed with no space before the speaker, as a hurried page may: '…the terrace,"she said.')
  assert.equal(said('Then the smoke came through the kitchen doors,"she said.'), 'unverified');
  const opened = sourceIndex({ title: 'Hotel fire', outlet: 'The Sallow Bay Gazette', published: '2025-06-15' },
    'Guest Ellen Marsh said: "At first people thought it was a drill. Then the smoke came."');
  assert.equal(findingIn(opened, 'Guest Ellen Marsh said: "At first people thought it was a drill.', 'Guest Ellen Marsh said: "At first people thought it was a drill.', 'claim').verdict, 'consistent');
  assert.equal(findingIn(opened, 'Guest Ellen Marsh said: "At first people thought it was only a fire drill.', 'Guest Ellen Marsh said: "At first people thought it was only a fire drill.', 'claim').verdict, 'unverified');
  // (A claim says where a fire started: "in the hotel's kitchen" is not "in a storage room behind the ballroom".)
  assert.equal(said("Chief fire officer Rhona Tessaly says the fire started in the hotel's kitchen and spread into the east wing through a ceiling void."), 'unverified');
});

test('a short claim is said as plainly by the clause of a source sentence that says it, whatever its other clauses add', () => {
  const hotel = sourceIndex({ title: 'Wedding food poisoning', outlet: 'Vellmoor Gazette', published: '2025-05-10' },
    'General manager Gideon Farrell said the hotel was "devastated" and was cooperating fully with the health board.');
  const devastated = 'General manager Gideon Farrell says the hotel is "devastated".';
  assert.equal(findingIn(hotel, devastated, devastated, 'claim').verdict, 'consistent');
});

test('second review: a clause that doubts a short claim does not say it', () => {
  const dam = sourceIndex({ title: 'Dam', outlet: 'Orrin Post', published: '2025-06-12' },
    'Officials said it was too early to say whether the dam was damaged, and inspections continue.');
  assert.equal(findingIn(dam, 'The dam was damaged.', 'The dam was damaged.', 'claim').verdict, 'unverified');
});
