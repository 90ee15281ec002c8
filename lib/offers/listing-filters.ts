import { z } from "zod";
import { pageOfList, type PageOfList } from "@/lib/pagination";
import { accommodationTypes, landlordLanguages, petKinds, type PetKind } from "./offer-schema";
import type { PublicOffer } from "./public-offer";

/**
 * Filtering, sorting and paging of a region's cached listing. Pure functions: every visitor's filter is served
 * from the one cached list, never by a database query.
 */

export const offersPerPage = 20;
export const listingSorts = ["newest", "rent"] as const;
export type ListingSort = (typeof listingSorts)[number];

type QueryValue = string | string[] | undefined;
/** The query string as Next.js hands it to a page (`searchParams`). */
export type ListingSearchParams = Record<string, QueryValue>;

/** A repeated parameter counts once; an empty form field counts as not given. */
function singleValue(value: unknown): unknown {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
}

/** A malformed parameter is dropped, so a hand-edited or outdated link still shows offers instead of an error. */
function lenient<T extends z.ZodType>(schema: T) {
  return z.preprocess(singleValue, schema.optional()).catch(undefined);
}

// "1,5" is how German users type one and a half rooms.
const decimal = (min: number, max: number) =>
  z.preprocess((value) => (typeof value === "string" ? value.trim().replace(",", ".") : value), z.coerce.number().min(min).max(max));
const wholeNumber = (min: number, max: number) => decimal(min, max).pipe(z.number().int());
const flag = z.preprocess(singleValue, z.enum(["1", "on", "true"]).optional()).catch(undefined).transform(Boolean);

export const listingQuerySchema = z.object({
  beds: lenient(wholeNumber(1, 30)),
  rooms: lenient(decimal(0.5, 20)),
  maxRent: lenient(wholeNumber(0, 100_000)),
  free: flag,
  from: lenient(z.iso.date()),
  type: lenient(z.enum(accommodationTypes)),
  place: lenient(z.string().trim().max(80)),
  pets: lenient(z.enum(petKinds)),
  barrierFree: flag,
  lgbtiq: flag,
  /** Only offers of landlords the municipality checked (lib/review/checked-landlords.ts). */
  checked: flag,
  language: lenient(z.enum(landlordLanguages)),
  sort: z.preprocess(singleValue, z.enum(listingSorts)).catch("newest"),
  page: lenient(wholeNumber(1, 100_000)).transform((page) => page ?? 1),
});

export type ListingQuery = z.output<typeof listingQuerySchema>;
export type ListingFilters = Omit<ListingQuery, "sort" | "page">;

/** Reads filters, sort order and page from a query string; anything unusable falls back to its default. */
/** The query string exactly as the visitor sent it (for links to the same search in another language). */
export function searchString(searchParams: ListingSearchParams): string {
  const entries = Object.entries(searchParams).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((item) => [key, item]),
  );
  return new URLSearchParams(entries).toString();
}

export function parseListingQuery(searchParams: ListingSearchParams): ListingQuery {
  return listingQuerySchema.parse(searchParams);
}

/** The same from a URL's query (a route handler's request, or `searchString`'s result). */
export function parseListingSearch(search: URLSearchParams): ListingQuery {
  const params: Record<string, string[]> = {};
  for (const [name, value] of search) (params[name] ??= []).push(value);
  return parseListingQuery(params);
}

/** Cold rent plus running costs per month now; an offer that is free, even if only at first, costs nothing. */
export function totalRent(offer: Pick<PublicOffer, "rentType" | "coldRent" | "runningCosts">): number {
  return offer.rentType === "RENTED" ? (offer.coldRent ?? 0) + (offer.runningCosts ?? 0) : 0;
}

/** Whether an offer can be moved into on `date`: available by then and not ended before it. */
function availableOn(offer: PublicOffer, date: string): boolean {
  return offer.availableFrom <= date && (offer.availableUntil === null || offer.availableUntil >= date);
}

export function allowsPet(offer: PublicOffer, pet: PetKind): boolean {
  return { CAT: offer.catsAllowed, DOG: offer.dogsAllowed, OTHER: offer.otherPetsAllowed }[pet];
}

