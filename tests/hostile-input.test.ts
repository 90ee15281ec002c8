import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOffersRoute, OPTIONS as offersPreflight } from "@/app/api/v1/[city]/offers/route";
import { GET as getRegionsRoute } from "@/app/api/v1/regions/route";
import { checkForBot, signFormStart } from "@/lib/abuse/bot-check";
import { formStartedField, honeypotField } from "@/lib/abuse/form-fields";
import { offersBody } from "@/lib/api/offers";
import type { ListedRegion } from "@/lib/api/regions";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { confirmOffer, deleteOffer, extendOffer, findOfferByToken, submitOffer } from "@/lib/offers/lifecycle";
import { offerFieldErrors } from "@/lib/offers/offer-form-state";
import { formDataToValues, offerSchema, todayInGermany, type OfferErrorKey } from "@/lib/offers/offer-schema";
import type { PublicOffer } from "@/lib/offers/public-offer";
import { getRegion } from "@/lib/regions/regions";
import { reportOffer } from "@/lib/reports/report-offer";
import { formDataToReport, reportFieldErrors, reportSchema, type ReportFormState } from "@/lib/reports/report-schema";
import { prepareTestDatabase, uniqueSuffix } from "@/tests/support/database";
import { createTestRegion, tokenFromOutbox, validFormValues, validOffer } from "@/tests/support/offers";

/**
 * Hostile input through every way in: the offer form, the report form, the mail links' tokens and the JSON API.
 * Each input gets a clear field error or a 4xx answer, nothing is stored, and text that is valid but looks like
 * markup stays text in the mails and the API (the listing page is checked in e2e/hostile-input.spec.ts).
 */

const megabyte = "x".repeat(1024 * 1024);
const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
const today = todayInGermany();

type FormFields = Record<string, string | string[] | null>;

/** The offer form as a browser posts it: valid values, a stamp shown ten minutes ago, then the case's changes. */
function offerFormData(changes: FormFields): FormData {
  const fields: FormFields = {
    ...(validFormValues() as FormFields),
    [formStartedField]: signFormStart(new Date(Date.now() - 10 * 60 * 1000)),
    [honeypotField]: "",
    ...changes,
  };
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of value === null ? [] : Array.isArray(value) ? value : [value]) formData.append(name, item);
  }
  return formData;
}

type OfferFormAnswer = { errors: Record<string, OfferErrorKey> } | { formError: "tryAgain" | "unexpected" } | { stored: string };

/**
 * The steps of submitOfferAction (lib/offers/offer-actions.ts) in its order, with the very functions it
 * calls, up to storing the offer. (The action itself needs a request for the client address of its rate limit.)
 */
async function submitOfferForm(site: string, formData: FormData): Promise<OfferFormAnswer> {
  const result = offerSchema.safeParse(formDataToValues(formData));
  if (!result.success) {
    const errors = offerFieldErrors(result.error.issues);
    return { errors: Object.fromEntries(Object.entries(errors).map(([name, error]) => [name, error.key])) };
  }
  if (checkForBot(formData, env.MIN_FILL_SECONDS).verdict !== "human") return { formError: "tryAgain" };
  const region = await getRegion(site);
  if (!region) return { formError: "unexpected" };
  return { stored: (await submitOffer(region, result.data, "de")).offerId };
}

let region: Region;

beforeAll(async () => {
  await prepareTestDatabase();
  region = await createTestRegion();
});

/** What the region holds: offers, their events, queued mails and reports. None of it may change for bad input. */
async function storedRows() {
  const where = { regionSlug: region.slug };
  const [offers, events, mails, reports] = await Promise.all([
    db().offer.count({ where }),
    db().offerEvent.count({ where }),
    db().outboxMail.count({ where }),
    db().offerReport.count({ where }),
  ]);
  return { offers, events, mails, reports };
}

