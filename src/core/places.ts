import { contentKeys } from './words.ts';

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
