import type { Quantity } from './types.ts';
import type { Thing } from './thing.ts';

// A period told in another unit: "three days" and "72 hours", "two months" and "within 60 days",
// "12 months" and "a year" are one length of time. Only whole numbers of the other unit, and only
// between units that divide evenly (a month is taken as 30 days, as notices and deadlines count it).

/** Each period's stem, and how many of the next smaller unit it holds. */
const IN_SMALLER: Array<[string, string, number]> = [
  ['hour', 'minut', 60],
  ['dai', 'hour', 24],
  ['week', 'dai', 7],
  ['month', 'dai', 30],
  ['year', 'month', 12],
  ['decad', 'year', 10],
];

/** The page figure told in each other unit it is a whole number of: 3 days → 72 hours; 60 days → 2 months. */
export function inOtherUnits(q: Quantity, thing: Thing): Array<{ q: Quantity; thing: Thing }> {
  if (q.value === null || q.unit !== null || thing.noun === null) return [];
  const out: Array<{ q: Quantity; thing: Thing }> = [];
  for (const [larger, smaller, factor] of IN_SMALLER) {
    const told = (noun: string, times: number) => {
      const value = Math.round(q.value! * times * 1000) / 1000;
      const valueMax = q.valueMax === null ? null : Math.round(q.valueMax * times * 1000) / 1000;
      if (!Number.isInteger(value) || (valueMax !== null && !Number.isInteger(valueMax))) return;
      out.push({ q: { ...q, value, valueMax, nounKey: noun }, thing: { ...thing, noun } });
    };
    if (thing.noun === larger) told(smaller, factor);
    if (thing.noun === smaller) told(larger, 1 / factor);
  }
  return out;
}
