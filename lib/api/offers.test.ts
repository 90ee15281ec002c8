import { describe, expect, it } from "vitest";
import type { PublicOffer } from "@/lib/offers/public-offer";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { offersBody, serializedOffersBody } from "./offers";
import { openApiDocument } from "./openapi";
import { openApiChecker } from "./openapi-checker";
import type { ListedRegion } from "./regions";

const region: ListedRegion = {
  slug: "augsburg",
  name: "Stadt Augsburg",
  hostnames: [],
  listingLocales: ["de", "uk"],
  postalCodes: ["86150-86199"],
};

const offer: PublicOffer = {
  id: "5f0c7a52-8a0e-4a43-9a39-2b1f3d1c9e11",
  title: "Helle 2-Zimmer-Wohnung am Park",
  description: "Ruhige Lage, Bus in 3 Minuten.",
  textLanguage: "de",
  place: "Innenstadt",
  postalCode: "86150",
  type: "FLAT",
  rooms: 2.5,
  areaSqm: 48,
  beds: 3,
  availableFrom: "2026-12-01",
  availableUntil: null,
  rentType: "RENTED",
  coldRent: 450,
  runningCosts: 120,
  deposit: null,
  furnished: true,
  kitchen: true,
  ownBathroom: true,
  barrierFree: false,
  catsAllowed: false,
  dogsAllowed: false,
  otherPetsAllowed: false,
  smokingAllowed: false,
  lgbtiqFriendly: false,
  residents: null,
  residentCount: null,
  hostType: null,
  languages: ["de", "uk"],
  contact: { name: "Erika Gastfreundlich", phone: null, email: null },
  takesContactRequests: true,
  checkedByRegion: false,
  publishedAt: "2026-11-26T08:00:00.000Z",
  expiresAt: "2026-12-03T08:00:00.000Z",
};

const checker = openApiChecker(openApiDocument);
const appUrl = "http://127.0.0.1:3100"; // tests/setup/database.ts

describe("offersBody", () => {
  it("publishes stable codes and the German detail page without lang, as documented", async () => {
    const body = await offersBody(region, [offer], undefined);

    expect(checker.bodyErrors("/{city}/offers", 200, body)).toEqual([]);
    expect(body.region).toEqual({ slug: "augsburg", name: "Stadt Augsburg" });
    const [published] = body.offers;
    expect(published).toMatchObject({ type: "FLAT", languages: ["de", "uk"], rooms: 2.5, coldRent: 450 });
    expect(published).not.toHaveProperty("typeLabel");
    expect(published).not.toHaveProperty("languageLabels");
    expect(published.detailUrl).toBe(`${appUrl}/augsburg/findflats/${offer.id}`);
  });

  it("adds the labels of the requested language and links its detail page", async () => {
    const body = await offersBody(region, [offer], "uk");

    expect(checker.bodyErrors("/{city}/offers", 200, body)).toEqual([]);
    const [published] = body.offers;
    expect(published.typeLabel).toBe(uk.Enums.type.FLAT);
    expect(published.languageLabels).toEqual({ de: uk.Enums.language.de, uk: uk.Enums.language.uk });
    expect(published.detailUrl).toBe(`${appUrl}/uk/augsburg/findflats/${offer.id}`);
  });

  it("publishes an offer free at first with its later rent, and the booleans older clients read", async () => {
    const freeThenRent = { ...offer, rentType: "FREE_THEN_RENT" as const };
    const [german] = (await offersBody(region, [freeThenRent], undefined)).offers;
    expect(german).toMatchObject({ rentType: "FREE_THEN_RENT", freeOfCharge: true, rentLater: true, coldRent: 450, runningCosts: 120 });
    expect(german).not.toHaveProperty("rentLabel");
    const body = await offersBody(region, [freeThenRent], "en");
    expect(checker.bodyErrors("/{city}/offers", 200, body)).toEqual([]);
    expect(body.offers[0].rentLabel).toBe("free at first, later €450 + €120 utilities");
    const [rented] = (await offersBody(region, [offer], undefined)).offers;
    expect(rented).toMatchObject({ rentType: "RENTED", freeOfCharge: false, rentLater: false });
  });

  it("links the German detail page when the region does not list in the requested language", async () => {
    const body = await offersBody(region, [offer], "en");

    expect(body.offers[0].typeLabel).toBe(en.Enums.type.FLAT);
    expect(body.offers[0].detailUrl).toBe(`${appUrl}/augsburg/findflats/${offer.id}`);
  });

  it("passes on only the contact details the listing made public", async () => {
    const shown = { ...offer, contact: { name: null, phone: "0821 123456", email: null } };
    const body = await offersBody(region, [shown], undefined);

    expect(body.offers[0].contact).toEqual({ name: null, phone: "0821 123456", email: null });
  });

  it("leaves out a language code the API does not document", async () => {
    const body = await offersBody(region, [{ ...offer, languages: ["uk", "xx"] }], "de");

    expect(body.offers[0].languages).toEqual(["uk"]);
    expect(body.offers[0].languageLabels).toEqual({ uk: "Ukrainisch" });
    expect(checker.bodyErrors("/{city}/offers", 200, body)).toEqual([]);
  });

  it("fails the documented schema when a field is added or a code changes", async () => {
    const [published] = (await offersBody(region, [offer], undefined)).offers;
    const changed = {
      region: { slug: "augsburg", name: "Stadt Augsburg" },
      offers: [{ ...published, type: "Flat", street: "Hauptstr. 1" }],
    };

    expect(checker.bodyErrors("/{city}/offers", 200, changed).join("\n")).toMatch(/street[\s\S]*\/offers\/0\/type/);
  });
});

describe("serializedOffersBody", () => {
  it("serializes a listing once per language and region, and anew when the listing changes", async () => {
    const listing = [offer];
    const german = await serializedOffersBody(region, listing, undefined);

    expect(JSON.parse(german.body)).toEqual(await offersBody(region, listing, undefined));
    // The same listing asked again: the very same body, not a rebuilt copy.
    expect(await serializedOffersBody(region, listing, undefined)).toBe(german);
    // Another language, another hostname, a changed listing (a new list): each gets a body of its own.
    const ukrainian = await serializedOffersBody(region, listing, "uk");
    expect(ukrainian).not.toBe(german);
    expect(JSON.parse(ukrainian.body)).toEqual(await offersBody(region, listing, "uk"));
    const onHostname = await serializedOffersBody({ ...region, hostnames: ["wohnraum.augsburg.de"] }, listing, undefined);
    expect(JSON.parse(onHostname.body).offers[0].detailUrl).toContain("wohnraum.augsburg.de");
    const changed = await serializedOffersBody(region, [{ ...offer, title: "Neu" }], undefined);
    expect(JSON.parse(changed.body).offers[0].title).toBe("Neu");
    expect(changed.etag).not.toBe(german.etag);
  });
});
