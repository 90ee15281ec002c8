import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { offerFieldErrors } from "@/lib/offers/offer-form-state";
import {
  formDataToValues,
  offerErrorKeys,
  offerSchema,
  todayInGermany,
  type OfferErrorKey,
  type OfferFormValues,
} from "@/lib/offers/offer-schema";

const errorKeys = offerErrorKeys;

const today = todayInGermany();

/** A date `days` days after `date` (both YYYY-MM-DD). */
function addDays(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** The same calendar day `years` years later (28 February for a 29 February). */
function sameDayInYears(date: string, years: number): string {
  const day = date.endsWith("-02-29") ? "-02-28" : date.slice(4);
  return `${Number(date.slice(0, 4)) + years}${day}`;
}

/** A complete, valid submission as the browser sends it: strings only, unchecked checkboxes absent. */
function validValues(overrides: Partial<Record<keyof OfferFormValues, unknown>> = {}): Record<string, unknown> {
  return {
    title: "Helle 2-Zimmer-Wohnung am Park",
    description: "Ruhige Lage,\nBus in 3 Minuten.",
    place: "Innenstadt",
    postalCode: "86150",
    type: "FLAT",
    rooms: "2",
    areaSqm: "48",
    beds: "3",
    residents: "NOBODY",
    availableFrom: today,
    availableUntil: "",
    rentType: "RENTED",
    coldRent: "450",
    runningCosts: "120",
    deposit: "",
    furnished: "on",
    kitchen: "on",
    languages: ["de", "uk"],
    contactName: "Anna Beispiel",
    contactPhone: "+49 170 1234567",
    contactEmail: "anna@example.test",
    contactRequests: "on",
    showName: "on",
    showPhone: "on",
    durationDays: "14",
    privacyConsent: "on",
    ...overrides,
  };
}

/** The first error key of each field, as the form shows it: `{ title: "tooShort" }`; `{}` when the values are valid. */
function errorsOf(values: Record<string, unknown>): Record<string, string> {
  const result = offerSchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (result.success) return errors;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0]);
    errors[field] ??= issue.message;
  }
  return errors;
}

