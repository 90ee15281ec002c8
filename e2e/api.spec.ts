import { readFileSync } from "node:fs";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import {
  fillOfferForm,
  formPath,
  linkTo,
  offerForm,
  publishOffer,
  startsWith,
  tokenOf,
  translator,
  uniqueSuffix,
} from "./support/offers";
import { test } from "./support/test";
import { openApiChecker } from "../lib/api/openapi-checker";

/**
 * The public API against the real server: every answer is checked against the OpenAPI document the
 * server itself serves, and the offer in it is one a landlord published through the form and the mail link.
 */

const offersPath = `/api/v1/${SEEDED_REGION}/offers`;
const seededRegions: { slug: string; listingLocales: string[]; postalCodes: string[] }[] = JSON.parse(
  readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8"),
);

type Checker = ReturnType<typeof openApiChecker>;
type ApiOffer = { id: string; title: string; [field: string]: unknown };

let catcher: MailCatcher;
let checker: Checker;
let locales: string[];
const landlord = { title: "", email: "", phone: "0821 987654", name: "Erika Gastfreundlich" };

test.beforeAll(async ({ browser, playwright, mailCatcher }) => {
  catcher = mailCatcher;

  // A landlord offers a room, showing the name but neither the phone number nor the e-mail address.
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  const t = translator("de");
  const suffix = uniqueSuffix();
  landlord.title = `Zimmer für die App ${suffix}`;
  landlord.email = `landlord-${suffix}@example.test`;
  await page.goto(formPath("de"));
  await fillOfferForm(page, t, { title: landlord.title, email: landlord.email });
  await page.getByLabel(startsWith(t("OfferForm.fields.contactPhone.label"))).fill(landlord.phone);
  await offerForm(page, t).submit.click();
  const confirmation = await catcher.waitForMail(
    (mail) =>
      mail.envelopeTo.includes(landlord.email) &&
      mail.subject === t("Mail.confirmation.subject", { title: landlord.title }),
  );
  const confirmLink = linkTo(confirmation, "bestaetigen");
  await publishOffer(page, catcher, { ...landlord, confirmation, confirmLink, token: tokenOf(confirmLink) });
  await context.close();

  const api = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const document = await (await api.get("/api/v1/openapi.json")).json();
  await api.dispose();
  checker = openApiChecker(document);
  const parameters: { name: string; schema: { enum: string[] } }[] = document.paths["/{city}/offers"].get.parameters;
  locales = parameters.find((parameter) => parameter.name === "lang")!.schema.enum;
});

/** Fetches GET `url` and checks status, body and headers against the document's path `documented`. */
async function documentedGet(request: APIRequestContext, url: string, documented: string, status: number) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(status);
  const body = await response.json();
  expect(checker.bodyErrors(documented, status, body), url).toEqual([]);
  expect(checker.headerErrors(documented, status, response.headers()), url).toEqual([]);
  return { response, body };
}

function offerTitled(body: { offers: ApiOffer[] }, title: string): ApiOffer {
  const offer = body.offers.find((candidate) => candidate.title === title);
  if (!offer) throw new Error(`"${title}" is not among the ${body.offers.length} offers`);
  return offer;
}

async function expectNoHiddenContact(response: APIResponse) {
  const text = await response.text();
  expect(text).not.toContain(landlord.email);
  expect(text).not.toContain("987654");
}

test("the OpenAPI document is served and describes both endpoints", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const document = await response.json();
  expect(document.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(document.paths)).toEqual(["/regions", "/{city}/offers"]);
  expect(locales).toContain("de");
  expect(locales).toContain("uk");
});

