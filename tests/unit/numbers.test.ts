import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/core/numbers.ts';
import { findingIn, sourceIndex } from './findings.ts';

const brief = (s: string) => findQuantities(s).map((q) => ({ text: q.text, value: q.value, noun: q.noun }));

test('digits with separators, number words and the noun they count', () => {
  assert.deepEqual(brief('The United States has 900 troops in Syria, and 2,500 more in neighbouring Iraq.'), [
    { text: '900', value: 900, noun: 'troops' },
    { text: '2,500', value: 2500, noun: 'troops' },
  ]);
  assert.deepEqual(brief('It sent two aircraft carriers and twenty-one fighter jets.'), [
    { text: 'two', value: 2, noun: 'aircraft carriers' },
    { text: 'twenty-one', value: 21, noun: 'fighter jets' },
  ]);
});

test('qualifiers belong to the figure and widen what it means', () => {
  const [q] = findQuantities('Troops were attacked at least 12 times in Iraq.');
  assert.equal(q.text, 'at least 12');
  assert.equal(q.qualifier, 'at least');
  assert.equal(q.place, 'Iraq');
  assert.equal(findQuantities('nearly 900 soldiers')[0].qualifier, 'nearly');
  assert.equal(findQuantities('up to 40 rockets')[0].qualifier, 'up to');
  assert.equal(findQuantities('about 1,200 people')[0].qualifier, 'about');
});

test('scales, money, percentages, ranges and vague counts', () => {
  const values = findQuantities('It cost $3bn, 2.5 million people voted, 45% agreed, 12 to 15 rockets fell and tens of thousands fled.')
    .map((q) => [q.text, q.value, q.valueMax, q.unit]);
  assert.deepEqual(values, [
    ['$3bn', 3e9, null, 'USD'],
    ['2.5 million', 2.5e6, null, null],
    ['45%', 45, null, 'percent'],
    ['12 to 15', 12, 15, null],
    ['tens of thousands', 10000, null, null],
  ]);
});

test('words for numbers, shares, measures and hedged times', () => {
  const found = findQuantities('More than a thousand homes and half a million people lost power at about 4:20 a.m.; a third of the 48-hour strike passed in heat of 41C, with gusts of 165 km/h after a magnitude 6.2 quake.')
    .map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(found, [
    ['More than a thousand', 1000, null],
    ['half a million', 500_000, null],
    ['about 4:20 a.m.', null, null],
    ['a third', 0.3333, 'fraction'],
    ['48-hour', 48, 'hour'],
    ['41C', 41, 'degC'],
    ['165', 165, 'km/h'],
    ['6.2', 6.2, 'magnitude'],
  ]);
  // A body is not a place: "at the National Seismic Institute" says who counted, not where.
  assert.equal(findQuantities('Staff at the National Seismic Institute counted more than 40 aftershocks.')[0].place, null);
  assert.equal(findQuantities('At least 12 people were injured in Haldor.')[0].place, 'Haldor');
  // A letter after a number is a temperature only where the sentence speaks of one.
  assert.equal(findQuantities('They rented flat 4C for two years.').find((q) => q.text.startsWith('4'))?.unit ?? null, null);
});

test('dates and times are found as such, with a comparable key', () => {
  const found = findQuantities('Attacks began on October 17 and on 17 October 2023, Oct. 17, at 4:30 a.m. and 0130 GMT.')
    .map((q) => [q.kind, q.text, q.date]);
  assert.deepEqual(found, [
    ['date', 'October 17', '10-17'],
    ['date', '17 October 2023', '2023-10-17'],
    ['date', 'Oct. 17', '10-17'],
    ['time', '4:30 a.m.', null],
    ['time', '0130 GMT', null],
  ]);
});

test('designations, phone numbers, addresses and footnote marks are not figures', () => {
  assert.deepEqual(brief('Su-35 and MiG-29 jets, COVID-19, the G7 and an A320 flew over.'), []);
  assert.deepEqual(brief('Call +44 20 7946 0958 or see https://example.com/2023/10/123 for more.[3]'), []);
  assert.deepEqual(brief('The fire at 150 Mill Lane started in the kitchen.'), []);
});