describe("the offer form refuses hostile input with a field error and stores nothing", () => {
  const cases: [string, FormFields, Record<string, OfferErrorKey>][] = [
    // Over-long strings and 1 MB bodies
    ["a title of 81 characters", { title: "W".repeat(81) }, { title: "tooLong" }],
    ["a title of 1 MB", { title: megabyte }, { title: "tooLong" }],
    ["a description of 2001 characters", { description: "d".repeat(2001) }, { description: "tooLong" }],
    ["a description of 1 MB", { description: megabyte }, { description: "tooLong" }],
    ["a place of 1 MB", { place: megabyte }, { place: "tooLong" }],
    ["a contact name of 81 characters", { contactName: "N".repeat(81) }, { contactName: "tooLong" }],
    ["an e-mail address of 1 MB", { contactEmail: `${megabyte}@example.test` }, { contactEmail: "tooLong" }],
    ["a phone number of 31 characters", { contactPhone: "1".repeat(31) }, { contactPhone: "tooLong" }],
    ["a title of spaces only", { title: " \t ".repeat(5) }, { title: "required" }],
    ["a title of 9 characters", { title: "Wohnung 1" }, { title: "tooShort" }],
    // Control characters and bidirectional overrides
    ["a NUL byte in the title", { title: "Helle Wohnung\u0000am Park" }, { title: "invalidText" }],
    ["a line break in the title", { title: "Helle Wohnung\r\nBcc: x@evil.test" }, { title: "invalidText" }],
    ["a tab in the place", { place: "Innen\tstadt" }, { place: "invalidText" }],
    ["a bell character in the description", { description: "Ruhige Lage\u0007" }, { description: "invalidText" }],
    ["an escape sequence in the description", { description: "\u001b[31mrot\u001b[0m" }, { description: "invalidText" }],
    ["a right-to-left override in the title", { title: "Wohnung \u202Egnuhow etlaK" }, { title: "invalidText" }],
    ["a right-to-left isolate in the contact name", { contactName: "Anna \u2067Beispiel\u2069" }, { contactName: "invalidText" }],
    ["a right-to-left override in the description", { description: "Miete \u202E0051\u202C Euro" }, { description: "invalidText" }],
    ["a DEL character in the place", { place: "Innen\u007fstadt" }, { place: "invalidText" }],
    // Markup and SQL where the field has a format
    ["a script as postal code", { postalCode: "<script>" }, { postalCode: "postalCode" }],
    ["SQL as postal code", { postalCode: "86150' OR '1'='1" }, { postalCode: "postalCode" }],
    ["full-width digits as postal code", { postalCode: "８６１５０" }, { postalCode: "postalCode" }],
    ["a script as phone number", { contactPhone: "<script>alert(1)</script>" }, { contactPhone: "phone" }],
    ["a header line after the phone number", { contactPhone: "0821 123456\nBcc: x@evil.test" }, { contactPhone: "phone" }],
    ["SQL as rooms", { rooms: "1; DROP TABLE \"Offer\"" }, { rooms: "number" }],
    // Wrong types and numbers
    ["an unknown accommodation type", { type: "CASTLE" }, { type: "choice" }],
    ["markup as accommodation type", { type: "<b>FLAT</b>" }, { type: "choice" }],
    ["an unknown language", { languages: ["de", "xx"] }, { languages: "choice" }],
    ["a script as language", { languages: ["<script>"] }, { languages: "choice" }],
    ["a word for a checkbox", { furnished: "yes" }, { furnished: "choice" }],
    ["an unknown kind of rent", { rentType: "CHEAP" }, { rentType: "choice" }],
    ["negative rooms", { rooms: "-1" }, { rooms: "range" }],
    ["zero rooms", { rooms: "0" }, { rooms: "range" }],
    ["a third of a room", { rooms: "1.33" }, { rooms: "halfRooms" }],
    ["rooms beyond double precision", { rooms: "1e309" }, { rooms: "number" }],
    ["infinite rooms", { rooms: "Infinity" }, { rooms: "number" }],
    ["NaN beds", { beds: "NaN" }, { beds: "number" }],
    ["a hexadecimal number of beds", { beds: "0x10" }, { beds: "number" }],
    ["beds in exponent notation", { beds: "1e1" }, { beds: "number" }],
    ["half a bed", { beds: "1.5" }, { beds: "wholeNumber" }],
    ["a huge number of beds", { beds: "99999999999999999999" }, { beds: "range" }],
    ["a negative area", { areaSqm: "-48" }, { areaSqm: "range" }],
    ["a negative rent", { coldRent: "-450" }, { coldRent: "range" }],
    ["a huge rent", { coldRent: "999999999999" }, { coldRent: "range" }],
    ["a huge deposit", { deposit: "30001" }, { deposit: "range" }],
    ["a display time of 0 days", { durationDays: "0" }, { durationDays: "choice" }],
    ["a display time of -14 days", { durationDays: "-14" }, { durationDays: "choice" }],
    ["a display time of 10 000 days", { durationDays: "10000" }, { durationDays: "choice" }],
    // Dates far in the past and future, and malformed
    ["a date far in the past", { availableFrom: "1900-01-01" }, { availableFrom: "dateInPast" }],
    ["yesterday", { availableFrom: inDays(-1) }, { availableFrom: "dateInPast" }],
    ["a date far in the future", { availableFrom: "9999-12-31" }, { availableFrom: "dateTooFar" }],
    ["an end date far in the future", { availableUntil: "3000-01-01" }, { availableUntil: "dateTooFar" }],
    ["an end before the start", { availableFrom: inDays(10), availableUntil: inDays(5) }, { availableUntil: "untilBeforeFrom" }],
    ["the 30th of February", { availableFrom: "2027-02-30" }, { availableFrom: "date" }],
    ["a date with a six-digit year", { availableFrom: "+275760-09-13" }, { availableFrom: "date" }],
    ["a date in words", { availableFrom: "tomorrow" }, { availableFrom: "date" }],
    ["a date with a time", { availableFrom: `${today}T00:00:00Z` }, { availableFrom: "date" }],
    // Malformed and internationalized e-mail addresses
    ["an e-mail address without @", { contactEmail: "anna.example.test" }, { contactEmail: "email" }],
    ["an e-mail address with two @", { contactEmail: "anna@@example.test" }, { contactEmail: "email" }],
    ["an e-mail address without a domain", { contactEmail: "anna@" }, { contactEmail: "email" }],
    ["an e-mail address with a space", { contactEmail: "anna beispiel@example.test" }, { contactEmail: "email" }],
    ["two e-mail addresses", { contactEmail: "anna@example.test, bcc@evil.test" }, { contactEmail: "email" }],
    ["an e-mail address with a header line", { contactEmail: "anna@example.test\r\nBcc: x@evil.test" }, { contactEmail: "email" }],
    ["an e-mail address with a display name", { contactEmail: "Anna <anna@example.test>" }, { contactEmail: "email" }],
    // Mail servers would need SMTPUTF8 for these; the form asks for an address it can deliver to.
    ["an umlaut in the local part", { contactEmail: "jürgen@example.test" }, { contactEmail: "email" }],
    ["an internationalized domain", { contactEmail: "anna@müller.example" }, { contactEmail: "email" }],
    ["a Cyrillic address", { contactEmail: "анна@пример.укр" }, { contactEmail: "email" }],
    // Missing consent and missing fields
    ["no privacy consent", { privacyConsent: null }, { privacyConsent: "consent" }],
    ["a refused privacy consent", { privacyConsent: "false" }, { privacyConsent: "consent" }],
    ["no title at all", { title: null }, { title: "required" }],
    ["no e-mail address at all", { contactEmail: null }, { contactEmail: "required" }],
    // Duplicated fields: a single-value field sent twice is not taken by guessing which one counts.
    ["a title sent twice", { title: ["Helle Wohnung am Park", "<script>alert(1)</script>"] }, { title: "required" }],
    ["an e-mail address sent twice", { contactEmail: ["anna@example.test", "bcc@evil.test"] }, { contactEmail: "required" }],
    ["a consent sent twice", { privacyConsent: ["on", "on"] }, { privacyConsent: "choice" }],
    ["a display time sent twice", { durationDays: ["7", "30"] }, { durationDays: "choice" }],
  ];

  it.each(cases)("%s", async (_case, changes, errors) => {
    const before = await storedRows();
    expect(await submitOfferForm(region.slug, offerFormData(changes))).toEqual({ errors });
    expect(await storedRows()).toEqual(before);
  });

  it.each<[string, () => FormFields]>([
    ["a filled-in honeypot", () => ({ [honeypotField]: "https://spam.example" })],
    ["a missing start stamp", () => ({ [formStartedField]: null })],
    ["a forged start stamp", () => ({ [formStartedField]: `${Date.now() - 600_000}.${"f".repeat(64)}` })],
    ["a form sent back at once", () => ({ [formStartedField]: signFormStart() })],
  ])("answers a bot's %s with a quiet 'please try again'", async (_case, changes) => {
    const before = await storedRows();
    expect(await submitOfferForm(region.slug, offerFormData(changes()))).toEqual({ formError: "tryAgain" });
    expect(await storedRows()).toEqual(before);
  });

  it("answers an incomplete form sent back at once with its field errors, so a person sees what is missing", async () => {
    const before = await storedRows();
    const answer = await submitOfferForm(region.slug, offerFormData({ [formStartedField]: signFormStart(), title: null, privacyConsent: null }));
    expect(answer).toEqual({ errors: { title: "required", privacyConsent: "consent" } });
    expect(await storedRows()).toEqual(before);
  });

  it.each([
    ["an unknown slug", "unknown-region"],
    ["a path", "../../etc/passwd"],
    ["markup", "<script>"],
    ["5000 characters", "x".repeat(5000)],
    ["an unknown hostname", "evil.example.test"],
    ["nothing", ""],
  ])(
    "refuses %s as region",
    async (_case, site) => {
      const before = await storedRows();
      expect(await submitOfferForm(site, offerFormData({}))).toEqual({ formError: "unexpected" });
      expect(await storedRows()).toEqual(before);
    },
  );
});

