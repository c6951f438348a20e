import { contentKeys, wordKey } from './words.ts';

/** Where a figure stands in its sentence. */
export interface Span { start: number; end: number }

/**
 * The words a figure owns among the figures of its sentence, read one of two ways: the words since
 * the figure before ("clothing up 4.8%, electronics up 3.9%") or up to the figure after ("4.8% for
 * clothing and 3.9% for electronics"). News writes both, so a caller asks both.
 */
export function wordsOwned(sentence: string, figures: Span[], target: Span, side: 'before' | 'after'): Set<string> {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(target);
  const text = side === 'before'
    ? sentence.slice(at > 0 ? sorted[at - 1].end : 0, target.start)
    : sentence.slice(target.end, at < sorted.length - 1 ? sorted[at + 1].start : sentence.length);
  return new Set(contentKeys(text));
}

/**
 * The words a figure owns read by clauses: the words of the first figure's clause before it are the
 * first's; those between two figures split where a clause breaks ("Clothing sales rose 4.8% in
 * September | while electronics sales rose 3.9%"); those after the last, up to a comma, the last's
 * (", the statistics office said" is said of all of them).
 */
export function wordsOwnedByClause(sentence: string, figures: Span[], target: Span): Set<string> {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const at = sorted.indexOf(target);
  const previous = sorted[at - 1];
  const next = sorted[at + 1];
  // (Before the first, only its own clause: "In a grim year for the suburbs, violent crime rose 8%";
  // after the last, only up to a comma: "…seven people have died, the city health department said".)
  const head = sentence.slice(0, target.start);
  const before = previous ? afterBreak(sentence.slice(previous.end, target.start)) : ownClause(head);
  const tail = sentence.slice(target.end, next ? next.start : sentence.length);
  const after = next ? beforeBreak(tail) : tail.split(/,(?!\d{3}\b)|[;(]/)[0];
  return new Set(contentKeys(`${before} ${after}`));
}

/**
 * Where the words before a sentence's first figure begin: after the last comma with two words or
 * more after it ("Sport took the largest slice, €398m" keeps them all).
 */
function ownClause(head: string): string {
  // (A bracket is set in its subject's clause: "Car thefts in Dunmere (a category police say is
  // under-reported) rose 8%".)
  const text = head.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  // (Read back from the figure, segment by segment, so that a page of commas costs one pass.)
  let words = 0;
  let end = text.length;
  for (let at = text.length - 1; at >= 0; at--) {
    if (!/[,;(]/.test(text[at]) || (text[at] === ',' && /\d/.test(text[at - 1] ?? '') && /^\d{3}\b/.test(text.slice(at + 1)))) continue;
    words += (text.slice(at + 1, end).match(/\p{L}+/gu) ?? []).length;
    end = at;
    if (words >= 2) return text.slice(at + 1);
  }
  return text;
}

const CLAUSE_BREAK = /,(?!\d{3}\b)|[;(]|\b(?:while|and|but|whereas|against|compared)\b/;
const beforeBreak = (text: string) => { const m = CLAUSE_BREAK.exec(text); return m ? text.slice(0, m.index) : ''; };
const afterBreak = (text: string) => { const m = CLAUSE_BREAK.exec(text); return m ? text.slice(m.index) : text; };

/**
 * Whether a page figure and a source figure of the same value are told of the same thing when each
 * sentence gives other figures of the unit: read either way, they own two words in common, and the
 * page figure's words are none that the source gives to another of its figures and not to this one
 * ("energy rose 9.1% and food 14.3%" is not "food rose 9.1% and energy 14.3%").
 */
export function ownSameWords(page: { sentence: string; figures: Span[]; figure: Span }, source: { sentence: string; figures: Span[]; figure: Span }): boolean {
  // ("Women are more likely to be obese than men, at 26.1% against 23.2%" against "Men were more
  // likely than women to be obese (26.1% against 23.2%)": the same words, the groups reversed.)
  if (namesInOppositeOrder(page.sentence, source.sentence)) return false;
  const shared = (['before', 'after'] as const).map((side) => {
    const mine = wordsOwned(page.sentence, page.figures, page.figure, side);
    const theirs = wordsOwned(source.sentence, source.figures, source.figure, side);
    const others = new Set(source.figures.filter((f) => f !== source.figure).flatMap((f) => [...wordsOwned(source.sentence, source.figures, f, side)]));
    let n = 0;
    for (const w of mine) {
      if (theirs.has(w)) n += CHANGE_WORDS.has(w) ? 0 : 1;
      else if (others.has(w)) return -1;
    }
    return n;
  });
  // (Read both ways, for "a chef aged 24 and a porter aged 31" against "a 31-year-old chef and a 24-year-old porter".)
  if (!shared.every((n) => n >= 0) || !shared.some((n) => n >= OWN_SHARED)) return false;
  // (And read by clauses, none of the page figure's words another's: "sales rose 4.8% for electronics"
  // against "Clothing sales rose 4.8% in September while electronics sales rose 3.9%".)
  return !anotherFiguresWords(page, source);
}

/**
 * Whether a page figure, the only one of its unit in its sentence, is told in the words the source
 * gives its figure of the same value, read by clauses: two of them shared, besides the way it went,
 * that no other figure of the source sentence owns, and none of the page's owned by another alone
 * ("For a Band D home, the bill rises by £91 a year" against "will add £91 a year to a Band D bill,
 * taking it to £1,915"; not "Fuel stations saw sales fall 2.1%" against "furniture stores, down
 * 2.1%, and at fuel stations, down 1.6%").
 */
export function clauseOwnsSameWords(page: { sentence: string; figure: Span }, source: { sentence: string; figures: Span[]; figure: Span }): boolean {
  const mine = wordsOwnedByClause(page.sentence, [page.figure], page.figure);
  const theirs = wordsOwnedByClause(source.sentence, source.figures, source.figure);
  const others = new Set(source.figures.filter((f) => f !== source.figure).flatMap((f) => [...wordsOwnedByClause(source.sentence, source.figures, f)]));
  let own = 0;
  for (const w of mine) {
    if (!theirs.has(w)) {
      if (others.has(w)) return false;
    } else if (!others.has(w) && !CHANGE_WORDS.has(w)) own++;
  }
  // (Its sentence's names and labels, in any clause, are the source sentence's: "For a Band E home,
  // the bill rises by £91" is not the source's Band D.)
  const said = new Set(contentKeys(source.sentence));
  return own >= OWN_SHARED && labelsIn(page.sentence).every((k) => said.has(k));
}

/** The capitalised words of a sentence after its first, as word keys: names, and labels such as "Band E". */
function labelsIn(sentence: string): string[] {
  return [...sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*/gu)].map((m) => wordKey(m[0]));
}

/**
 * Whether none of the page figure's own words, read either way, is one the source gives to another of
 * its figures and not to this one: "1,650 tram drivers" is not "1,650 on its bus network and 750 on its trams".
 */
export function noWordsOfAnother(page: { sentence: string; figures: Span[]; figure: Span }, source: { sentence: string; figures: Span[]; figure: Span }): boolean {
  return (['before', 'after'] as const).every((side) => {
    const theirs = wordsOwned(source.sentence, source.figures, source.figure, side);
    const others = new Set(source.figures.filter((f) => f !== source.figure).flatMap((f) => [...wordsOwned(source.sentence, source.figures, f, side)]));
    return [...wordsOwned(page.sentence, page.figures, page.figure, side)].every((w) => theirs.has(w) || !others.has(w));
  }) && !anotherFiguresWords(page, source);
}

/**
 * The words a figure owns by clauses that no other figure of its sentence owns too: a word said of
 * all of them tells none apart ("Twenty fire engines and about 150 firefighters have been sent to
 * the fire"; a unit's "km/h").
 */
export function wordsOnlyItOwns(sentence: string, figures: Span[], target: Span): Set<string> {
  const mine = wordsOwnedByClause(sentence, figures, target);
  for (const f of figures) if (f !== target) for (const w of wordsOwnedByClause(sentence, figures, f)) mine.delete(w);
  return mine;
}

/**
 * Whether, read by clauses, a word the page figure owns is one the source gives another of its
 * figures and not this one: "Violent crime rose 8% while car thefts rose 2.4%" against "Car thefts
 * rose 8% while violent crime rose 2.4%".
 */
export function anotherFiguresWords(page: { sentence: string; figures: Span[]; figure: Span }, source: { sentence: string; figures: Span[]; figure: Span }): boolean {
  const mine = wordsOnlyItOwns(page.sentence, page.figures, page.figure);
  const theirs = wordsOwnedByClause(source.sentence, source.figures, source.figure);
  return source.figures.some((f) => f !== source.figure && [...wordsOwnedByClause(source.sentence, source.figures, f)].some((w) => mine.has(w) && !theirs.has(w)));
}

/** Two words of its own shared, besides the way it went: "law applications fell by 3%" is not "Arts and Humanities applications fell by 3%". */
const OWN_SHARED = 2;
const CHANGE_WORDS = new Set(['rose', 'rise', 'risen', 'fell', 'fall', 'fallen', 'up', 'down', 'increase', 'increased', 'decrease', 'decreased', 'drop', 'dropped',
  'grew', 'grow', 'growth', 'climb', 'climbed', 'jump', 'jumped', 'gain', 'gained', 'decline', 'declined', 'cut'].map(wordKey));

/** Words that tell apart who a figure is of: names, and the groups news compares. */
const GROUP_WORD = /\b(?:[Mm]en|[Ww]omen|[Bb]oys|[Gg]irls|[Aa]dults|[Cc]hildren|[Yy]oung|[Oo]lder|[Uu]rban|[Rr]ural)\b|(?<=\s)\p{Lu}[\p{L}'’-]+/gu;

/** Whether two sentences name the same two groups or names in opposite orders. */
export function namesInOppositeOrder(a: string, b: string): boolean {
  const order = (s: string) => [...new Set([...s.matchAll(GROUP_WORD)].map((m) => m[0].toLowerCase()))];
  const [x, y] = [order(a), order(b)];
  const shared = x.filter((w) => y.includes(w));
  if (shared.length < 2) return false;
  return y.filter((w) => shared.includes(w)).join(' ') !== shared.join(' ');
}