test('a number before a street is a count where hedged or followed by who lives there, as no address is', () => {
  assert.deepEqual(findQuantities('Some 150 Mill Lane residents were turfed out of their homes.').map((q) => [q.text, q.value, q.qualifier]), [['Some 150', 150, 'about']]);
  assert.deepEqual(findQuantities('Police moved 40 Harbour Road families to the school.').map((q) => q.text), ['40']);
});

test('"one" as a pronoun is not a count', () => {
  assert.deepEqual(brief('One of them said no one knew.'), []);
  assert.deepEqual(brief('One soldier was hurt.'), [{ text: 'One', value: 1, noun: 'soldier' }]);
});

test('hedge words that are something else here: a movement, a span', () => {
  const qualifiers = (s: string) => findQuantities(s).map((q) => [q.text, q.qualifier]);
  assert.deepEqual(qualifiers('After the steelworks closed, the rate went up to 8.3%.'), [['8.3%', 'exact']]);
  assert.deepEqual(qualifiers('The institute revised the magnitude of the quake up to 6.4.'), [['6.4', 'exact']]);
  assert.deepEqual(qualifiers('She pledged €60m over five years.'), [['€60m', 'exact'], ['five', 'exact']]);
  // Still hedges: a ceiling of what is given, and "for over" a span.
  assert.deepEqual(qualifiers('Households can receive up to €3,000.'), [['up to €3,000', 'up to']]);
  assert.deepEqual(qualifiers('He worked there for over 30 years.'), [['over 30', 'more than']]);
});

test('a count in a list whose noun is left out after a name: "104 cases, Hollin Park 58"', () => {
  const found = findQuantities('Old Tannery has recorded 104 cases, Hollin Park 58 and Greyfriars 24.');
  assert.deepEqual(found.map((q) => [q.text, q.noun, q.place]), [['104', 'cases', null], ['58', 'cases', 'Hollin Park'], ['24', 'cases', 'Greyfriars']]);
  // A name and a number with no count before it is a designation, not a count.
  assert.deepEqual(findQuantities('She took the train to Platform 9 and waited.').map((q) => q.text), []);
});

test('"the number of job vacancies" counts vacancies; "the number of unemployed people" the unemployed', () => {
  assert.deepEqual(brief('The number of job vacancies fell to 96,000.').map((q) => q.noun), ['vacancies']);
  assert.deepEqual(brief('The number of unemployed people fell to 412,000.').map((q) => q.noun), ['unemployed']);
  assert.deepEqual(brief('The number of people killed has risen to 14.').map((q) => q.noun), ['killed']);
});

test('"one in seven" is a share, not two counts; "three metres in 90 minutes" and "two in the morning" are no share', () => {
  const [share] = findQuantities('Nearly one in seven teaching posts is vacant.');
  assert.deepEqual([share.text, share.unit, share.value, share.qualifier], ['Nearly one in seven', 'fraction', 0.1429, 'nearly']);
  assert.equal(findQuantities('One train in six was late.')[0].value, 0.1667);
  assert.deepEqual(findQuantities('The river rose three metres in 90 minutes.').map((q) => q.text), ['three', '90']);
  assert.notEqual(findQuantities('He came home at two in the morning.')[0]?.unit, 'fraction');
});

test('a temperature below zero is read with its sign', () => {
  const temperatures = (s: string) => findQuantities(s).map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(temperatures('Temperatures in the valley dropped to minus 2C overnight.'), [['minus 2C', -2, 'degC']]);
  assert.deepEqual(temperatures('Temperatures were -4C at dawn and −3 °C at noon.'), [['-4C', -4, 'degC'], ['−3 °C', -3, 'degC']]);
  assert.deepEqual(temperatures('The low was three degrees below zero, forecasters said.'), [['three degrees below zero', -3, 'degC']]);
  // (Not a range's dash, nor a sign that stands before no temperature.)
  assert.deepEqual(temperatures('Highs of 20-25C are forecast.'), [['20-25C', 20, 'degC']]);
  assert.equal(findQuantities('Temperatures dropped to minus 2C overnight.')[0].about, 'dropped');
});