describe("offerSchema: a valid submission", () => {
  it("parses what the browser sends into typed values", () => {
    const result = offerSchema.safeParse(
      validValues({ rooms: "2,5", languages: ["uk", "de", "uk"], areaSqm: "", durationDays: "14" }),
    );
    expect(result.error?.issues).toBeUndefined();
    const offer = result.data!;
    expect(offer).toMatchObject({
      title: "Helle 2-Zimmer-Wohnung am Park",
      description: "Ruhige Lage,\nBus in 3 Minuten.",
      postalCode: "86150",
      type: "FLAT",
      rooms: 2.5,
      beds: 3,
      availableFrom: today,
      coldRent: 450,
      runningCosts: 120,
      rentType: "RENTED",
      furnished: true,
      kitchen: true,
      ownBathroom: false,
      languages: ["uk", "de"],
      contactPhone: "+49 170 1234567",
      showName: true,
      showPhone: true,
      showEmail: false,
      durationDays: 14,
      privacyConsent: true,
    });
    // Empty optional fields are absent, not empty strings or zero.
    expect(offer.areaSqm).toBeUndefined();
    expect(offer.availableUntil).toBeUndefined();
    expect(offer.deposit).toBeUndefined();
  });

  it("parses a submitted FormData the same way (repeated languages become a list, unchecked boxes are absent)", () => {
    const formData = new FormData();
    for (const [name, value] of Object.entries(validValues({ rooms: "3", contactPhone: "", showPhone: undefined }))) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [value]) formData.append(name, String(item));
    }
    formData.append("languages", "de");
    formData.append("notAField", "whatever");

    const values = formDataToValues(formData);
    expect(values.languages).toEqual(["de", "uk", "de"]);
    expect(values).not.toHaveProperty("notAField");
    expect(values).not.toHaveProperty("showPhone");

    const offer = offerSchema.parse(values);
    expect(offer).toMatchObject({ rooms: 3, beds: 3, areaSqm: 48, languages: ["de", "uk"], showPhone: false });
    expect(offer.contactPhone).toBeUndefined();
    expect(offer).not.toHaveProperty("notAField");
  });

  it("takes a single language as a list of one, and no language as an empty list", () => {
    expect(offerSchema.parse(validValues({ languages: "ru" })).languages).toEqual(["ru"]);
    expect(offerSchema.parse(validValues({ languages: undefined })).languages).toEqual([]);
  });

  it("keeps the rent typed for free at first as the rent later, and leaves a free offer without any", () => {
    expect(offerSchema.parse(validValues({ rentType: "FREE_THEN_RENT", deposit: "900" }))).toMatchObject({
      rentType: "FREE_THEN_RENT",
      coldRent: 450,
      runningCosts: 120,
      deposit: 900,
    });
    const free = offerSchema.parse(validValues({ rentType: "FREE", deposit: "900" }));
    expect(free.rentType).toBe("FREE");
    expect([free.coldRent, free.runningCosts, free.deposit]).toEqual([undefined, undefined, undefined]);
  });

  it("trims text fields", () => {
    const offer = offerSchema.parse(validValues({ title: "  Helle Wohnung am Park \t", contactEmail: " a@example.test " }));
    expect(offer.title).toBe("Helle Wohnung am Park");
    expect(offer.contactEmail).toBe("a@example.test");
  });

  it.each([
    ["a free offer without rent", { rentType: "FREE", coldRent: "" }],
    // Hidden once "free" is chosen, and not stored: what was typed there cannot be wrong.
    ["a free offer with a wrong rent typed before choosing free", { rentType: "FREE", coldRent: "viel", deposit: "-1" }],
    ["a rent of 0", { coldRent: "0" }],
    ["half rooms with a point", { rooms: "1.5" }],
    ["half a room with a comma", { rooms: "0,5" }],
    ["20 rooms", { rooms: "20" }],
    ["1 bed", { beds: "1" }],
    ["30 beds", { beds: "30" }],
    ["no area", { areaSqm: "" }],
    ["a 10-character title", { title: "a".repeat(10) }],
    ["an 80-character title", { title: "a".repeat(80) }],
    ["a description with line breaks and tabs", { description: "Erste Zeile\r\nZweite Zeile\n\tEingerückt" }],
    ["no description", { description: undefined }],
    ["a Ukrainian title", { title: "Світла квартира біля парку" }],
    ["availability until the day it starts", { availableFrom: addDays(today, 3), availableUntil: addDays(today, 3) }],
    ["availability from exactly one year ahead", { availableFrom: sameDayInYears(today, 1) }],
    ["no phone when it is not shown", { contactPhone: "", showPhone: undefined }],
    ["a phone number with brackets, slash and dash", { contactPhone: "+49 (821) 324-1234/5" }],
    ["a phone number starting with a bracket", { contactPhone: "(0821) 324-1234" }],
    ["the landlord living there, with how many and who", { residents: "LANDLORD", residentCount: "2", hostType: "COUPLE" }],
    ["others living there", { residents: "OTHERS", residentCount: "4", hostType: "SHARED_FLAT" }],
    ["nobody there, whatever the household fields say", { residents: "NOBODY", residentCount: "", hostType: "" }],
    // react-hook-form reads a radio group without a choice as null.
    ["nobody there and no household chosen in the browser", { residents: "NOBODY", hostType: null }],
    ["free at first with the later rent", { rentType: "FREE_THEN_RENT", coldRent: "450", runningCosts: "" }],
    ["cats, dogs, other pets and LGBTIQ-friendly", { catsAllowed: "on", dogsAllowed: "on", otherPetsAllowed: "on", lgbtiqFriendly: "on" }],
  ])("accepts %s", (_, overrides) => {
    expect(errorsOf(validValues(overrides))).toEqual({});
  });

  it.each([3, 7, 14, 30])("accepts a display duration of %i days, as string or number", (days) => {
    expect(offerSchema.parse(validValues({ durationDays: String(days) })).durationDays).toBe(days);
    expect(offerSchema.parse(validValues({ durationDays: days })).durationDays).toBe(days);
  });
});

