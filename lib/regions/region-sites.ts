import "server-only";
import { db } from "@/lib/db/client";

/**
 * What the proxy needs of every region before a page renders: its own hostnames, who may embed it, and for the
 * Integreat app's entry address its listing languages and postal codes.
 */
export type RegionSite = { slug: string; hostnames: string[]; embedOrigins: string[]; listingLocales: string[]; postalCodes: string[] };
export type RegionSites = { byHostname: Map<string, RegionSite>; bySlug: Map<string, RegionSite> };

/** Regions change rarely (`npm run region`, another process): a minute's delay is fine, a query per request is not. */
const maxAgeMs = 60_000;

let cached: { sites: Promise<RegionSites>; loadedAt: number } | undefined;

async function loadRegionSites(): Promise<RegionSites> {
  const regions = await db().region.findMany({
    select: { slug: true, hostnames: true, embedOrigins: true, listingLocales: true, postalCodes: true },
    orderBy: { slug: "asc" },
  });
  return {
    byHostname: new Map(regions.flatMap((region) => region.hostnames.map((hostname) => [hostname, region] as const))),
    bySlug: new Map(regions.map((region) => [region.slug, region])),
  };
}

/** Every region's site settings (by slug), at most a minute old; one query per minute and process. */
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
