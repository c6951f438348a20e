/** What is known of the whole page: how many of its names each source article shares. */
export interface PageContext {
  affinity: Map<string, number>;
}

export const NO_PAGE: PageContext = { affinity: new Map() };

/** The page reports on this source's event: it shares the most names with it (at least 3). */
export function isClosest(page: PageContext, source: string): boolean {
  const best = bestOf(page);
  return best >= 3 && page.affinity.get(source) === best;
}

/** The page plainly reports on another event: this source shares less than half the best's names. */
export function isElsewhere(page: PageContext, source: string): boolean {
  const best = bestOf(page);
  return best >= 3 && (page.affinity.get(source) ?? 0) < best / 2;
}

/** The most names any source shares with the page, read once per page (it is asked for every figure and fact). */
const bestByPage = new WeakMap<PageContext, number>();
function bestOf(page: PageContext): number {
  let best = bestByPage.get(page);
  if (best === undefined) {
    best = Math.max(0, ...page.affinity.values());
    bestByPage.set(page, best);
  }
  return best;
}