/** Landlords type their place: "Königsbrunn" and "königsbrunn " are the same place. */
const placeKey = (place: string) => place.trim().toLocaleLowerCase("de");
export const samePlace = (a: string, b: string) => placeKey(a) === placeKey(b);

/** A place of a region's current offers, as the place filter offers it. */
export type ListingPlace = { place: string; postalCodes: string[]; offerCount: number };

const placesOfListing = new WeakMap<PublicOffer[], ListingPlace[]>();

/**
 * The places of a listing's offers, in alphabetical order, each with its postal codes and number of offers. Worked
 * out once per cached listing (the shared array stands for one version of it), not per visitor.
 */
export function listingPlaces(offers: PublicOffer[]): ListingPlace[] {
  const known = placesOfListing.get(offers);
  if (known) return known;
  const byKey = new Map<string, { place: string; postalCodes: Set<string>; offerCount: number }>();
  for (const offer of offers) {
    const key = placeKey(offer.place);
    const entry = byKey.get(key) ?? { place: offer.place.trim(), postalCodes: new Set<string>(), offerCount: 0 };
    entry.postalCodes.add(offer.postalCode);
    entry.offerCount++;
    byKey.set(key, entry);
  }
  const places = [...byKey.values()]
    .map(({ place, postalCodes, offerCount }) => ({ place, postalCodes: [...postalCodes].sort(), offerCount }))
    .sort((a, b) => a.place.localeCompare(b.place, "de"));
  placesOfListing.set(offers, places);
  return places;
}

export function matchesFilters(offer: PublicOffer, filters: ListingFilters): boolean {
  return (
    (filters.beds === undefined || offer.beds >= filters.beds) &&
    (filters.rooms === undefined || offer.rooms >= filters.rooms) &&
    (filters.maxRent === undefined || totalRent(offer) <= filters.maxRent) &&
    // Free now: free of charge, or free at first.
    (!filters.free || offer.rentType !== "RENTED") &&
    (filters.from === undefined || availableOn(offer, filters.from)) &&
    (filters.type === undefined || offer.type === filters.type) &&
    (filters.place === undefined || samePlace(offer.place, filters.place)) &&
    (filters.pets === undefined || allowsPet(offer, filters.pets)) &&
    (!filters.barrierFree || offer.barrierFree) &&
    (!filters.lgbtiq || offer.lgbtiqFriendly) &&
    (!filters.checked || offer.checkedByRegion) &&
    (filters.language === undefined || offer.languages.includes(filters.language))
  );
}

const newestFirst = (a: PublicOffer, b: PublicOffer) => b.publishedAt.localeCompare(a.publishedAt);

export function sortOffers(offers: PublicOffer[], sort: ListingSort): PublicOffer[] {
  const byRent = (a: PublicOffer, b: PublicOffer) => totalRent(a) - totalRent(b) || newestFirst(a, b);
  return offers.toSorted(sort === "rent" ? byRent : newestFirst);
}

export type ListingPage = PageOfList & {
  offers: PublicOffer[];
  /** Offers matching the filters, on all pages. */
  total: number;
};

/** One page of offers; a page number past the end shows the last page. */
export function paginate(offers: PublicOffer[], requested: number): ListingPage {
  const { page, pageCount, start } = pageOfList(requested, offers.length, offersPerPage);
  return { offers: offers.slice(start, start + offersPerPage), total: offers.length, page, pageCount };
}

/** Filters, sorts and pages a region's listing as the query asks. */
export function searchListing(offers: PublicOffer[], query: ListingQuery): ListingPage {
  const matching = offers.filter((offer) => matchesFilters(offer, query));
  return paginate(sortOffers(matching, query.sort), query.page);
}

export function hasFilters(query: ListingQuery): boolean {
  const { sort, page, ...filters } = query;
  return Object.values(filters).some((value) => value !== undefined && value !== false);
}

/**
 * The query string of a search, only with what differs from the defaults: the links to other pages keep the
 * visitor's filters and stay short.
 */
export function listingQueryString(query: ListingQuery, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === "page" || value === undefined || value === false) continue;
    if (name === "sort" && value === "newest") continue;
    params.set(name, value === true ? "1" : String(value));
  }
  if (page > 1) params.set("page", String(page));
  return params.toString();
}