test("the offers come with stable codes, an absolute detail URL and only the public contact", async ({ request }) => {
  const { response, body } = await documentedGet(request, offersPath, "/{city}/offers", 200);

  expect(body.region).toEqual({ slug: SEEDED_REGION, name: expect.any(String) });
  const offer = offerTitled(body, landlord.title);
  expect(offer).toMatchObject({
    type: "ROOM",
    rooms: 1,
    beds: 2,
    areaSqm: 16,
    rentType: "FREE",
    coldRent: null,
    // Kept for older clients: free, at least at first.
    freeOfCharge: true,
    rentLater: false,
    furnished: true,
    catsAllowed: true,
    dogsAllowed: false,
    otherPetsAllowed: false,
    // Kept for older clients: any kind of pet.
    petsAllowed: true,
    lgbtiqFriendly: false,
    residents: "LANDLORD",
    residentCount: 2,
    hostType: "COUPLE",
    languages: ["uk"],
    // Filled in on the German form.
    textLanguage: "de",
    place: "Musterhausen-Süd",
    postalCode: "12349",
    contact: { name: landlord.name, phone: null, email: null },
  });
  expect(offer).not.toHaveProperty("typeLabel");
  expect(offer).not.toHaveProperty("heading");
  expect(offer).not.toHaveProperty("languageLabels");
  expect(offer).not.toHaveProperty("hostTypeLabel");
  expect(offer.detailUrl).toBe(`${E2E_BASE_URL}/${SEEDED_REGION}/findflats/${offer.id}`);
  await expectNoHiddenContact(response);

  // The URL leads to the offer's own page.
  const detail = await request.get(offer.detailUrl as string);
  expect(detail.status()).toBe(200);
  expect(await detail.text()).toContain(landlord.title);
});

