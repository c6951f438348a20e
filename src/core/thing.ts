import type { Quantity } from './types.ts';
import { isStopword, wordKey } from './words.ts';
import { lookBack } from './figure-finders.ts';
import { EMPTY_VERBS, GENERIC_NOUNS, STATES, canonical, isKnownAct } from './news-words.ts';
import { WENT_DOWN, WENT_UP, clauseBefore, headOfBefore, isActNoun, subjectOf } from './clause-words.ts';
import { shareThing, subjectKey, subjectModifier } from './share-thing.ts';
import { placeKeys } from './places.ts';
import { figuresOfSentence } from './numbers.ts';

export { canonical, isKnownAct } from './news-words.ts';
export { placeKeys, placeRelation, type PlaceRelation } from './places.ts';
export type { Quantity };

/**
 * What a figure counts, in comparable keys: the thing (noun), the act (event), the places.
 * "15 people were injured in Corvel" and "15 wounded in Corvel" are the same thing; "two
 * destroyers" and "two aircraft carriers" are not. Written by hand: news counts a small, regular
 * vocabulary of things and acts, and the comparison must explain itself.
 */
export interface Thing {
  /** The counted noun's key, or null when it says nothing ("people", "times") or is missing. */
  noun: string | null;
  /** The act the figure belongs to ("injur", "kill", "launch"), or null. */
  event: string | null;
  /**
   * Every act the clause ties to the figure: "500 soldiers stationed in Ardenia have been placed on
   * alert" is both stationed and placed. Two figures speak of the same act when these meet.
   */
  acts: string[];
  /** Place keys ("haldor", "corvel"); empty when the sentence gives none. */
  places: string[];
  /** Whose share it is, when its subject says ("food" prices, "energy" prices); two that differ are two things. */
  modifier?: string;
  /** People of the public named so ("residents", "civilians"): never those sent to help them. */
  public?: boolean;
  /** Whose staff a count of people employed is, by name ("brask"), or '' where the words name no one (then it may be anyone's). */
  employer?: string;
}

/** What a count is the new level of: "the jobless total dropped to 412,000" → jobless. */
function levelOf(sentence: string, q: Quantity): string | null {
  // ("Burglaries fell by 11%, to 4,870": the level is set off by a comma from the change's subject.)
  const own = clauseBefore(sentence, q.start);
  // ("rose by 31,000 to about 4.6 million": the hedge is no part of the clause.)
  const clause = (/^\s*to\s+(?:just\s+)?(?:over|under|about|nearly|almost|some|around\s+)?\s*$/i.test(own)
    ? sentence.slice(Math.max(0, q.start - 120), q.start).split(/[;:]/).pop()!.replace(/^.*[.!?]\s+/, '')
    : own).replace(/\s(?:just\s+)?(?:over|under|about|nearly|almost|some|around)\s+$/i, ' ');
  if (!/\bto\s+$/.test(clause) || !(WENT_DOWN.test(clause) || WENT_UP.test(clause))) return null;
  return subjectOfChange(clause);
}

/** "applications for medicine rose": a plural subject and what it is for, right before the change's verb. */
const FOR_WHAT = /(\b[a-z-]+s)\s+for\s+([a-z-]+)(?=\s+(?:has\s+|have\s+|are\s+|is\s+|was\s+|were\s+)?(?:fell|fallen|dropped|rose|risen|climbed|jumped|slid|declined|grew|increased|decreased)\b)/i;
/** What a level's subject is for, its modifier: "applications for dentistry" are not "applications for medicine". */
export function purposeOfLevel(sentence: string, q: Quantity): string | null {
  const purpose = FOR_WHAT.exec(clauseBefore(sentence, q.start))?.[2];
  return purpose ? canonical(wordKey(purpose)) : null;
}

const CHANGE_VERB = /\s(?:has\s+|have\s+|are\s+|is\s+|was\s+|were\s+)?(?:fell|fallen|dropped|rose|risen|climbed|jumped|slid|declined|grew|increased|decreased|down|up)\b/i;
/** What a change's clause says rose or fell: "Employment rose by" → employ; "the jobless total dropped to" → jobless. */
function subjectOfChange(clause: string): string | null {
  // ("Visitors from Quessia rose 34%, to 410,000", "Burglaries are down 11% to 4,870": the visitors, the burglaries.)
  // (The named origin is dropped first, case and all: "from Quessia", not "from most".)
  // (And what it is for, which purposeOfChange keeps: "applications for medicine rose to 27,850" are applications.)
  const plain = clause.replace(/\s+(?:from|in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?=\s)/gu, '')
    .replace(FOR_WHAT, '$1');
  // (Read from the last "the" before the verb: "Employment rose by 31,000 in the quarter" is employment's.)
  const verb = CHANGE_VERB.exec(plain);
  const fromThe = verb ? plain.slice(0, verb.index).replace(/^.*\b(?:the|its|their)\s+(?=[a-z])/i, 'the ') + plain.slice(verb.index) : plain;
  const subject = /^[^\p{L}]*(?:the\s+)?((?:[a-z-]+\s+){0,2}?)([a-z-]+)\s+(?:has\s+|have\s+|are\s+|is\s+|was\s+|were\s+)?(?:fell|fallen|dropped|rose|risen|climbed|jumped|slid|declined|grew|increased|decreased|down|up)\b/iu.exec(fromThe);
  if (!subject) return null;
  // "the jobless total": the head says only that it is a count; the word before it says of what.
  const words = `${subject[1]}${subject[2]}`.trim().split(/\s+/);
  const head = words[words.length - 1];
  return /^(?:total|number|figure|count|level|tally)$/i.test(head) ? words[words.length - 2] ?? null : head;
}

/** A verb of bringing bodies out, near them: "recovered", "found", "pulled from the rubble". */
const BODIES_RECOVERED = /\b(?:recover(?:ed|ing|s)?|retriev(?:ed|ing|es)?|found|finding|pulled|dragged|lifted|dug|brought\s+out|washed\s+(?:up|ashore)|hauled)\b[^.;]{0,40}\bbod(?:y|ies)\b|\bbod(?:y|ies)\b[^.;]{0,60}\b(?:were|was|(?:have|had|has)\s+(?:already\s+|now\s+)?been)\s+(?:[a-z]+ly\s+|already\s+|now\s+)?(?:recovered|retrieved|found|pulled|dragged|lifted|dug|brought out|washed up)\b/i;
const ANOTHER_OF_THEM = /\b(?:a further|another|more|additional|other|further)\s+$/i;
/** "bodies" ending its phrase: "17 bodies from the rubble", not "body bags" nor "two more bodies". */
const BODIES_AFTER = /^\s+bodies(?=\s*(?:[,.;:]|$|\s+(?:of|from|in|at|on|were|was|have|had|and|to|after|before|by|near|under|inside|so|since|had)\b))/i;
/** The toll in the same sentence: the bodies are a part of it. */
const TOLL_TOO = /\b(?:toll|number (?:of (?:dead|deaths|people killed)|killed|dead)|bringing|taking)\b/i;