test('"half a percentage point" is a change of a rate of 0.5 points', () => {
  const [q] = findQuantities('Household spending added about half a percentage point to growth.');
  assert.deepEqual([q.text, q.value, q.unit], ['about half', 0.5, 'percentage point']);
  assert.deepEqual(findQuantities('It grew by a quarter of a percentage point.').map((f) => [f.value, f.unit]), [[0.25, 'percentage point']]);
});

test('a verb before one figure does not reach past another verb to the next', () => {
  const abouts = findQuantities('The helicopter crashed on Tuesday, killing two and injuring six.').filter((q) => q.kind === 'quantity').map((q) => [q.text, q.about]);
  assert.deepEqual(abouts, [['two', 'killing'], ['six', 'injuring']]);
  // (Words that are no verbs still may stand between: "launched drones or missiles at least 25 times".)
  assert.equal(findQuantities('The group launched drones or missiles at least 25 times from Sudmark.')[0].about, 'launched');
});

test('a bound after people that counts nothing after it is an age; floors are storeys', () => {
  const [, age] = findQuantities('Of the dead, 14 were over 75, and most died at home.');
  assert.deepEqual([age.text, age.unit], ['over 75', 'years of age']);
  assert.equal(findQuantities('Most of them were people over 75 who lived alone.')[0].unit, 'years of age');
  // (Not a count after the bound.)
  assert.equal(findQuantities('Police said there were over 40 injured.')[0].unit, null);
  assert.equal(findQuantities('City records show that the block had six floors.')[0].unit, 'storey');
});

test('a noun or adjective in -ing does not stop a verb reaching its figure', () => {
  assert.equal(findQuantities('Police evacuated the building and 300 homes near the gasworks.')[0].about, 'evacuated');
  assert.equal(findQuantities('Police arrested an astonishing 400 people at the stadium.')[0].about, 'arrested');
});

test('an -ing word that names a thing is no verb of the figure after it', () => {
  assert.equal(findQuantities('Factories took on 14,000 workers, while building sites shed 9,000 jobs.')[1].about, 'shed');
});

test('energy and power are measures, however written', () => {
  const units = (s: string) => findQuantities(s).filter((q) => q.kind === 'quantity').map((q) => [q.value, q.unit]);
  assert.deepEqual(units('Wind turbines produced 41.2 terawatt-hours (TWh), and solar panels 18.6 TWh.'), [[41.2, 'twh'], [18.6, 'twh']]);
  assert.deepEqual(units('Capacity reached 31.1 gigawatts; 600MW was added, storing 4.2GWh.'), [[31.1, 'gw'], [600, 'mw'], [4.2, 'gwh']]);
});

test('after the third review: -ing words after an auxiliary are verbs; "who were not injured" is no act; a toll "over 75" is no age; floors affected are no storeys', () => {
  assert.equal(findQuantities('The government is funding 40 new schools.')[0].about, 'funding');
  assert.equal(findQuantities('The NHS began training 500 nurses last year.')[0].about, 'training');
  assert.notEqual(findQuantities('The 12 passengers who were not injured were taken home.')[0].about, 'were not injured');
  assert.equal(findQuantities('The death toll from the fire in Orlen is over 75.')[0].unit, null);
  assert.equal(findQuantities('The fire spread across 20 floors of the tower.')[0].unit, null);
});

test('a toll before another noun is a road toll, not a death toll', () => {
  const [revenue] = findQuantities('Toll revenue reached €3.1 billion in 2025.');
  assert.notEqual(revenue.noun.toLowerCase(), 'toll');
  assert.equal(findQuantities('The death toll has risen to 14.')[0].noun, 'toll');
  assert.equal(findQuantities('The toll from the storm stood at 14.')[0].noun, 'toll');
});

