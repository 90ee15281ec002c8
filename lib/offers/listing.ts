import "server-only";
import { randomUUID } from "node:crypto";
import { revalidateTag, unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import type { Offer, Prisma } from "@/lib/db/generated/client";
import type { PublicOffer } from "./public-offer";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function activeOffersOf(regionSlug: string) {
  return { regionSlug, status: "ACTIVE", expiresAt: { gt: new Date() } } satisfies Prisma.OfferWhereInput;
}

/** What the listing shows of an offer row (also what the search alerts match). */
export function toPublicOffer(offer: Offer): PublicOffer {
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    textLanguage: offer.locale,
    place: offer.place,
    postalCode: offer.postalCode,
    type: offer.type,
    rooms: offer.rooms.toNumber(),
    areaSqm: offer.areaSqm,
    beds: offer.beds,
    availableFrom: isoDate(offer.availableFrom),
    availableUntil: offer.availableUntil && isoDate(offer.availableUntil),
    rentType: offer.rentType,
    coldRent: offer.coldRent,
    runningCosts: offer.runningCosts,
    deposit: offer.deposit,
    furnished: offer.furnished,
    kitchen: offer.kitchen,
    ownBathroom: offer.ownBathroom,
    barrierFree: offer.barrierFree,
    catsAllowed: offer.catsAllowed,
    dogsAllowed: offer.dogsAllowed,
    otherPetsAllowed: offer.otherPetsAllowed,
    smokingAllowed: offer.smokingAllowed,
    lgbtiqFriendly: offer.lgbtiqFriendly,
    residents: offer.residents,
    residentCount: offer.residentCount,
    hostType: offer.hostType,
    languages: offer.languages,
    contact: {
      name: offer.showName ? offer.contactName : null,
      phone: offer.showPhone ? offer.contactPhone : null,
      email: offer.showEmail ? offer.contactEmail : null,
    },
    takesContactRequests: offer.contactRequests === "OPEN",
    checkedByRegion: offer.landlordChecked,
    // Where the municipality checks offers first, the offer is listed from its approval.
    publishedAt: (offer.approvedAt ?? offer.confirmedAt ?? offer.createdAt).toISOString(),
    expiresAt: offer.expiresAt!.toISOString(),
  };
}

/*
 * unstable_cache does not store an entry over 2 MB (it warns and queries again on every render), and a large
 * region's listing is far bigger. So the listing is cached in parts: part i of n holds the offers whose id (a
 * random UUID) falls into the i-th of n equal ranges. An offer takes at most about 10,000 characters of the
 * cache's JSON, so parts of 100 offers on average stay well below the limit. n is a power of two, kept in its own
 * small entry: it changes only when a region doubles or halves, so old parts do not pile up in the cache.
 *
 * A change to one offer expires the shape (and with it every page built from the listing) and only the part that
 * holds the offer, under every n: the next render reads one part from the database, not the whole region.
 */
const offersPerPart = 100;
/** 4,096 parts hold 409,600 offers at 100 a part; a region beyond that has larger parts, not more tags per change. */
const maxParts = 2 ** 12;
const idRange = 2 ** 32;

/** How the listing is split, and a new `version` whenever it was read from the database again. */
type ListingShape = { parts: number; version: string };

function cachedListingEntry<T>(tags: string[], key: string[], query: () => Promise<T>): Promise<T> {
  return unstable_cache(query, key, { tags, revalidate: 3600 })();
}

function listingShape(regionSlug: string): Promise<ListingShape> {
  return cachedListingEntry([listingTag(regionSlug)], ["listing-shape", regionSlug], async () => {
    const count = await db().offer.count({ where: activeOffersOf(regionSlug) });
    const parts = Math.min(maxParts, 2 ** Math.max(0, Math.ceil(Math.log2(count / offersPerPart))));
    return { parts, version: randomUUID() };
  });
}

/** The smallest UUID of part `part` of `parts`: the first 32 bits pick the part. */
function firstIdOfPart(part: number, parts: number): string {
  return `${((part * idRange) / parts).toString(16).padStart(8, "0")}-0000-0000-0000-000000000000`;
}