// (Not "put the number evacuated at 64" or "the death toll at 14": a count's own rules read those.)
const NUMBER_VERB = /\b(?:([a-z]+ed)\s+)?([a-z]+)\s+(?:now\s+)?(?:number|numbered|total|totalled|totaled)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?$/i;
const MONEY_CONTAINERS = /^(?:fund|package|programme|program|scheme|loan|grant|plan|gap|shortfall|hole)$/i;
const COMPARED_BEFORE = /\b(?:compared with|compared to|against|from)\s+(?:about\s+|some\s+|nearly\s+)?$/i;
const PERIOD_BEFORE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:the (?:year|month|quarter|week) before|a (?:year|month|quarter|week) earlier|the previous (?:year|month|quarter|week)|last year|(?:\w+\s+)?(?:years?|months?|quarters?|weeks?) (?:earlier|before))\b/iu;
const CORRECTED = /\bnot\s+(?:the\s+)?(?:[^,;.]{0,40}?\s)?$/i;
// ("to each bereaved family", "to the family of each victim": the family; "will go to bus services": the services.)
const RECIPIENT_AFTER = /^\s+(?:in\s+\w+\s+)?(?:(?:will|would|is to|are to)\s+(?:go|be\s+(?:spent|given|paid|allocated|used|put))\s+)?to\s+(?:the\s+|each\s+|every\s+)?(?:(?!famil)[a-z]+\s+)?(famil(?:y|ies)|[a-z]+)\b/i;
const RECIPIENT_BEFORE = /\b([a-z]+?)s?\s+(?:will\s+|would\s+)?each\s+(?:receive|get|be paid)\s+$/i;
const PUT_AT = /\b(?:put|puts|putting|estimated|estimates|estimate|estimating|placed|places|pegged|set|sets)\s+(?:the|its|their|his|her)\s+(?!(?:[a-z]+\s+)?(?:number|toll|total|count|tally|figure)\b)(?:[a-z]+\s+){0,2}?([a-z]+)\s+at\s+$/i;
const DIFFERENCE_AFTER = /^\s+(?:more|fewer|less|short)\s+(?:than|of)\b/i;
const CHANGED_BY = /\b(?:fell|fallen|dropped|rose|risen|climbed|jumped|slid|declined|grew|increased|decreased|cut|down|up)\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?$/i;
const RATE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:a|an|per|each|every)\s+(day|week|month|year|hour)\b/iu;

const SPEED_UNITS = new Set(['km/h', 'mph']);

/**
 * What a speed is of, where its clause says: the wind's ("gusts of up to 80km/h", "winds gusting at
 * 100 km/h") or a limit's ("cut the speed limit from 90 km/h to 80 km/h"); they are never one speed.
 */
function speedOf(q: Quantity, sentence: string): string | undefined {
  const clause = clauseBefore(sentence, q.start);
  // ("In the gusty winds police set a speed limit of 60 km/h": the limit's, whatever the weather.)
  return SPEED_LIMIT.test(clause) ? 'limit' : WIND_SPEED.test(clause) ? 'wind' : undefined;
}
const WIND_SPEED = /\b(?:gust\w*|winds?|gales?)\b/i;
const SPEED_LIMIT = /\blimits?\b/i;

/** What money is spent or lost on, named before the figure: "put the damage at $14m", "cost $1.2bn". */
const MONEY_TOPICS = /\b(damage|cost|costs|bill|price|prices|fare|fares|rent|tariff|budget|fine|fee|deal|profit|revenue|loss|losses|spending|aid|funding|debt|deficit|surplus|salary|wage|value|compensation|ransom)\b/gi;