describe("offerSchema: invalid input yields the error key on the field", () => {
  const cases: [string, Record<string, unknown>, string, OfferErrorKey][] = [
    ["missing title", { title: undefined }, "title", "required"],
    ["empty title", { title: "" }, "title", "required"],
    ["title of blanks only", { title: "    " }, "title", "required"],
    ["9-character title", { title: "a".repeat(9) }, "title", "tooShort"],
    ["81-character title", { title: "a".repeat(81) }, "title", "tooLong"],
    ["title with a bell character", { title: "Helle Wohnung\u0007 am Park" }, "title", "invalidText"],
    ["title with a NUL character", { title: "Helle Wohnung\u0000 am Park" }, "title", "invalidText"],
    ["title with a line break", { title: "Helle Wohnung\nam Park" }, "title", "invalidText"],
    ["title with a right-to-left override", { title: "Helle Wohnung \u202EkraP ma" }, "title", "invalidText"],
    ["title with a bidi isolate", { title: "Helle Wohnung \u2066am Park" }, "title", "invalidText"],
    ["description with a NUL character", { description: "Ruhige\u0000 Lage" }, "description", "invalidText"],
    ["description with an escape character", { description: "Ruhige\u001B[31m Lage" }, "description", "invalidText"],
    ["description with a right-to-left override", { description: "Ruhige \u202ELage" }, "description", "invalidText"],
    ["description over 2000 characters", { description: "a".repeat(2001) }, "description", "tooLong"],
    ["one-letter place", { place: "X" }, "place", "tooShort"],
    ["missing postal code", { postalCode: undefined }, "postalCode", "required"],
    ["4-digit postal code", { postalCode: "1234" }, "postalCode", "postalCode"],
    ["letters as postal code", { postalCode: "ABCDE" }, "postalCode", "postalCode"],
    ["6-digit postal code", { postalCode: "861500" }, "postalCode", "postalCode"],
    ["unknown accommodation type", { type: "CASTLE" }, "type", "choice"],
    ["missing rooms", { rooms: "" }, "rooms", "required"],
    ["rooms as text", { rooms: "abc" }, "rooms", "number"],
    ["0 rooms", { rooms: "0" }, "rooms", "range"],
    ["21 rooms", { rooms: "21" }, "rooms", "range"],
    ["2.3 rooms (only halves)", { rooms: "2.3" }, "rooms", "halfRooms"],
    ["2,25 rooms (only halves)", { rooms: "2,25" }, "rooms", "halfRooms"],
    ["0 beds", { beds: "0" }, "beds", "range"],
    ["31 beds", { beds: "31" }, "beds", "range"],
    ["1.5 beds", { beds: "1.5" }, "beds", "wholeNumber"],
    ["rent with cents", { coldRent: "350,50" }, "coldRent", "wholeNumber"],
    ["missing beds", { beds: undefined }, "beds", "required"],
    ["4 m²", { areaSqm: "4" }, "areaSqm", "range"],
    ["area with its unit", { areaSqm: "48 m²" }, "areaSqm", "number"],
    ["missing start date", { availableFrom: undefined }, "availableFrom", "required"],
    ["empty start date", { availableFrom: "" }, "availableFrom", "required"],
    ["impossible start date", { availableFrom: "2026-13-45" }, "availableFrom", "date"],
    ["start date that only exists by rolling over", { availableFrom: "2027-02-30" }, "availableFrom", "date"],
    ["end date that only exists by rolling over", { availableUntil: "2027-04-31" }, "availableUntil", "date"],
    ["German date format", { availableFrom: "01.03.2026" }, "availableFrom", "date"],
    ["start yesterday", { availableFrom: addDays(today, -1) }, "availableFrom", "dateInPast"],
    ["start more than a year ahead", { availableFrom: addDays(sameDayInYears(today, 1), 1) }, "availableFrom", "dateTooFar"],
    ["end before the start", { availableFrom: addDays(today, 10), availableUntil: addDays(today, 9) }, "availableUntil", "untilBeforeFrom"],
    ["end more than five years ahead", { availableUntil: addDays(sameDayInYears(today, 5), 1) }, "availableUntil", "dateTooFar"],
    ["impossible end date", { availableUntil: "2026-02-45" }, "availableUntil", "date"],
    ["rented without rent", { coldRent: "" }, "coldRent", "rentRequired"],
    ["free at first without the later rent", { rentType: "FREE_THEN_RENT", coldRent: "" }, "coldRent", "rentRequired"],
    ["free at first with a wrong later rent", { rentType: "FREE_THEN_RENT", coldRent: "viel" }, "coldRent", "number"],
    ["no choice of rent", { rentType: undefined }, "rentType", "choice"],
    ["an unknown choice of rent", { rentType: "CHEAP" }, "rentType", "choice"],
    ["negative rent", { coldRent: "-1" }, "coldRent", "range"],
    ["missing contact name", { contactName: undefined }, "contactName", "required"],
    ["missing e-mail address", { contactEmail: undefined }, "contactEmail", "required"],
    ["e-mail address without @", { contactEmail: "no-at-sign" }, "contactEmail", "email"],
    ["e-mail address of 255 characters", { contactEmail: `${"a".repeat(60)}@${"b".repeat(191)}.de` }, "contactEmail", "tooLong"],
    ["phone number of letters", { contactPhone: "abc" }, "contactPhone", "phone"],
    ["phone number of brackets only", { contactPhone: "(( ))--" }, "contactPhone", "phone"],
    ["phone shown but not given", { contactPhone: "", showPhone: "on" }, "contactPhone", "phoneRequiredToShow"],
    ["no way to be reached", { contactRequests: "", showPhone: "", showEmail: "" }, "contactRequests", "noWayToReach"],
    ["nothing said about who lives there", { residents: undefined }, "residents", "choice"],
    ["an unknown kind of resident", { residents: "GHOSTS" }, "residents", "choice"],
    ["the landlord there, but not how many", { residents: "LANDLORD", hostType: "COUPLE" }, "residentCount", "required"],
    ["others there, but not who", { residents: "OTHERS", residentCount: "3" }, "hostType", "choice"],
    ["an unknown household", { residents: "OTHERS", residentCount: "3", hostType: "CASTLE" }, "hostType", "choice"],
    ["31 people living there", { residents: "OTHERS", residentCount: "31", hostType: "SHARED_FLAT" }, "residentCount", "range"],
    ["display duration of 5 days", { durationDays: "5" }, "durationDays", "choice"],
    ["missing display duration", { durationDays: undefined }, "durationDays", "choice"],
    ["privacy consent not given", { privacyConsent: undefined }, "privacyConsent", "consent"],
  ];

  it.each(cases)("%s", (_, overrides, field, key) => {
    // The error must be on that field only: the rest of the submission is valid.
    expect(errorsOf(validValues(overrides))).toEqual({ [field]: key });
  });

  it("covers every error key the schema has", () => {
    expect(new Set(cases.map(([, , , key]) => key))).toEqual(new Set(errorKeys));
  });

  it("reports an unknown language on the languages field, shown as 'choose one of the options'", () => {
    for (const languages of ["xx", ["de", "xx"]]) {
      const result = offerSchema.safeParse(validValues({ languages }));
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((issue) => issue.path[0])).toEqual(["languages"]);
      expect(offerFieldErrors(result.error!.issues)).toEqual({ languages: { key: "choice" } });
    }
  });

  it("reports only 'date' for an impossible date, not also a date-range problem", () => {
    const result = offerSchema.safeParse(validValues({ availableFrom: "2026-13-45" }));
    expect(result.error!.issues.filter((issue) => issue.path[0] === "availableFrom").map((issue) => issue.message)).toEqual([
      "date",
    ]);
  });

  it("reports cross-field problems in the same parse as errors of single fields", () => {
    expect(
      errorsOf(
        validValues({
          title: "Zu kurz",
          beds: "0",
          coldRent: "",
          contactPhone: "",
          showPhone: "on",
          availableFrom: addDays(today, 10),
          availableUntil: addDays(today, 2),
        }),
      ),
    ).toEqual({
      title: "tooShort",
      beds: "range",
      coldRent: "rentRequired",
      contactPhone: "phoneRequiredToShow",
      availableUntil: "untilBeforeFrom",
    });
  });

  it("gives the limits of a range to the error text", () => {
    const result = offerSchema.safeParse(validValues({ rooms: "0", title: "a".repeat(9) }));
    expect(offerFieldErrors(result.error!.issues)).toEqual({
      rooms: { key: "range", params: { min: 0.5, max: 20 } },
      title: { key: "tooShort", params: { min: 10 } },
    });
  });
});

describe("todayInGermany", () => {
  it.each([
    ["2026-03-01T22:59:00Z", "2026-03-01"], // 23:59 in winter (UTC+1)
    ["2026-03-01T23:30:00Z", "2026-03-02"], // 00:30 the next day
    ["2026-07-01T21:59:00Z", "2026-07-01"], // 23:59 in summer (UTC+2)
    ["2026-07-01T22:30:00Z", "2026-07-02"],
    ["2026-12-31T23:00:00Z", "2027-01-01"],
  ])("at %s it is %s in Germany", (instant, date) => {
    expect(todayInGermany(new Date(instant))).toBe(date);
  });
});

describe("error texts", () => {
  it.each(["de", "uk", "en"])("every error key has a text in messages/%s.json", (locale) => {
    const messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
    const texts: Record<string, unknown> = messages.OfferForm?.errors ?? {};
    const missing = errorKeys.filter((key) => typeof texts[key] !== "string" || !(texts[key] as string).trim());
    expect(missing, `OfferForm.errors without text in ${locale}.json`).toEqual([]);
  });
});
