import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getGoneOffer } from "@/lib/offers/gone-offer";
import { getListedOffer } from "@/lib/offers/listing";
import { getCachedRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { goneStatusTag } from "@/lib/security/page-status";

/** Private persons' phone numbers must not end up in search engines: nothing is indexed unless a region opts in. */
export const noindex: Metadata["robots"] = { index: false, follow: false };

/** Robots rule of a region's listing and offer pages (a filtered search is never indexed). */
export function listingRobots(region: { searchIndexing: boolean }): Metadata["robots"] {
  return region.searchIndexing ? { index: true, follow: true } : noindex;
}

/** The region of a listing URL, or the 404 page when it is unknown or has no listing in this language. */
export async function listedRegion(locale: Locale, city: string) {
  const region = await getCachedRegion(city);
  if (!region || !region.listingLocales.includes(locale)) notFound();
  return region;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The active offer of the region behind an offer URL, from the cache; null for any other id (also one that is no UUID). */
export async function findListedOffer(regionSlug: string, offerId: string) {
  return uuid.test(offerId) ? getListedOffer(regionSlug, offerId) : null;
}

/** The region and the active offer behind an offer URL (both from the cache), or the 404 page for an unknown, expired or deleted one. */
export async function listedOffer(locale: Locale, city: string, offerId: string) {
  const region = await listedRegion(locale, city);
  const offer = await findListedOffer(region.slug, offerId);
  if (!offer) notFound();
  return { region, offer };
}

/**
 * The offer page's answer: the listed offer, or what is left of a deleted or expired one (its page answers 410 Gone),
 * or the 404 page for an id never published in this region.
 */
export async function listedOrGoneOffer(locale: Locale, city: string, offerId: string) {
  const region = await listedRegion(locale, city);
  if (!uuid.test(offerId)) notFound();
  const offer = await getListedOffer(region.slug, offerId);
  if (offer) return { region, offer, gone: null };
  const gone = await getGoneOffer(region.slug, offerId);
  if (!gone) notFound();
  await tagAsGone();
  return { region, offer: null, gone };
}

/**
 * Tags the page being rendered so that its cache entry answers 410 (lib/cache-handlers/page-cache.mjs): a page can name
 * cache tags only through the data it reads, so this reads nothing under the tag.
 */
function tagAsGone(): Promise<null> {
  return unstable_cache(async () => null, [goneStatusTag], { tags: [goneStatusTag] })();
}

/**
 * Pages of the unfiltered listing live at their own paths (`/findflats`, `/findflats/seite/2`, …), so each is
 * one cached page; a filtered search carries its page in the query string instead.
 */
export function listingPageHref(site: string, page: number): string {
  return sitePath(site, page === 1 ? pagePath("listing") : pagePath("listingPage", { page }));
}
