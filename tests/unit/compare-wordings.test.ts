import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTextArticle } from '../../src/core/article.ts';
import { buildFactBase } from '../../src/core/facts.ts';
import { FactIndex } from '../../src/core/fact-index.ts';
import { analyseParagraphs } from '../../src/core/analyse.ts';
import { findingIn } from './findings.ts';
import { findQuantities } from '../../src/core/numbers.ts';

// Wordings that the labelled sets showed going wrong, each as a contract a reader can see.
const source = parseTextArticle(`Title: Quake kills dozens in Halmira
Outlet: Halmira Post
URL: https://post.example/quake
Published: 2026-03-04

A magnitude 6.2 earthquake struck Halmira province on 3 March, killing at least 41 people in the towns of Kestrova and Lindholt.

The region was last hit by a major earthquake in 1987, when a magnitude 5.9 tremor killed 11 people in Lindholt.

The regional government approved an emergency fund of €4.5 million for affected households.

Shares in Talvex fell 6.5% on 3 March.

Corrand Freight paid for the clean-up of the river.

Eleven of the train's 46 wagons left the track near Selloway.

All 214 schools in the region were closed on 21 October and 22 October. The coastal highway reopened on 23 October.

Six bridges remain closed, and two people remain missing.
`);
const index = new FactIndex(buildFactBase([source]).facts);

/** The finding for `text` in `sentence`, on a page whose paragraphs before it are `context`. */
const finding = (sentence: string, text: string, kind: 'number' | 'claim' = 'number', context: string[] = [], against = index) =>
  findingIn(against, sentence, text, kind, context);

test('an amount is matched by what it is of: "an emergency fund of €4.5m"', () => {
  assert.equal(finding('Halmira approved a €4.5m emergency fund for affected households.', '€4.5m').verdict, 'consistent');
  const other = finding('The regional government approved an emergency fund of €6 million for affected households.', '€6 million');
  assert.equal(other.verdict, 'conflicting');
  assert.match(other.explanation, /€4\.5 million/);
});

test('a share is of its subject, and whether it rose or fell is part of it', () => {
  assert.equal(finding('Shares in Talvex are down 6.5%.', '6.5%').verdict, 'consistent');
  assert.equal(finding('Shares in Talvex are down 8.5%.', '8.5%').verdict, 'conflicting');
  assert.notEqual(finding('Shares in Talvex rose 6.5%.', '6.5%').verdict, 'consistent');
});

test('a floor in a source neither confirms nor contradicts a higher count', () => {
  assert.equal(finding('The earthquake has killed at least 41 people.', 'at least 41').verdict, 'consistent');
  assert.equal(finding('Officials say the earthquake killed 55 people in Kestrova and Lindholt.', '55').verdict, 'unverified');
});

test('a magnitude is compared with the same quake’s; a quake of another year is history', () => {
  const magnitude = finding('A magnitude 6.4 earthquake struck Halmira province on 3 March.', '6.4');
  assert.equal(magnitude.verdict, 'conflicting');
  assert.match(magnitude.explanation, /6\.2/);
  // The source's 11 dead are from 1987; a page about this quake is not confirmed by them.
  assert.equal(finding('The tremor killed 11 people in Lindholt.', '11').verdict, 'unverified');
  assert.equal(finding('In 1987 a tremor killed 11 people in Lindholt.', '11').verdict, 'consistent');
});

test('"refused to" negates: a claim that says the opposite of the source is not consistent', () => {
  const refused = 'Corrand Freight refused to pay for the clean-up of the river.';
  assert.equal(finding(refused, refused, 'claim').verdict, 'unverified');
  const same = 'Corrand Freight paid for the clean-up of the river, the company said.';
  assert.equal(finding(same, same, 'claim').verdict, 'consistent');
});

test('a part ("four of them tank cars") and a whole ("of the train\'s 46 wagons") are not the count itself', () => {
  const sentence = 'Eleven wagons left the track near Selloway, four of them tank cars.';
  assert.equal(finding(sentence, 'Eleven').verdict, 'consistent');
  assert.equal(finding(sentence, 'four').verdict, 'unverified');
});

