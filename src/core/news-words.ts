import { wordKey } from './words.ts';

// The vocabulary of news counts: words that name the same thing or act, folded to one key. Written
// by hand: news counts a small, regular vocabulary, and each pairing here must be safe to trust
// (a thing Sourcelight folds together is never told apart again).

/** Words that name the same thing or act in news reports, folded to one key. */
const SYNONYMS: Record<string, string> = {
  wound: 'injur', hurt: 'injur', injuri: 'injur', casualti: 'injur',
  // (The cases of an outbreak are its patients: "Of the 23 confirmed cases, 17 were in hospital". A
  // case of fraud is then a patient too: measured on the labelled sets, the news counts cases of illness.)
  case: 'patient',
  dead: 'kill', die: 'kill', di: 'kill', death: 'kill', fatal: 'kill', toll: 'kill',
  flee: 'evacu', fled: 'evacu', displac: 'evacu', move: 'evacu', transfer: 'evacu', relocat: 'evacu',
  down: 'intercept', shot: 'intercept', knock: 'intercept', destroi: 'destroy',
  fire: 'launch', fir: 'launch', shell: 'launch', aim: 'launch',
  struck: 'strike', hit: 'strike', target: 'strike',
  aid: 'aid', grant: 'aid', payment: 'aid', compens: 'aid', handout: 'aid',
  fell: 'fall', plung: 'fall', drop: 'fall', slump: 'fall', tumbl: 'fall', declin: 'fall', plummet: 'fall',
  scorch: 'burn', burnt: 'burn', char: 'burn', gut: 'burn', blaze: 'blaze', wildfir: 'blaze', inferno: 'blaze',
  woodland: 'forest', wood: 'forest', plane: 'aircraft', airplan: 'aircraft', jet: 'aircraft', bomber: 'aircraft',
  hous: 'home', dwell: 'home', properti: 'home', apart: 'home', flat: 'home',
  earthquak: 'quak',
  soldier: 'troop', personnel: 'troop', servicemember: 'troop', troop: 'troop',
  facil: 'clinic', clinic: 'clinic', kill: 'kill', killing: 'kill', injuring: 'injur', wounding: 'injur',
  increas: 'rise', rose: 'rise', hike: 'rise', jump: 'rise', growth: 'rise', climb: 'rise', rais: 'rise',
  bill: 'cost', price: 'cost', fare: 'cost', spend: 'cost', expens: 'cost', cost: 'cost',
  damag: 'damag', loss: 'damag',
  deploi: 'deploy', sent: 'deploy', send: 'deploy', dispatch: 'deploy',
  rip: 'destroy', ripped: 'destroy', wipe: 'destroy', wiped: 'destroy', wash: 'destroy', washed: 'destroy', swept: 'destroy', demolish: 'destroy', flatten: 'destroy',
  attack: 'attack', assault: 'attack',
  docker: 'dockwork', dockwork: 'dockwork', longshoremen: 'dockwork', stevedor: 'dockwork', labour: 'dockwork', labor: 'dockwork',
  box: 'contain', contain: 'contain', vessel: 'ship', ship: 'ship', boat: 'ship', barg: 'ship', chopper: 'helicopt', helicopt: 'helicopt',
  missing: 'miss', perish: 'kill', unaccount: 'miss', miss: 'miss',
  // How badly people were hurt: "seriously injured", "in a serious condition", "badly hurt".
  seriou: 'serious', badli: 'serious', slightli: 'slight', lightli: 'slight',
  // Those who lived are not those who died: "the three teenagers who survived".
  surviv: 'surviv',
  ...groups({
    rescu: ['rescued', 'rescues', 'saved', 'freed'],
    treat: ['treated'],
    // Taken to hospital is not treated at the scene.
    hospitalis: ['hospitalised', 'hospitalized', 'hospital', 'admitted'],
    arrest: ['arrested', 'detained', 'nicked', 'arrests'],
    offic: ['officers', 'cops', 'policemen', 'policewomen'],
    gap: ['gap', 'shortfall', 'hole'],
    close: ['closed', 'shut'],
    cancel: ['cancelled', 'canceled', 'scrapped', 'axed'],
    hire: ['hired', 'recruited'],
    cut: ['cut', 'shed', 'slashed'],
    doctor: ['doctors', 'physicians', 'medics'],
    firefight: ['firefighters', 'firemen'],
    worker: ['workers', 'employees', 'staff'],
    wage: ['wages', 'salary', 'salaries'],
    pupil: ['pupils', 'students', 'schoolchildren'],
    unemploi: ['unemployed', 'jobless', 'unemployment'],
    spill: ['spilled', 'spilt', 'spilling', 'leaked', 'leaking', 'gushed', 'escaped'],
  }),
};

