import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { isHostnameSite } from "./site";

export type { Region };

/** A region as one of its sites shows it: `site` is the page's [city] segment, a slug or a hostname (./site.ts). */
export type SiteRegion = Region & { site: string };

/**
 * The tag of the cached regions, which `npm run region` expires in the shared cache: with REDIS_URL a change shows
 * on every server at once.
 */
export const regionsTag = "regions";

/**
 * How long a server keeps the regions before it reads them again, in seconds: as long as the pages that show them
 * are cached (a shorter time would have Next.js render those pages again as often). Regions change only through
 * `npm run region`, another process: with REDIS_URL it expires the tag on every server at once, without a shared
 * cache a change shows within this time.
 */
export const regionsMaxAge = 3600;

/** Every region, by name: the one query of regions (the proxy's own copy, ./region-sites.ts, is read with it too). */
export function readRegions(): Promise<Region[]> {
  return db().region.findMany({ orderBy: { name: "asc" } });
}

const cachedRegions = unstable_cache(readRegions, ["regions"], { tags: [regionsTag], revalidate: regionsMaxAge });

/**
 * Every region, by name, from the cache, so that no page or API request queries them; once per request. The cache
 * holds JSON, so the dates are restored.
 */
export const getRegions = cache(async (): Promise<Region[]> =>
  (await cachedRegions()).map((region) => ({
    ...region,
    createdAt: new Date(region.createdAt),
    updatedAt: new Date(region.updatedAt),
  })),
);

const slugPattern = /^[a-z0-9-]{2,60}$/;
const hostnamePattern = /^[a-z0-9.-]{4,253}$/;

/** The region of a URL's city segment (its slug or one of its hostnames) among `regions`, or null. */
function regionOfSite(regions: Region[], site: string): SiteRegion | null {
  const byHostname = isHostnameSite(site);
  if (!(byHostname ? hostnamePattern : slugPattern).test(site)) return null;
  const region = regions.find((region) => (byHostname ? region.hostnames.includes(site) : region.slug === site));
  return region ? { ...region, site } : null;
}

/**
 * The region (municipality) behind a URL's city segment, read from the database: for what is written, sent or shown
 * to staff (forms, mail buttons, staff pages), where a changed mailbox or setting applies at once.
 */
export const getRegion = cache(async (site: string): Promise<SiteRegion | null> => regionOfSite(await readRegions(), site));

/**
 * The same from the cached regions: for the pages and answers the public reads (listing, search, feeds, preview
 * pictures, metadata), so that a search rendered per visitor does not query the database. A region added since the
 * regions were cached (`npm run region` without a shared cache) is read from the database, so its pages answer at
 * once; so is an unknown site, before its 404 page.
 */
export const getCachedRegion = cache(
  async (site: string): Promise<SiteRegion | null> =>
    regionOfSite(await getRegions(), site) ?? regionOfSite(await readRegions(), site),
);