test('a live blog’s time stamp is when the entry was posted, not part of the claim', () => {
  const findings = analyseParagraphs(['08:00 — Shares in Talvex fell 6.5% on 3 March.'], index);
  const stamp = findings.find((f) => f.kind === 'number' && f.text === '08:00');
  assert.equal(stamp?.verdict, 'unverified');
  assert.match(stamp!.explanation, /posted/);
  const claim = findings.find((f) => f.kind === 'claim');
  assert.equal(claim?.text, 'Shares in Talvex fell 6.5% on 3 March.');
  assert.equal(claim?.verdict, 'consistent');
  // (A blog that runs over days gives the day first.)
  const dayStamped = analyseParagraphs(['Tuesday, 08:50 — Shares in Talvex fell 6.5% on 3 March.'], index).find((f) => f.kind === 'claim');
  assert.equal(dayStamped?.text, 'Shares in Talvex fell 6.5% on 3 March.');
  assert.equal(dayStamped?.verdict, 'consistent');
});

test('a date agrees only with the same act: "reopened on 22 October" is not "were closed on 22 October"', () => {
  const reopened = finding('The coastal highway reopened on Oct. 22.', 'Oct. 22');
  assert.equal(reopened.verdict, 'conflicting');
  assert.match(reopened.explanation, /23 October/);
  assert.equal(finding('The schools in the region were closed on Oct. 22.', 'Oct. 22').verdict, 'consistent');
});

test('"half a dozen" is six; "remain missing" is the state of being missing', () => {
  assert.equal(finding('Half a dozen bridges remain closed.', 'Half a dozen').verdict, 'consistent');
  // Two people missing, said with no context, could be anyone; on a page about the same quake they are these two.
  assert.equal(finding('A pair of people are still missing.', 'A pair of').verdict, 'unverified');
  const quakePage = ['The quake struck Halmira province, and Kestrova and Lindholt are counting the dead.'];
  assert.equal(finding('A pair of people are still missing.', 'A pair of', 'number', quakePage).verdict, 'consistent');
});

const results = new FactIndex(buildFactBase([parseTextArticle(`Title: Veltrane cuts 4,200 jobs
Outlet: Strelsund Business Daily
URL: https://sbd.example/veltrane
Published: 2025-10-23

Revenue fell 11% to €2.84 billion in the quarter. New orders dropped 17% to €2.5 billion, the company said.

Sales in the Asia-Pacific region fell by 33%, while sales in North America rose 4%.

About 1,100 of the job cuts will fall in Strelsund. The last of the staff left the plant at 2:15 a.m., Veltrane said.

Veltrane cut 2,600 jobs in 2019.
`)]).facts);

test('a level something fell to is that thing’s: "new orders fell 13% to €2.5bn" is about orders, not revenue', () => {
  const orders = finding('Revenue slid 11% to €2.84bn, and new orders fell 13% to €2.5bn.', '€2.5bn', 'number', [], results);
  assert.equal(orders.verdict, 'consistent');
  assert.match(orders.explanation, /€2\.5 billion/);
});

test('a share is never compared with a count, and a page naming another figure’s place does not borrow this one', () => {
  assert.equal(finding('About a quarter of the job cuts will fall in Strelsund.', 'About a quarter', 'number', [], results).verdict, 'unverified');
  // The page puts the 4% in Asia-Pacific; the source has Asia-Pacific at -33% and North America at +4%.
  assert.notEqual(finding('Asia-Pacific was the bright spot, with sales up 4%.', '4%', 'number', [], results).verdict, 'consistent');
});

test('a claim is consistent only in the same mouth and only for what its source says', () => {
  const otherMouth = 'The last of the staff left the plant at 2:15 a.m., the regional governor\'s office said.';
  assert.equal(finding(otherMouth, otherMouth, 'claim', [], results).verdict, 'unverified');
  const sameMouth = 'The last of the staff left the plant at 2:15 a.m., Veltrane said.';
  assert.equal(finding(sameMouth, sameMouth, 'claim', [], results).verdict, 'consistent');
  const more = 'Veltrane cut 2,600 jobs in 2019 and promised unions it would be the last round of redundancies.';
  assert.equal(finding(more, more, 'claim', [], results).verdict, 'unverified');
});