function partOfOffer(offerId: string, parts: number): number | null {
  if (!/^[0-9a-f]{8}-/.test(offerId)) return null;
  return Math.floor((Number.parseInt(offerId.slice(0, 8), 16) * parts) / idRange);
}

/** Every part of a region's listing, whatever the number of parts. */
function listingPartsTag(regionSlug: string): string {
  return `listing-parts:${regionSlug}`;
}

function listingPartTag(regionSlug: string, part: number, parts: number): string {
  return `listing-part:${regionSlug}:${parts}:${part}`;
}

function listingPart(regionSlug: string, part: number, parts: number): Promise<PublicOffer[]> {
  const tags = [listingPartsTag(regionSlug), listingPartTag(regionSlug, part, parts)];
  return cachedListingEntry(tags, ["listing-part", String(parts), String(part), regionSlug], async () => {
    const offers = await db().offer.findMany({
      where: {
        ...activeOffersOf(regionSlug),
        id: {
          ...(part > 0 && { gte: firstIdOfPart(part, parts) }),
          ...(part + 1 < parts && { lt: firstIdOfPart(part + 1, parts) }),
        },
      },
    });
    return offers.map(toPublicOffer);
  });
}

/** The shape of a region's listing and every page built from it. */
export function listingTag(regionSlug: string): string {
  return `listing:${regionSlug}`;
}

const newestFirst = (a: PublicOffer, b: PublicOffer) =>
  a.publishedAt === b.publishedAt ? (a.id < b.id ? -1 : 1) : a.publishedAt < b.publishedAt ? 1 : -1;

/**
 * The last listing put together per region in this process. Reading all parts means parsing every offer's JSON
 * (about 10 MB for 10,000 offers); the small shape entry tells whether the parts changed since, because every
 * change of the region's offers expires the shape together with the parts it touched.
 */
const assembled = new Map<string, { version: string; offers: PublicOffer[] }>();

/**
 * The active offers of a region, newest first, from the cache: a burst of QR-code scans does not reach the
 * database. Every change to a region's offers expires its entries at once (`revalidateListing`). The list is
 * shared by all requests: filter, slice or copy it, never sort it in place.
 */
export async function getListing(regionSlug: string): Promise<PublicOffer[]> {
  const { parts, version } = await listingShape(regionSlug);
  const known = assembled.get(regionSlug);
  if (known?.version === version) return known.offers;
  const offers = await Promise.all(Array.from({ length: parts }, (_, part) => listingPart(regionSlug, part, parts)));
  const listing = offers.flat().sort(newestFirst);
  assembled.set(regionSlug, { version, offers: listing });
  return listing;
}

/** One active offer of a region, from the cached part of the listing that holds it: its detail page costs no query. */
export async function getListedOffer(regionSlug: string, offerId: string): Promise<PublicOffer | null> {
  const { parts } = await listingShape(regionSlug);
  const part = partOfOffer(offerId, parts);
  if (part === null) return null;
  return (await listingPart(regionSlug, part, parts)).find((offer) => offer.id === offerId) ?? null;
}

/**
 * Expires the region's cached listing immediately (not stale-while-revalidate): a deleted offer vanishes now, from
 * the listing pages and from its detail page, which are built from the same tagged entries. Given the offer that
 * changed, only its part is read again (under every number of parts, so no part kept from an earlier size of the
 * region comes back stale); without it (the expiry job, many offers at once) every part is.
 */
export function revalidateListing(regionSlug: string, changedOfferId?: string): void {
  const expire = (tag: string) => revalidateTag(tag, { expire: 0 });
  expire(listingTag(regionSlug));
  const partsOfOffer = changedOfferId === undefined ? null : partsHolding(changedOfferId);
  if (partsOfOffer === null) expire(listingPartsTag(regionSlug));
  else for (const [part, parts] of partsOfOffer) expire(listingPartTag(regionSlug, part, parts));
}

/** The part holding the offer for each number of parts a listing can have, or null for an id that is no UUID. */
function partsHolding(offerId: string): [part: number, parts: number][] | null {
  const all: [number, number][] = [];
  for (let parts = 1; parts <= maxParts; parts *= 2) {
    const part = partOfOffer(offerId, parts);
    if (part === null) return null;
    all.push([part, parts]);
  }
  return all;
}
