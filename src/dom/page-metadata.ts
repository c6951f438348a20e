/** The provenance a news page declares about itself: JSON-LD NewsArticle first, then og:/article: tags, then <title>. */
export interface PageMetadata {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const meta = (name: string) =>
    doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim() || undefined;
  const publisher = ld?.publisher as { name?: unknown } | undefined;
  return {
    title: str(ld?.headline) ?? meta('og:title') ?? str(doc.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ')) ??
      (withoutSiteName(doc.title ?? '', meta('og:site_name')) || undefined),
    outlet: str(publisher?.name) ?? meta('og:site_name') ?? meta('application-name'),
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('og:url') ?? str(ld?.url),
    published: str(ld?.datePublished) ?? meta('article:published_time') ?? meta('date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined,
  };
}

const NEWS_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|LiveBlogPosting)$/;

function jsonLdArticle(doc: Document): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is the page's problem; other metadata still applies
    }
    const items = Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])];
    const found = items.find((item) => {
      const type = (item as { '@type'?: unknown })?.['@type'];
      return [type].flat().some((t) => typeof t === 'string' && NEWS_TYPES.test(t));
    });
    if (found) return found as Record<string, unknown>;
  }
  return undefined;
}

/** "Pentagon moves destroyers - Harbor Post" → "Pentagon moves destroyers". */
function withoutSiteName(title: string, site: string | undefined): string {
  const t = title.trim();
  return site ? t.replace(new RegExp(`\\s*[-|–—:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '') : t;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
