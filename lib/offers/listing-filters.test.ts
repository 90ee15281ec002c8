import { describe, expect, it } from "vitest";
import {
  hasFilters,
  listingQueryString,
  listingPlaces,
  offersPerPage,
  parseListingQuery,
  searchListing,
  searchString,
  totalRent,
} from "./listing-filters";
import type { PublicOffer } from "./public-offer";

let sequence = 0;

/** A free room for two, published a minute after the previous one (so the last one built is the newest). */
function offer(overrides: Partial<PublicOffer> = {}): PublicOffer {
  sequence += 1;
  return {
    id: `offer-${sequence}`,
    title: `Zimmer ${sequence}`,
    description: "",
    textLanguage: "de",
    place: "Musterhausen",
    postalCode: "12345",
    type: "ROOM",
    rooms: 1,
    areaSqm: 16,
    beds: 2,
    availableFrom: "2026-12-01",
    availableUntil: null,
    rentType: "FREE",
    coldRent: null,
    runningCosts: null,
    deposit: null,
    furnished: false,
    kitchen: false,
    ownBathroom: false,
    barrierFree: false,
    catsAllowed: false,
    dogsAllowed: false,
    otherPetsAllowed: false,
    smokingAllowed: false,
    lgbtiqFriendly: false,
    residents: null,
    residentCount: null,
    hostType: null,
    languages: [],
    contact: { name: null, phone: null, email: null },
    takesContactRequests: true,
    checkedByRegion: false,
    publishedAt: new Date(Date.UTC(2026, 10, 1, 0, sequence)).toISOString(),
    expiresAt: "2026-12-31T00:00:00.000Z",
    ...overrides,
  };
}

const rented = (coldRent: number, runningCosts: number | null = null) => ({ rentType: "RENTED" as const, coldRent, runningCosts });
const titles = (offers: PublicOffer[]) => offers.map((entry) => entry.title);
const search = (offers: PublicOffer[], query: Record<string, string | string[]>) =>
  titles(searchListing(offers, parseListingQuery(query)).offers);

describe("parseListingQuery", () => {
  it("reads every filter of the form", () => {
    expect(
      parseListingQuery({
        beds: "3",
        rooms: "1,5",
        maxRent: "600",
        free: "1",
        from: "2026-12-24",
        type: "FLAT",
        place: " Königsbrunn ",
        pets: "DOG",
        barrierFree: "on",
        lgbtiq: "1",
        checked: "1",
        language: "uk",
        sort: "rent",
        page: "2",
      }),
    ).toEqual({
      beds: 3,
      rooms: 1.5,
      maxRent: 600,
      free: true,
      from: "2026-12-24",
      type: "FLAT",
      place: "Königsbrunn",
      pets: "DOG",
      barrierFree: true,
      lgbtiq: true,
      checked: true,
      language: "uk",
      sort: "rent",
      page: 2,
    });
  });

  it("drops malformed parameters one by one and keeps the good ones", () => {
    const query = parseListingQuery({
      beds: "zwei",
      rooms: "-1",
      maxRent: "1e9",
      free: "maybe",
      from: "2026-13-45",
      type: "CASTLE",
      language: "xx",
      sort: "cheapest",
      page: "0",
      pets: ["CAT", "junk"],
      lgbtiq: "perhaps",
      place: "x".repeat(81),
    });
    expect(query).toEqual({
      beds: undefined,
      rooms: undefined,
      maxRent: undefined,
      free: false,
      from: undefined,
      type: undefined,
      place: undefined,
      pets: "CAT",
      barrierFree: false,
      lgbtiq: false,
      checked: false,
      language: undefined,
      sort: "newest",
      page: 1,
    });
    expect(hasFilters(query)).toBe(true);
  });

  it("treats empty form fields as not given", () => {
    const query = parseListingQuery({ beds: "", rooms: " ", maxRent: "", from: "", type: "", language: "", sort: "" });
    expect(hasFilters(query)).toBe(false);
    expect(query.sort).toBe("newest");
  });
});