const outbreak = new FactIndex(buildFactBase([parseTextArticle(`Title: Cholera cases rise
Outlet: Essendal Health Wire
URL: https://ehw.example/cholera
Published: 2025-03-09

Seventy-three patients were in hospital on 8 March, 12 of them in intensive care, said Dr Helena Vosk, director of the health department.

Nearly a third of the patients are children under 10, according to the health department.

A further 80,000 doses of oral cholera vaccine are expected from the Continental Health Agency by 14 March.

It is the region's worst outbreak since 2011, when 19 people died in the city.
`)]).facts);

test('an age bound is no count; a part says its own thing; a year alone is weak evidence', () => {
  assert.equal(finding('Most of the sick are children under 10.', 'under 10', 'number', [], outbreak).verdict, 'consistent');
  const sentence = 'At the latest count, 73 patients were in hospital, nine of them on ventilators.';
  assert.equal(finding(sentence, 'nine', 'number', [], outbreak).verdict, 'unverified');
  assert.equal(finding('The city water plant, built in 2011, is to be replaced.', '2011', 'number', [], outbreak).verdict, 'unverified');
});

test('a verb without a synonym may agree by rewording, never contradict: "using 50,000 doses" is not "80,000 doses are expected"', () => {
  const using = finding('The campaign is using 50,000 doses of oral cholera vaccine from the Continental Health Agency.', '50,000', 'number', [], outbreak);
  assert.notEqual(using.verdict, 'conflicting');
});

test('a date is nobody: the speaker of "…on 8 March, 12 of them in intensive care, said Dr Helena Vosk" is Vosk', () => {
  const seventy = finding('Seventy-three patients were in hospital on 8 March.', 'Seventy-three', 'number', [], outbreak);
  assert.equal(seventy.evidence[0]?.speaker, 'Helena Vosk');
});

const verdictDay = new FactIndex(buildFactBase([parseTextArticle(`Title: Brannig jailed
Outlet: Lexden Court Reporter
URL: https://lcr.example/brannig
Published: 2025-10-22

Halvane Construct, which won the hospital contract in 2019, was fined €12 million.

Temperatures on the Carrow Plain reached 43.6C in Dunmere on 7 July, the weather bureau said.
`)]).facts);

test('a year in a relative clause dates that clause only; degrees are temperatures; a forecast is no record', () => {
  assert.equal(finding('Halvane Construct has been fined €12m and banned from public tenders.', '€12m', 'number', [], verdictDay).verdict, 'consistent');
  assert.equal(finding('The record, 43.6 degrees, was set in Dunmere on July 7th.', '43.6', 'number', [], verdictDay).verdict, 'consistent');
  assert.equal(finding('Temperatures in Dunmere are expected to reach 42 degrees again.', '42', 'number', [], verdictDay).verdict, 'unverified');
  assert.equal(finding('Temperatures in Dunmere reached 42 degrees on July 7th.', '42', 'number', [], verdictDay).verdict, 'conflicting');
});

const shelters = new FactIndex(buildFactBase([parseTextArticle(`Title: Quake survivors in shelters
Outlet: Vessan Tribune
URL: https://vt.example/shelters
Published: 2026-03-06

About 6,200 people remain in 24 shelters, most of them in tents on the Kestrova football ground.
`)]).facts);

