import "server-only";
import { readRegions } from "./regions";

/**
 * What the proxy needs of every region before a page renders: its own hostnames, who may embed it, and for the
 * Integreat app's entry address its listing languages and postal codes.
 */
export type RegionSite = { slug: string; hostnames: string[]; embedOrigins: string[]; listingLocales: string[]; postalCodes: string[] };
export type RegionSites = { byHostname: Map<string, RegionSite>; bySlug: Map<string, RegionSite> };

/**
 * The proxy runs before any page, outside Next.js's data cache and its tags, so it keeps its own copy of the regions
 * in the process, read with the same query (./regions.ts). A query per request would be too many; a minute is
 * short enough for a new hostname or embedding origin, which no tag can announce to it.
 */
const maxAgeMs = 60_000;

let cached: { sites: Promise<RegionSites>; loadedAt: number } | undefined;

async function loadRegionSites(): Promise<RegionSites> {
  const regions = (await readRegions()).map(({ slug, hostnames, embedOrigins, listingLocales, postalCodes }) => ({
    slug,
    hostnames,
    embedOrigins,
    listingLocales,
    postalCodes,
  }));
  return {
    byHostname: new Map(regions.flatMap((region) => region.hostnames.map((hostname) => [hostname, region] as const))),
    bySlug: new Map(regions.map((region) => [region.slug, region])),
  };
}

/** Every region's site settings, at most a minute old; one query per minute and process. */
export function regionSites(now = Date.now()): Promise<RegionSites> {
  if (!cached || now - cached.loadedAt > maxAgeMs) {
    const sites = loadRegionSites();
    cached = { sites, loadedAt: now };
    // A failed load is not kept: the next request tries again.
    sites.catch(() => {
      if (cached?.sites === sites) cached = undefined;
    });
  }
  return cached.sites;
}
