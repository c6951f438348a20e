import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingIn, sourceIndex, sourcesIndex } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';
import { analyseParagraphs } from '../../src/core/analyse.ts';

// What a figure is of, beyond its noun: where the counted were taken, what a period is for, whose
// year it is, the level before a change, a difference between counts. Each was a harmful verdict
// on the thirteenth held-out set before its rule.
const index = sourceIndex({ title: 'Hospital fire toll rises to four', outlet: 'Vantria Daily Record', published: '2025-11-11' }, `
Of the 87 evacuated patients, 52 were moved to the hospital's main building and 35 were transferred to Kirrowfield Hospital.

Under the constitution, the president must invite a candidate to form a government within 14 days of that sitting.

The helpline received more than 400 calls in its first three hours, and 12 counsellors were sent to the hospital.

She said the wing, built in 1971, had smoke detectors but no sprinkler system.

The disaster led to the country's first national fire code for hospitals, adopted in 1981.

The Homeland Party came third with 37 seats and 17.6 percent, its best result to date.

Civic Forward, the Green Compact and the Agrarian League together hold 102 seats, a majority of one. Homeland leader Konstantin Fayle has ruled out supporting any government led by the Social Democrats.

At least 41 others were treated at the scene for breathing difficulties.
`);
const finding = (sentence: string, text: string, kind: 'number' | 'claim' = 'number') => findingIn(index, sentence, text, kind);

test('where the counted were taken is part of what is counted', () => {
  const swapped = "Of those, 35 were moved to the hospital's main building and 52 were sent to Kirrowfield Hospital.";
  assert.notEqual(finding(swapped, '35').verdict, 'consistent');
  assert.notEqual(finding(swapped, '52').verdict, 'consistent');
  assert.equal(finding('Of the 87 evacuated patients, 35 were transferred to Kirrowfield.', '35').verdict, 'consistent');
});

test('a period is of what its clause says is done in it', () => {
  assert.equal(finding('The party says it will name its cabinet within 30 days.', '30').verdict, 'unverified');
  assert.equal(finding('The president must invite a candidate to form a government within 10 days.', '10').verdict, 'conflicting');
});

test('a bound vouches only for bounds that follow from it', () => {
  // "more than 400 calls" neither confirms nor denies "more than 4,000 calls".
  assert.notEqual(finding('The helpline took more than 4,000 calls in its first three hours, and 12 counsellors were sent to the hospital.', 'more than 4,000').verdict, 'consistent');
  // "more than 40" is "at least 41".
  assert.equal(finding('More than 40 others were treated at the scene for breathing difficulties.', 'More than 40').verdict, 'consistent');
});

test('a year that dates a named thing is confirmed only by a source naming it', () => {
  assert.notEqual(finding('It is the worst hospital fire since the Grenholt Infirmary blaze of 1981, which killed 27 patients.', '1981').verdict, 'consistent');
});

test('two dates of a sentence told again are paired one to one', () => {
  const told = 'The wing, built in 1971 and last renovated in 2004, had smoke detectors but no sprinklers.';
  assert.equal(finding(told, '1971').verdict, 'consistent');
  assert.equal(finding(told, '2004').verdict, 'unverified');
});

test('the level before a change is not the count now', () => {
  const found = finding('The Homeland Party won 37 seats with 17.6 percent, up from 21 seats, its best result so far.', '21');
  assert.equal(found.verdict, 'unverified');
});

test('a difference between two counts is not a count', () => {
  assert.notEqual(finding('Civic Forward, the Green Compact and the Agrarian League have 102 seats between them, one more than the 101 needed for a majority.', 'one').verdict, 'conflicting');
});

test('"ruled out supporting" says the opposite of "is ready to support"', () => {
  const claim = 'Homeland leader Konstantin Fayle says his party is ready to support a government led by the Social Democrats.';
  assert.equal(finding(claim, claim, 'claim').verdict, 'unverified');
});

const weather = sourceIndex({ title: 'Heatwave breaks records', outlet: 'Carrow Gazette', published: '2025-07-09' }, `
On 7 July Kesslow reached 41.8C and Pellingford 40.9C, the bureau said.

Passengers whose flights are cancelled with less than 14 days' notice are entitled to €250.
`);

test('the name a figure’s clause gives says whose it is: swapped towns are not confirmed', () => {
  const swapped = 'Elsewhere on the plain, Kesslow sweltered at 40.9C while Pellingford hit 41.8C.';
  assert.notEqual(findingIn(weather, swapped, '41.8C').verdict, 'consistent');
  assert.equal(findingIn(weather, 'Elsewhere on the plain, Kesslow reached 41.8C.', '41.8C').verdict, 'consistent');
});

