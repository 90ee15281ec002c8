import { z } from "zod";

/**
 * The one schema of the offer form: react-hook-form validates with it in the browser, the server action
 * validates the same submission again. Error messages are keys of the `OfferForm.errors` messages.
 */

export const accommodationTypes = ["FLAT", "ROOM", "SHARED_ROOM", "HOUSE"] as const;
export const displayDurations = [3, 7, 14, 30] as const;
export const landlordLanguages = ["de", "uk", "ru", "en", "pl", "ar", "tr", "fr"] as const;
/** Who lives there already: with anyone but NOBODY, the form asks how many and what kind of household. */
export const residentKinds = ["NOBODY", "LANDLORD", "OTHERS"] as const;
export const hostTypes = ["SINGLE_PERSON", "COUPLE", "FAMILY_WITH_CHILDREN", "SHARED_FLAT"] as const;
/** The pets an offer may allow; the same kinds a seeker names in a contact request. */
export const petKinds = ["CAT", "DOG", "OTHER"] as const;
export type PetKind = (typeof petKinds)[number];
/** What the accommodation costs: rented, free, or free at first with a rent that applies later. */
export const rentTypes = ["RENTED", "FREE", "FREE_THEN_RENT"] as const;
/** The rent's figures: the rent now (RENTED) or later (FREE_THEN_RENT); a free offer has none. */
export const rentFields = ["coldRent", "runningCosts", "deposit"] as const;

/** Every key the schema puts into an issue's message (texts in the `OfferForm.errors` messages). */
export const offerErrorKeys = [
  "required",
  "tooShort",
  "tooLong",
  "invalidText",
  "postalCode",
  "number",
  "wholeNumber",
  "halfRooms",
  "range",
  "date",
  "dateInPast",
  "dateTooFar",
  "untilBeforeFrom",
  "rentRequired",
  "email",
  "phone",
  "phoneRequiredToShow",
  "noWayToReach",
  "choice",
  "consent",
] as const;

export type OfferErrorKey = (typeof offerErrorKeys)[number];

const error = (key: OfferErrorKey) => ({ error: key });

// Control characters (other than line breaks in the description) and bidirectional overrides have no place in an offer.
export const singleLineText = /^[^\p{Cc}\u202A-\u202E\u2066-\u2069]*$/u;
export const multiLineText = /^(?:[\n\r\t]|[^\p{Cc}\u202A-\u202E\u2066-\u2069])*$/u;

function text(min: number, max: number) {
  return z
    .string(error("required"))
    .trim()
    .min(1, error("required"))
    .min(min, error("tooShort"))
    .max(max, error("tooLong"))
    .regex(singleLineText, error("invalidText"));
}

const decimalNumber = /^-?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/** A number typed into a form field ("2,5" counts as 2.5); an empty field is `undefined`. */
export function optionalNumber(min: number, max: number, { integer = true } = {}) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || (typeof value === "string" && value.trim() === "")) return undefined;
      // Digits with one decimal mark only: Number() alone would also read "0x10" as 16 and "1e3" as 1000.
      const typed = typeof value === "string" ? value.trim() : "";
      const parsed = typeof value === "number" ? value : decimalNumber.test(typed) ? Number(typed.replace(",", ".")) : Number.NaN;
      if (!Number.isFinite(parsed)) {
        ctx.addIssue({ code: "custom", message: "number" });
        return z.NEVER;
      }
      // "350,50" is a number, just not a whole one: the message says what is wrong with it.
      if (integer && !Number.isInteger(parsed)) {
        ctx.addIssue({ code: "custom", message: "wholeNumber" });
        return z.NEVER;
      }
      if (parsed < min || parsed > max) {
        ctx.addIssue({ code: "custom", message: "range", params: { min, max } });
        return z.NEVER;
      }
      return parsed;
    });
}

export function requiredNumber(min: number, max: number, options?: { integer?: boolean }) {
  return optionalNumber(min, max, options).refine((value) => value !== undefined, error("required")) as z.ZodType<
    number,
    string | number | undefined
  >;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

// Made once: a date format with a time zone is expensive to create, and every validation needs it.
const germanCalendarDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" });

/** Today's date in Germany as YYYY-MM-DD: the reference for "available from". */
export function todayInGermany(now = new Date()): string {
  return germanCalendarDate.format(now);
}

export function addYears(date: string, years: number) {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export function optionalDate() {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      // Date.parse rolls "2027-02-30" over into March; a real date survives the round trip unchanged.
      const parsed = new Date(`${value}T00:00:00Z`);
      if (!isoDate.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "date" });
        return z.NEVER;
      }
      return value;
    });
}

/** A phone number as people type it ("+49 821 1234-56"); an empty field is `undefined`. */
export const optionalPhone = z
  .string()
  .trim()
  .max(30, error("tooLong"))
  .refine((value) => value === "" || (/^\+?[0-9 ()/-]{5,29}$/.test(value) && /(\d\D*){5}/.test(value)), error("phone"))
  .optional()
  .transform((value) => value || undefined);

/**
 * A choice among radio buttons; none chosen is `undefined`. A browser without JavaScript sends nothing then,
 * react-hook-form `null`, and a form sent back an empty value.
 */
function optionalChoice<const T extends readonly [string, ...string[]]>(options: T) {
  const unchosen = (value: unknown) => (value === "" || value === null ? undefined : value);
  return z.preprocess(unchosen, z.enum(options, error("choice")).optional());
}

export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