test('a season or a year of accounts is one date, and dates no figure; a duration in two units is one figure', () => {
  const season = findQuantities('Calloway admitted 6,840 first-year students for the 2025-26 academic year.');
  assert.deepEqual(season.map((q) => [q.text, q.kind, q.date ?? null, q.time]), [['6,840', 'quantity', null, null], ['2025-26', 'date', '2025', null]]);
  assert.equal(findQuantities('Sales in 2023/24 rose.')[0].kind, 'date');
  // (Not two years apart, nor a tally.)
  assert.notEqual(findQuantities('The ballot went 2020-23 against the plan.')[0].kind, 'date');
  assert.deepEqual(brief('The average response was 8 minutes 42 seconds, down from 9 minutes 25 seconds.'), [
    { text: '8 minutes 42 seconds', value: 8.7, noun: 'minutes' },
    { text: '9 minutes 25 seconds', value: 9 + 25 / 60, noun: 'minutes' },
  ]);
  assert.deepEqual(brief('The race took 2 hours and 15 minutes.'), [{ text: '2 hours and 15 minutes', value: 2.25, noun: 'hours' }]);
  // (Seconds past sixty are no part of a minute.)
  assert.equal(findQuantities('It took 3 minutes 75 seconds.').length, 2);
});

test('"just under nine minutes" agrees with a source\'s 8 minutes 42 seconds, told in its own words', () => {
  const index = sourceIndex({ title: 'Ambulances', outlet: 'Lowmoor Evening Post', published: '2025-06-12' },
    'The average response time for ambulances was 8 minutes 42 seconds in 2025, the health authority said.');
  const finding = findingIn(index, 'The average ambulance response time was just under nine minutes in 2025.', 'just under nine');
  assert.equal(finding.verdict, 'consistent');
  assert.match(finding.explanation, /says 8 minutes 42 seconds\./);
});

test('"kilometres an hour" and "miles per hour" are speeds, not distances', () => {
  assert.deepEqual(findQuantities('The tram may have been travelling at around 40 kilometres an hour.').map((q) => [q.unit, q.noun]), [['km/h', 'kilometres an hour']]);
  assert.equal(findQuantities('The car was doing 60 miles per hour.')[0].unit, 'mph');
  assert.equal(findQuantities('The road runs 40 kilometres to the coast.')[0].unit, 'km');
  const tram = sourceIndex({ title: 'Tram', outlet: 'Caldreth Evening Post', published: '2025-10-14' },
    '"Early indications are that the tram may have been travelling at around 40 kilometres an hour," he told reporters. The speed limit for trams on the curve is 20 km/h.');
  assert.notEqual(findingIn(tram, 'Police say the tram was doing around 40 km/h on a curve where the limit is 20 km/h.', 'around 40').verdict, 'conflicting');
});

test('pence are a hundredth of a pound, glued or spelled out; a clock\'s "3pm" is no money', () => {
  const money = (s: string) => findQuantities(s).map((q) => [q.text, q.value, q.unit]);
  assert.deepEqual(money('The average unit price fell to 27.6p per kWh, from 31.1p a year earlier.'), [['27.6p', 0.276, 'GBP'], ['31.1p', 0.311, 'GBP']]);
  assert.deepEqual(money('Stamps cost 85 pence.'), [['85 pence', 0.85, 'GBP']]);
  assert.deepEqual(findQuantities('The vote is at 3pm.').map((q) => q.kind), ['time']);
});

test('a price in pence is compared with the source\'s', () => {
  const bills = sourceIndex({ title: 'Electricity bills', outlet: 'Energy Ledger', published: '2025-11-20' },
    'The average unit price paid by households fell to 27.6p per kilowatt-hour, from 30.1p a year earlier.');
  assert.equal(findingIn(bills, 'The average unit price households pay fell to 27.6p per kWh.', '27.6p').verdict, 'consistent');
  assert.equal(findingIn(bills, 'The average unit price households pay fell to 27.6p per kWh, from 31.1p a year earlier.', '31.1p').verdict, 'conflicting');
});

