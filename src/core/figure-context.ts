import type { Quantity } from './types.ts';
import { NUMBER_WORD_SOURCE } from './number-words.ts';
import { isStopword, tokenize, wordKey } from './words.ts';
import { CURRENCY_WORDS, ELIDED_AFTER_NAME, COMPOUND_DURATION, ENDS_WITH_UNIT, SPAN_VALUES, lookAhead, lookBack, type Candidate } from './figure-finders.ts';
import { isPersonRole } from './news-words.ts';

// What a figure counts, where, and the act it belongs to, read off the words around it.

/** Units of measure, folded to one name, so that "metres" and "82-metre" are the same unit. */
const MEASURE_UNITS: Record<string, string> = {
  metre: 'm', metres: 'm', meter: 'm', meters: 'm', kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km',
  km: 'km', 'km/h': 'km/h', kph: 'km/h', mile: 'mile', degrees: 'degC', degree: 'degC', miles: 'mile', hectare: 'ha', hectares: 'ha', acre: 'acre', acres: 'acre', tonne: 't',
  tonnes: 't', ton: 't', tons: 't', foot: 'ft', feet: 'ft', storey: 'storey', storeys: 'storey', story: 'storey',
  stories: 'storey', mm: 'mm', cm: 'cm', millimetres: 'mm', centimetres: 'cm', kg: 'kg', kilograms: 'kg', mph: 'mph',
  // (Energy and power, as the glued forms "4.2GWh", "600MW" name them.)
  twh: 'twh', gwh: 'gwh', mwh: 'mwh', kwh: 'kwh', gw: 'gw', mw: 'mw', kw: 'kw', gigawatts: 'gw', megawatts: 'mw', kilowatts: 'kw',
};

const LABEL_REACH = 90;
/** A line's label, a plural noun phrase before a colon, then at most a change's words before the figure: "Burglaries: down 12%, to ". */
const LINE_LABEL = /^\s*((?:[A-Z][a-z-]{1,30}\s+)?[A-Za-z][a-z-]{0,30}[a-z]{2}s)\s*:\s*(?:(?:up|down|about|around|nearly|almost|some|roughly|just|over|under|more than|fewer than|less than)\b[^:;]{0,40}?,?\s*(?:to|at|from)?\s*)?$/;
/** Line speeds, each one key however written: "10 Mbit/s", "ten megabits", "1 Gbps". */
const LINE_SPEED = /^(?:[mg]bit\/s|[mg]bps|(?:mega|giga)bits?)$/i;
/** "a 48-hour strike", "a 90-minute delay": a duration written as one word with its unit. */
const DURATIONS: Record<string, string> = { hour: 'hour', minute: 'minute' };

/** Words that end a counted noun phrase: function words and verbs that commonly follow a count. */
const PHRASE_BREAK = new Set(
  ('in on at to for from by with as into onto over under about after before since during while against between among ' +
    'through per via of and or but than that which who whom whose where when if so is are was were be been being has have ' +
    'had do does did will would could should may might must can said say says told the a an this these those their its it ' +
    'they them he she we you more additional other others each remain remains remained stay stays stayed ' +
    'begins starts ends continues comes goes takes makes gets seems appears within without along beyond toward towards until till ' +
    'despite amid amidst upon throughout every').split(' '),
);
const PLACE_NAME = "[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)*";
/** What may follow a place name; "in the Ardenian airstrike" names no place. */
const PLACE_END = "\\s*(?:[,.;:!?)\"”'’]|$)|\\s+(?:and|or|but|on|in|at|to|from|for|with|by|since|after|before|during|when|where|which|who|as|of|the|a|an|under|near|over|last|this|early|late|earlier|later|alone|itself|overnight|yesterday|today|tonight|now|again|too|were|was|is|are|had|has|have|said|says|district|region|province|county|city|state|area|quarter|neighbourhood|neighborhood|valley|river|border|port|coast|gulf|sea|airport|base|camp|(?:[a-z]+\\s+)?(?:plant|factory|site|centre|center|depot|works|mine|terminal|campus|warehouse))\\b";
/**
 * A place right after a figure or its noun: "in Syria", "at Haldor and Corvel", "from Sudmark",
 * "in neighbouring Iraq", "in the north", "at the Ardenian cities of Haldor and Corvel".
 */
const PLACE_AFTER = new RegExp(
  `^\\s*(?:(?:were|was|are|is|have been|has been|had been|will be|would be|could be|may be|might be|to be|will|would|could|may|might)\\s+)?(?:(?:[a-z]+(?:ed|en)|came|went|fell|rose|flew|ran|fall|come|go|be|found|held|hit|left|kept|caught|struck|lost|shot|stuck|swept|trapped|cut)(?:\\s+(?:away|off|out|up|down|back|alive|dead))?(?:\\s+by\\s+(?:the\\s+)?[a-z]+)?(?:\\s+(?:to|into)\\s+(?:the\\s+)?[a-z]+)?\\s+(?:here\\s+|there\\s+)?)?(?:out of|in|at|of|from|near|across|inside|outside|on|into|to)\\s+(?:(?:the|its|their)\\s+)?(?:(?:headquarters|offices?|base|plant|factory|site)\\s+(?:in|at)\\s+)?(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|occupied|nearby|[A-Z][\\p{L}-]+\\s+(?:cities|towns|villages|regions|provinces)\\s+of|(?:[a-z]+-[a-z]+\\s+)?(?:village|hamlet|town|city|suburb|district|region|province|county|island|part|area|neighbourhood|neighborhood|outskirt)s?\\s+of)\\s+)*` +
  `(${PLACE_NAME}(?:(?:,\\s+|\\s+and\\s+)${PLACE_NAME})*(?=${PLACE_END})|(?:north|south|east|west|north-east|north-west|south-east|south-west|capital|city centre|centre)\\b)`, 'u');
