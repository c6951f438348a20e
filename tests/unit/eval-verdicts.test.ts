import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VERDICT_SETS, evaluateVerdicts, type VerdictTotals } from '../eval/verdicts.ts';

// The labelled pages as a regression test. No harmful verdict is the contract (DESIGN.md: when in
// doubt, unverified), on every set whose harms have been fixed; the newest sets, measured once and
// not yet changed for, may not get worse. The tuning pages meet the aim of 90% right; the
// held-out sets are held at what was last measured (see tests/fixtures/verdicts/README.md).
/**
 * What each set last measured right, in the order of VERDICT_SETS: tuning, then held out 1–169.
 * (Set 110 was lowered by one at stop 20: its "4.62 million" overnight stays had been confirmed by a
 * source's "about 4.8 million", which "about" no longer reaches. Set 116 by one too: a later
 * clause's "in two thousand and nineteen", now read as a year, dates its "two years", which the source
 * gives undated. Set 137 by two: its "nine people were injured" in 2002 matched the source's undated
 * count only while the spoken year was not read, and a claim was right only by the false
 * contradiction of its "sixty-one" of 1994. Sets 29 and 140 by one each: a page's "Then," after a
 * past year was read as that year's, and a review showed it mostly means "after that", so the rule
 * was withdrawn with what it had won. Sets 51, 126 and 137 by one each after a second review: a level
 * "compared with" takes the act before it only beside its own year, and "can take" is a capacity again.
 * Set 3 by two at stop 21: "killed two more people" had been called wrong by the source's toll of 14,
 * right only by chance (the source says the aftershock killed no one more); a count of those added
 * is no longer set against a toll. Set 60 by one: "Professor Ilka Demmer … argues that the wall was
 * built for a different river" had been confirmed by the speaker's name words alone, as "Rupert Haskins
 * admitted that tap water had been affected" was, against his denial; what is argued or admitted is
 * now looked up by itself, as what is said is. Set 148 by one, first measured this stop: a claim had
 * been right only by the false conflict of "the 2004 crash" with the date of the rails' replacement.
 * Sets 120 and 142 by one each: spans said in words are figures now ("an hour and a half", "within a
 * fortnight"), and a claim of each is left unconfirmed by one its source gives only as two times or as
 * "within 14 days" of another act. Sets 70 and 72 by one each: "half the pace", "just over half the
 * usual rain" are figures now, worked out from the source's (0.2% after 0.4%; 58%), and leave their
 * claims unconfirmed. Sets 84, 135 and 152 by two each and 57 by one at stop 22: a measure or an
 * amount confirmed by the words its source sentence shares must now be given the page's places there
 * too ("the sinkhole in Dunmere's Old Market district", "the 42-metre silo at the Kelder Grain
 * terminal", "every household in the Northmere region", "children under 15" in "the country"), which
 * those sources name only in another sentence. Sets 19 and 56 by one each, and many sets by one or
 * two below what the first rule for quotations won this stop: a review found quotations confirmed
 * from another mouth ("…," he said, after a sentence that names no speaker; a source's "he" read as
 * the person its sentence before met), so a quotation is now confirmed only on the word of whom the
 * page names, or the sentence before names or opens with, and a source's pronoun is whom its
 * sentences before name; some labelled quotations told that way are left unconfirmed. Sets 25, 37,
 * 43, 73, 74 and 101 by one each below what reading a lone figure by its clause first won: the
 * review found "For a Band E home, the bill rises by £91" confirmed by the source's Band D, so the
 * page sentence's names and labels must now be the source sentence's too. A second review found more
 * quotations confirmed from another mouth (a speaker the source sentence merely mentions, "standing
 * beside Mayor Renata Solvay"; "The police said:"; "Police in Marrowgate said"; another name beside the
 * speaker's; "was misquoted as saying"; words cut from a clause the source negates): closing them lowered
 * sets 74, 83, 88, 107 and 137 by one below stop 21's code, and many below this stop's first rules.
 * Sets 27, 52, 53, 60, 75, 78, 82, 85, 92, 110, 136, 145 and 155 by one each at stop 23: "next week",
 * "last week" and "this week" are days relative to when the page was written, which no source can
 * confirm, as "yesterday" is; the labels call some of those claims right by the source's date, and
 * four harmful verdicts ("will unveil a package next week" against the source's 28 October) go.
 * Sets 11, 18, 53, 59 and 150 by one each: a sentence that opens on who says its figures ("The operator
 * says…", "Cops said…", "Organisers say…") must name the source's speaker, or a kind of speaker the
 * source's article uses; the labels accept some kinds the sources never use for them. Sets 16, 21, 24,
 * 42, 83, 86, 113, 116, 118, 127, 143 and 152 by one or two below what this stop's first rule for names
 * won (set 83 one below stop 22's code): a review found the names a source article gives elsewhere
 * put in the place of an actor its figures' sentence names by a pronoun after an attribution, by "It",
 * by a kind after an opening phrase, or not at all (a passive), so those now keep the page's names out.
 * Sets 147 and 148 by two each below stop 22's code: a second review narrowed this stop's readings of
 * years (a year across a semicolon dates a later clause unless "now" stands between; a year before "was"
 * or "as" only after "in", "since", "with"…), of "during the year" (right after the figure, of no plan)
 * and of bounds ("took more than 60 minutes" neither agrees with nor contradicts a measure).)
 */
