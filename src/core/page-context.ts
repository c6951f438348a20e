/** What is known of the whole page: how many of its names each source article shares. */
export interface PageContext {
  affinity: Map<string, number>;
}

export const NO_PAGE: PageContext = { affinity: new Map() };

/** The page reports on this source's event: it shares the most names with it (at least 3). */
export function isClosest(page: PageContext, source: string): boolean {
  const best = Math.max(0, ...page.affinity.values());
  return best >= 3 && page.affinity.get(source) === best;
}

/** The page plainly reports on another event: this source shares less than half the best's names. */
export function isElsewhere(page: PageContext, source: string): boolean {
  const best = Math.max(0, ...page.affinity.values());
  return best >= 3 && (page.affinity.get(source) ?? 0) < best / 2;
}