test('"in 2022 to 412": a year, then the level a change came to, which the year before it does not date', () => {
  const dated = (s: string) => findQuantities(s).filter((q) => q.kind === 'quantity').map((q) => [q.text, q.time]);
  assert.deepEqual(dated('Cases rocketed from 57 in 2022 to 412 in 2024.'), [['57', '2022'], ['412', '2024']]);
  assert.deepEqual(dated('The prison population has risen from 14,200 in 2019 to 17,900 this year.'), [['14,200', '2019'], ['17,900', null]]);
  assert.deepEqual(dated('Deaths in fires rose in 2024 to 187.'), [['187', '2024']]);
  // (A span of years is still no figure: "from 2024 to 2026".)
  assert.deepEqual(dated('The programme runs from 2024 to 2026.'), []);
});

test('spans said in words are durations: "a fortnight" is 14 days, "an hour and a half" 90 minutes; not "a decade ago"', () => {
  const spans = (s: string) => findQuantities(s).map((q) => [q.text, q.value, q.noun, q.qualifier, q.unit]);
  assert.deepEqual(spans('The site will stay closed for at least a fortnight.'), [['at least a fortnight', 14, 'days', 'at least', null]]);
  assert.deepEqual(spans('The flight took roughly an hour and a half.'), [['roughly an hour and a half', 90, 'minutes', 'about', null]]);
  assert.deepEqual(spans('The bridge was more than half a century old.'), [['more than half a century', 50, 'years', 'more than', 'years of age']]);
  assert.deepEqual(spans('Output was higher a decade ago, and it was the most in a decade; buses run every half an hour.'), []);
});

test('a span in words agrees with the same span in figures', () => {
  const line = sourceIndex({ title: 'Rail line closed', outlet: 'Ashcombe Gazette', published: '2025-10-14' }, 'Norvale Rail said the line would stay closed for at least 14 days while the bridge was inspected.');
  assert.equal(findingIn(line, 'Norvale Rail says the line will stay closed for at least a fortnight while the bridge is inspected.', 'at least a fortnight').verdict, 'consistent');
});

test('a month said alone after "to", or opening its sentence as what it tells of, is a date', () => {
  const months = (s: string) => findQuantities(s).filter((q) => q.kind === 'date').map((q) => [q.text, q.date]);
  assert.deepEqual(months('Prices rose 3.4% in the year to June.'), [['June', 'M06']]);
  assert.deepEqual(months('August was the busiest month.'), [['August', 'M08']]);
  assert.deepEqual(months('From March to June, sales fell.'), [['March', 'M03'], ['June', 'M06']]);
  assert.deepEqual(months('May was a good month for him, he may say.'), []);
});

test('"in the year to August" is the end of a period, not what happened in August', () => {
  const inflation = 'Annual consumer price inflation slowed to 2.7% in September from 3.1% in August, the Central Statistics Office said. ';
  const cso = sourceIndex({ title: 'Inflation slows', outlet: 'Aldmark Business Daily', published: '2025-10-15' }, inflation);
  const earnings = 'Average earnings rose 4.8 per cent in the year to August, according to separate figures from the statistics office.';
  assert.notEqual(findingIn(cso, earnings, 'August').verdict, 'consistent');
  const both = sourceIndex({ title: 'Inflation slows', outlet: 'Aldmark Business Daily', published: '2025-10-15' },
    `${inflation}Average earnings rose 4.8% in the year to August, the statistics office said.`);
  assert.equal(findingIn(both, earnings, 'August').verdict, 'consistent');
});

test('"half the tables", "nearly half the staff": half of what follows, as "half of" is; not "half the battle"', () => {
  const halves = (s: string) => findQuantities(s).map((q) => [q.text, q.value, q.unit, q.qualifier]);
  assert.deepEqual(halves('Half the tables were empty.'), [['Half', 0.5, 'fraction', 'exact']]);
  assert.deepEqual(halves('Nearly half the staff left.'), [['Nearly half', 0.5, 'fraction', 'nearly']]);
  assert.deepEqual(halves('Getting there is half the battle.'), []);
});

