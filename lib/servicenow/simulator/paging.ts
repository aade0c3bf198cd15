// X-Total-Count and Link headers of a collection page (doc §2, "Pagination headers").

export interface PageInfo {
  /** The absolute URL of the request, whose parameters every Link URL repeats. */
  requestUrl: URL;
  /** Rows matching the query, across all pages. */
  total: number;
  offset: number;
  limit: number;
  /** sysparm_no_count=true: no X-Total-Count and no "last" link. */
  noCount: boolean;
  /** sysparm_suppress_pagination_header=true: no Link header. */
  suppressLink: boolean;
}

export function pageHeaders(page: PageInfo): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!page.noCount) headers["X-Total-Count"] = String(page.total);
  // A result that fits on one page gets no Link header (the behaviour seen on real instances).
  const singlePage = page.offset === 0 && page.total <= page.limit;
  if (page.suppressLink || singlePage) return headers;
  const links: string[] = [`<${pageUrl(page, 0)}>;rel="first"`];
  if (page.offset > 0) links.push(`<${pageUrl(page, Math.max(0, page.offset - page.limit))}>;rel="prev"`);
  if (page.offset + page.limit < page.total) links.push(`<${pageUrl(page, page.offset + page.limit)}>;rel="next"`);
  if (!page.noCount) {
    const last = page.total === 0 ? 0 : Math.floor((page.total - 1) / page.limit) * page.limit;
    links.push(`<${pageUrl(page, last)}>;rel="last"`);
  }
  headers.Link = links.join(",");
  return headers;
}

function pageUrl(page: PageInfo, offset: number): string {
  const url = new URL(page.requestUrl);
  url.searchParams.delete("sysparm_offset");
  url.searchParams.delete("sysparm_limit");
  url.searchParams.append("sysparm_offset", String(offset));
  url.searchParams.append("sysparm_limit", String(page.limit));
  return url.toString();
}