/** Nouns for people in general: one key ("person"), so that the act decides which people are counted. */
export const GENERIC_NOUNS = new Set(['peopl', 'person', 'other', 'individu', 'civilian', 'victim', 'resid', 'children']);
/**
 * Nouns for people by their role: "23 men were trapped" may be the "23 miners" trapped, by the act
 * alone. (Not villagers nor prisoners: their stems are those of villages and prisons.)
 */
export const PEOPLE_ROLES = new Set(['miner', 'worker', 'nurs', 'patient', 'passeng', 'offic', 'firefight', 'pupil', 'survivor', 'crew',
  'men', 'women', 'troop', 'protest', 'marcher', 'fan', 'spectat', 'tourist', 'voter', 'member', 'doctor', 'teacher', 'pilgrim', 'climber', 'skier', 'motorist', 'driver',
  'commut', 'camper', 'guest', 'shopper', 'hiker', 'worshipp', 'swimmer', 'cyclist', 'pedestrian', 'migrant', 'refuge', 'inmat', 'diner',
  'holidaymak', 'partygo', 'clubber', 'revel', 'concertgo']);
/**
 * People in general against people by role ("23 people" and "23 miners"), either way round: the
 * same people if the act says so. Men and women are people by sex: either may be "people", or
 * miners, never the other.
 */
export function peopleByRole(a: string | null, b: string | null): boolean {
  const general = (n: string | null) => n === 'person' || n === 'men' || n === 'women';
  const oneWay = (x: string | null, y: string | null) => general(x) && PEOPLE_ROLES.has(y ?? '') && !(general(y) && x !== 'person');
  return oneWay(a, b) || oneWay(b, a);
}
export const STATES = new Set(['injur', 'kill', 'evacu', 'miss', 'arrest', 'trap']);
/** Verbs that carry no act of their own. */
export const EMPTY_VERBS = new Set(['ha', 'have', 'had', 'is', 'ar', 'wa', 'were', 'be', 'been', 'keep', 'kept', 'remain', 'stai', 'stay', 'stayed', 'put', 'includ', 'total', 'reach', 'show', 'counted', 'count', 'suffer', 'sustain', 'receiv', 'record', 'leav', 'left', 'confirm', 'run', 'stand', 'stood', 'carri', 'conduct', 'made', 'make', 'rise', 'risen', 'climb', 'grown', 'support', 'back', 'accompani', 'do', 'doing', 'claim', 'get', 'got']);

/** Stems of words written out ("rescued" → "rescu"), each folded to its group's key. */
function groups(byKey: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(Object.entries(byKey).flatMap(([key, words]) => words.map((w) => [wordKey(w), key])));
}

export const canonical = (key: string) => SYNONYMS[key] ?? key;

/** The acts Sourcelight knows by name ("kill", "injur", "evacu"…): two of them that differ are different acts. */
const KNOWN_ACTS = new Set([...Object.values(SYNONYMS), 'went up', 'went down']);
export const isKnownAct = (key: string) => KNOWN_ACTS.has(key);

/** Words for a person by what they are or do: an age after one of these is theirs. */
export const isPersonRole = (word: string) => PERSON_ROLE.test(word);
const PERSON_ROLE = /^(?:driver|man|woman|boy|girl|pilot|captain|guard|owner|victim|worker|teacher|nurse|doctor|student|pupil|passenger|resident|father|mother|son|daughter|husband|wife|grandmother|grandfather|suspect|officer|firefighter|volunteer|skipper|operator|engineer|manager|director|farmer|tourist|hiker|climber|skier|cyclist|pedestrian|motorist|widow|pensioner|survivor)$/;