const lastMeasured = [251, 132, 123, 176, 174, 177, 162, 162, 183, 182, 159, 183, 171, 213, 174, 215, 217, 202, 213, 190, 218, 208, 184, 216, 180, 169, 204, 196, 173, 173, 183, 174, 169, 150, 226, 189, 184, 199, 188, 165, 164, 177, 183, 185, 172, 172, 154, 197, 176, 159, 171, 150, 173, 147, 161, 179, 194, 195, 190, 182, 163, 173, 186, 157, 174, 162, 196, 193, 185, 163, 185, 197, 176, 181, 175, 189, 167, 171, 185, 141, 196, 159, 198, 168, 140, 169, 185, 167, 190, 165, 167, 196, 156, 148, 170, 171, 201, 161, 193, 192, 197, 189, 161, 193, 184, 203, 171, 156, 196, 214, 178, 180, 182, 173, 173, 184, 163, 166, 161, 153, 153, 165, 181, 164, 167, 181, 220, 195, 168, 208, 175, 194, 223, 176, 150, 193, 220, 185, 203, 203, 247, 192, 192, 192, 162, 184, 189, 180, 198, 199, 203, 180, 191, 188, 185, 167, 185, 195, 165, 192, 201, 152, 200, 196, 170, 183, 195, 180, 172, 165];
/**
 * The harmful verdicts of the sets not yet fixed, no more than last measured: held out 22–25 (first
 * measured 12, 11, 23 and 7, before the rule that a value a source gives is not called wrong and
 * places compared as subjects), 26–29 (first measured 6, 4, 10 and 17 with stop 10's code) and
 * 30–33 (first measured 11, 11, 12 and 7 with stop 10's code; 10, 11, 12 and 4 with stop 11's), and
 * 34–37 (first measured 10, 18, 10 and 8 with stop 10's code; 7, 16, 5 and 4 with stop 11's) and
 * 38–41 (first measured 8, 13, 11 and 13 with stop 10's code; 7, 8, 9 and 11 with stop 11's) and
 * 42–45 (first measured 8, 10, 2 and 10 with stop 11's code then; 10, 11, 2 and 11 with stop 10's) and
 * 46–49 (first measured 5, 10, 7 and 10 with stop 11's final code; 5, 8, 7 and 12 with stop 10's) and
 * 50–53 (first measured 5, 2, 1 and 2 with stop 11's final code, b3a57df) and
 * 54–57 (first measured 5, 7, 15 and 2 with stop 11's final code; 5, 7, 13 and 2 with stop 12's f1becc4),
 * 58–73 (four batches, 73 harmful in all with stop 12's final code, 58 with stop 13's code of the day) and
 * 74–77 (first measured 2, 7, 2 and 7 with stop 13's final code, and with stop 14's first rules) and
 * 78–81 (measured once at the end of stop 14: 1, 1, 3 and 5 with stop 13's final code; 1, 0, 3 and 5 with stop 14's) and
 * 82–85 (first measured 3, 0, 5 and 2 with stop 14's final code, and with stop 15's first rules) and
 * 86–89 (measured once near the end of stop 15: 0, 3, 0 and 4 with stop 14's final code; 2, 3, 0 and 4 with stop 15's) and
 * 90–93 (first measured 7, 1, 0 and 6 with stop 15's final code, at the start of stop 16) and
 * 94–97 (first measured 4, 7, 2 and 5 with stop 15's final code, and with stop 16's code of 2980ca3) and
 * 98–101 (first measured 3, 8, 6 and 7 with stop 15's final code, and with stop 16's code of e871cf1) and
 * 102–105 (first measured 6, 6, 4 and 4 with stop 16's final code, and with stop 17's code of 1fa2ecc) and
 * 106–109 (first measured 7, 6, 2 and 9 with stop 16's final code, and with stop 17's code of 1b15922) and
 * 110–113 (first measured 7, 6, 7 and 9 with stop 16's final code, and with stop 17's code of d0e52fb) and
 * 114–117 (first measured 9, 0, 8 and 5 with stop 17's final code, and with stop 18's code of 53e3c6d) and
 * 118–121 (first measured 1, 6, 2 and 6 with stop 17's final code, and with stop 18's code of cefaf83) and
 * 122–125 (measured once at the end of stop 18: 4, 5, 10 and 3 with stop 17's final code; 4, 5, 10 and 2 with stop 18's 7a2b460) and
 * 126–129 (first measured 6, 5, 1 and 4 with stop 18's final code, and with stop 19's code of 52a9cf5) and
 * 130–133 (measured once at the end of stop 19: 9, 7, 10 and 6 with stop 18's final code; 7, 7, 10 and 6 with stop 19's c3a5d16) and
 * 134–141 (first measured 7, 4, 4, 10, 7, 1, 8 and 9 with stop 19's final code, and with stop 20's a525562; set 140 is
 * back at its first 8 since the rule for a page's "Then," that had mended two was withdrawn) and
 * 142–145 (first measured 3, 4, 7 and 5 with stop 19's final code; 1, 4, 7 and 5 with stop 20's a9779c6) and
 * 146–149 (first measured 4, 4, 10 and 6 with stop 20's final code 0cfbe21, at the start of stop 21) and
 * 150–153 (measured once at the end of stop 21: 0, 6, 3 and 7 with stop 20's final code and with stop 21's) and
 * 154–157 (measured at the start of stop 22 with stop 21's final code 404f09e, 5, 6, 8 and 2, and the
 * same with stop 22's final code; nobody has read them) and
 * 158–161 (measured at the start of stop 23 with stop 22's final code 185b386, 2, 5, 5 and 3) and
 * Set 138 by one at stop 24: a page sentence is now of the past year one of the paragraph's two
 * sentences before it names as an event's day where a source gives one of its figures for that year
 * ("In 1997 a train rolled back … Twenty-three people were hurt"), and set 138's "rose to 27.3%" is
 * dated by a source sentence whose later "in 2011" dates its every figure.
 * 162–165 (measured at the start of stop 24 with stop 23's final code 2febb28, 6, 4, 1 and 4) and
 * 166–169 (written near the end of stop 24 and measured once with stop 23's code and stop 24's final code, 9, 3, 5 and 3 with both; nobody has read them).
 */