test('what a review found of spans, pence, streets and years: no part of a span, no screen, no place word, no range of years', () => {
  const texts = (s: string) => findQuantities(s).map((q) => q.text);
  assert.deepEqual(texts('The civil war lasted a decade and a half.'), []);
  assert.deepEqual(texts('It was closed for half a decade; the festival is held once a decade; prices hit a decade high.'), []);
  assert.deepEqual(texts('Benefits are £166 a fortnight.'), ['£166']);
  assert.deepEqual(texts('The worst results in almost a decade.'), ['almost a decade']);
  assert.deepEqual(texts('It streams at 1080p.'), []);
  assert.deepEqual(findQuantities('It costs 0.7p.').map((q) => q.value), [0.007]);
  assert.deepEqual(texts('Police closed the roads around 10 Downing Street.'), []);
  assert.deepEqual(findQuantities('Police estimated 1800 to 2000 protesters.').filter((q) => q.kind === 'quantity' && q.qualifier === 'exact').map((q) => q.text), []);
  const dated = (s: string) => findQuantities(s).filter((q) => q.kind === 'quantity').map((q) => [q.text, q.time]);
  assert.deepEqual(dated('Reoffending has fallen from 44% in 2016 to 38% for those released in 2023.'), [['44%', '2016'], ['38%', '2023']]);
  assert.deepEqual(dated('The claimant rate has climbed from 4.6% in June 2024 to 5.3%.'), [['4.6%', 'June 2024'], ['5.3%', null]]);
  assert.deepEqual(dated('The bank trimmed its growth forecast for 2026 to 0.8 per cent.'), [['0.8 per cent', '2026']]);
});

test('what a second review found: a level after "the end of 2023 to", "mid-2023 to"; a change\'s year dates the level after it; hedged street counts; spans after a year or a superlative', () => {
  const dated = (s: string) => findQuantities(s).filter((q) => q.kind === 'quantity').map((q) => [q.text, q.time]);
  assert.deepEqual(dated('Unemployment rose from 3.9% at the end of 2023 to 4.4%.'), [['3.9%', '2023'], ['4.4%', null]]);
  assert.deepEqual(dated('It grew from 1.2 million in mid-2023 to 1.5 million.'), [['1.2 million', null], ['1.5 million', null]]);
  assert.deepEqual(dated('Unemployment rose from just 4% in 2022 to 5.3%.'), [['4%', '2022'], ['5.3%', null]]);
  assert.deepEqual(dated('Profits rose by £300m in 2023 to £4.1bn.'), [['£300m', '2023'], ['£4.1bn', '2023']]);
  const texts = (s: string) => findQuantities(s).map((q) => q.text);
  assert.deepEqual(texts('Around 60 Oxford Street retailers closed.'), ['Around 60']);
  assert.deepEqual(texts('The party has governed since 2010, a decade in which wages barely rose.'), ['2010', 'a decade']);
  assert.deepEqual(texts('The First Minister has held the post for a decade.'), ['a decade']);
  assert.deepEqual(texts('Prices reached their highest level for a decade.'), []);
});

test('an ordinal\'s ending is no noun: "the 15th floor" is of a floor, "on the 27th" of nothing named', () => {
  const nouns = (s: string) => findQuantities(s).map((q) => [q.text, q.noun]);
  assert.deepEqual(nouns('The fire spread to the 15th floor.'), [['15', 'floor']]);
  assert.deepEqual(nouns('The branch will reopen on the 27th.'), [['27', '']]);
});

test('"the 3rd of 5 men" counts no men: what follows "of" is not the ordinal\'s noun', () => {
  assert.deepEqual(findQuantities('It was the 3rd of 5 men arrested on Friday.').filter((q) => q.kind === 'quantity').map((q) => [q.text, q.noun]), [['3', ''], ['5', 'men']]);
});