test('a decimal figure with a glued C is a temperature even where no word says so', () => {
  const found = findingIn(weather, 'Kesslow peaked at 41.8C the same day.', '41.8C');
  assert.equal(found.verdict, 'consistent');
});

test('"two weeks’ notice" counts weeks, not notices: no conflict with "14 days’ notice"', () => {
  const found = findingIn(weather, 'Passengers whose flights are cancelled with less than two weeks’ notice are entitled to €250.', 'less than two');
  assert.notEqual(found.verdict, 'conflicting');
});

const mine = sourceIndex({ title: 'Miners trapped at Kestrava', outlet: 'Marrowdale Herald', published: '2025-10-09' }, `
Twenty-three miners were trapped about 640 metres underground after part of a tunnel collapsed at the Kestrava copper mine.

Police estimated the crowd at about 12,000 outside the pithead.

Shares in Brask fell 14.2% to €18.36 on the day.

Brask said it would cut 4,200 jobs.
`);

test('people and people by their role agree by the act: "23 men were trapped" and "23 miners were trapped"', () => {
  assert.equal(findingIn(mine, 'Brask said 23 men were trapped at the Kestrava copper mine.', '23').verdict, 'consistent');
  // …but never contradict: other people may be counted.
  assert.equal(findingIn(mine, 'Brask said 25 men were trapped at the Kestrava copper mine.', '25').verdict, 'unverified');
  // Another act is another count.
  assert.notEqual(findingIn(mine, 'Brask said 23 men were rescued at the Kestrava copper mine.', '23').verdict, 'consistent');
});

test('"put the crowd at 12,000" counts the crowd', () => {
  assert.equal(findingIn(mine, 'Police put the crowd at about 12,000 outside the pithead.', 'about 12,000').verdict, 'consistent');
  assert.equal(findingIn(mine, 'Police put the crowd at about 20,000 outside the pithead.', 'about 20,000').verdict, 'conflicting');
});

test('a verb is no subject and an adverb no counted noun: "Shares lost 14.2%", "4,200 posts worldwide"', () => {
  assert.equal(findingIn(mine, 'Shares lost 14.2% on the day.', '14.2%').verdict, 'consistent');
  assert.equal(findingIn(mine, 'Brask will cut 4,200 jobs worldwide.', '4,200').verdict, 'consistent');
  // Shedding jobs is cutting them.
  assert.equal(findingIn(mine, 'Brask will shed 4,200 jobs.', '4,200').verdict, 'consistent');
});

const people = sourceIndex({ title: 'Avalanche buries road', outlet: 'Alpine Wire', published: '2026-02-10' }, `
Among the trapped was Lorenz Abbot, a 52-year-old lorry driver from Kelmark.

The council will raise the price of a single tram ticket from €2.50 to €2.95 on 1 November.
`);

test('a number set off after a name is that person’s age', () => {
  assert.equal(findingIn(people, 'Lorry driver Lorenz Abbot, 52, was trapped in his cab.', '52').verdict, 'consistent');
  const older = findingIn(people, 'Lorry driver Lorenz Abbot, 57, was trapped in his cab.', '57');
  assert.equal(older.verdict, 'conflicting');
  assert.match(older.explanation, /52-year-old/);
  // Another person's age is another thing.
  assert.equal(findingIn(people, 'Skier Mara Lind, 52, was rescued.', '52').verdict, 'unverified');
});

test('a fare is a price: "fares rose from €2.50 to €2.95"', () => {
  const sentence = 'Tram fares will rise from €2.50 to €2.95 on 1 November.';
  assert.equal(findingIn(people, sentence, '€2.50').verdict, 'consistent');
  assert.equal(findingIn(people, sentence, '€2.95').verdict, 'consistent');
});

const results = sourceIndex({ title: 'Exam results', outlet: 'Calvennian News Service', published: '2025-07-09' }, `
The national pass rate rose to 78.4%, the Ministry of Education said.

The pass rate was 86.3% in literature, 71.5% in physics and 82.0% in history.

The capital region of Tervale again had the highest pass rate, at 83.1%, while the northern region of Oskalund had the lowest, at 71.9%.

Four people have died, all of them in Quayside.
`);

test('a share is of the field or owner its sentence names: "in history", "private schools reported a rate of"', () => {
  assert.equal(findingIn(results, 'The pass rate in history was 82%.', '82%').verdict, 'consistent');
  assert.equal(findingIn(results, 'In mathematics, the pass rate rose to 64.7%.', '64.7%').verdict, 'unverified');
  assert.equal(findingIn(results, 'Private schools, which teach few candidates, reported a pass rate of 91.4%.', '91.4%').verdict, 'unverified');
  assert.equal(findingIn(results, 'The national pass rate rose to 79.4%.', '79.4%').verdict, 'conflicting');
});

