import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getListedOffer, getListingRegion } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";

/** Private persons' phone numbers must not end up in search engines: nothing is indexed unless a region opts in. */
export const noindex: Metadata["robots"] = { index: false, follow: false };

/** Robots rule of a region's listing and offer pages (a filtered search is never indexed). */
export function listingRobots(region: { searchIndexing: boolean }): Metadata["robots"] {
  return region.searchIndexing ? { index: true, follow: true } : noindex;
}

/** The region of a listing URL, or the 404 page when it is unknown or has no listing in this language. */
export async function listedRegion(locale: Locale, city: string) {
  const region = await getListingRegion(city);
  if (!region || !region.listingLocales.includes(locale)) notFound();
  return region;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The region and the active offer behind an offer URL (both from the cache), or the 404 page for an unknown, expired or deleted one. */
export async function listedOffer(locale: Locale, city: string, offerId: string) {
  const region = await listedRegion(locale, city);
  const offer = uuid.test(offerId) ? await getListedOffer(region.slug, offerId) : null;
  if (!offer) notFound();
  return { region, offer };
}

/**
 * Pages of the unfiltered listing live at their own paths (`/findflats`, `/findflats/seite/2`, …), so each is
 * one cached page; a filtered search carries its page in the query string instead.
 */
export function listingPageHref(site: string, page: number): string {
  return sitePath(site, page === 1 ? "/findflats" : `/findflats/seite/${page}`);
}
