import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { isHostnameSite } from "./site";

export type { Region };

/** A region as one of its sites shows it: `site` is the page's [city] segment, a slug or a hostname (./site.ts). */
export type SiteRegion = Region & { site: string };

/**
 * The tag of every cache entry holding region settings (the API's region list, a listing's region), which
 * `npm run region` expires in the shared cache.
 */
export const regionsTag = "regions";

const slugPattern = /^[a-z0-9-]{2,60}$/;
const hostnamePattern = /^[a-z0-9.-]{4,253}$/;

/** The region (municipality) behind a URL's city segment (its slug or one of its hostnames), or null. */
export const getRegion = cache(async (site: string): Promise<SiteRegion | null> => {
  const region = isHostnameSite(site)
    ? hostnamePattern.test(site) && (await db().region.findFirst({ where: { hostnames: { has: site } } }))
    : slugPattern.test(site) && (await db().region.findUnique({ where: { slug: site } }));
  return region ? { ...region, site } : null;
});