test('regions swapped in a sentence told again are not confirmed by their values', () => {
  const swapped = 'Here in Oskalund the pass rate was 83.1%, while the capital region of Tervale had 71.9%.';
  assert.notEqual(findingIn(results, swapped, '83.1%').verdict, 'consistent');
  assert.notEqual(findingIn(results, swapped, '71.9%').verdict, 'consistent');
});

test('a claim of a change needs a source that says the change', () => {
  const fell = "Oskalund's pass rate fell this year, according to the ministry.";
  assert.equal(findingIn(results, fell, fell, 'claim').verdict, 'unverified');
});

test('the very number of people for a known act agrees on a page about the same event; what is said of all of them must be said too', () => {
  const outbreak = ['Officials in Quayside, Tervale and Oskalund said the outbreak is spreading.'];
  assert.equal(findingIn(results, 'Four people have died.', 'Four', 'number', outbreak).verdict, 'consistent');
  // Said of nothing, four people could be anyone.
  assert.equal(findingIn(results, 'Four people have died.', 'Four').verdict, 'unverified');
  const adults = 'Four people have died, all of them adults.';
  assert.equal(findingIn(results, adults, adults, 'claim').verdict, 'unverified');
});

const labour = sourceIndex({ title: 'Unemployment falls', outlet: 'Lindhaven Business Wire', published: '2025-05-15' }, `
The number of job vacancies fell to 96,000 from 104,000.

Economists had expected the rate to fall to 7.0%.

Average gross monthly wages rose 4.1% from a year earlier.

Brantcore announced a compensation fund of €12 million for residents.

The Social Democratic Accord fell to 54 seats from 71.
`);

test('what a count or share is of, read through its wording', () => {
  // "fell to 96,000 from 104,000" gives the old level second: no contradiction of the new one.
  assert.notEqual(findingIn(labour, 'Job vacancies fell to 96,000 from 104,000.', '96,000').verdict, 'conflicting');
  // What was expected, not who expected it.
  assert.equal(findingIn(labour, 'Analysts had expected the rate to fall to 7.0%.', '7.0%').verdict, 'consistent');
  // Pay is wages.
  assert.equal(findingIn(labour, 'Average gross monthly pay rose 4.1% from a year earlier.', '4.1%').verdict, 'consistent');
  // "a €12 million compensation fund" is the "compensation fund of €12 million".
  assert.equal(findingIn(labour, 'Brantcore has set up a €12 million compensation fund for residents.', '€12 million').verdict, 'consistent');
});

test('a level before a change, said in passing of another subject, contradicts nothing', () => {
  assert.equal(findingIn(labour, 'The Homeland Party won 37 seats, up from 21 seats.', '21').verdict, 'unverified');
  assert.equal(findingIn(labour, 'The Social Democratic Accord fell to 54 seats from 75.', '75').verdict, 'conflicting');
});

test('a share to the tenth for the same named thing is that share, and the level before it too', () => {
  const turnout = sourceIndex({ title: 'Election result', outlet: 'Crossmark Wire Service', published: '2025-11-04' }, `
Turnout was 71.3 percent of 5.6 million registered voters, up from 66.9 percent in 2021.
`);
  const sentence = 'Turnout was 71.3%, up from 66.9% in 2021.';
  assert.equal(findingIn(turnout, sentence, '71.3%').verdict, 'consistent');
  assert.equal(findingIn(turnout, sentence, '66.9%').verdict, 'consistent');
  // A whole-number share is no such evidence on its own.
  assert.equal(findingIn(turnout, 'Turnout was 71%.', '71%').verdict, 'unverified');
});

test('counts and shares named by their wording: arrests, officers, stakes, gaps, routes', () => {
  const march = sourceIndex({ title: 'March ends in clashes', outlet: 'Corrandel Courier', published: '2025-10-12' }, `
The march ended in clashes outside the City Assembly and 46 arrests, police said.

Twelve officers were injured, two of whom were taken to hospital.

The council needs the increase to close a funding gap of €42 million in the transit budget.

A consortium has agreed to buy an 82% stake in the club.

The march followed a 4.5-kilometre route to the Assembly building.
`);
  assert.equal(findingIn(march, 'Police said 46 people were nicked in the clashes outside the City Assembly.', '46').verdict, 'consistent');
  assert.equal(findingIn(march, 'A dozen cops were hurt outside the City Assembly.', 'A dozen').verdict, 'consistent');
  assert.equal(findingIn(march, 'Injured officers now number 12, police say.', '12').verdict, 'consistent');
  assert.equal(findingIn(march, 'The council wants the cash to plug a €42million black hole in the transit budget.', '€42million').verdict, 'consistent');
  assert.equal(findingIn(march, 'The owner has agreed to sell 82 per cent of it to the consortium.', '82 per cent').verdict, 'consistent');
  assert.equal(findingIn(march, 'The march is heading for the Assembly building along a route of roughly 4.5km.', 'roughly 4.5km').verdict, 'consistent');
});