export function thingOf(q: Quantity, sentence?: string): Thing {
  const read = baseThing(q, sentence);
  // ("three are fighting for their lives": in a serious condition, or a critical one, as a source may put it.)
  // (The clause read may stop before "lives": the sentence says it. Not "fighting for their jobs".)
  const fighting = sentence !== undefined && /^fight/.test(read.event ?? '') && FIGHTING_FOR_LIFE.test(sentence.slice(q.end, q.end + 60));
  // ("21 were treated in hospital and five remain there": there is the hospital.)
  // (Not where another place is named after the hospital: "taken to hospital from the Elm Court care
  // home, and 30 residents remain there".)
  const stillThere = sentence !== undefined && STILL_THERE.test(q.about) && IN_HOSPITAL_LAST.test(sentence.slice(0, q.start));
  const thing = fighting ? { ...read, event: 'serious' } : stillThere ? { ...read, event: 'hospitalis' } : read;
  const modifier = sentence !== undefined ? participleAfterNoun(q, sentence) : null;
  // ("Seven sailors were treated in hospital for injuries": taken to hospital, and injured.)
  const injuredToo = thing.event === 'hospitalis' && sentence !== undefined && INJURIES_AFTER.test(sentence.slice(q.end, q.end + 60)) ? 'injur'
    // ("17 people were being treated for injuries" are the 17 "being treated".)
    : thing.event === 'injur' && /\btreated for\b/i.test(q.about) ? 'treat' : null;
  // ("Twenty-one people were injured, four of them seriously": the part is of those hurt badly.)
  // ("Nine of the injured suffered serious injuries": so, told by the injuries.)
  const suffered = sentence === undefined ? undefined : SUFFERED.exec(sentence.slice(q.end, q.end + 80).split(/[,;.]/)[0])?.[1]?.toLowerCase();
  const severity = (sentence === undefined ? undefined : q.role === 'part' ? SEVERITY_AFTER.exec(sentence.slice(q.end, q.end + 40))?.[1]
    // ("and 21 remain in serious condition", "Three people remain in hospital in a serious condition":
    // how badly, whatever the count was read as.)
    : IN_CONDITION.exec(q.about)?.[1] ?? IN_CONDITION.exec(sentence.slice(q.end, q.end + 60).split(/[,;.]/)[0])?.[1]) ?? (suffered ? INJURY_SEVERITY[suffered] : undefined);
  // ("The toll of dead and injured has climbed to 83", "83 people were killed or injured": the dead
  // and the hurt together, neither count alone.)
  if (q.unit === null && sentence !== undefined && DEAD_AND_HURT.test(clauseAround(sentence, q))) return { ...thing, noun: null, event: DEAD_AND_HURT_KEY, acts: [DEAD_AND_HURT_KEY] };
  const critical = thing.event === 'serious' && (fighting || FIGHTING_FOR_LIFE.test(q.about)) ? canonical(wordKey('critical')) : null;
  // ("11 were still being treated on Monday": treated, and so still in hospital.)
  const stillIn = thing.event === 'treat' && /\bstill being treated\b/i.test(q.about) ? 'hospitalis' : null;
  const acts = [...new Set([thing.event, modifier, injuredToo, critical, stillIn, severity ? canonical(wordKey(severity)) : null].filter((a): a is string => a !== null && !EMPTY_VERBS.has(a)))];
  // ("The two other people who died were passengers": the rest of a count the sentence before gave,
  // not the count. Without "the" it may be the count: "and five other sailors had been injured".)
  if (q.unit === null && sentence !== undefined && OTHER_AFTER.test(sentence.slice(q.end, q.end + 12)) && THE_BEFORE.test(sentence.slice(Math.max(0, q.start - 5), q.start))) {
    return { ...thing, noun: `${thing.noun ?? 'count'} other`, acts };
  }
  return { ...thing, acts };
}
const OTHER_AFTER = /^\s+other\b/i;
/** A hedge before a figure, as its clause may have it: "about", "more than". */
const HEDGE = '(?:about\\s+|some\\s+|around\\s+|nearly\\s+|almost\\s+|more than\\s+|over\\s+|roughly\\s+)?';
const EMPLOYS_BEFORE = new RegExp(`\\bemploy(?:s|ed|ing)?\\s+${HEDGE}$`, 'i');
// (Its name right before the verb, or as the sentence's subject past an aside: "Kestrava, one of the largest mines, employs about 1,400".)
// (Or of the relative clause after it: "Kestrava, which employs about 1,400 people".)
const EMPLOYER = new RegExp(`(?:^(?:[Tt]he\\s+)?|(?<![\\p{L}'’-]))(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)*)(?:,[^,;]{1,100},|,\\s+(?:which|that|who)\\s+)?\\s*(?:alone\\s+|now\\s+|still\\s+|also\\s+)?employ(?:s|ed)\\s+${HEDGE}$`, 'u');
const EACH_BEFORE = /\beach\s+(?:carrying|holding|with|taking|having|seating|containing)\s+(?:about\s+|some\s+|up to\s+|around\s+)?$/i;
const LENGTHS = new Set(['m', 'km', 'cm', 'mm', 'ft', 'mile']);
const POWER_CUT = /\b(?:plunged into darkness|left in (?:the )?dark(?:ness)?|(?:lost|lose|losing|cut off from) (?:power|electricity)|blacked out)\b/i;
const STILL_THERE = /^(?:remain|remained|stay|stayed|(?:are|were|is|was) still)\s+there\b/i;
// (The hospital's own town may follow it: "taken to hospital in Brackwater, and two were still there".)
const IN_HOSPITAL_LAST = /(?:\b(?:in|to) hospital\b|\bhospitali[sz]ed\b)(?:\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?(?![^.]*?\b(?:from|at|in|into|to|inside|near)\s+(?:the\s+|a\s+|an\s+)?(?!hospital\b)\p{L})[^.]*$/u;
const DEAD_AND_HURT = /\b(?:dead|killed|deaths?)\s+(?:and|or)\s+(?:the\s+)?(?:injured|wounded|hurt|injuries)\b|\b(?:injured|wounded|hurt)\s+(?:and|or)\s+(?:the\s+)?(?:dead|killed)\b/i;
const DEAD_AND_HURT_KEY = 'dead and hurt';
/** The figure's clause: up to 50 characters before it and 35 after, within its punctuation. */
function clauseAround(sentence: string, q: Quantity): string {
  const before = sentence.slice(Math.max(0, q.start - 50), q.start).split(/,(?!\d{3}\b)|[;:]/).pop() ?? '';
  const after = sentence.slice(q.end, q.end + 35).split(/[,;:.]/)[0];
  return `${before}${q.text}${after}`;
}
const THE_BEFORE = /\bthe\s+$/i;

const SEVERITY_AFTER = /^\s+of\s+(?:them|whom|those|the\s+(?:injured|wounded|hurt|casualties))\s+(?:(?:were|are|remain|remained|was|is)\s+)?(?:still\s+)?(?:in\s+(?:a\s+)?)?(seriously|serious|critically|critical|badly|slightly|lightly)\b(?!\s+enough)/i;
const IN_CONDITION = /\bin\s+(?:a\s+)?(serious|critical)\b/i;
const SUFFERED = /\b(?:suffered|sustained|with)\s+(serious|severe|critical|life-threatening|minor)\s+(?:injur|wound|burn)/i;
const INJURY_SEVERITY: Record<string, string> = { serious: 'serious', severe: 'serious', critical: 'critical', 'life-threatening': 'critical', minor: 'slightly' };
const INJURIES_AFTER = /^[^.;,]{0,40}?\bfor\s+(?:their\s+|minor\s+|serious\s+)*(?:injur|wound|burn|fractur)/i;

/** Two things each said to be of its own kind: food prices and energy prices, a wind's speed and a limit's, Brask's staff and Kestrava's. */
export const modifiersDiffer = (a: Thing, b: Thing) => (a.modifier !== undefined && b.modifier !== undefined && a.modifier !== b.modifier) ||
  employersDiffer(a, b);

/** The staff of two employers, each named: "Brask Group employs 5,200" is not "Kestrava Group employs 5,200". */
export const employersDiffer = (a: Thing, b: Thing) => !!a.employer && !!b.employer && a.employer !== b.employer;

/** A level before a change ("up from 2,310", "compared with 2,310 the year before"): baseThing names it "… earlier". */
export const isEarlierLevel = (t: Thing) => t.noun?.endsWith(' earlier') ?? false;

/** A share of a whole: "15%", "a third". */
export const isShare = (unit: string | null) => unit === 'percent' || unit === 'fraction';

/** A unit of measure (lower case: "m", "cubic m", "ha"), as against a currency ("USD") or a share. */
export const isMeasure = (unit: string | null) => unit !== null && !isShare(unit) && /^[a-z]/.test(unit);

/**
 * What a measure is of: "the 82-metre dam" → dam; "48 million cubic metres of water" → water;
 * "the dam is 62 metres high" → dam (the nearest noun before it in its clause).
 */
function measuredThing(q: Quantity, sentence: string): string | null {
  const thing = measuredOf(q, sentence);
  // "temperatures fell by about 12 degrees", "the river rose by two metres": a change, not a level.
  return thing && /\bby\s+$/i.test(sentence.slice(Math.max(0, q.start - 4), q.start)) ? `${thing} change` : thing;
}

function measuredOf(q: Quantity, sentence: string): string | null {
  if (q.unit?.startsWith('deg')) return 'temperatur';
  if (q.unit === 'years of age') {
    // "Lorenz Abbot, 52," and "Lorenz Abbot, a 52-year-old lorry driver": the age of that person.
    const person = personAged(q, sentence);
    if (person) return `age of ${person}`;
    return q.nounKey ? canonical(q.nounKey) : null; // "children under 10": the children
  }
  // 'doing 68km/h', 'travelling at 68 km/h': a speed, whatever moved.
  if (q.unit && SPEED_UNITS.has(q.unit)) return 'speed';
  // "a magnitude 6.2 quake": what shook; "the strongest, of magnitude 5.1": not said, so no match.
  if (q.unit === 'magnitude') {
    const of = /\bmagnitude\s+of\s+(?:the|an?)\s+([a-z]+)/i.exec(sentence.slice(Math.max(0, q.start - 60), q.start))?.[1];
    return q.nounKey ? canonical(q.nounKey) : of ? canonical(wordKey(of)) : null;
  }
  // ("the 114-metre tower", "a 374ft cooling tower": the noun right after a length written as one word is
  // what it measures. Not a dose's: "5mg tablets" and "the 5mg strength" are one dose.)
  const glued = /^\d[\d.,]*[a-z]+$/i.test(q.text) && LENGTHS.has(q.unit ?? '') && !/^\s+of\b/i.test(sentence.slice(q.end, q.end + 4));
  if ((/-[a-z]+$/i.test(q.text) || glued) && q.nounKey) return canonical(q.nounKey);
  // "along a route of roughly 4.5km": the head before "of".
  const headBefore = headOfBefore(sentence, q.start);
  if (headBefore) return canonical(wordKey(headBefore));
  // "3,350 hectares of pine forest and farmland": the head of the phrase after "of" (forest).
  const of = /^\s+(?:(?:(?:cubic|square)\s+)?[a-z]+\s+)?of\s+([a-z]+(?:\s+[a-z]+){0,2})/i.exec(sentence.slice(q.end, q.end + 60));
  if (of) {
    const words = of[1].split(/\s+/);
    const end = words.findIndex((w, i) => i > 0 && (isStopword(w) || /(?:ed|ing)$/.test(w)));
    return canonical(wordKey(words.slice(0, end < 0 ? words.length : end).pop()!));
  }
  // Its own clause ("it had burned 3,350 hectares" names none), or what it stands in apposition to
  // ("the earth-and-rock dam, 62 metres high").
  // "A lava flow from a fissure on the southern flank had advanced about 2.5 kilometres": the subject, not the last noun.
  // "The march set off … and wound 4.5 kilometres": a lone word after "and" is the verb of a subject said before.
  if (/\sand\s+[a-z]+\s+$/.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return null;
  const subject = subjectOf(sentence, q.start);
  if (subject && /^[a-z]/i.test(subject) && !isStopword(subject)) return canonical(wordKey(subject));
  const clauses = sentence.slice(Math.max(0, q.start - 80), q.start).split(/,(?!\d{3}\b)|[;:]/);
  const clause = (clauses[clauses.length - 1].trim() === '' ? clauses[clauses.length - 2] : clauses[clauses.length - 1]) ?? '';
  const words = clause.split(/\s+/).map((w) => w.replace(/[^\p{L}]+$/u, '')).filter((w) => /^[a-z]{3,}$/i.test(w) && !isStopword(w) && !/(?:ed|ing)$/.test(w) &&
    !/^(?:rose|fell|grew|was|were|is|are|by|high|deep|wide|long|tall|up|down|some|about|nearly|almost|much|many)$/i.test(w));
  return words.length ? canonical(wordKey(words[words.length - 1])) : null;
}

function baseThing(q: Quantity, sentence?: string, atEarlierLevel = false): Omit<Thing, 'acts'> {
  // "raised its rate from 4.25% to 4.75%", "up from 5.4%": the level before the change, another thing than the level now.
  // (A count too, when a "to" and a figure follow: "from 24,500 seats to 35,000".)
  // (Or any figure after "up from", "down from": "won 37 seats, up from 21 seats".)
  const before = sentence?.slice(Math.max(0, q.start - 12), q.start) ?? '';
  const earlier = sentence !== undefined && /\bfrom\s+$/i.test(before) &&
    // (Not a measure after a bare "from": "seen from 30 kilometres away".)
    ((q.unit !== null && !isMeasure(q.unit)) || /\b(?:up|down)\s+from\s+$/i.test(before) || /^[\s\p{L}]{0,24}?\bto\s+(?:about\s+|some\s+)?[\d€$£]/u.test(sentence.slice(q.end, q.end + 40)) ||
      // "fell to 96,000 from 104,000": the new level first, then the old.
      /\bto\s+(?:about\s+|some\s+)?[\d€$£][\d,.]*[^,;.]{0,30}?\s+from\s+$/.test(sentence.slice(Math.max(0, q.start - 50), q.start))) ||
    // "compared with 2,310 the year before", "against €3.9bn three months earlier": the level of the period before.
    // (Unless the sentence gives the year, and the figure is dated by the year before it: "no one was killed in 2024, compared with five deaths the year before".)
    (sentence !== undefined && COMPARED_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start)) && PERIOD_BEFORE_AFTER.test(sentence.slice(q.end, q.end + 50)) &&
      !/^\d{4}$/.test(q.time ?? ''));
  // "had been carrying 61 passengers, not the 58 passengers and four crew it reported": a
  // corrected figure is the earlier count, as a level before a change is.
  const corrected = sentence !== undefined && CORRECTED.test(sentence.slice(Math.max(0, q.start - 80), q.start)) &&
    (/^[^.;]{0,60}?\b(?:it|they|he|she|police|officials|the \w+)\s+(?:had\s+)?(?:first\s+|initially\s+|earlier\s+)?(?:reported|said|gave|announced|put)\b/i.test(sentence.slice(q.end, q.end + 80)) ||
      // ("left 212,000 homes without power, not 180,000 as first reported")
      /^[^.;,]{0,30}?\bas\s+(?:first|initially|earlier|previously)\s+(?:reported|said|stated|announced|thought|estimated)\b/i.test(sentence.slice(q.end, q.end + 60))) ||
    // ("leaving 19 trapped rather than 23": the count given up for the one before it.)
    (sentence !== undefined && q.unit === null && /\d[^,;.]{0,40}\brather than\s+$/i.test(sentence.slice(Math.max(0, q.start - 60), q.start)));
  if ((earlier || corrected) && !atEarlierLevel) {
    // ("19 deaths, up from 14", "rose to 38%, from 33%": a level whose noun is left out is of what the figure it is set against counts.)
    const own = baseThing(q, sentence, true);
    const partner = own.noun === null && q.unit === null && sentence !== undefined ? levelSetAgainst(q, sentence) : null;
    const level = partner ? baseThing(partner, sentence, true) : own;
    // (An amount or measure whose noun the words do not give keeps what it was read as: "cut to €0.10 a share, from €0.20".)
    if (level.noun === null && q.unit !== null && !isShare(q.unit)) return level;
    return { ...level, noun: level.noun ? `${level.noun} earlier` : null, event: null };
  }
  if (isMeasure(q.unit) && sentence !== undefined) {
    // (A change in points is of a rate, whose word before it says whose: "Italian growth was revised up
    // by 0.2 percentage points" is not Spain's half a point.)
    const modifier = q.unit?.endsWith(' point') ? subjectModifier(q, sentence) : q.unit && SPEED_UNITS.has(q.unit) ? speedOf(q, sentence) : undefined;
    // ("280 millimetres fell" is what "had fallen": of a measure, the two are one. Not of an age:
    // "the share of children under 15 has fallen" tells what fell, not the age.)
    const event = eventOf(q.about, q.place);
    return { noun: measuredThing(q, sentence), event: event === 'fallen' && q.unit !== 'years of age' ? 'fall' : event, places: placeKeys(q.place), ...(modifier ? { modifier } : {}) };
  }
  if (q.unit && !isShare(q.unit) && sentence !== undefined) return amountThing(q, sentence);
  if (isShare(q.unit)) return shareThing(q, sentence);
  return countThing(q, sentence);
}

