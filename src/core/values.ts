import type { Quantity } from './types.ts';

/** The range of values a hedged figure allows: "about 900" allows 810–990, "at least 12" 12 and up. */
export function valueRange(q: Pick<Quantity, 'value' | 'valueMax' | 'qualifier'>): [number, number] {
  const v = q.value ?? NaN;
  const max = q.valueMax ?? v;
  switch (q.qualifier) {
    case 'at least':
    case 'more than':
      return [v, Infinity];
    case 'about':
      return [v * 0.9, max * 1.1];
    case 'nearly':
      return [v * 0.9, max];
    case 'up to':
    case 'less than':
      return [0, max];
    default:
      return [v, max];
  }
}

/** Whether two figures can describe the same count. */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  // Two maxima are two claims about the same bound: "up to four metres" and "as much as six" differ.
  const maximum = (q: Quantity) => q.qualifier === 'up to' || q.qualifier === 'less than';
  if (maximum(a) && maximum(b) && a.value !== null && b.value !== null) {
    return Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
  }
  // "about 1.3 million" and "about 1.1 million" are two estimates that differ, not one that overlaps.
  if (a.qualifier === 'about' && b.qualifier === 'about' && a.value !== null && b.value !== null && a.valueMax === null && b.valueMax === null) {
    return Math.abs(a.value - b.value) <= 0.1 * Math.max(a.value, b.value);
  }
  const [aLow, aHigh] = valueRange(a);
  const [bLow, bHigh] = valueRange(b);
  return aLow <= bHigh && bLow <= aHigh;
}