const census = sourceIndex({ title: 'Census and blast', outlet: 'Varnholt Dispatch', published: '2025-10-22' }, `
Varnholt's population grew by 5.8% between the last two censuses.

Pennick Heath was almost unchanged at 84,000, up 0.4%, while the historic centre, Castlegate, lost 4.3%.

Ardanese is the most common of these, spoken at home by 4.2% of residents, followed by Merovan at 2.6%.

The response rate was 96.2%, the highest since the census went digital, chief statistician Emeric Solvang said.

Deputy prosecutor Lorcan Whitsey said investigators were focusing on a gas riser pipe in the eastern stairwell.

The explosion injured 31 people and destroyed 24 flats.

It was the deadliest blast in the city since February 2001, when an explosion on Ropewalk Lane destroyed 12 flats.
`);

test('whose figure: districts and languages swapped, the country for the city', () => {
  assert.notEqual(findingIn(census, 'Pennick Heath lost 4.3% of its residents, while Castlegate grew.', '4.3%').verdict, 'consistent');
  assert.notEqual(findingIn(census, 'Merovan is the most common, spoken at home by 4.2% of residents, followed by Ardanese at 2.6%.', '4.2%').verdict, 'consistent');
  assert.equal(findingIn(census, 'Across the country, the population grew by 3.1% between the last two censuses.', '3.1%').verdict, 'unverified');
});

test('a figure of an earlier event named so is never the current one’s, but that event’s', () => {
  const earlier = findingIn(census, 'The earlier explosion, on Ropewalk Lane, injured 31 people and destroyed 24 flats.', '24');
  assert.equal(earlier.verdict, 'conflicting');
  assert.match(earlier.explanation, /12 flats/);
  assert.equal(findingIn(census, 'The blast injured 31 people and destroyed 24 flats.', '24').verdict, 'consistent');
});

test('a claim is not confirmed by a source saying the opposite superlative, or saying it through another voice', () => {
  const lowest = 'Some 96.2% of households responded, which Solvang says is the lowest since the census went digital.';
  assert.equal(findingIn(census, lowest, lowest, 'claim').verdict, 'unverified');
  const voice = 'Investigators are focusing on a gas riser pipe in the eastern stairwell, police spokeswoman Anneli Strandqvist said.';
  assert.equal(findingIn(census, voice, voice, 'claim').verdict, 'unverified');
  const right = 'Investigators are focusing on a gas riser pipe in the eastern stairwell, deputy prosecutor Lorcan Whitsey said.';
  assert.equal(findingIn(census, right, right, 'claim').verdict, 'consistent');
});

test('more wordings: apartments are flats, wiped out is destroyed, pulled alive is rescued, "since 2021" dates no other clause', () => {
  const blast = sourceIndex({ title: 'Gas blast', outlet: 'Pentland Wire', published: '2025-11-06' }, `
Of the block's 64 flats, 24 were destroyed and a further 17 were badly damaged.

Rescuers pulled four people alive from the debris.

In the coastal region of Brackwater, the pass rate rose to 77.5%.
`);
  assert.equal(findingIn(blast, 'The blast destroyed 24 of the block’s 64 apartments.', '24').verdict, 'consistent');
  assert.equal(findingIn(blast, 'Twenty-four flats were wiped out.', 'Twenty-four').verdict, 'consistent');
  assert.equal(findingIn(blast, 'Four people were pulled out alive from the debris.', 'Four').verdict, 'consistent');
  assert.equal(findingIn(blast, 'Brackwater has opened 14 new schools since 2021, and its pass rate rose to 77.5%.', '77.5%').verdict, 'consistent');
});

const crash = sourceIndex({ title: 'Plane crash toll rises', outlet: 'Ollenby Standard', published: '2025-10-09' }, `
Corrant Air said the flight had been carrying 61 passengers and five crew members, not the 58 passengers and four crew it reported on the day of the crash.

The airline would pay an advance of €20,000 to the family of each victim and €5,000 to each survivor.

The crash is the deadliest since March 1998, when a jet flew into Mount Ostrey, killing 87 of the 103 people on board.

The survey questioned 18,400 adults in 9,700 households: 9,500 women and 8,900 men.

The 2015 survey questioned 15,200 adults.

Men were more likely than women to be obese (26.1% against 23.2%). Only 37% of women met the activity guideline, against 45% of men.
`);