/** The escaping of React's server renderer, which renders the mails. */
function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

/** The rest of an offer as the listing hands it to the API. */
const validListedFields: Omit<PublicOffer, "id" | "title" | "description"> = {
  textLanguage: "de",
  place: "Innenstadt",
  postalCode: "86150",
  type: "FLAT",
  rooms: 2,
  areaSqm: 48,
  beds: 3,
  availableFrom: today,
  availableUntil: null,
  rentType: "RENTED",
  coldRent: 450,
  runningCosts: 120,
  deposit: null,
  furnished: true,
  kitchen: true,
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
  languages: ["de"],
  contact: { name: "Anna Beispiel", phone: null, email: null },
  takesContactRequests: true,
  checkedByRegion: false,
  publishedAt: new Date().toISOString(),
  expiresAt: new Date().toISOString(),
};

describe("valid text that looks like markup or SQL stays text", () => {
  const tricky = [
    ["a script tag", '<script>alert("x")</script> Wohnung'],
    ["an image with an event handler", "<img src=x onerror=alert(1)> Wohnung"],
    ["SQL", "Wohnung'; DROP TABLE \"Offer\"; --"],
    ["emoji and combining characters", "Wohnung 🏠🇺🇦 mit Balkon, Cafe\u0301 nebenan"],
    ["entities", "Wohnung &lt;b&gt; &amp; &#x3C;script&#x3E;"],
  ] as const;

  it.each(tricky)("%s in the title: stored as typed, escaped in the mail, verbatim in the API", async (_case, title) => {
    const before = await storedRows();
    const answer = await submitOfferForm(region.slug, offerFormData({ title, description: `${title}\n${title}` }));
    if (!("stored" in answer)) throw new Error(`Refused: ${JSON.stringify(answer)}`);
    const offer = await db().offer.findUniqueOrThrow({ where: { id: answer.stored } });
    expect(offer.title).toBe(title);
    expect(offer.description).toBe(`${title}\n${title}`);
    expect((await storedRows()).offers).toBe(before.offers + 1);

    const mail = await db().outboxMail.findFirstOrThrow({ where: { offerId: offer.id } });
    expect(mail.subject).toContain(title);
    expect(mail.text).toContain(title);
    // React escapes the text: the markup arrives as characters, never as elements.
    expect(mail.html).toContain(escapeHtml(title));
    if (/[<>&"']/.test(title)) expect(mail.html).not.toContain(title);
    expect(mail.html).not.toMatch(/<script|<img src=x/i);

    const publicOffer: PublicOffer = {
      ...validListedFields,
      id: offer.id,
      title: offer.title,
      description: offer.description,
    };
    const listedRegion: ListedRegion = { slug: region.slug, name: region.name, hostnames: [], listingLocales: ["de", "uk"], postalCodes: [] };
    const body = JSON.parse(JSON.stringify(await offersBody(listedRegion, [publicOffer], undefined)));
    expect(body.offers[0]).toMatchObject({ title, description: `${title}\n${title}` });
  });
});

describe("the report form refuses hostile input and stores nothing", () => {
  let offerId: string;
  beforeAll(async () => {
    ({ offerId } = await submitOffer(region, validOffer(), "de"));
    await confirmOffer(await tokenFromOutbox(offerId));
  });

  function reportFormData(fields: FormFields) {
    const formData = new FormData();
    for (const [name, value] of Object.entries({ reason: "TAKEN", ...fields })) {
      for (const item of value === null ? [] : Array.isArray(value) ? value : [value]) formData.append(name, item);
    }
    return formData;
  }

  it.each<[string, FormFields, ReportFormState["errors"]]>([
    ["no reason", { reason: null }, { reason: "choice" }],
    ["an unknown reason", { reason: "SPAM" }, { reason: "choice" }],
    ["a script as reason", { reason: "<script>" }, { reason: "choice" }],
    ["an unknown reason sent first of two", { reason: ["SPAM", "TAKEN"] }, { reason: "choice" }],
    ["a message of 1001 characters", { message: "m".repeat(1001) }, { message: "messageTooLong" }],
    ["a message of 1 MB", { message: megabyte }, { message: "messageTooLong" }],
    ["a right-to-left override in the message", { message: "Betrug \u202Egurteb" }, { message: "invalidText" }],
    ["a NUL byte in the message", { message: "Betrug\u0000" }, { message: "invalidText" }],
    ["a malformed contact", { contact: "<script>alert(1)</script>" }, { contact: "contact" }],
    ["a contact with a header line", { contact: "helfer@example.test\r\nBcc: x@evil.test" }, { contact: "contact" }],
    ["a contact of 1 MB", { contact: megabyte }, { contact: "contact" }],
  ])("%s", async (_case, fields, errors) => {
    const before = await storedRows();
    const result = reportSchema.safeParse(formDataToReport(reportFormData(fields)));
    expect(result.success).toBe(false);
    expect(reportFieldErrors(result.error?.issues ?? [])).toEqual(errors);
    expect(await storedRows()).toEqual(before);
  });

  it.each([
    ["no UUID", "not-a-uuid"],
    ["SQL", "'; DROP TABLE \"OfferReport\"; --"],
    ["an unknown UUID", "00000000-0000-4000-8000-000000000000"],
    ["a UUID with markup", "00000000-0000-4000-8000-000000000000<script>"],
    ["100 000 characters", "x".repeat(100_000)],
  ])("refuses %s as offer id", async (_case, id) => {
    const before = await storedRows();
    expect(await reportOffer(region.slug, id, reportSchema.parse({ reason: "TAKEN" }), uniqueSuffix())).toBe("offerUnavailable");
    expect(await storedRows()).toEqual(before);
  });
});

describe("link tokens of the wrong shape open nothing and change nothing", () => {
  let token: string;
  beforeAll(async () => {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    token = await tokenFromOutbox(offerId);
  });

  const hostileTokens: [string, (valid: string) => string][] = [
    ["empty", () => ""],
    ["one character short", (valid) => valid.slice(1)],
    ["one character long", (valid) => `${valid}A`],
    ["of 1 MB", () => megabyte],
    ["with a character outside base64url", (valid) => `${valid.slice(1)}+`],
    ["with a slash", (valid) => `${valid.slice(1)}/`],
    ["with a NUL byte", (valid) => `${valid.slice(1)}\u0000`],
    ["with a non-ASCII letter", (valid) => `${valid.slice(1)}ä`],
    ["with a line break", (valid) => `${valid}\n`],
    ["in SQL", () => `' OR '1'='1' --${"A".repeat(27)}`],
    ["of the right shape but unknown", () => "A".repeat(43)],
    ["of the right shape with one character changed", (valid) => `${valid.slice(0, -1)}${valid.endsWith("A") ? "B" : "A"}`],
  ];

  it("finds the offer with its genuine token (so the refusals below are not for some other reason)", async () => {
    expect(await findOfferByToken(token)).not.toBeNull();
  });

  it.each(hostileTokens)("a token %s", async (_case, hostile) => {
    const candidate = hostile(token);
    const before = await storedRows();
    expect(await findOfferByToken(candidate)).toBeNull();
    expect(await confirmOffer(candidate)).toBeNull();
    expect(await extendOffer(candidate)).toBeNull();
    expect(await deleteOffer(candidate, "BY_LANDLORD")).toBeNull();
    expect(await storedRows()).toEqual(before);
  });
});

describe("the JSON API answers bad parameters with 400 JSON", () => {
  const offers = (query: string) =>
    getOffersRoute(new Request(`http://127.0.0.1:3100/api/v1/${region.slug}/offers${query}`), {
      params: Promise.resolve({ city: region.slug }),
    });

  it.each([
    ["an unknown language", "?lang=xx", "lang"],
    ["a script as language", `?lang=${encodeURIComponent("<script>alert(1)</script>")}`, "lang"],
    ["a language of 1 MB", `?lang=${"x".repeat(1024 * 1024)}`, "lang"],
    ["a language with a NUL byte", "?lang=de%00", "lang"],
    ["a language sent twice", "?lang=de&lang=uk", "lang"],
    ["an empty language", "?lang=", "lang"],
    ["an unknown parameter", "?language=uk", "language"],
    ["SQL as parameter name", `?${encodeURIComponent("1' OR '1'='1")}=1`, "1' OR '1'='1"],
  ])("GET /{city}/offers with %s", async (_case, query, parameter) => {
    const response = await offers(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ parameter });
    expect(typeof body.error).toBe("string");
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it("GET /regions with any parameter", async () => {
    const response = await getRegionsRoute(new Request("http://127.0.0.1:3100/api/v1/regions?<script>=1"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ parameter: "<script>" });
  });

  it("the preflight answers without a body", async () => {
    const response = offersPreflight();
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});