// ("in the Norvalian city of Taldera", "in the port town of Saltmere": the place is the town.)
const PLACE_BEFORE = new RegExp(`\\b(?:[Ii]n|[Aa]t|struck|hit|into)\\s+(?:the\\s+)?(?:(?:[\\p{L}'’-]+\\s+)?(?:city|town|village|port|region|province|district|county|island)\\s+of\\s+)?(${PLACE_NAME}|capital|north|south|east|west)(?=,?\\s)`, 'gu');
/** An ordinal's ending glued to its digits: "15th", "21st". */
const GLUED_SUFFIX = /^(?:st|nd|rd|th)(?![\p{L}\d-])/u;
const WHOLE_DURATION = new RegExp(`^${COMPOUND_DURATION.source}$`, 'i');
const AGE_GROUP_BEFORE = /\b(children|kids|people|adults|patients|residents|pupils|men|women|boys|girls|those|pensioners|victims|voters|workers|drivers|passengers|teenagers|students)(\s+aged)?\s+$/i;
const POPULATION_BEFORE = /\b(?:a|the|its)\s+(?:[a-z-]+\s+)?(?:town|village|hamlet|city|country|nation|region|province|island|district|community|population)\s+of\s+$/i;
/** Where a sentence's first clause ends: a fronted place ("In Kestrova, …") reaches no further. */
const clauseEnd = (s: string) => s.search(/[;:]/) < 0 ? Infinity : s.search(/[;:]/);
const NATIONWIDE = /^(?:(?:Across|Throughout|In)\s+the\s+(?:whole\s+)?(?:country|nation)|Nationally|Nationwide)\b/;
const FRONTED_PLACE = new RegExp(`^(?:In|At|Across)\\s+(?!the\\b)(${PLACE_NAME}),`, 'u');
const INSTITUTION = /\b(?:Institute|Ministry|Agency|Service|Authority|Department|Office|Commission|Council|Bureau|Board|Company|Group|Corporation|Association|Federation|Union|Court|Police)\b/;
const NOT_PLACES = /^(?:The|A|An|In|On|At|It|This|That|Since|After|Before|Thursday|Friday|Monday|Tuesday|Wednesday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Oct|Nov|Dec|Jan|Feb|Sept?|Aug|Jul|Jun|Apr|Mar)\b/;