test('who, exactly: crew members are crew, corrected figures are the earlier count, aid goes to someone', () => {
  // Five crew, not the four first reported: the corrected count contradicts nothing.
  assert.equal(findingIn(crash, 'Corrant Air said the flight had been carrying 61 passengers and five crew.', 'five').verdict, 'consistent');
  // €5,000 to each survivor is not the €20,000 to each victim's family.
  assert.notEqual(findingIn(crash, 'Survivors will each receive €20,000, the airline said.', '€20,000').verdict, 'consistent');
});

test('people by sex, a whole on board, a share of people by what is said of them', () => {
  assert.notEqual(findingIn(crash, 'It questioned 18,400 adults, 9,500 of them men.', '9,500').verdict, 'consistent');
  assert.notEqual(findingIn(crash, 'In 1998, 103 people were killed on Mount Ostrey.', '103').verdict, 'consistent');
  assert.notEqual(findingIn(crash, 'The survey found 26.1% of men are obese.', '26.1%').verdict, 'conflicting');
  assert.notEqual(findingIn(crash, 'Women are more likely to be obese than men, at 26.1% against 23.2%.', '26.1%').verdict, 'consistent');
});

test('a year after a comparison dates what is compared with, not the figure before it', () => {
  const sentence = 'The survey questioned 18,400 adults in some 9,700 households, against 12,500 in 2015.';
  assert.notEqual(findingIn(crash, sentence, '18,400').verdict, 'conflicting');
});

test('a review’s cases: ages of two people, lists of counts, "over" as more than, "the number of cases hit", strict bounds', () => {
  const review = sourceIndex({ title: 'Review', outlet: 'Review Desk', published: '2025-10-14' }, `
Jonas Pell, 43, was injured in the blast.

Volunteers worked 240 hours to clear the square.

The number of cases reached 50 on Friday.

At least 4.5% of the vote went to the Greens.
`);
  assert.notEqual(findingIn(review, 'Maria Pell, 41, was injured in the blast.', '41').verdict, 'conflicting');
  assert.deepEqual(findQuantities('Old Tannery has 104 cases, Hollin Park, 58, and Greyfriars, 24.').map((q) => q.unit), [null, null, null]);
  assert.notEqual(findingIn(review, 'Volunteers worked over 200 hours to clear the square.', 'over 200').verdict, 'conflicting');
  assert.equal(findingIn(review, 'The number of cases hit 50 on Friday.', '50').verdict, 'consistent');
  assert.notEqual(findingIn(review, 'More than 4.5% of the vote went to the Greens.', 'More than 4.5%').verdict, 'consistent');
});

const strike = sourceIndex({ title: 'Strike ends', outlet: 'Ilvarne Metro Herald', published: '2025-10-17' }, `
ICT employs 2,400 drivers, 1,650 on its bus network and 750 on its trams.

The strike was the longest since 2016, when drivers walked out for 14 days and ICT lost €4.3 million in fares.

During this strike ICT lost €6.8 million in fares, the company said.

Chief executive Leopold Quellenberg said the agreement was "expensive but fair".

Union general secretary Corinna Perrault said members had won a deal that was fair to them.
`);

test('the word before a counted noun that the source gives to another figure: buses and trams swapped', () => {
  const swapped = 'ICT’s 1,650 tram drivers and 750 bus drivers were all called in for the early shifts.';
  assert.notEqual(findingIn(strike, swapped, '1,650').verdict, 'consistent');
  assert.notEqual(findingIn(strike, swapped, '750').verdict, 'consistent');
});

test('a pronoun subject speaks of the year of the sentence before it', () => {
  const found = analyseParagraphs(['The 2016 strike lasted 14 days. It meant ICT lost €4.3 million in fares, the company said.'], strike).find((f) => f.text === '€4.3 million');
  assert.ok(found);
  // 2016's loss, not this strike's €6.8 million.
  assert.equal(found.verdict, 'consistent');
});

test('words a page puts in quotation marks must be the source’s words, in the mouth it names', () => {
  const wrongMouth = 'Corinna Perrault, the union’s general secretary, called the deal "expensive but fair".';
  assert.equal(findingIn(strike, wrongMouth, wrongMouth, 'claim').verdict, 'unverified');
});

