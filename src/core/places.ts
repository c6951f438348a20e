import { contentKeys, tokenize } from './words.ts';

// Where a figure is: its place names as keys, and how two figures' places stand to each other.

/** "Haldor and Corvel" → ["corvel", "haldor"]; "the capital" → ["capit"]. */
export function placeKeys(place: string | null): string[] {
  if (!place) return [];
  return [...new Set(place.split(/\s*(?:,|\band\b)\s*/).map((p) => contentKeys(p).join(' ')).filter(Boolean))].sort();
}

export type PlaceRelation = 'same' | 'different' | 'none' | 'open';

/** Both name the same places; neither names one; only one does; they name other places. */
export function placeRelation(a: string[], b: string[]): PlaceRelation {
  if (a.length === 0 && b.length === 0) return 'none';
  if (a.length === 0 || b.length === 0) return 'open';
  return a.length === b.length && a.every((p, i) => samePlace(p, b[i])) ? 'same' : 'different';
}

/** "Kirrowfield" and "Kirrowfield Hospital" are one place told more or less fully. */
function samePlace(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * Whether a sentence names one place inside the other: "the Halloran Tower of Kestrany Royal
 * Infirmary", "the Ashfen district in Taldera", "Taldera's Ashfen district". Then the two are one
 * place told at two depths, not two places ("Corvel, near Haldor" is no such thing).
 */
export function nestedIn(sentence: string, inner: string, outer: string): boolean {
  const keys = tokenize(sentence.replace(/['’]s\b/g, ' POSSESSIVE')).map((t) => (/^(?:of|in|the|POSSESSIVE)$/i.test(t.text) ? t.text.toLowerCase() : contentKeys(t.text)[0] ?? ''));
  const at = (place: string, from: number) => place.split(' ').every((k, i) => keys[from + i] === k);
  const [innerLength, outerLength] = [inner.split(' ').length, outer.split(' ').length];
  for (let i = 0; i < keys.length; i++) {
    if (at(inner, i) && (keys[i + innerLength] === 'of' || keys[i + innerLength] === 'in')) {
      const j = i + innerLength + 1 + (keys[i + innerLength + 1] === 'the' ? 1 : 0);
      if (at(outer, j)) return true;
    }
    // ("Taldera's Ashfen district": the possessive names the outer place first.)
    if (at(outer, i) && keys[i + outerLength] === 'possessive' && at(inner, i + outerLength + 1)) return true;
  }
  return false;
}