/** The figure of the same unit that a level before a change is set against: the nearest before it, else the one after. */
function levelSetAgainst(q: Quantity, sentence: string): Quantity | null {
  const others = figuresOfSentence(sentence, 0).filter((o) => o.kind === 'quantity' && o.unit === q.unit && o.start !== q.start);
  const before = others.filter((o) => o.end <= q.start && q.start - o.end <= 80).at(-1);
  return before ?? others.find((o) => o.start >= q.end && o.start - q.end <= 40) ?? null;
}

/** What money is of: "an emergency fund of €4.5m", "the ransom demand of $8m", "new orders fell to €2.5bn". */
function amountThing(q: Quantity, sentence: string): Omit<Thing, 'acts'> {
  // "the ransom demand of $8m" is a ransom; "an emergency fund of €4.5m" a fund; "put the damage at $14m" damage.
  const topicNear = [...sentence.slice(Math.max(0, q.start - 40), q.start).matchAll(MONEY_TOPICS)].pop()?.[1];
  // "new orders fell 13% to €2.5bn": a level something rose or fell to is that thing's.
  const clause = clauseBefore(sentence, q.start);
  const level = /\bto\s+$/.test(clause) && (WENT_DOWN.test(clause) || WENT_UP.test(clause)) ? subjectOf(sentence, q.start) : null;
  // "households will receive up to €3,000", "can claim €500": money people are given is aid.
  // (Only people: "transport gets €320 million" is a budget line, not aid.)
  const given = /\b(?:receive[sd]?|receiving|claim|get|gets|got|be paid|are paid|awarded|entitled to)\s+(?:up to\s+|about\s+|some\s+)?$/i.test(sentence.slice(Math.max(0, q.start - 30), q.start)) &&
    /\b(?:households?|famil(?:y|ies)|residents?|passengers?|victims?|people|persons?|farmers?|workers?|owners?|pensioners?|each)\b/i.test(clause) ? 'aid' : null;
  // A noun right after the amount is its own ("the original €140m contract"), before any topic nearby.
  // "a compensation fund of €12 million" is a fund, as "a €12 million compensation fund" is.
  const container = headOfBefore(sentence, q.start);
  const named = container && MONEY_CONTAINERS.test(container) ? container : null;
  const topic = q.nounKey ? null : named ?? topicNear ?? container ?? level ?? given ?? [...lookBack(sentence, q.start).matchAll(MONEY_TOPICS)].pop()?.[1];
  const key = topic ? subjectKey(topic) : q.nounKey;
  // The act matters for money too ("demanded $8 million"), but only a real one, not "was", "put at".
  // Money given is told apart by who receives it: "€5,000 to each survivor", "€20,000 to the family of each victim".
  const recipient = RECIPIENT_AFTER.exec(sentence.slice(q.end, q.end + 60)) ?? RECIPIENT_BEFORE.exec(sentence.slice(Math.max(0, q.start - 40), q.start));
  const to = recipient ? canonical(wordKey(recipient[1])) : undefined;
  return { noun: key ? canonical(key) : null, event: eventOf(q.about, q.place), places: placeKeys(q.place), ...(to ? { modifier: to } : {}) };
}