test('a second review’s cases: what dates a figure, and whose it is', () => {
  const plant = sourceIndex({ title: 'Plant', outlet: 'Daily Test', published: '2026-03-01' }, `
Halvane opened its Kelmark plant in 2012 with 40 workers. The Kelmark plant now has 1,200 workers.

The Kelmark scheme paid out €12 million in grants last year, the council said.

Police arrested 12 people at Saturday's protest against the new housing law in Kelmark.

Ivo Brannig won 52.4% of the vote in Kelmark, against 47.6% for Ana Tesk.

Oskalund recorded 41.8C on Tuesday, while Tervale reached 39.5C.
`);
  const now = analyseParagraphs(['Halvane opened its Kelmark plant in 2012. It now employs 1,200 workers at the Kelmark plant.'], plant).find((f) => f.text === '1,200');
  assert.ok(now);
  assert.notEqual(now.verdict, 'conflicting');
  assert.notEqual(findingIn(plant, 'The Kelmark scheme paid out €40 million in grants, from 2019 to 2021, the council said.', '€40 million').verdict, 'conflicting');
  assert.notEqual(findingIn(plant, 'Police arrested 46 people at a protest against the housing law in Kelmark in 2019.', '46').verdict, 'conflicting');
  assert.notEqual(findingIn(plant, 'Ana Tesk said that Ivo Brannig had taken 47.6% of the vote.', '47.6%').verdict, 'consistent');
  assert.notEqual(findingIn(plant, 'Tervale sweltered on Tuesday, but nearby Oskalund was cooler, at 39.5C.', '39.5C').verdict, 'consistent');
});

test('crushed, burned or trampled to death is killed', () => {
  const crush = sourceIndex({ title: 'Crush', outlet: 'Velmora Dispatch', published: '2025-03-15' },
    'Eleven people were killed and 42 injured on Friday when a crowd waiting for food parcels surged towards the gates.');
  assert.equal(findingIn(crush, 'Eleven people were crushed to death on Friday as the crowd surged towards the gates.', 'Eleven').verdict, 'consistent');
  assert.notEqual(findingIn(crush, 'Forty-two people were crushed to death on Friday as the crowd surged towards the gates.', 'Forty-two').verdict, 'consistent');
});

test('people "known to have died" died', () => {
  assert.equal(findQuantities('Seventeen people are now known to have died after the bus fell into the gorge.')[0].about, 'died');
  const gorge = sourceIndex({ title: 'Bus crash', outlet: 'Brask Evening Post', published: '2025-10-09' },
    'Seventeen people are now known to have died after a coach fell into the Selk Gorge on 7 October, police said.');
  assert.equal(findingIn(gorge, 'Seventeen people died when the coach fell into the Selk Gorge, police said.', 'Seventeen').verdict, 'consistent');
});

test('sentenced or condemned to death is not killed', () => {
  const market = sourceIndex({ title: 'Market attack', outlet: 'Brask Herald', published: '2025-03-15' }, 'Nine people were killed in the attack on the Brask market.');
  assert.notEqual(findingIn(market, 'Nine people were sentenced to death for the attack on the Brask market.', 'Nine').verdict, 'consistent');
});

test('flats and apartments are homes', () => {
  const heat = sourceIndex({ title: 'Drone strikes', outlet: 'Estrenian Herald', published: '2025-11-18' },
    'Dresnik said the Kessin plant heats hospitals, schools and 70,000 flats.');
  assert.equal(findingIn(heat, 'Dresnik said the Kessin plant heats hospitals, schools and 70,000 homes.', '70,000').verdict, 'consistent');
});