describe("searchListing", () => {
  it("filters by beds, rooms, total rent, type, pets, barrier-free and language", () => {
    const offers = [
      offer({ title: "small free room" }),
      offer({ title: "family flat", type: "FLAT", rooms: 3, beds: 5, ...rented(500, 150), catsAllowed: true, dogsAllowed: true }),
      offer({ title: "cheap flat", type: "FLAT", rooms: 2, beds: 3, ...rented(400, 100), barrierFree: true }),
      offer({ title: "ukrainian house", type: "HOUSE", rooms: 5, beds: 8, languages: ["uk", "de"] }),
    ];
    expect(search(offers, { beds: "3" })).toEqual(["ukrainian house", "cheap flat", "family flat"]);
    expect(search(offers, { rooms: "2,5" })).toEqual(["ukrainian house", "family flat"]);
    // Cold rent plus running costs: 650 is too much, 500 fits; free offers always fit.
    expect(search(offers, { maxRent: "600" })).toEqual(["ukrainian house", "cheap flat", "small free room"]);
    expect(search(offers, { free: "1" })).toEqual(["ukrainian house", "small free room"]);
    expect(search(offers, { type: "FLAT" })).toEqual(["cheap flat", "family flat"]);
    expect(search(offers, { pets: "CAT" })).toEqual(["family flat"]);
    expect(search(offers, { pets: "OTHER" })).toEqual([]);
    expect(search(offers, { barrierFree: "1" })).toEqual(["cheap flat"]);
    expect(search(offers, { language: "uk" })).toEqual(["ukrainian house"]);
    expect(search(offers, { type: "FLAT", beds: "4" })).toEqual(["family flat"]);
    expect(search(offers, { type: "FLAT", pets: "DOG", barrierFree: "1" })).toEqual([]);
  });

  it("filters by kind of pet, LGBTIQ-friendliness, checked landlords and place; free includes free at first", () => {
    const offers = [
      offer({ title: "cats in Nord", place: "Musterhausen-Nord", postalCode: "12347", catsAllowed: true }),
      offer({ title: "dogs in Mitte", place: "Musterhausen-Mitte", dogsAllowed: true, lgbtiqFriendly: true, checkedByRegion: true }),
      offer({ title: "rabbits in nord", place: " musterhausen-nord", otherPetsAllowed: true, ...rented(900), rentType: "FREE_THEN_RENT" }),
      offer({ title: "rented in Mitte", place: "Musterhausen-Mitte", ...rented(400) }),
    ];
    expect(search(offers, { pets: "CAT" })).toEqual(["cats in Nord"]);
    expect(search(offers, { pets: "DOG" })).toEqual(["dogs in Mitte"]);
    expect(search(offers, { pets: "OTHER" })).toEqual(["rabbits in nord"]);
    expect(search(offers, { lgbtiq: "1" })).toEqual(["dogs in Mitte"]);
    // Offers of landlords the municipality checked.
    expect(search(offers, { checked: "1" })).toEqual(["dogs in Mitte"]);
    // The same place however the landlords typed it.
    expect(search(offers, { place: "Musterhausen-Nord" })).toEqual(["rabbits in nord", "cats in Nord"]);
    expect(search(offers, { place: "musterhausen-mitte", free: "1" })).toEqual(["dogs in Mitte"]);
    expect(search(offers, { free: "1" })).toEqual(["rabbits in nord", "dogs in Mitte", "cats in Nord"]);
    // An old link's "pets=1" and an unknown place are no error: the first is dropped, the second finds nothing.
    expect(search(offers, { pets: "1" })).toHaveLength(4);
    expect(search(offers, { place: "Atlantis" })).toEqual([]);
  });

  it("lists the places of a listing once, with their postal codes and offer counts, in German order", () => {
    const offers = [
      offer({ place: "Zusmarshausen", postalCode: "86441" }),
      offer({ place: "Königsbrunn", postalCode: "86343" }),
      offer({ place: "königsbrunn ", postalCode: "86343" }),
      offer({ place: "Augsburg", postalCode: "86150" }),
      offer({ place: "Augsburg", postalCode: "86152" }),
    ];
    const places = listingPlaces(offers);
    expect(places).toEqual([
      { place: "Augsburg", postalCodes: ["86150", "86152"], offerCount: 2 },
      { place: "Königsbrunn", postalCodes: ["86343"], offerCount: 2 },
      { place: "Zusmarshausen", postalCodes: ["86441"], offerCount: 1 },
    ]);
    // Worked out once per cached listing: the same list answers again.
    expect(listingPlaces(offers)).toBe(places);
  });

  it("keeps offers that can be moved into on the wanted date", () => {
    const offers = [
      offer({ title: "from december", availableFrom: "2026-12-01" }),
      offer({ title: "from january", availableFrom: "2027-01-01" }),
      offer({ title: "november only", availableFrom: "2026-11-01", availableUntil: "2026-11-30" }),
    ];
    expect(search(offers, { from: "2026-12-15" })).toEqual(["from december"]);
    expect(search(offers, { from: "2027-01-01" })).toEqual(["from january", "from december"]);
    expect(search(offers, { from: "2026-11-30" })).toEqual(["november only"]);
  });

  it("sorts by newest or by total rent, newest first among equal rents", () => {
    const offers = [
      offer({ title: "700", ...rented(600, 100) }),
      offer({ title: "free, older" }),
      offer({ title: "450", ...rented(450) }),
      offer({ title: "free, newer" }),
    ];
    expect(search(offers, {})).toEqual(["free, newer", "450", "free, older", "700"]);
    expect(search(offers, { sort: "rent" })).toEqual(["free, newer", "free, older", "450", "700"]);
    expect(offers.map(totalRent)).toEqual([700, 0, 450, 0]);
  });

  it("shows twenty offers per page and the last page for a page past the end", () => {
    const offers = Array.from({ length: 45 }, (_, index) => offer({ title: `#${index}` }));
    const first = searchListing(offers, parseListingQuery({}));
    expect(first).toMatchObject({ total: 45, page: 1, pageCount: 3 });
    expect(first.offers).toHaveLength(offersPerPage);
    expect(first.offers[0].title).toBe("#44");

    const second = searchListing(offers, parseListingQuery({ page: "2" }));
    expect(titles(second.offers)).toEqual(Array.from({ length: 20 }, (_, index) => `#${24 - index}`));

    const pastTheEnd = searchListing(offers, parseListingQuery({ page: "9" }));
    expect(pastTheEnd).toMatchObject({ page: 3, pageCount: 3 });
    expect(titles(pastTheEnd.offers)).toEqual(["#4", "#3", "#2", "#1", "#0"]);
  });

  it("has one empty page when nothing matches", () => {
    expect(searchListing([offer()], parseListingQuery({ type: "HOUSE" }))).toEqual({
      offers: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
  });
});

describe("listingQueryString", () => {
  it("keeps the filters, leaves out defaults and sets the page", () => {
    const query = parseListingQuery({ beds: "2", pets: "CAT", place: "Bad Wörishofen", sort: "rent", type: "", page: "3" });
    expect(listingQueryString(query, 2)).toBe("beds=2&place=Bad+W%C3%B6rishofen&pets=CAT&sort=rent&page=2");
    expect(listingQueryString(query, 1)).toBe("beds=2&place=Bad+W%C3%B6rishofen&pets=CAT&sort=rent");
    expect(listingQueryString(parseListingQuery({}), 1)).toBe("");
  });
});

describe("searchString", () => {
  it("gives the query back as sent, in its order, repeated parameters included", () => {
    expect(searchString({ free: "1", sort: "newest", lang: ["uk", "ru"], empty: undefined })).toBe(
      "free=1&sort=newest&lang=uk&lang=ru",
    );
    expect(searchString({ q: "a&b=c" })).toBe("q=a%26b%3Dc");
  });
});