/** What a count counts, by what act, where. */
function countThing(q: Quantity, sentence?: string): Omit<Thing, 'acts'> {
  // ("a nine-day strike": nine days, the strike's length, as "the strike lasted nine days" says.)
  // (What lasted it tells it apart: a "two-day strike" is not "three days of mourning", nor a
  // "three-year agreement" "two years without an agreement".)
  const span = sentence !== undefined ? SPAN_OF.exec(sentence.slice(q.end, q.end + 40)) : null;
  if (span) return { noun: canonical(wordKey(`${span[1]}s`)), event: null, places: placeKeys(q.place), modifier: canonical(wordKey(span[2])) };
  const spent = sentence !== undefined && q.unit === null ? SPENT_ON.exec(sentence.slice(q.end, q.end + 50)) : null;
  if (spent) return { noun: canonical(wordKey(spent[1])), event: null, places: placeKeys(q.place), modifier: `${spent[2] === 'without' ? 'no ' : ''}${canonical(wordKey(spent[3]))}` };
  const nounKey = q.nounKey ? canonical(q.nounKey) : null;
  // "medical facilities", "health facilities": a clinic, whatever the head noun says.
  // ("employs 3,900 people": its staff, as "employs 3,900 staff" says.)
  const employed = nounKey !== null && GENERIC_NOUNS.has(nounKey) && sentence !== undefined && EMPLOYS_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start));
  // ("of whom 1,650 are academics": academics, as "including 1,650 academics" says.)
  const named = nounKey !== null && GENERIC_NOUNS.has(nounKey) ? /^(?:are|were)\s+([a-z]{3,}s)$/.exec(q.about)?.[1] : undefined;
  const noun = /\b(?:medical|health)\s+(?:facilit|centre|center)/i.test(q.noun) ? 'clinic' : employed ? canonical('worker') :
    // (A plural noun, not a participle, "-ss" or "-us" word or adverb: "are injured", "are serious", "are overseas".)
    named && !/(?:ed|ss|us|eas)$/.test(named) ? canonical(wordKey(named)) : nounKey;
  // "15 wounded", "21 injured", "six dead": the noun is the state of the people counted.
  // ("Eleven of the injured were seriously hurt, and nine remain in hospital": the injured still in
  // hospital are counted by that.)
  if (noun === 'injur' && eventOf(q.about, q.place) === 'hospitalis') return { noun: null, event: 'hospitalis', places: placeKeys(q.place) };
  if (noun && STATES.has(noun)) return { noun: null, event: noun, places: placeKeys(q.place) };
  // "ordered 880 people out of the district", "drove 4,200 residents from their homes": evacuations.
  const orderedOut = sentence !== undefined && (
    (/\bordered$/.test(q.about) && /^\s+[\p{L} ]{0,30}?\bout\b/u.test(sentence.slice(q.end, q.end + 60))) ||
    // "drove 4,200 residents from their homes", "forced 900 families from their homes"
    // "forced 1,200 people out of Halvard Cross"
    (/\b(?:drove|forced|forcing|chased|drive|force)$/.test(q.about) && /^\s+[\p{L} ]{0,30}?\b(?:from|out of)\s|^\s+[\p{L}]+\s+out\b/u.test(sentence.slice(q.end, q.end + 80))));
  // "forcing the evacuation of some 1,700 residents", "the deaths of 14 people": the act is the noun before "of".
  const head = sentence !== undefined ? headOfBefore(sentence, q.start) : null;
  const actBefore = head && isActNoun(head) ? head : null;
  // "Rescuers pulled 12 people alive from the water": alive after the people makes the pulling a rescue.
  // (So do survivors pulled from the rubble, and people winched or led to safety.)
  const aliveAfter = sentence !== undefined && /\b(?:pulled|brought|dug|plucked|dragged|lifted|hauled|got|carried|winched|led|walked)$/i.test(q.about) &&
    (/^\s+(?:[a-z]+\s+){0,2}?(?:out\s+)?alive\b|^\s+(?:[a-z]+\s+){0,2}?to safety\b/i.test(sentence.slice(q.end, q.end + 40)) ||
      (/^survivors?$/i.test(q.noun) && /^\s+survivors?\s+(?:from|out of)\b/i.test(sentence.slice(q.end, q.end + 30))));
  // "recovering 17 bodies", "the bodies of six people were found": bodies recovered are the dead,
  // where nothing else in the sentence counts them. (Not "two more bodies", "a further four bodies",
  // what was added to a toll; not "identified 17 bodies", "500 body bags", "14 bodies, including
  // charities"; not where the sentence gives the toll itself, "…, bringing the number killed to 31".)
  const bodies = sentence !== undefined && BODIES_RECOVERED.test(sentence) && !ANOTHER_OF_THEM.test(sentence.slice(Math.max(0, q.start - 20), q.start)) &&
    (BODIES_AFTER.test(sentence.slice(q.end)) || (head !== null && /^bodies$/i.test(head))) && !TOLL_TOO.test(sentence);
  if (bodies) return { noun: /^bod/i.test(q.noun) || !noun ? null : GENERIC_NOUNS.has(noun) ? 'person' : noun, event: 'kill', places: placeKeys(q.place) };
  const read = orderedOut ? 'evacu' : aliveAfter ? canonical(wordKey('rescued')) : actBefore ? canonical(wordKey(actBefore)) : eventOf(q.about, q.place);
  // ("Eleven people were treated at the hospital in Kelmark", "Four of them were flown to the regional
  // hospital": taken to hospital, though the clause read stops before the hospital.)
  // (Never over a state it counts: "Eleven people were killed and four taken to hospital" keeps the killed.)
  const hospital = (read === null || (read !== 'hospitalis' && !STATES.has(read))) && sentence !== undefined && TO_A_HOSPITAL.test(sentence.slice(q.end, q.end + 80));
  // ("6,400 people had been ordered to leave their homes", "… to leave Ostrel": evacuated; not diplomats ordered to leave within 48 hours.)
  const orderedToLeave = read === 'order' && sentence !== undefined && /^[^,;.]{0,40}?\bordered to leave (?:their|the|its|on|overnight|\p{Lu})/u.test(sentence.slice(q.end, q.end + 80));
  const event = hospital ? 'hospitalis' : orderedToLeave ? 'evacu' : read;
  // "launched 25 times" counts launches, as "25 launches" does; "struck three times" counts strikes.
  if (noun === 'time') return { noun: event, event, places: placeKeys(q.place) };
  // "The jobless total dropped to 412,000": a level something fell to counts that something, and
  // the fall is no act of it.
  // "Injured officers now number 15", "arrests now total 58": the subject is what is counted.
  const numbered = !noun && sentence !== undefined ? NUMBER_VERB.exec(sentence.slice(Math.max(0, q.start - 60), q.start)) : null;
  if (numbered && !isStopword(numbered[2])) {
    const act = numbered[1] ? canonical(wordKey(numbered[1])) : null;
    const counted = canonical(wordKey(numbered[2]));
    return STATES.has(counted) ? { noun: null, event: counted, places: placeKeys(q.place) } : { noun: GENERIC_NOUNS.has(counted) ? 'person' : counted, event: act, places: placeKeys(q.place) };
  }
  // "Police put the crowd at about 12,000", "estimated the turnout at 61,000": what was put at it.
  const putAt = !noun && sentence !== undefined ? PUT_AT.exec(sentence.slice(Math.max(0, q.start - 60), q.start))?.[1] : undefined;
  if (putAt && !isStopword(putAt)) return { noun: canonical(wordKey(putAt)), event: null, places: placeKeys(q.place) };
  const level = !noun && sentence !== undefined ? levelOf(sentence, q) : null;
  if (level) {
    const purpose = purposeOfLevel(sentence!, q);
    return { noun: canonical(wordKey(level)), event: null, places: placeKeys(q.place), ...(purpose ? { modifier: purpose } : {}) };
  }
  // "fell by 27,000 to 412,000": the 27,000 is a change of the count, not a count.
  // (So is "one more than the 101 needed", "ten short of a majority": a difference between two counts.)
  if (sentence !== undefined && (CHANGED_BY.test(sentence.slice(Math.max(0, q.start - 30), q.start)) || DIFFERENCE_AFTER.test(sentence.slice(q.end, q.end + 20)))) {
    // ("Employment rose by 31,000": a change of employment.)
    const subject = noun === null && CHANGED_BY.test(sentence.slice(Math.max(0, q.start - 30), q.start))
      ? subjectOfChange(clauseBefore(sentence, q.start).replace(/\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?$/i, '')) : null;
    const changed = noun ?? (subject ? canonical(wordKey(subject)) : null);
    return { noun: changed ? `${changed} change` : null, event: null, places: placeKeys(q.place) };
  }
  // People, residents, civilians are all persons: they match each other, never villages or homes.
  const counted = noun && GENERIC_NOUNS.has(noun) ? 'person' : noun;
  // "about 180 flights a day" is a rate, never the 1,240 flights of a week.
  // ("six launches, each carrying three satellites": three to each launch, never the 18 in all.)
  const per = sentence !== undefined ? RATE_AFTER.exec(sentence.slice(q.end, q.end + 60))?.[1] ?? (EACH_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start)) ? 'each' : undefined) : undefined;
  // (Residents and civilians are people, but never those sent to help them: "two residents remain in
  // a serious condition" are not two firefighters in one.)
  const publicOnly = noun !== null && PUBLIC.has(noun) ? { public: true } : {};
  // ("Brask employs about 5,200 people" are not the 1,400 "Kestrava alone employs": whose staff, by name.)
  const employer = employed ? EMPLOYER.exec(sentence!.slice(Math.max(0, q.start - 160), q.start))?.[1] : undefined;
  return { noun: per ? `${counted ?? 'count'} per ${per.toLowerCase()}` : counted, event, places: placeKeys(q.place), ...publicOnly,
    // (Keyed by every word of the name: "Brask Group" is not "Kestrava Group".)
    ...(employed ? { employer: employer ? employer.split(/\s+/).map(wordKey).join(' ') : '' } : {}) };
}
const PUBLIC = new Set(['resid', 'civilian', 'children']);
/** "fighting for their lives" (the clause read may stop before "lives"). */
const FIGHTING_FOR_LIFE = /\bfighting for (?:their|his|her) li(?:ves|fe)\b/i;
const TO_A_HOSPITAL = /^(?:(?!\s(?:and|but|while)\s)[^,;.]){0,30}?\b(?:treated (?:at|in)|(?:taken|rushed|brought|flown|airlifted|admitted) to) (?:the |a )?(?:[\p{L}'’-]+ ){0,2}(?:hospital|infirmary)\b/iu;
/** A length of time joined to what lasted it: "nine-day", "48-hour", "three-week". */
const SPAN_OF = /^-(day|week|month|year|hour|minute)\s+(?:[a-z]+-)?([a-z]+)/i;
/** A length of time and what filled it: "three days of mourning", "two years without an agreement". */
const SPENT_ON = /^\s+(days|weeks|months|years|hours|minutes)\s+(of|without)\s+(?:an?\s+|the\s+|any\s+)?([a-z]+)/i;

const ON_BOARD = /^\s+(?:on\s+board|aboard)\b/i;
/** "soldiers stationed in Ardenia", "ambulances parked outside": a participle right after the noun. */
function participleAfterNoun(q: Quantity, sentence: string): string | null {
  if (!q.noun) return null;
  const rest = sentence.slice(q.end);
  const at = rest.indexOf(q.noun);
  if (at < 0 || at > 3) return null;
  const after = rest.slice(at + q.noun.length);
  // ("151 people on board", "54 people aboard": on board, as "54 people had been on board" says.
  // Passengers and crew are on board by what they are: "the 44 passengers on board" are the 44 passengers.)
  if (ON_BOARD.test(after)) return q.nounKey && GENERIC_NOUNS.has(q.nounKey) ? canonical(wordKey('board')) : null;
  // ("23 people needed treatment": the treatment is the act, which the clause reads.)
  const m = /^\s+([a-z]+(?:ed|en))\b(?!\s+(?:hospital\s+)?treatment\b)/.exec(after);
  return m && !isStopword(m[1]) ? canonical(wordKey(m[1])) : null;
}

/** The act of a verb phrase: its first word that is no auxiliary ("have been attacked" → "attack"). */
/**
 * Being somewhere ("are at the scene", "have been at the hotel"): what those sent there are, and
 * those who fight the fire there; never what the killed, injured or evacuated are.
 */
const PRESENT = 'present';

function eventOf(about: string, place: string | null = null): string | null {
  if (/\blost (?:their|his|her) li(?:ves|fe)\b/i.test(about)) return 'kill';
  // ("crushed to death", "burned to death", "trampled to death": killed. Not "sentenced to death", nor "bored to death".)
  if (/\b(?:crushed|burned|burnt|trampled|stabbed|beaten|shot|starved|frozen|froze|hacked|battered|kicked|clubbed|choked|suffocated|asphyxiated|bludgeoned|mauled|gored|scalded|electrocuted)\s+to death\b/i.test(about)) return 'kill';
  if (/\btreated for (?:injur|wound|burn|fractur|cuts)/i.test(about)) return 'injur';
  if (/\b(?:pulled|brought|dug|got|carried|plucked|dragged|lifted|hauled)\s+(?:\w+\s+)?(?:out\s+)?alive\b/i.test(about)) return canonical(wordKey('rescued'));
  if (/\b(?:taken|rushed|brought|flown|airlifted|admitted) to (?:a |the )?hospital\b|\b(?:treated )?in hospital\b|\btreated at (?:the |a )?(?:[a-z]+ )?hospital\b/i.test(about)) return 'hospitalis';
  // ("Nine patients were among the injured": of the injured.)
  const among = /\bamong the (injured|dead|killed|missing|wounded|hurt|evacuated|rescued)\b/i.exec(about);
  if (among) return canonical(wordKey(among[1]));
  // ("were slammed shut", "were shut": closed.)
  if (/\b(?:slammed|pulled|swung|forced|kept)\s+shut\b/i.test(about)) return 'close';
  // ("450 homes were plunged into darkness", "lost electricity": one power cut. Not "still without
  // power", those left when others had it back.)
  if (POWER_CUT.test(about)) return 'powercut';
  // ("6,400 people had been ordered to leave": evacuated.)
  if (/\bordered (?:to )?(?:evacuate|out)\b|\bordered to leave (?:their|the|its)\b/i.test(about) ) return 'evacu';
  // ("More than 300 firefighters battled the blaze": there, as those sent are.)
  if (/\b(?:battled|battling|fought|tackled|tackling)\b/i.test(about)) return PRESENT;
  // ("around 180 patients had to be wheeled to other buildings": moved.)
  if (/\bwheeled\b/i.test(about)) return 'evacu';
  // ("17 of them are fighting for their lives": seriously hurt.)
  if (FIGHTING_FOR_LIFE.test(about)) return 'serious';
  // ("23 people needed treatment": they were treated.)
  // ("19 people needed hospital treatment": they were treated in hospital.)
  if (/\bneeded hospital treatment\b/i.test(about)) return 'hospitalis';
  if (/\bneeded treatment\b/i.test(about)) return 'treat';
  // ("eleven more are feared lost at sea": missing.)
  if (/\b(?:feared|presumed|believed) (?:lost|missing)\b/i.test(about)) return 'miss';
  // (To a hospital named, its name read as the place: "taken to Brask General Hospital" is "taken to hospital".)
  if (/\b(?:taken|rushed|brought|flown|airlifted|admitted) to$/i.test(about) && /\b(?:hospital|infirmary|general)$/i.test(place ?? '')) return 'hospitalis';
  // ("are at both ends of the tunnel", "have been at the scene": being there. Inside or outside a
  // place is its own act: "about 600 were inside".)
  if (/^(?:(?:are|were|is|was|(?:have|has|had) been|remain|remained|stay|stayed)\s+)(?:still\s+|now\s+|already\s+)?(?:at|near|around|beside)\b/i.test(about)) return PRESENT;
  const words = about.toLowerCase().split(/\s+/).filter((w) => w && !/^(?:at|in|on|to|out|up|by|of|for|the|a|an|both|each|every|either|its|their|his|her|minor|more|also|now|already|since|just|still|reportedly|so|far)$/.test(w));
  for (let i = 0; i < words.length; i++) {
    const key = canonical(wordKey(words[i]));
    if (!EMPTY_VERBS.has(key) && !/^(?:have|has|had|were|was|been|are|is|be|will|would|could|may|might|can|must|shall|not)$/.test(words[i])) return key;
  }
  return null;
}

/** How badly people are hurt, as act keys: a count of those hurt so badly is a part of the injured, never their count. */
export const SEVERITIES = new Set(['serious', 'critic', 'slight']);
export const severityDiffers = (a: Thing, b: Thing) => a.acts.some((x) => SEVERITIES.has(x)) !== b.acts.some((x) => SEVERITIES.has(x));

/** Firefighters, police, soldiers, crews, medics: those sent to help, as keys. */
const RESPONDERS = new Set(['firefight', 'offic', 'troop', 'crew', 'nurs', 'doctor', 'rescuer', 'paramed', 'medic', 'soldier', 'polic']);
/** Residents or civilians against those sent to help them: "two residents" are never two firefighters. */
export const notTheSamePeople = (a: Thing, b: Thing) => (a.public === true && RESPONDERS.has(b.noun ?? '')) || (b.public === true && RESPONDERS.has(a.noun ?? ''));

/** Whether two things name an act in common ("killed" and "died" are one act). */
export const shareAnAct = (a: Thing, b: Thing) => a.acts.some((x) => b.acts.includes(x)) || presentFor(a, b) || presentFor(b, a);
/** "140 firefighters are at both ends of the tunnel" and "had been sent to both ends", or "were battling the blaze": being there fits any act but harm. */
const presentFor = (a: Thing, b: Thing) => a.acts.includes(PRESENT) && b.acts.length > 0 && b.acts.every((x) => x === 'deploy' || !isKnownAct(x));

/** Whether both things name acts, and none in common: "500 deployed" against "500 stationed". */
export const differInAct = (a: Thing, b: Thing) => a.acts.length > 0 && b.acts.length > 0 && !shareAnAct(a, b);
/** Two acts Sourcelight knows that differ ("killed", "injured"): verbs it does not know tell no count apart. */
export const differInKnownAct = (a: Thing, b: Thing) => a.acts.some(isKnownAct) && b.acts.some(isKnownAct) && !shareAnAct(a, b);

/** The keys a thing is indexed and looked up by. */
export function thingKeys(t: Thing): string[] {
  return [...new Set([t.noun, ...t.acts].filter((k): k is string => k !== null))];
}

/** The name of whom an age is given, named just before it or in apposition after it, as a key. */
function personAged(q: Quantity, sentence: string): string | null {
  const NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+";
  const before = new RegExp(`(${NAME})\\s*[,(]\\s*(?:an?\\s+)?$`, 'u').exec(sentence.slice(Math.max(0, q.start - 60), q.start))?.[1];
  const after = new RegExp(`^[\\s\\p{Ll}-]{0,40},\\s+(${NAME})`, 'u').exec(sentence.slice(q.end, q.end + 80))?.[1];
  const name = before ?? after;
  // (First name and surname: "Jonas Pell" and "Maria Pell" are two people; "Teacher Jonas Pell" is Jonas Pell.)
  return name ? name.split(/\s+/).slice(-2).map(wordKey).join(' ') : null;
}

