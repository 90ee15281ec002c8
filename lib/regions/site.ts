/**
 * A region's pages live under /{slug}/… on the main site, or at / on one of the region's own hostnames. The proxy
 * rewrites a hostname's requests to /{locale}/{hostname}/…, so a page's [city] segment names its *site*: a slug
 * or a hostname. Slugs never contain a dot; hostnames always do.
 */
export function isHostnameSite(site: string): boolean {
  return site.includes(".");
}

/**
 * The path of a page of this site, for links: "/augsburg/findflats" on the main site, "/findflats" on a hostname.
 * `path` is the page below the city segment, from the route table (`pagePath("listing")`).
 */
export function sitePath(site: string, path: string): string {
  if (isHostnameSite(site)) return path || "/";
  return `/${site}${path}`;
}
