// A page's figures are judged one after another, sentence by sentence, and each meets many facts:
// what depends only on the page's sentence (and a figure's place in it) is read once.

/** `read`, remembered for the last sentence it was asked about, per position in it. */
export function perSentence<T>(read: (sentence: string, at: number) => T): (sentence: string, at: number) => T {
  let last = '';
  let known = new Map<number, T>();
  return (sentence, at) => {
    if (sentence !== last) {
      last = sentence;
      known = new Map();
    }
    if (!known.has(at)) known.set(at, read(sentence, at));
    return known.get(at)!;
  };
}

/** `read`, remembered for each object it was asked about, for as long as the object lives. */
export function perObject<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const known = new WeakMap<K, T>();
  return (key) => {
    if (!known.has(key)) known.set(key, read(key));
    return known.get(key)!;
  };
}

/**
 * `read` of a figure in its sentence, remembered for each figure object: a figure is only ever read
 * in the sentence its offsets are of, and is settled when found (a copy, as other-units.ts makes, is
 * read anew). For what the matcher asks of every pair a figure meets.
 */
export function perFigure<Q extends object, T>(read: (sentence: string, q: Q) => T): (sentence: string, q: Q) => T {
  const known = new WeakMap<Q, T>();
  return (sentence, q) => {
    if (!known.has(q)) known.set(q, read(sentence, q));
    return known.get(q)!;
  };
}