/** The fields in the order the form shows them (its error summary and first focus follow this order too). */
const offerFieldsSchema = z
  .object({
    type: z.enum(accommodationTypes, error("choice")),
    title: text(10, 80),
    description: z
      .string()
      .trim()
      .max(2000, error("tooLong"))
      .regex(multiLineText, error("invalidText"))
      .optional()
      .transform((value) => value ?? ""),
    place: text(2, 80),
    postalCode: z.string(error("required")).trim().regex(/^\d{5}$/, error("postalCode")),
    rooms: requiredNumber(0.5, 20, { integer: false }).refine((rooms) => Number.isInteger(rooms * 2), error("halfRooms")),
    areaSqm: optionalNumber(5, 1000),
    beds: requiredNumber(1, 30),
    residents: z.enum(residentKinds, error("choice")),
    residentCount: optionalNumber(1, 30),
    hostType: optionalChoice(hostTypes),
    availableFrom: optionalDate().refine((value) => value !== undefined, error("required")),
    availableUntil: optionalDate(),
    rentType: z.enum(rentTypes, error("choice")),
    coldRent: optionalNumber(0, 10000),
    runningCosts: optionalNumber(0, 5000),
    deposit: optionalNumber(0, 30000),
    furnished: checkbox,
    kitchen: checkbox,
    ownBathroom: checkbox,
    barrierFree: checkbox,
    catsAllowed: checkbox,
    dogsAllowed: checkbox,
    otherPetsAllowed: checkbox,
    smokingAllowed: checkbox,
    lgbtiqFriendly: checkbox,
    contactName: text(2, 80),
    contactPhone: optionalPhone,
    contactEmail: z.string(error("required")).trim().max(254, error("tooLong")).pipe(z.email(error("email"))),
    languages: z
      .union([z.enum(landlordLanguages, error("choice")), z.array(z.enum(landlordLanguages, error("choice")))])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value])),
    /** Seekers may reach the landlord through the exchange's contact form (lib/contact-requests). */
    contactRequests: checkbox,
    showName: checkbox,
    showPhone: checkbox,
    showEmail: checkbox,
    durationDays: z
      .union([z.string(), z.number()], error("choice"))
      .transform(Number)
      .pipe(z.union(displayDurations.map((days) => z.literal(days)), error("choice"))),
    privacyConsent: checkbox.refine((accepted) => accepted, error("consent")),
  })
  .superRefine(
    (offer, ctx) => {
      const issue = (path: string, message: OfferErrorKey) => ctx.addIssue({ code: "custom", path: [path], message });
      // These checks also run while other fields are wrong; a field that failed its own check is left alone.
      const date = (value: unknown) => (typeof value === "string" ? value : undefined);
      const availableFrom = date(offer.availableFrom);
      const availableUntil = date(offer.availableUntil);
      const today = todayInGermany();
      if (availableFrom && availableFrom < today) {
        issue("availableFrom", "dateInPast");
      }
      if (availableFrom && availableFrom > addYears(today, 1)) {
        issue("availableFrom", "dateTooFar");
      }
      if (availableUntil && availableFrom && availableUntil < availableFrom) {
        issue("availableUntil", "untilBeforeFrom");
      }
      if (availableUntil && availableUntil > addYears(today, 5)) {
        issue("availableUntil", "dateTooFar");
      }
      // Rented now or later: the landlord knows the rent, and seekers decide by it.
      if (offer.rentType !== "FREE" && offer.coldRent === undefined) {
        issue("coldRent", "rentRequired");
      }
      // With others living there, seekers need to know how many and who; a wrong choice was reported already.
      if (offer.residents === "LANDLORD" || offer.residents === "OTHERS") {
        if (offer.residentCount === undefined) issue("residentCount", "required");
        if (offer.hostType === undefined) issue("hostType", "choice");
      }
      if (offer.showPhone && !offer.contactPhone) {
        issue("contactPhone", "phoneRequiredToShow");
      }
      if (!offer.contactRequests && !offer.showPhone && !offer.showEmail) {
        issue("contactRequests", "noWayToReach");
      }
    },
    // Cross-field checks run even while other fields are wrong, so a landlord sees every problem at once.
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

type OfferFields = z.input<typeof offerFieldsSchema>;

/**
 * A free offer has no rent: figures typed before choosing "free" stay in the form (the stylesheet hides them), but
 * they are neither checked nor stored.
 */
function withoutRentWhenFree(values: OfferFields): OfferFields {
  if (typeof values !== "object" || values === null || values.rentType !== "FREE") return values;
  const { coldRent: _cold, runningCosts: _running, deposit: _deposit, ...rest } = values;
  return rest;
}

export const offerSchema = z.preprocess(withoutRentWhenFree, offerFieldsSchema);

/** What the form holds while a landlord types: strings, checkbox states and chosen languages. */
export type OfferFormValues = OfferFields;
/** A validated offer, ready to be stored. */
export type OfferInput = z.output<typeof offerSchema>;

export const offerFieldNames = Object.keys(offerFieldsSchema.shape) as (keyof OfferFormValues)[];

/**
 * What a change of a stored offer leaves as it is, filled in before the schema checks the change: the e-mail
 * address, the display time (the extend button's) and the consent given with the offer.
 */
export function unchangeableValues(offer: { contactEmail: string; durationDays: number }) {
  return { contactEmail: offer.contactEmail, durationDays: String(offer.durationDays), privacyConsent: "on" } satisfies Partial<OfferFormValues>;
}

/** The plain object a submitted form stands for (repeated fields such as languages become arrays). */
export function formDataToValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of offerFieldNames) {
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (all.length === 0) continue;
    values[name] = name === "languages" ? all : all.length === 1 ? all[0] : all;
  }
  return values;
}