const harmsNotYetFixed: Record<string, number> = {
  verdictsHeldOut22: 3, verdictsHeldOut23: 1, verdictsHeldOut24: 2, verdictsHeldOut25: 2, verdictsHeldOut26: 1, verdictsHeldOut27: 2, verdictsHeldOut28: 3, verdictsHeldOut29: 1, verdictsHeldOut30: 4, verdictsHeldOut31: 6, verdictsHeldOut32: 4, verdictsHeldOut33: 3, verdictsHeldOut34: 2, verdictsHeldOut35: 5, verdictsHeldOut36: 1, verdictsHeldOut37: 0, verdictsHeldOut38: 1, verdictsHeldOut39: 3, verdictsHeldOut40: 4, verdictsHeldOut41: 6, verdictsHeldOut42: 5, verdictsHeldOut43: 5, verdictsHeldOut44: 0, verdictsHeldOut45: 8, verdictsHeldOut46: 2, verdictsHeldOut47: 2, verdictsHeldOut48: 0, verdictsHeldOut49: 5, verdictsHeldOut50: 3, verdictsHeldOut51: 2, verdictsHeldOut52: 0, verdictsHeldOut53: 2, verdictsHeldOut54: 1, verdictsHeldOut55: 3, verdictsHeldOut56: 7, verdictsHeldOut57: 2, verdictsHeldOut58: 2, verdictsHeldOut59: 1, verdictsHeldOut60: 0, verdictsHeldOut61: 0, verdictsHeldOut62: 4, verdictsHeldOut63: 2, verdictsHeldOut64: 1, verdictsHeldOut65: 1, verdictsHeldOut66: 3, verdictsHeldOut67: 3, verdictsHeldOut68: 4, verdictsHeldOut69: 1, verdictsHeldOut70: 0, verdictsHeldOut71: 0, verdictsHeldOut72: 0, verdictsHeldOut73: 4, verdictsHeldOut74: 0, verdictsHeldOut75: 3, verdictsHeldOut76: 0, verdictsHeldOut77: 0, verdictsHeldOut78: 0, verdictsHeldOut79: 1, verdictsHeldOut80: 0, verdictsHeldOut81: 1, verdictsHeldOut82: 2, verdictsHeldOut83: 0, verdictsHeldOut84: 2, verdictsHeldOut85: 2, verdictsHeldOut86: 0, verdictsHeldOut87: 1, verdictsHeldOut88: 0, verdictsHeldOut89: 3, verdictsHeldOut90: 2, verdictsHeldOut91: 1, verdictsHeldOut92: 0, verdictsHeldOut93: 4, verdictsHeldOut94: 2, verdictsHeldOut95: 5, verdictsHeldOut96: 2, verdictsHeldOut97: 0, verdictsHeldOut98: 2, verdictsHeldOut99: 5, verdictsHeldOut100: 2, verdictsHeldOut101: 4, verdictsHeldOut102: 4, verdictsHeldOut103: 2, verdictsHeldOut104: 0, verdictsHeldOut105: 4, verdictsHeldOut106: 5, verdictsHeldOut107: 0, verdictsHeldOut108: 2, verdictsHeldOut109: 7, verdictsHeldOut110: 3, verdictsHeldOut111: 3, verdictsHeldOut112: 5, verdictsHeldOut113: 6, verdictsHeldOut114: 6, verdictsHeldOut115: 0, verdictsHeldOut116: 8, verdictsHeldOut117: 0, verdictsHeldOut118: 0, verdictsHeldOut119: 4, verdictsHeldOut120: 2, verdictsHeldOut121: 6, verdictsHeldOut122: 3, verdictsHeldOut123: 2, verdictsHeldOut124: 5, verdictsHeldOut125: 0, verdictsHeldOut126: 4, verdictsHeldOut127: 2, verdictsHeldOut128: 1, verdictsHeldOut129: 4, verdictsHeldOut130: 7, verdictsHeldOut131: 5, verdictsHeldOut132: 3, verdictsHeldOut133: 1, verdictsHeldOut134: 1, verdictsHeldOut135: 2, verdictsHeldOut136: 0, verdictsHeldOut137: 3, verdictsHeldOut138: 2, verdictsHeldOut139: 0, verdictsHeldOut140: 5, verdictsHeldOut141: 6, verdictsHeldOut142: 1, verdictsHeldOut143: 4, verdictsHeldOut144: 7, verdictsHeldOut145: 2, verdictsHeldOut146: 0, verdictsHeldOut147: 2, verdictsHeldOut148: 5, verdictsHeldOut149: 2, verdictsHeldOut150: 0, verdictsHeldOut151: 6, verdictsHeldOut152: 3, verdictsHeldOut153: 5, verdictsHeldOut154: 5, verdictsHeldOut155: 4, verdictsHeldOut156: 7, verdictsHeldOut157: 2, verdictsHeldOut158: 0, verdictsHeldOut159: 0, verdictsHeldOut160: 5, verdictsHeldOut161: 3, verdictsHeldOut162: 6, verdictsHeldOut163: 2, verdictsHeldOut164: 1, verdictsHeldOut165: 4, verdictsHeldOut166: 9, verdictsHeldOut167: 3, verdictsHeldOut168: 5, verdictsHeldOut169: 3,
};
const sets = new Map<string, VerdictTotals>();
for (const set of VERDICT_SETS) sets.set(set.key, await evaluateVerdicts(set.dir));
const tuning = sets.get('verdicts')!;

test('no harmful verdict on any labelled set whose harms were fixed; no more on the newest', () => {
  assert.equal(sets.size, lastMeasured.length, 'every labelled set has a last measurement');
  for (const set of VERDICT_SETS) {
    const totals = sets.get(set.key)!;
    const allowed = set.harmsFixed ? 0 : harmsNotYetFixed[set.key];
    assert.ok(allowed !== undefined, `${set.key}: a set not yet fixed needs its first measurement of harms`);
    assert.ok(totals.harmful <= allowed, `${set.key}: ${totals.harmful} harmful, at most ${allowed}:\n${totals.misses.filter((m) => m.startsWith('HARMFUL')).join('\n')}`);
  }
});

test('at least 90% of the tuning labels are right; no set falls below what was last measured', () => {
  assert.ok(tuning.labelled >= 200, `only ${tuning.labelled} labels`);
  assert.ok(tuning.right / tuning.labelled >= 0.9, `right ${tuning.right}/${tuning.labelled}`);
  [...sets].forEach(([name, totals], i) => {
    assert.ok(totals.right >= lastMeasured[i], `${name}: right ${totals.right}/${totals.labelled}, was ${lastMeasured[i]}`);
  });
});