test('"four of them seriously" counts those hurt badly, and is told against the same part only', () => {
  const crash = sourceIndex({ title: 'Coach crash', outlet: 'Valdmark Courier', published: '2025-10-07' },
    'The coach overturned on Tuesday, injuring 31 people, six of them seriously, the regional police said. Nine people were taken to hospital in Quennel.');
  assert.equal(findingIn(crash, 'Regional police say 31 people have been injured, six of them seriously.', 'six').verdict, 'consistent');
  const eight = findingIn(crash, 'Regional police say 31 people have been injured, eight of them seriously.', 'eight');
  assert.equal(eight.verdict, 'conflicting');
  assert.match(eight.explanation, /six/);
  // (However the source says it: in a serious condition, said to be, remaining so.)
  for (const told of ['Six of the injured are in a serious condition', 'Six remain in a serious condition', 'Six were said to be in a serious condition']) {
    const later = sourceIndex({ title: 'Coach crash', outlet: 'Valdmark Courier', published: '2025-10-08' },
      `The coach overturned on the Tarrow Pass on Tuesday, injuring 31 people. ${told}, the regional police said.`);
    const page = (n: string) => `Thirty-one people were injured on the Tarrow Pass, ${n} of them seriously, the regional police said.`;
    assert.equal(findingIn(later, page('six'), 'six').verdict, 'consistent', told);
    assert.notEqual(findingIn(later, page('nine'), 'nine').verdict, 'consistent', told);
  }
  // (Slightly is not seriously; those who survived are not those who drowned.)
  const lake = sourceIndex({ title: 'Crash', outlet: 'Tarrow Post', published: '2025-06-02' },
    'Nine people were injured, two of them badly, when the coach overturned on the Tarrow Pass, police said. Three teenagers drowned in the lake at Tarrow on Sunday.');
  assert.notEqual(findingIn(lake, 'Nine people were injured, two of them slightly, when the coach overturned on the Tarrow Pass, police said.', 'two').verdict, 'consistent');
  assert.notEqual(findingIn(lake, 'The three teenagers who survived were taken to hospital in Tarrow.', 'three').verdict, 'consistent');
  // (Those in a serious condition are a part of the injured, never their count, however the count was read.)
  const stand = sourcesIndex([
    { title: 'Stand collapse', outlet: 'Vellmark Evening Post', published: '2025-05-10', text: 'Part of the stand collapsed onto spectators on Saturday, killing four people and injuring 62, Vellmark Police said. Seventeen of the injured were in a serious condition tonight.' },
    { title: 'Toll rises', outlet: 'National Courier', published: '2025-05-12', text: 'Vellmark Police also revised the number of people injured to 85, up from the 62 given on Saturday. Twenty-one people remain in a serious condition in four hospitals.' },
  ]);
  assert.equal(findingIn(stand, 'The number of people hurt was revised to 85, and 21 remain in serious condition in four hospitals.', '21').verdict, 'consistent');
  // ("badly enough to be taken to hospital" says where they went, not how badly they were hurt.)
  assert.notEqual(findingIn(crash, 'Thirty-one people were hurt, nine of them badly enough to be taken to hospital.', 'nine').verdict, 'conflicting');
});

test('a level before a change whose noun is left out counts what the figure set against it counts', () => {
  const jobs = sourceIndex({ title: 'Jobs', outlet: 'Lindhaven Business Wire', published: '2025-05-15' },
    'Unemployment rose to 7.3% in the first quarter. Job vacancies fell to 96,000 from 104,000 a year earlier, the statistics office said.');
  assert.equal(findingIn(jobs, 'Vacancies dropped to 96,000, from 104,000 a year before.', '104,000').verdict, 'consistent');
  assert.notEqual(findingIn(jobs, 'Vacancies dropped to 96,000, from 110,000 a year before.', '110,000').verdict, 'consistent');
});

test('where the counted are ("at the scene", "at both ends of the tunnel") is no act of their own', () => {
  const fire = sourceIndex({ title: 'Tunnel fire', outlet: 'Morvale Gazette', published: '2026-02-11' },
    'Anton Brevik, commander of the fire service, said 140 firefighters had been sent to both ends of the tunnel, and 32 fire engines were deployed.');
  assert.equal(findingIn(fire, 'Around 140 firefighters are at both ends of the tunnel.', 'Around 140').verdict, 'consistent');
  assert.equal(findingIn(fire, 'Fire chief Anton Brevik says 32 fire engines have been at the scene all night.', '32').verdict, 'consistent');
  // (An act is still told apart: the 140 sent are not 140 injured; those at a hotel are not those hurt at it.)
  assert.notEqual(findingIn(fire, 'Around 140 firefighters were injured at both ends of the tunnel.', 'Around 140').verdict, 'consistent');
  const balcony = sourceIndex({ title: 'Balcony collapse', outlet: 'Perrin Post', published: '2025-06-02' },
    'Twelve people were injured when a balcony gave way at the Perrin Hotel on Sunday, and 50 armed officers were at the scene of the siege in Morrow Lane.');
  assert.notEqual(findingIn(balcony, 'Twelve people have been at the Perrin Hotel since the collapse, helping police.', 'Twelve').verdict, 'consistent');
  assert.notEqual(findingIn(balcony, 'Fifty armed officers were arrested at the scene of the siege in Morrow Lane.', 'Fifty').verdict, 'consistent');
});

test('"the three men who died" are the dead; "the two other people who died" are the rest of them', () => {
  const blast = sourceIndex({ title: 'Mine blast', outlet: 'Northern Wire Service', published: '2025-10-11' },
    'Three men died in the blast, the Miners Federation said. Four people have died in the crush, police said.');
  assert.equal(findingIn(blast, 'The families of the three men who died will each receive compensation.', 'three').verdict, 'consistent');
  const rest = findingIn(blast, 'A steward was among the dead. The two other people who died were fans.', 'two');
  assert.equal(rest.verdict, 'unverified');
});