test('a sentence one figure of which a source sentence confirms is compared figure by figure with that sentence', () => {
  const page = ['In Kestrova the football ground has become a camp of tents.'];
  const wrong = finding('About 6,200 people are sleeping in 42 shelters, many in tents on the football ground.', '42', 'number', page, shelters);
  assert.equal(wrong.verdict, 'conflicting');
  assert.match(wrong.explanation, /says 24 shelters in the sentence that confirms this one's other figure; this page says 42 shelters/);
  assert.equal(finding('About 6,200 people are living in two dozen shelters, many in tents on the football ground.', 'two dozen', 'number', page, shelters).verdict, 'consistent');
  // Without the anchor, a count of shelters alone is not enough to say which shelters.
  assert.equal(finding('The province has opened 42 shelters.', '42', 'number', page, shelters).verdict, 'unverified');
});

const airline = new FactIndex(buildFactBase([parseTextArticle(`Title: Norvane Air grounds jets
Outlet: Transit Business Wire
URL: https://tbw.example/norvane
Published: 2026-03-05

Norvane Air will cancel 1,240 flights between 4 and 10 March, the airline said.

It is the worst disruption since 2019, when a pilots' strike forced the airline to cancel about 2,100 flights.

Passengers whose flights are cancelled will receive up to €600 each. Clearing the backlog cost an estimated €1.4 million.

The warning service raised its danger rating at 6 p.m. on 8 February.
`)]).facts);

test('rates, amounts, agents and times read as a reader would', () => {
  // A rate is not a total; a cost said of another thing is no contradiction; money people are given is aid.
  assert.equal(finding('Norvane normally runs about 180 flights a day.', 'about 180', 'number', [], airline).verdict, 'unverified');
  assert.equal(finding('A new hangar, costing €40 million, will be built.', '€40 million', 'number', [], airline).verdict, 'unverified');
  assert.equal(finding('Passengers whose flights were cancelled can claim up to €600 each.', 'up to €600', 'number', [], airline).verdict, 'consistent');
  // Who did it is part of the claim: "a strike by cabin crew" is not the pilots' strike.
  const crew = 'In 2019, a strike by cabin crew forced Norvane to cancel about 2,100 flights.';
  assert.equal(finding(crew, crew, 'claim', [], airline).verdict, 'unverified');
  // The date anchors the sentence; its time then disagrees.
  const rating = finding('The danger rating had been raised on 8 February at 6 a.m.', '6 a.m.', 'number', [], airline);
  assert.equal(rating.verdict, 'conflicting');
  assert.match(rating.explanation, /6 p\.m\./);
});

const plantFire = new FactIndex(buildFactBase([parseTextArticle(`Title: Ostvik toll rises
Outlet: Greve Evening Post
URL: https://gep.example/ostvik
Published: 2025-04-12

A third worker has died after the fire at the Ostvik plant, Brantcore said.

Brantcore said 23 people had been taken to hospital in total, not the 17 first reported, and that six of them were still in hospital on 11 April.

The number of unemployed people fell by 27,000 to 412,000, while the rate for women fell to 6.5% and the rate for men was 7.1%.
`)]).facts);

test('ordinal tolls, elided parts, changes and levels, and whose share it is', () => {
  const page = ['The Ostvik plant fire: Brantcore on the toll, and what Aventia\'s Labour Office says.', 'Brantcore runs the Ostvik plant.'];
  assert.equal(finding('The fire killed three workers at the Ostvik plant.', 'three', 'number', page, plantFire).verdict, 'consistent');
  const sentence = 'In all, 23 people were taken to hospital, and half a dozen were still in hospital on 11 April.';
  assert.equal(finding(sentence, 'half a dozen', 'number', page, plantFire).verdict, 'consistent');
  assert.equal(finding('The jobless total dropped to 412,000, while the rate for women fell to 6.5%.', '412,000', 'number', page, plantFire).verdict, 'consistent');
  assert.notEqual(finding('The jobless total dropped to 27,000.', '27,000', 'number', page, plantFire).verdict, 'consistent');
  assert.notEqual(finding('The jobless rate for men is now 6.5%.', '6.5%', 'number', page, plantFire).verdict, 'consistent');
  // An age is no count: a 34-year-old is not 34 people.
  assert.equal(findQuantities('A 34-year-old worker died.')[0].unit, 'years of age');
});

const rates = new FactIndex(buildFactBase([parseTextArticle(`Title: Norvaland raises rates
Outlet: Selmarsk Business Daily
URL: https://sbd.example/rates
Published: 2025-10-16

The Norvaland Reserve Bank raised its main policy rate by 0.5 percentage points to 4.75%.

Food prices were 9.1% higher than a year earlier and household energy prices 14.3% higher.

About 1.1 million households have variable-rate mortgages.

St Aldric's General Hospital received 41 casualties and Queen Maren Hospital 27, said Dr Amara Keel.
`)]).facts);

test('finance and wire wordings: points, whose prices, two estimates, earlier levels, datelines, left-out nouns', () => {
  const page = ['The Norvaland Reserve Bank and St Aldric\'s General Hospital: a day of news in Norvaland.'];
  // Basis points and percentage points are not compared (yet): never a false conflict.
  assert.notEqual(finding('The bank lifted its main policy rate by 50 basis points to 4.75%.', '50', 'number', page, rates).verdict, 'conflicting');
  assert.notEqual(finding('Food prices are 14.3% higher than a year ago.', '14.3%', 'number', page, rates).verdict, 'consistent');
  assert.notEqual(finding('About 1.3 million households have variable-rate mortgages.', 'About 1.3 million', 'number', page, rates).verdict, 'consistent');
  assert.notEqual(finding('The bank raised its main policy rate from 4.25% to 4.75%.', '4.25%', 'number', page, rates).verdict, 'conflicting');
  const dateline = finding('MARROWICK, Oct. 14 — The bank raised its main policy rate to 4.75%.', 'Oct. 14', 'number', page, rates);
  assert.equal(dateline.verdict, 'unverified');
  assert.match(dateline.explanation, /filed/);
  // The 27 were Queen Maren's: a page that gives them to St Aldric's is not confirmed.
  assert.notEqual(finding('At St Aldric\'s General Hospital, which took in 27 of the injured, staff worked all night.', '27', 'number', page, rates).verdict, 'consistent');
});

const eruption = new FactIndex(buildFactBase([parseTextArticle(`Title: Ossary erupts
Outlet: The Kaster Chronicle
URL: https://kc.example/ossary
Published: 2025-10-08

A lava flow from a fissure on the southern flank had advanced about 2.5 kilometres by the evening of 7 October, the agency said.

Five people were treated for injuries, the agency said.

The 1968 eruption forced about 1,800 people from their homes.

Some 4,100 residents were moved out of Lorrach and 2,800 out of Sellbridge.

Transport will receive €320 million, including €85 million to extend tram line 4 to Greywater.
`)]).facts);

test('eruption and budget wordings: a measure of its subject, treated for injuries, history in sums, budget lines', () => {
  const page = ['Mount Ossary: the agency on Lorrach, Sellbridge and Greywater.'];
  assert.equal(finding('By the evening of 7 October, the flow had travelled about 2.5km.', 'about 2.5km', 'number', page, eruption).verdict, 'consistent');
  assert.equal(finding('Five people have been injured, the agency said.', 'Five', 'number', page, eruption).verdict, 'consistent');
  // 4,100 + 2,800 = 6,900 evacuated now; the page puts 6,900 in 1968.
  assert.notEqual(finding('The last eruption, in 1968, forced about 6,900 people from their homes.', 'about 6,900', 'number', page, eruption).verdict, 'consistent');
  // A budget line is not aid: the €85 million extension is no contradiction of transport's €320 million.
  assert.notEqual(finding('The extension to Greywater gets €85 million.', '€85 million', 'number', page, eruption).verdict, 'conflicting');
});

const takeover = new FactIndex(buildFactBase([parseTextArticle(`Title: Rovers sold
Outlet: Meridian Sports Wire
URL: https://msw.example/rovers
Published: 2025-10-09

The consortium will also take on the club's debts of about €38 million, bringing the total value of the deal to roughly €183 million.

The new owners will expand the Calder Park stadium from 24,500 to 32,000 seats.
`)]).facts);

test('an amount with a clause of its own is not the one before; the count before a change is the earlier level', () => {
  const page = ['Brellham Rovers: the Calder Park deal.'];
  const deal = 'Add the roughly €38m of debt that the buyers are taking on and the deal is worth about €183m.';
  assert.equal(finding(deal, 'about €183m', 'number', page, takeover).verdict, 'consistent');
  assert.notEqual(finding('Calder Park will grow from 24,500 seats to 35,000.', '24,500', 'number', page, takeover).verdict, 'conflicting');
});

test('a page reporting a source’s advice is confirmed by it', () => {
  const advice = new FactIndex(buildFactBase([parseTextArticle(`Title: Heart drug recalled
Outlet: Health Desk
URL: https://desk.example/recall
Published: 2026-02-01

The regulator said the risk to any individual patient was low, and that patients should not stop taking their medication without speaking to a doctor.
`)]).facts);
  const claim = 'The regulator says the risk to any individual patient is low.';
  assert.equal(findingIn(advice, claim, claim, 'claim').verdict, 'consistent');
  const negated = 'The regulator says the risk to patients is not low.';
  assert.notEqual(findingIn(advice, negated, negated, 'claim').verdict, 'consistent');
});
