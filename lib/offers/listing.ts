import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import type { AccommodationType } from "@/lib/db/generated/client";
import { getRegion, type SiteRegion } from "@/lib/regions/regions";

/** What the public may see of an active offer: never the street, contact details only where allowed. */
export type PublicOffer = {
  id: string;
  title: string;
  description: string;
  place: string;
  postalCode: string;
  type: AccommodationType;
  rooms: number;
  areaSqm: number | null;
  beds: number;
  availableFrom: string;
  availableUntil: string | null;
  freeOfCharge: boolean;
  coldRent: number | null;
  runningCosts: number | null;
  deposit: number | null;
  furnished: boolean;
  kitchen: boolean;
  ownBathroom: boolean;
  barrierFree: boolean;
  petsAllowed: boolean;
  smokingAllowed: boolean;
  languages: string[];
  contact: { name: string | null; phone: string | null; email: string | null };
  publishedAt: string;
  expiresAt: string;
};

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

async function queryListing(regionSlug: string): Promise<PublicOffer[]> {
  const offers = await db().offer.findMany({
    where: { regionSlug, status: "ACTIVE", expiresAt: { gt: new Date() } },
    orderBy: { confirmedAt: "desc" },
  });
  return offers.map((offer) => ({
    id: offer.id,
    title: offer.title,
    description: offer.description,
    place: offer.place,
    postalCode: offer.postalCode,
    type: offer.type,
    rooms: offer.rooms.toNumber(),
    areaSqm: offer.areaSqm,
    beds: offer.beds,
    availableFrom: isoDate(offer.availableFrom),
    availableUntil: offer.availableUntil && isoDate(offer.availableUntil),
    freeOfCharge: offer.freeOfCharge,
    coldRent: offer.coldRent,
    runningCosts: offer.runningCosts,
    deposit: offer.deposit,
    furnished: offer.furnished,
    kitchen: offer.kitchen,
    ownBathroom: offer.ownBathroom,
    barrierFree: offer.barrierFree,
    petsAllowed: offer.petsAllowed,
    smokingAllowed: offer.smokingAllowed,
    languages: offer.languages,
    contact: {
      name: offer.showName ? offer.contactName : null,
      phone: offer.showPhone ? offer.contactPhone : null,
      email: offer.showEmail ? offer.contactEmail : null,
    },
    publishedAt: (offer.confirmedAt ?? offer.createdAt).toISOString(),
    expiresAt: offer.expiresAt!.toISOString(),
  }));
}

export function listingTag(regionSlug: string): string {
  return `listing:${regionSlug}`;
}

/**
 * The active offers of a region, newest first, from the cache: a burst of QR-code scans does not reach the
 * database. Every change to a region's offers expires its entry at once (`revalidateListing`).
 */
export function getListing(regionSlug: string): Promise<PublicOffer[]> {
  return unstable_cache(() => queryListing(regionSlug), ["listing", regionSlug], {
    tags: [listingTag(regionSlug)],
    revalidate: 3600,
  })();
}

/** One active offer of a region, from the same cached listing: its detail page costs no query either. */
export async function getListedOffer(regionSlug: string, offerId: string): Promise<PublicOffer | null> {
  return (await getListing(regionSlug)).find((offer) => offer.id === offerId) ?? null;
}

/**
 * The region of a listing page from the cache, so that the filtered listing (rendered per request) does not query
 * the database per visitor either. The cache holds JSON, so the dates are restored.
 */
export async function getListingRegion(site: string): Promise<SiteRegion | null> {
  const region = await unstable_cache(() => getRegion(site), ["listing-region", site], {
    tags: [listingTag(site)],
    revalidate: 3600,
  })();
  return region && { ...region, createdAt: new Date(region.createdAt), updatedAt: new Date(region.updatedAt) };
}

/**
 * Expires the region's cached listing immediately (not stale-while-revalidate): a deleted offer vanishes now, from
 * the listing pages and from its detail page, which are built from the same tagged entry.
 */
export function revalidateListing(regionSlug: string): void {
  revalidateTag(listingTag(regionSlug), { expire: 0 });
}