test('residents or civilians are never the firefighters, police or soldiers sent to help them', () => {
  const blaze = sourceIndex({ title: 'Blaze', outlet: 'Carrow Post', published: '2025-03-10' },
    'Two firefighters remain in a serious condition after the Carrow Court blaze, the fire service said.');
  assert.notEqual(findingIn(blaze, 'Two residents remain in a serious condition after the Carrow Court blaze.', 'Two').verdict, 'consistent');
  assert.equal(findingIn(blaze, 'Two people remain in a serious condition after the Carrow Court blaze, the fire service said.', 'Two').verdict, 'consistent');
});

test('a number joined to its noun by a hyphen counts that noun: "the 92-room hotel" counts rooms, not hotels', () => {
  const hotel = sourceIndex({ title: 'Hotels', outlet: 'Southern Coast Herald', published: '2025-06-17' },
    'The group owns 47 hotels along the coast, and its newest opened in May.');
  assert.notEqual(findingIn(hotel, 'Alderra Hospitality Group, which owns the 92-room hotel, said the balcony had passed inspection.', '92').verdict, 'conflicting');
  const ward = sourceIndex({ title: 'Hospital', outlet: 'The Lessingford Post', published: '2025-07-22' },
    'Merrowgate General, which has about 420 beds, lost power on Tuesday.');
  assert.equal(findingIn(ward, 'The 420-bed Merrowgate General lost power on Tuesday.', '420').verdict, 'consistent');
});

test('"pensioners over 75" is an age bound of a group, never a count', () => {
  const over = findQuantities('Three of the victims died in Vennick, and most were pensioners over 75 who lived alone.').find((q) => q.value === 75)!;
  assert.equal(over.unit, 'years of age');
  const toll = sourceIndex({ title: 'Heatwave', outlet: 'The Plains Herald', published: '2025-07-22' }, 'The heatwave has killed 23 people, most of them over 75.');
  assert.notEqual(findingIn(toll, 'Most of the dead were pensioners over 75 who lived alone.', 'over 75').verdict, 'conflicting');
});

test('an amount a change went to is of the subject, past an aside and the change\'s own unit: "Sales, excluding fuel, increased 4.3 percent to €12.8 billion"', () => {
  const results = sourceIndex({ title: 'Annual results', outlet: 'The Ledgerline Business Review', published: '2025-04-24' },
    'Sales, excluding fuel, increased 4.3 percent to €12.8 billion, and like-for-like sales at stores open for more than a year rose 3.1 percent.');
  assert.equal(findingIn(results, 'Pre-tax profit rose to €486m in the year, on sales of almost €13bn.', 'almost €13bn').verdict, 'consistent');
});

test('a list line\'s label names what its counts are of: "Burglaries: down 12%, to 3,140"', () => {
  const [, burglaries] = findQuantities('Burglaries: down 12%, to 3,140');
  assert.equal(burglaries.nounKey, 'burglari');
  assert.equal(findQuantities('Knife offences: 412, up 57 on the year before')[0].noun, 'Knife offences');
  // (A speaker's label in capitals names no count.)
  assert.equal(findQuantities('MARSH: It was 3,120 out of 9,850.')[0].noun, '');
});

test('a level before a change is in the unit of the level after it: "410,000 tonnes of fish in 2024, down from 438,000"', () => {
  const [, , before] = findQuantities("Vessmark's boats landed roughly 410,000 tonnes of fish in 2024, down from 438,000 the year before.");
  assert.equal(before.unit, 't');
  const [, earlier] = findQuantities('It left a gap of 9.3 percentage points between the regions, up from 7.8 points in 2024.');
  assert.equal(earlier.unit, 'percentage point');
});

test('a part of a whole someone owns is a part too: "Twenty-three of Castrava\'s 37 prisons"', () => {
  const roles = (sentence: string) => findQuantities(sentence).map((q) => `${q.text}:${q.role ?? '-'}`);
  assert.deepEqual(roles("Twenty-three of Castrava's 37 prisons held more prisoners than they were built for."), ['Twenty-three:part', '37:whole']);
  assert.deepEqual(roles('Twenty-three of the 37 prisons hold more prisoners than they were built for.'), ['Twenty-three:part', '37:whole']);
  assert.deepEqual(roles("Some 40 of Castrava prisons' staff were on strike."), ['Some 40:-']);
});