export function describe(s: string, c: Candidate): Quantity {
  const text = s.slice(c.start, c.end);
  const q: Quantity = { ...c, text, noun: '', nounKey: '', place: null, about: '', time: null };
  if (/^(?:twice|thrice|once)$/i.test(text)) {
    q.noun = 'times';
    q.nounKey = 'time';
  }
  // ("a fortnight" counts days, "half an hour" minutes.)
  const span = SPAN_VALUES.find(([re]) => re.test(text));
  if (span) {
    q.noun = span[2];
    q.nounKey = wordKey(span[2]);
    // ("more than a century old": an age of a thing, never set against a count of years since, "38 years after".)
    if (/^\s+old\b/i.test(lookAhead(s, c.end))) q.unit = 'years of age';
  }
  // ("8 minutes 42 seconds" counts minutes.)
  const duration = WHOLE_DURATION.exec(text);
  if (duration) {
    q.noun = /^h/i.test(duration[2]) ? 'hours' : 'minutes';
    q.nounKey = wordKey(q.noun);
  }
  if (c.kind !== 'quantity') {
    // "began on October 17", "sounded at 4:30 a.m.": the act a date or time belongs to.
    q.about = aboutOf(lookBack(s, c.start).replace(/\s+(?:on|at|in|since|from|by|until)\s*$/i, ' '), '');
    return q;
  }
  // "40 million euros": the currency named after the figure is its unit, not what it counts.
  const currencyWord = /^\s+(?:(?:US|Swiss|Hong Kong|Australian|Canadian|Singapore|New Zealand)\s+)?([a-z]+)\b/i.exec(lookAhead(s, c.end));
  // (What follows the currency word is read as what follows the figure: "a deposit of ninety-eight
  // thousand euros" is still in its clause's place.)
  let after = c.end;
  if (!q.unit && currencyWord && CURRENCY_WORDS[currencyWord[1].toLowerCase()]) {
    q.unit = CURRENCY_WORDS[currencyWord[1].toLowerCase()];
    after = c.end + currencyWord[0].length;
  }
  // "a magnitude 6.2 earthquake", "of magnitude 5.1": a magnitude, whatever follows it.
  // "revised the magnitude of the quake upwards to 6.4" too.
  if (!q.unit && (/\bmagnitude(?:\s+of\s+(?:the|an?)\s+[a-z]+)?(?:\s+(?:up|upwards|upward|down|downwards|to|from|at|of|was|is|as))*[\s-]+$/i.test(lookBack(s, c.start)) ||
    /^\s*-?magnitude\b/i.test(lookAhead(s, c.end)))) q.unit = 'magnitude';
  // "62 metres high", "48 million cubic metres of water", "the 82-metre dam": a measure, in its unit.
  // ("41.2 terawatt-hours" is 41.2 TWh; "twh".)
  const unitWord = /^\s+((?:cubic|square)\s+)?([a-z]+(?:\/h)?)(?![\p{L}/])/iu.exec(lookAhead(s, c.end).replace(/^(\s+)(tera|giga|mega|kilo)watt-hours?\b/i, (_, sp: string, p: string) => `${sp}${p[0].toLowerCase()}wh`));
  const compound = /-([a-z]+?)s?$/i.exec(text);
  const measure = unitWord && MEASURE_UNITS[unitWord[2].toLowerCase()]
    ? `${unitWord[1] ? `${unitWord[1].trim().toLowerCase()} ` : ''}${MEASURE_UNITS[unitWord[2].toLowerCase()]}`
    : compound && ENDS_WITH_UNIT.test(text) ? MEASURE_UNITS[compound[1].toLowerCase()] ?? DURATIONS[compound[1].toLowerCase()] ?? null : null;
  // "a 34-year-old worker", "a man aged 62": an age, never a count. So is "Jonas Pell, 43," after a name.
  if (!q.unit && (/-(?:year|month|week|day)-old$/i.test(text) || /\baged\s+$/i.test(lookBack(s, c.start)) || isAgeAfterName(s, c, text) || isAgeBound(s, c, text) ||
    isYoungestOrOldest(s, c))) q.unit = 'years of age';
  // ("The driver, 52, was arrested", "The driver, aged 57,": an age set off after a person named by role; its key is the role.)
  const role = !q.unit || (q.unit === 'years of age' && !q.nounKey) ? ageAfterRole(s, c, text) : null;
  if (role) {
    q.unit = 'years of age';
    q.nounKey = wordKey(role);
  }
  // "50 basis points" and "0.5 percentage points": changes of a rate, never counts of points. (Each
  // keeps its own unit, so the two are not compared; the value stays as written.)
  const points = /^\s+(basis|percentage)\s+points?\b/i.exec(lookAhead(s, c.end));
  if (!q.unit && points) q.unit = `${points[1].toLowerCase()} point`;
  // ("a gap of 9.3 percentage points …, up from 7.8 points": the points of the sentence's kind.)
  const pointsBefore = !q.unit && /^\s+points?\b/i.test(lookAhead(s, c.end)) ? /\b(basis|percentage)\s+points?\b(?![\s\S]*\b(?:basis|percentage)\s+points?\b)/i.exec(lookBack(s, c.start)) : null;
  if (pointsBefore) q.unit = `${pointsBefore[1].toLowerCase()} point`;
  // ("212 degree courses": a degree studied, not a temperature.)
  const studied = measure === 'degC' && /^\s+degrees?\s+(?:courses?|programmes?|programs?|students?|holders?|subjects?)\b/i.test(lookAhead(s, c.end));
  // ("the block had six floors": a building's floors are its storeys; not "the fire spread across 3 floors".)
  if (!q.unit && !measure && /^\s+floors\b/i.test(lookAhead(s, c.end)) && /\b(?:had|has|have|with|its|their)\s+$/i.test(lookBack(s, c.start))) q.unit = 'storey';
  // ("around 40 kilometres an hour", "60 miles per hour": a speed.)
  const perHour = (measure === 'km' || measure === 'mile') && /^\s+[a-z]+\s+(?:an|per|a)\s+hour\b/i.test(lookAhead(s, c.end));
  if (!q.unit && measure && !studied) q.unit = perHour ? (measure === 'km' ? 'km/h' : 'mph') : measure === 'degC' && /^\s+degrees?\s+(?:Fahrenheit|F)\b/.test(lookAhead(s, c.end)) ? 'degF' : measure;
  // ("the 15th floor" is of a floor, not of "th": an ordinal's ending glued to the digits is no noun;
  // "2nd-largest", "3rd-party" are read as before.)
  const suffix = GLUED_SUFFIX.exec(s.slice(c.end))?.[0].length ?? 0;
  // (Nor of what follows "of": "the 3rd of 5 men" counts no men.)
  const phrase = q.noun || after > c.end || (suffix > 0 && (!/\p{L}/u.test(s.slice(c.end + suffix, c.end + suffix + 2)) || /^\s+of\b/.test(s.slice(c.end + suffix)))) ? null : nounPhraseAfter(s, c.end + suffix);
  // "two weeks' notice", "14 days' pay": the figure counts the period, whatever it is of.
  const period = !q.unit ? /^\s+(minutes|hours|days|weeks|months|years)['’](?=\s)/i.exec(lookAhead(s, c.end)) : null;
  if (period) {
    q.noun = period[1];
    q.nounKey = wordKey(period[1]);
  } else if (phrase) {
    // ("the 92-room hotel" counts rooms, "a 120-bed hospital" beds; "a 40-strong team" people of a team.)
    // (Not "its five-step scale", a scale told by any word for its steps: "five-level".)
    const hyphened = s[c.end] === '-' && !/^-strong\b/i.test(s.slice(c.end)) && !/^-[a-z]+\s+scale\b/i.test(s.slice(c.end));
    const noun = s.slice(phrase.start, phrase.end);
    // ("a three-car train" is of three carriages.)
    const counted = !hyphened ? noun.split(/[\s/]+/).pop()! : /^cars?\s+(?:train|tram|metro|underground)/i.test(noun) ? 'carriage' : noun.split(/\s+/)[0];
    // ("five crew members" counts crew, as "four crew" does; "10 Mbit/s" the megabits of "ten megabits".)
    q.nounKey = /\bcrew\s+members?$/i.test(noun) ? 'crew' : LINE_SPEED.test(noun) ? `${noun[0].toLowerCase()}bit` : wordKey(counted);
    // Money, shares and ages measure rather than count: what follows them is what they are of,
    // kept as the key to match on, not shown as a counted noun. A measure shows its unit ("metres").
    if ((!q.unit || measure || q.unit === 'fraction') && !ENDS_WITH_UNIT.test(text)) q.noun = perHour ? `${noun} an hour` : noun;
  }
  // "children under 10", "people aged over 65": an age bound of a group, not a count.
  const ageGroup = AGE_GROUP_BEFORE.exec(lookBack(s, c.start));
  if (!q.unit && ageGroup && (ageGroup[2] || /^(?:under|over|below|above|less than|more than)\b/i.test(text))) {
    q.unit = 'years of age';
    q.noun = ageGroup[1];
    q.nounKey = wordKey(ageGroup[1]);
  }
  // "a town of about 9,000 people": a population, whatever the people are called.
  if (!q.unit && POPULATION_BEFORE.test(lookBack(s, c.start))) {
    q.noun = 'population';
    q.nounKey = 'popul';
  }
  // "Of the dead, 29 were in Kestrova": the counted noun is fronted.
  const fronted = !phrase && !q.noun ? /^\s*Of (?:the|those|these) ([a-z]+),\s*$/i.exec(s.slice(0, c.start)) : null;
  if (fronted) {
    q.noun = fronted[1];
    q.nounKey = wordKey(fronted[1]);
  }
  // "Knife offences: 412, up 57 on the year before", "Burglaries: down 12%, to 3,140": a list's
  // label names what the line's counts are of. (Not a speaker's label in capitals, "MARSH: It was…",
  // nor a money amount or measure, which name their own.)
  // (A label opens its line: only a line's first words are read, so a long sentence costs nothing.)
  const label = !phrase && !q.noun && !fronted && q.unit === null && c.start <= LABEL_REACH ? LINE_LABEL.exec(s.slice(0, c.start)) : null;
  if (label) {
    q.noun = label[1];
    q.nounKey = wordKey(label[1].split(/\s+/).pop()!);
  }
  // "The number of troops added to the region is in the thousands"; "the death toll has risen to 14".
  // "the number of people killed … has risen to 14": what is counted is the killed. (Not "toll
  // revenue reached €3.1 billion": a toll before another noun is a road toll.)
  const numberOf = !phrase && !fronted && (/\bnumber of ([a-z]+)(?:\s+(?:(?:confirmed|known|reported|feared|presumed|believed|officially|now|still)\s+)?([a-z]+ed|dead|missing)\b)?/i.exec(lookBack(s, c.start)) ?? /\b(?:death )?(toll)\b(?!\s+(?!(?:has|had|have|is|was|were|rose|rises|risen|stood|stands|reached|climbed|now|from|in|at|of|after|to|stood)\b)[a-z]+)[^,;.]*$/i.exec(lookBack(s, c.start)));
  // "the number of job vacancies", "the number of confirmed measles cases in …": the head of the
  // phrase, its last word before a function word or a verb ("the number of unemployed people": the unemployed).
  const verbish = (w: string) => IRREGULAR_PAST.has(w) || /(?:ed|ing)$/.test(w) || /^(?:people|persons|individuals|is|are|has|have|stands|reaches|hits|grows|climbs|tops|rises|falls|totals)$/.test(w);
  const run = numberOf && !numberOf[2] ? /^(?:\s+[a-z]+){0,3}/.exec(lookBack(s, c.start).slice(numberOf.index + numberOf[0].length))![0].trim().split(/\s+/) : [];
  const phraseWords = run.slice(0, Math.max(0, run.findIndex((w) => !w || isStopword(w) || verbish(w)) === -1 ? run.length : run.findIndex((w) => !w || isStopword(w) || verbish(w))));
  const head = phraseWords.at(-1);
  if (numberOf && head && !isStopword(head) && !verbish(head)) {
    q.noun = head;
    q.nounKey = wordKey(q.noun);
  } else if (numberOf) {
    q.noun = numberOf[2] && /^(?:people|persons|civilians|residents|individuals|those)$/i.test(numberOf[1]) ? numberOf[2] : numberOf[1];
    q.nounKey = wordKey(q.noun);
  }
  // "210 of them destroyed": what follows "of them" is the part's own act.
  const afterNoun = lookAhead(s, phrase?.end ?? after).replace(/^\s+of\s+(?:them|those|whom|which)\b/, '');
  const place = PLACE_AFTER.exec(afterNoun.replace(/^\s+(?:more|additional|other|extra|of them|of those|of whom)\b/i, ''));
  const before = lookBack(s, c.start).split(/[;:]|,\s(?=[a-z])/).pop() ?? '';
  // "In Haldor, authorities evacuated 880 residents"; "struck the capital 5 times".
  const placeBefore = [...before.matchAll(PLACE_BEFORE)].pop();
  const frontedPlace = FRONTED_PLACE.exec(s)?.[1] ?? null;
  const ownerBefore = OWNER_BEFORE.exec(lookBack(s, c.start));
  const regionSubject = REGION_SUBJECT.exec(s);
  const subjectPlace = SUBJECT_BEFORE.exec(s.slice(0, c.start))?.[1] ?? null;
  const nameAt = NAME_AT.exec(lookBack(s, c.start))?.[1] ?? null;
  // "Haldor's Eastgate district": the place is Eastgate (in Haldor).
  // "in the centre of Rennick", "in the north of Tarsel": the place is the town.
  const within = place && /^(?:north|south|east|west|north-east|north-west|south-east|south-west|centre|city centre)$/.test(place[1])
    ? new RegExp(`^\\s+of\\s+(${PLACE_NAME})`, 'u').exec(afterNoun.slice(place.index + place[0].length)) : null;
  // "at the National Seismic Institute", "at the health ministry": a body, not a place.
  const isPlace = (name: string) => !NOT_PLACES.test(name) && !INSTITUTION.test(name);
  // "St Aldric's received 41 casualties and Queen Maren Hospital 27": the name before the left-out noun
  // is where, before any place the sentence named earlier ("… in Northgate and Hillcrest 44%").
  // (Not a number that names, "and the Hallen terminal 2 was evacuated", nor a time after, "the Westmole depot 3 days later".)
  const designation = /^\s+(?:was|were|is|are|has|had|will|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(s.slice(c.end, c.end + 12));
  const elidedPlace = designation ? undefined : ELIDED_AFTER_NAME.exec(lookBack(s, c.start))?.[1].replace(/,?\s+$/, '');
  if (elidedPlace && isPlace(elidedPlace) && !place) q.place = elidedPlace;
  else if (within) q.place = within[1];
  else if (place && isPlace(place[1])) q.place = place[1].replace(/^[\p{L}-]+['’]s\s+(?=\p{Lu})/u, '');
  // "highest in Kessavar, at 72.1%", "followed by the Old Town at 17.8", "in Saltmarsh, where 34%…": the name the figure is set at.
  else if (nameAt && isPlace(nameAt)) q.place = nameAt;
  else if (placeBefore && isPlace(placeBefore[1])) q.place = placeBefore[1];
  // "In Kestrova, close to the epicentre, 29 people lost their lives": a place fronted for the whole clause.
  else if (frontedPlace && isPlace(frontedPlace) && c.start < clauseEnd(s)) q.place = frontedPlace;
  // "Mallowick's 70 boats": whose the counted are is where they are.
  else if (ownerBefore && isPlace(ownerBefore[1])) q.place = ownerBefore[1];
  // "The Eastern region came last again, with 79.6% of trains on time": the sentence's subject is where.
  // (A region by its compass point is the subject of the sentence's first figure only: "…, 63 offences per 1,000 residents, above the national average of 47".)
  else if (regionSubject && isPlace(regionSubject[1] ?? regionSubject[2]) && (regionSubject[1] !== undefined || subjectsOwn(s.slice(regionSubject[0].length, c.start)))) {
    q.place = regionSubject[1] ?? regionSubject[2];
  }
  // "Dorvan drew 6.8 million visitors and the Serrat Coast 5.2 million", "Northgate loses 22% and
  // Hillcrest 12%": names compared as the subjects of their figures are where each figure is.
  else if (subjectPlace && isPlace(subjectPlace) && CONTRAST_AFTER.test(lookAhead(s, c.end))) q.place = subjectPlace;
  // "Across the country, the population grew by 3.1%": the whole country, not a city's figure.
  if (!q.place && NATIONWIDE.test(s) && c.start < clauseEnd(s)) q.place = 'the country';
  // "Eleven of the train's 46 wagons left the track": 46 is the whole the eleven are part of; the act is theirs.
  // "A tanker carrying 62,000 tonnes of crude": a cargo measured is the whole of what spilled or was
  // saved. (A ferry carrying 236 passengers and 41 vehicles counts them as any report does.)
  const cargo = q.unit !== null && /^[a-z]/.test(q.unit) && q.unit !== 'percent' && q.unit !== 'fraction' && CARGO_BEFORE.test(lookBack(s, c.start));
  if (WHOLE_BEFORE.test(lookBack(s, c.start)) || cargo) q.role = 'whole';
  // ("five residents still unaccounted for": the act is "unaccounted for".)
  else q.about = aboutOf(lookBack(s, c.start), afterNoun.replace(/^\s+(?:more|others?|further|additional)\b/i, '').replace(/^\s+(?:still|already|now|yet|again|even|just)\b/i, ''));
  // ("Eleven of the 13 people aboard a balloon that struck power lines near Marrowdene on Saturday,
  // 14 June, were injured": the subject's verb comes after the clauses that tell of it.)
  // (Only a part that opens its sentence, "N of the M …": a plain count's clauses are its own.)
  if (q.role !== 'whole' && q.about === '' && /^\W*(?:(?:about|some|nearly|almost|at least|more than)\s+)?$/i.test(s.slice(0, c.start)) &&
    OF_A_WHOLE.test(s.slice(c.end, c.end + 40))) {
    const verb = LATE_PREDICATE.exec(s.slice(c.end, c.end + 200));
    if (verb && !/\b(?:which|that|who),\s*[^,]*$/i.test(verb[1])) q.about = verb[2];
  }
  return q;
}
/**
 * The verb of a sentence's subject after a comma that ends the clauses telling of it: ", were
 * injured". Plural, of an act Sourcelight knows, and with no other subject set up before it ("…, but
 * the driver, a father of three, was killed", "…, while the others, all elderly, were transferred",
 * "which, engineers said, was flooded").
 */
const LATE_PREDICATE = /^((?:(?!\b(?:while|but|and|whereas|the\s+others|the\s+rest)\b)[^.;:!?])*?),\s+((?:were|have\s+been|had\s+been)\s+(?:seriously\s+|critically\s+|badly\s+|slightly\s+)?(?:injured|killed|hurt|wounded|rescued|treated|taken|found|evacuated|arrested|trapped|hospitalised|hospitalized|discharged|detained))\b/i;

/** A name right before "at", "with" or ", where" and the figure, or before it in brackets: "in Kessavar, at ", "the Old Town at ", "in Saltmarsh, where ", "Old Town (". */
const NAME_AT = /(?:^|[\s,;:(])(?:in\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:,?\s+(?:at|where|with)\s+(?:(?:about|some|nearly|almost|just|only|over|under)\s+)?|\s+\()$/u;
/** A name that is its clause's subject, right before its verb and the figure ("Old Quay, whose mains are oldest, loses "). */
const SUBJECT_BEFORE = /(?:^|[,;:]\s+|\b(?:and|while|whereas|but)\s+)(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:,[^,]{1,80},)?\s+(?!(?:said|says|told|added|warned|estimated|reported|wrote)\b)[a-z]+\s+(?:(?:about|some|nearly|almost|more than|at least|just|only|over|under)\s+)?$/u;
/** A second name with its own figure later in the sentence, its verb left out: "… and the capital, Dorvan, 5.2 million", "…, Castrelle University Hospital 24". */
const CONTRAST_AFTER = /^[^.;]*?(?:\b(?:and|while|whereas|but)|,)\s+(?:the\s+)?(?:[a-z]+,\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*,?\s+(?:[a-z]+\s+)?(?:about\s+|some\s+|nearly\s+)?[\d€$£]/u;
/** Whether the words between a compass region and a figure leave the figure the region's: no figure, name or contrast between ("worse than Dudley, which recorded 31"). */
const subjectsOwn = (between: string) => !/\d|\b(?:no|which|while|whereas|but|than|and)\b|\s\p{Lu}/u.test(between);
// (Or a name of a region by its compass point: "The Northern Highlands had the highest rate, 63 offences".)
const REGION_SUBJECT = new RegExp(`^\\s*(?:The\\s+)?(?:(${PLACE_NAME})\\s+(?:region|district|province|county|borough)\\b|((?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)\\s+(?:had|has|have|was|were|is|are|saw|recorded|reported|posted|registered)\\b)`, 'u');
const OWNER_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})['’]s\s+(?:(?:about|some|nearly|almost|more than|at least|all)\s+)?$/u;
const CARGO_BEFORE = /\b(?:carrying|hauling|laden with|loaded with)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+|an estimated\s+)?$/i;
/** "20 of the rockets", "Twenty-three of Castrava's 37 prisons": after a count, the whole it is a part of. */
export const OF_A_WHOLE = /^\s+of\s+(?:the|its|their|\p{Lu}[\p{L}-]*['’]s)\s/u;
const WHOLE_BEFORE = new RegExp(`(?:\\d|\\b(?:${NUMBER_WORD_SOURCE}))\\s+of\\s+(?:(?:the|its|their|his|her)\\s+(?:[\\p{L}-]+['’]s\\s+)?|\\p{Lu}[\\p{L}-]*['’]s\\s+)$`, 'iu');

const PASSIVE = /\b((?:have|has|had|were|was|are|is)(?:\s+(?:been|being|not|also|now|already|still))*\s+[a-z]+(?:ed|en|wn|t)\b(?:\s+[a-z]+){0,2})/;
const ACTIVE_AFTER = /^\s*((?:have|has|had|were|was|are|is|will|would|could|may|might)(?:\s+(?:been|be|not|also|now))*\s+[a-z]+(?:\s+[a-z]+){0,2}|(?:remain|remains|remained|stay|stays|stayed)\s+(?:in\s+(?:a\s+)?(?:serious|critical|stable)\b|[a-z]+(?:\s+[a-z]+)?)|(?:[a-z]+ed|left|fell|rose|sank|fled|struck|hit|went|came|took|made|lost|died)\b(?:\s+[a-z]+){0,2})/;
// ("when", "then", "even", "seven" end in -en and are no verbs: "were inside when the fire started at" is started.)
// (Nor does a verb reach past another: "killing two and injuring six" injured six. Words in -ing that
// are no verbs may stand between: "evacuated the building and 300 homes", "arrested an astonishing 400".)
/** Words in -ing that name a thing or say how many, not what was done: "the building", "an astonishing 400". */
const NOUN_ING = 'building|housing|funding|spending|astonishing|staggering|whopping|shocking|remaining|existing|following|leading|training|meeting|morning|evening|warning|ceiling|parking|shipping';
const VERB_BEFORE = new RegExp(String.raw`\b((?:(?:have|has|had|were|was|are|is|been|be)\s+)*(?:[a-z]+ed|(?!(?:when|then|even|often|seven|eleven|ten)\b)[a-z]+en|sent|hit|struck|has|have|had|killed|lost|left|took|made|cut|rose|fell|paid|spent|raised|injured|shot|put|cost|costs|fired|downed|drove|gave|won|fled|sank|tore|swept|held|led|sold|saw|brought|caught|shed)|(?:(?<=\b(?:is|are|was|were|been|be|began|begun|started|start|begin|keep|kept)\s)|(?!(?:${NOUN_ING})\s))[a-z]+ing)\s+(?:(?!(?!(?:${NOUN_ING})\s)[a-z]+ing\s)[a-z]+\s+|\p{Lu}[\p{L}'’-]*\s+){0,3}$`, 'u');
const LIGHT_ING = /^(?:including|totalling|totaling|numbering|involving|according|during|bringing|making|staggering|whopping|astonishing|remaining|existing|following|leading|outstanding|amazing|shocking)$/;

/**
 * What a figure is about, read off its clause: the verb phrase after its noun ("21 US forces have
 * suffered minor injuries"; "900 residents of the district were evacuated") or the verb before
 * it ("attacked at least 12 times", "killing four people").
 */
function aboutOf(before: string, afterNoun: string): string {
  // "Power is back for roughly 110,000 homes": it was restored to them.
  if (/\b(?:is|are|was|were|has been|have been)\s+back\s+(?:on\s+)?(?:for|to|in)\s+(?:about\s+|some\s+|roughly\s+|around\s+|nearly\s+|almost\s+|more than\s+)?$/i.test(before)) return 'restored';
  // ("1,800 tonnes of crude gushed from the tanker": what the tonnes are of comes before their verb.)
  const clauseAfter = afterNoun.split(/[,;:.!?()]|\s(?:and|but|while|which|who)\s/)[0].replace(/^\s+of\s+(?:[a-z]+\s+){1,2}?(?=[a-z]+ed\b)/, ' ');
  // ("Seventeen people are now known to have died", "Four were said to be in a serious condition": what they are known to have done or be.)
  const reported = /^\s+(?:[a-z]+\s+){0,2}?(?:are|is|were|was)\s+(?:now\s+)?(?:known|believed|feared|thought|said|reported|confirmed|presumed)\s+to\s+(?:have\s+(?:been\s+)?([a-z]+)|be\s+(in\s+(?:a\s+)?(?:serious|critical|stable)|[a-z]+(?:ed|en)|dead|missing|alive|safe))\b/i.exec(clauseAfter);
  if (reported) return reported[1] ?? reported[2];
  // ("forcing nine schools to close", "ordered 400 residents to leave": what they were made to do.)
  const madeTo = /^\s+to\s+(close|shut|leave|evacuate|stay|flee|move|stop)\b/i.exec(clauseAfter);
  if (madeTo && CAUSATIVE.test(before)) return madeTo[1];
  // ("the 19 miners who have been trapped since Tuesday": what the relative clause says was done to them.)
  // (Not "the 12 passengers who were not injured".)
  // ("the three men who died": a verb in the past alone says it too.)
  const relative = /^\s+(?:who|that)\s+((?:have|has|had|were|was|are|is)(?:\s+(?:been|also|now|already|still))*\s+[a-z]+(?:ed|en|wn|t)|died|drowned|perished|survived|fled)\b/i.exec(afterNoun);
  if (relative) return relative[1];
  // ("with 28 people still missing", "leaving four people dead": a state right after the people is what is counted of them.)
  // (Not a verb: "35 people missing relatives".)
  const state = /^\s+(missing|dead|injured|hurt|wounded|unaccounted|trapped|homeless|stranded)\b(?=\s*$|\s+(?:in|at|on|after|since|from|for|or|and|as|when|overnight|today|tonight|yesterday)\b)/i.exec(clauseAfter);
  if (state) return state[1];
  const passive = PASSIVE.exec(clauseAfter);
  if (passive && passive.index < 50) return passive[1].trim();
  const active = ACTIVE_AFTER.exec(clauseAfter);
  if (active) return active[1].trim();
  const clauseBefore = before.split(/[,;:!?()]/).pop() ?? '';
  // ("About 8,450 people worked at sea, compared with 27,000 in 1990": the level compared with did
  // what the figure before it did; "compared" is no act, and the figure before lends its own. Only
  // where its own year tells it apart: "compared with about 8,000 before the pandemic" or "9,100 in
  // processing" could otherwise pass for the level now.)
  if (COMPARED_WITH_BEFORE.test(clauseBefore) && /^\s*(?:[a-z]+\s+)?in\s+(?:19|20)\d\d\b/i.test(afterNoun)) return '';
  // "ask prosecutors to investigate three developers", "will cancel 1,240 flights": the verb right before the figure.
  const toVerb = /\b(to|will|would|could|may|might|must|can|shall)\s+(?!(?:the|a|an|be|have|its|their|his|her)\b)([a-z]{3,})\s+(?:at least|more than|nearly|about|some|an estimated)?\s*$/.exec(clauseBefore);
  if (toVerb) return `${toVerb[1]} ${toVerb[2]}`;
  // ("running at a terrifying six knots", "a whopping 250mm": a word that only marvels at the figure is no act.)
  const verb = VERB_BEFORE.exec(clauseBefore.replace(/\b(?:at least|more than|nearly|almost|about|up to|some|a total of)\s*$/i, '').replace(MARVEL_BEFORE, ''))?.[1] ?? '';
  return LIGHT_ING.test(verb) ? '' : verb;
}

const MARVEL_BEFORE = /\ban?\s+(?:whopping|staggering|terrifying|massive|huge|record|mere|paltry|remarkable|astonishing|shocking|colossal|modest|hefty|incredible|extraordinary|eye-watering|record-breaking|jaw-dropping|breathtaking|heartbreaking)\s*$/i;
/** A verb that makes its object do what follows, "to close": "forcing nine schools to close". */
const CAUSATIVE = /\b(?:forc(?:e|es|ed|ing)|order(?:s|ed|ing)?|caus(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|told|tell(?:s|ing)?|asked|ask(?:s|ing)?)\s+(?:at least\s+|more than\s+|nearly\s+|about\s+|some\s+|around\s+)?$/i;
/** Words that end a noun phrase though they are no function words: verbs, adverbs, directions. */
const IRREGULAR_PAST = new Set(('paid said told made took gave won lost left fell rose hit struck sent spent went came saw got ran led held ' +
  'shook shaken kept began broke brought built bought caught fought found flew grew knew meant met sold shot stood thought threw wore ' +
  'wrote fled cut put set let quit slept burnt burned sank stole swept tore woke were was remain remains remained ' +
  'compares means leaves brings puts shows laid lain dug taken given driven flown thrown shown chosen stolen broken fallen beaten ' +
  'frozen hidden written ridden risen shaken torn drawn blown').split(' '));
const ADVERBS = new Set(('overnight upstairs downstairs inside outside off up down out away back above below ago apiece each first ' +
  'worth today yesterday tonight now then next last this so too also alone here there north south east west northeast ' +
  'northwest southeast southwest northern southern eastern western near nearby across around per a an apart long wide ' +
  'high deep tall old later earlier worldwide nationwide underground overseas abroad alive aboard ashore altogether together ' +
  'instead rather home still already yet ever never again even just upstream downstream uphill downhill offshore inland').split(' '));
const SKIPPED_MODIFIERS = new Set(['more', 'additional', 'other', 'extra', 'further']);

function endsPhrase(word: string, count: number): boolean {
  const lower = word.toLowerCase();
  if (PHRASE_BREAK.has(lower) || ADVERBS.has(lower) || /^\d/.test(word) || /ly$/.test(lower)) return true;
  // After the first word, a verb form ends the phrase: "rockets slammed", "kids slept", "francs hosting".
  return count > 0 && (/(?:ed|ing)$/.test(lower) || IRREGULAR_PAST.has(lower) || AFTER_THE_NOUN.has(lower));
}
/** Words said after a counted noun of its state, never part of the noun: "11 people hurt", "420 nursing posts vacant". */
const AFTER_THE_NOUN = new Set(['hurt', 'vacant', 'unfilled', 'empty', 'available', 'outstanding']);

/** The counted noun phrase right after a figure: "aircraft carriers", "US forces", "new homes", "km/h". */
function nounPhraseAfter(s: string, from: number): { start: number; end: number } | null {
  const rest = lookAhead(s, from);
  let start = -1;
  let end = -1;
  let count = 0;
  let last = '';
  // "tens of thousands of people", "two of the soldiers": the count is of what follows "of".
  // "a pair of the port's four container terminals": after "of", owners and a second count go too.
  const afterOf = /\bof$/i.test(s.slice(Math.max(0, from - 3), from));
  let offset = (afterOf
    ? /^(?:\s+(?:the|its|their|his|her))?(?:\s+[\p{L}-]+['’]s)?(?:\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten))?\b/iu
    : /^\s+of(?:\s+(?:the|its|their|his|her|them|those))?(?:\s+[\p{L}-]+['’]s)?(?:\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?\b/iu).exec(rest)?.[0].length ?? 0;
  const lead = offset;
  for (const t of tokenize(rest)) {
    if (t.start < lead) continue;
    const gap = rest.slice(offset, t.start);
    if (!/^(?:[\s-]*|\/)$/.test(gap) || count >= 4) break;
    // "2,500 more in Iraq": "more" is not what is counted; what follows it may be.
    if (count === 0 && start < 0 && SKIPPED_MODIFIERS.has(t.text.toLowerCase())) {
      offset = t.end;
      continue;
    }
    if (/['’]s$/.test(t.text) && count === 0) {
      offset = t.end; // "the country's registered voters": the owner is not the thing counted
      continue;
    }
    if (count === 0 && /^['’]\s/.test(rest.slice(t.end))) {
      offset = t.end + 1; // "the 48-hour nurses' strike": a plural owner too
      continue;
    }
    if (endsPhrase(t.text, count)) break;
    // ("the 110-metre barge Merrin Star": a name after the noun is the thing's, not what is counted.)
    if (count > 0 && /^\p{Lu}/u.test(t.text) && /^\p{Ll}/u.test(last)) break;
    // "210 of them destroyed": after "of them" a verb is the part's act, not a noun.
    if (count === 0 && /\bof\s+(?:them|those)\s*$/i.test(rest.slice(0, t.start)) && endsPhrase(t.text, 1)) break;
    if (start < 0) start = from + t.start;
    end = from + t.end;
    offset = t.end;
    last = t.text;
    count++;
  }
  return start < 0 ? null : { start, end };
}

/** "14 were over 75", "people over 75 who lived alone": a bound after people, no noun of its own after it, is an age. */
function isAgeBound(s: string, c: Candidate, text: string): boolean {
  // (Not a count's: "the death toll … is over 75", "the number evacuated is over 3,000".)
  return /^(?:over|under|above|below)\s/i.test(text) && AGE_BOUND_BEFORE.test(lookBack(s, c.start)) && AGE_BOUND_AFTER.test(lookAhead(s, c.end)) &&
    !/\b(?:toll|number|total|count|tally|figure)\b[^,;.]*$/i.test(lookBack(s, c.start));
}
const AGE_BOUND_BEFORE = /\b(?:were|was|are|is|people|those|anyone)\s+$/i;
const AGE_BOUND_AFTER = /^(?:\s*(?:[,.;:)]|$)|\s+(?:who|and|or|were|was|are|is|had|have|lived|living)\b)/;

/** "Four men and two women died, the youngest just 14": the age of the youngest or oldest, no count. */
function isYoungestOrOldest(s: string, c: Candidate): boolean {
  return (c.value ?? 0) > 0 && (c.value ?? 0) < 120 && YOUNGEST_BEFORE.test(lookBack(s, c.start)) && /^(?:\s*(?:[,.;:)!]|$)|\s+(?:years?\b|and\b))/.test(lookAhead(s, c.end));
}
const YOUNGEST_BEFORE = /\bthe\s+(?:youngest|oldest)(?:\s+of\s+(?:them|those|the\s+[a-z]+))?(?:\s+(?:was|is|being|aged|just|only|barely))*\s+$/i;

/** "The driver, 52, was arrested", "the guard (52)", "the driver, aged 57,": the role of a person whose age is set off after it, or null. */
function ageAfterRole(s: string, c: Candidate, text: string): string | null {
  // (Any age a person may have: the role words say it is one, "the boy, 12," as "the driver, 52,".)
  if (!/^\d{1,3}$/.test(text) || (c.value ?? 0) < 1 || (c.value ?? 0) >= 110 || !/^\s*(?:,|\))/.test(lookAhead(s, c.end))) return null;
  const role = /\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}([a-z]{3,})\s*(?:,|\()\s*(?:aged\s+)?$/.exec(s.slice(Math.max(0, c.start - 60), c.start))?.[1];
  return role && isPersonRole(role) ? role : null;
}

/** "Teacher Jonas Pell, 43, said…", "Lorenz Abbot (52)": a whole number set off right after a name is an age. */
function isAgeAfterName(s: string, c: Candidate, text: string): boolean {
  if (!/^\d{1,3}$/.test(text) || (c.value ?? 0) <= 0 || (c.value ?? 0) >= 120 || !/^\s*(?:,|\)|[.;]|$)/.test(lookAhead(s, c.end))) return false;
  // A person's name (two capitalised words, the first no title of a place), and no count before it
  // in its clause: "104 cases, Hollin Park, 58" is a list of counts.
  const before = s.slice(Math.max(0, c.start - 80), c.start);
  const name = /(?<!\p{L})\p{Lu}[\p{L}'’-]{1,30}\s+\p{Lu}[\p{L}'’-]{1,30}\s*(?:,|\()\s*$/u.exec(before);
  return name !== null && !/\d[\d,]*\s+[a-z]/.test(before.slice(0, name.index).split(/[.;]/).pop() ?? '');
}

/**
 * The later ages of a list after "aged": "were aged 47 and 52". They keep no unit, so that the list
 * is compared item by item with a source's list ("aged 9 and 11" against "aged 9 and 12"), which
 * ages the words do not name never are; but they are no count to add up.
 */
export function isLaterAgeOfAList(s: string, c: { start: number; end: number }): boolean {
  return /\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|or)\s+$/i.test(lookBack(s, c.start)) && /^(?:\s*[,.;)]|\s+(?:years?\b|respectively\b)|\s*$)/i.test(s.slice(c.end));
}

/** "compared with", "compared to", right before a figure (and its hedge). */
const COMPARED_WITH_BEFORE = /\bcompared\s+(?:with|to)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+|more\s+than\s+)?$/i;

/** What a count did for longer or less than a bound: "took longer than", "waited more than". */
const BOUND_OF_A_COUNT = /\b(?:took|take|takes|taking|waited|wait|waits|waiting|lasted|last|lasts|lasting)\s+(?:longer|more|less|fewer|shorter)\s+than\s+$/i;
const BOUND_VERB = /\b(?:took|take|takes|taking|waited|wait|waits|waiting|lasted|last|lasts|lasting)\s+$/i;
/** A figure's own words that make it a bound: "more than 60 minutes", "under 45 minutes". */
const BOUND_WORDS = /^(?:more|less|fewer|over|under|longer|shorter)\b/i;

/**
 * Whether a figure is a bound that sorts what is counted, no measure of it: "18,300 handovers took
 * longer than 60 minutes", "took more than 60 minutes" (not "the average handover took 52 minutes").
 */
export function isBoundOfACount(sentence: string, q: Quantity): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  return BOUND_OF_A_COUNT.test(before) || (BOUND_VERB.test(before) && BOUND_WORDS.test(q.text));
}