test("with lang=uk the enum values carry Ukrainian labels and link the Ukrainian page", async ({ request }) => {
  const { response, body } = await documentedGet(request, `${offersPath}?lang=uk`, "/{city}/offers", 200);
  const t = translator("uk");

  const offer = offerTitled(body, landlord.title);
  expect(offer.type).toBe("ROOM");
  expect(offer.typeLabel).toBe(t("Enums.type.ROOM"));
  expect(offer.typeLabel).toBe("Кімната в квартирі");
  // What it is, in Ukrainian, to lead with; the landlord's German title follows.
  expect(offer.heading).toMatch(/^Кімната в квартирі · .* · Musterhausen-Süd · /);
  expect(offer.languages).toEqual(["uk"]);
  expect(offer.languageLabels).toEqual({ uk: t("Enums.language.uk") });
  expect(offer.hostTypeLabel).toBe("Пара");
  expect(offer.detailUrl).toBe(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/${offer.id}`);
  await expectNoHiddenContact(response);

  const detail = await request.get(offer.detailUrl as string);
  expect(detail.status()).toBe(200);
  expect(await detail.text()).toContain(landlord.title);
});

test("every language the document names is served, with labels from that language's messages", async ({ request }) => {
  const listed = seededRegions.find((region) => region.slug === SEEDED_REGION)!.listingLocales;
  for (const lang of locales) {
    const { body } = await documentedGet(request, `${offersPath}?lang=${lang}`, "/{city}/offers", 200);
    const { Enums } = JSON.parse(readFileSync(new URL(`../messages/${lang}.json`, import.meta.url), "utf8"));
    const offer = offerTitled(body, landlord.title);
    expect(offer.typeLabel, lang).toBe(Enums.type.ROOM);
    expect(offer.languageLabels, lang).toEqual({ uk: Enums.language.uk });
    expect(offer.hostTypeLabel, lang).toBe(Enums.hostType.COUPLE);
    // A language the region does not list in links the German page.
    const page = listed.includes(lang) && lang !== "de" ? `/${lang}` : "";
    expect(offer.detailUrl, lang).toBe(`${E2E_BASE_URL}${page}/${SEEDED_REGION}/findflats/${offer.id}`);
  }
});

test("answers are open to any origin, kept briefly by shared caches and revalidated by ETag", async ({ request }) => {
  const first = await request.get(offersPath);
  const headers = first.headers();
  expect(headers["access-control-allow-origin"]).toBe("*");
  expect(headers["cache-control"]).toBe("public, s-maxage=30, stale-while-revalidate=30");
  const etag = headers.etag;
  expect(etag).toMatch(/^W\/"[\w-]{43}"$/);

  // Unchanged: 304 without a body, with the same headers.
  const unchanged = await request.get(offersPath, { headers: { "If-None-Match": etag } });
  expect(unchanged.status()).toBe(304);
  expect(await unchanged.text()).toBe("");
  expect(unchanged.headers().etag).toBe(etag);
  expect(checker.headerErrors("/{city}/offers", 304, unchanged.headers())).toEqual([]);

  // Another answer has another tag, so an old tag gets the full answer.
  const ukrainian = await request.get(`${offersPath}?lang=uk`, { headers: { "If-None-Match": etag } });
  expect(ukrainian.status()).toBe(200);
  expect(ukrainian.headers().etag).not.toBe(etag);

  const regions = await request.get("/api/v1/regions");
  const regionsAgain = await request.get("/api/v1/regions", { headers: { "If-None-Match": regions.headers().etag } });
  expect(regionsAgain.status()).toBe(304);
});

test("a browser's CORS preflight for a GET with If-None-Match is allowed", async ({ request }) => {
  for (const path of [offersPath, "/api/v1/regions"]) {
    const response = await request.fetch(path, {
      method: "OPTIONS",
      headers: {
        Origin: "https://integreat.app",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(response.status(), path).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-methods"]).toContain("GET");
    expect(response.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
  }
});

test("an unknown city is a 404 with a JSON message", async ({ request }) => {
  const { response, body } = await documentedGet(request, "/api/v1/atlantis/offers?lang=uk", "/{city}/offers", 404);
  expect(body.error).toContain("atlantis");
  expect(response.headers()["content-type"]).toContain("application/json");
});

test("a bad parameter is a 400 naming it", async ({ request }) => {
  const cases = [
    { url: `${offersPath}?lang=xx`, documented: "/{city}/offers", parameter: "lang" },
    { url: `${offersPath}?lang=uk&lang=de`, documented: "/{city}/offers", parameter: "lang" },
    { url: `${offersPath}?language=uk`, documented: "/{city}/offers", parameter: "language" },
    { url: "/api/v1/regions?lang=uk", documented: "/regions", parameter: "lang" },
  ];
  for (const { url, documented, parameter } of cases) {
    const { body } = await documentedGet(request, url, documented, 400);
    expect(body.parameter, url).toBe(parameter);
    expect(body.error, url).toContain(`"${parameter}"`);
    expect(JSON.stringify(body), url).not.toMatch(/\bat \S+:\d+/);
  }
});

test("the regions come with the listing URL of each of their languages", async ({ request }) => {
  const { body } = await documentedGet(request, "/api/v1/regions", "/regions", 200);

  const slugs = body.regions.map((region: { slug: string }) => region.slug);
  // Against a shared PostgreSQL database other test runs may have added regions of their own.
  expect(slugs).toEqual(expect.arrayContaining(seededRegions.map((region) => region.slug)));
  expect(new Set(slugs).size).toBe(slugs.length);

  const musterhausen = body.regions.find((region: { slug: string }) => region.slug === SEEDED_REGION);
  const listed = seededRegions.find((region) => region.slug === SEEDED_REGION)!.listingLocales;
  expect(Object.keys(musterhausen.listingUrls)).toEqual(listed.filter((locale) => locales.includes(locale)));
  expect(musterhausen.listingUrls.de).toBe(`${E2E_BASE_URL}/${SEEDED_REGION}/findflats`);
  expect(musterhausen.listingUrls.uk).toBe(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats`);

  // Each URL opens the listing in its language, with the offer published above.
  for (const [locale, url] of Object.entries<string>(musterhausen.listingUrls)) {
    const listing = await request.get(url);
    expect(listing.status(), url).toBe(200);
    const html = await listing.text();
    expect(html, url).toContain(`lang="${locale}"`);
    expect(html, url).toContain(landlord.title);
  }
});

test("the regions name their entry address for every language and their postal codes", async ({ request }) => {
  const { body } = await documentedGet(request, "/api/v1/regions", "/regions", 200);

  for (const seeded of seededRegions) {
    const region = body.regions.find((listed: { slug: string }) => listed.slug === seeded.slug);
    expect(region.postalCodes, seeded.slug).toEqual(seeded.postalCodes);
    expect(region.entryUrl, seeded.slug).toBe(`${E2E_BASE_URL}/findflats?region=${seeded.slug}`);
  }

  // The entry address leads to the listing in the language the browser asks for.
  const musterhausen = body.regions.find((region: { slug: string }) => region.slug === SEEDED_REGION);
  const entry = await request.get(musterhausen.entryUrl, { headers: { "Accept-Language": "uk-UA,uk;q=0.9" }, maxRedirects: 0 });
  expect(entry.status()).toBe(303);
  // Next.js sends a Location on the same host as a path.
  expect(new URL(entry.headers().location, entry.url()).href).toBe(musterhausen.listingUrls.uk);
});
