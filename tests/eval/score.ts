/** Precision, recall and F1 from counts, with the counts kept for the report. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyScore = (): Score => ({ tp: 0, fp: 0, fn: 0 });

export function add(into: Score, s: Score): void {
  into.tp += s.tp;
  into.fp += s.fp;
  into.fn += s.fn;
}

export function prf(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
export const fmt = (s: Score) => {
  const { precision, recall, f1 } = prf(s);
  return `P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
};
