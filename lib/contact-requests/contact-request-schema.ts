import { z } from "zod";
import {
  fieldErrors,
  submittedFormValues,
  type FormFieldErrors,
  type FormFields,
  type FormState,
  type SubmittedFormValues,
} from "@/lib/forms/form-state";
import {
  addYears,
  checkbox,
  landlordLanguages,
  multiLineText,
  optionalDate,
  optionalNumber,
  optionalPhone,
  petKinds,
  requiredNumber,
  singleLineText,
  todayInGermany,
} from "@/lib/offers/offer-schema";

/**
 * The one schema of the contact request form: react-hook-form checks it in the browser, the server action again.
 * Error messages are keys of the `ContactRequest.errors` messages. Everything a landlord reads is a fact chosen
 * from a list, rendered in the landlord's language; only the short message is the seeker's own words.
 */

/** How long the seeker needs the home: the spans landlords think in. */
export const stayDurations = ["MONTHS_3", "MONTHS_6", "MONTHS_12", "LONGER", "UNSURE"] as const;
export const maxMessageLength = 500;

export const contactErrorKeys = [
  "required",
  "tooShort",
  "tooLong",
  "invalidText",
  "number",
  "wholeNumber",
  "range",
  "date",
  "dateInPast",
  "dateTooFar",
  "choice",
  "languages",
  "email",
  "phone",
  "reachable",
  "messageLink",
  "messageAddress",
  "messageMarkup",
  "consent",
] as const;

export type ContactErrorKey = (typeof contactErrorKeys)[number];

const error = (key: ContactErrorKey) => ({ error: key });

/*
 * The relay must never carry spam or phishing in the exchange's name: no web address (with a scheme, "www." or a
 * common top-level domain, also "t.me/…"), no e-mail address and no markup in the message.
 */
const webAddress = /(?:[a-z][a-z0-9+.-]*:\/\/|\bwww\.|\bt\.me\/|[\p{L}\p{N}-]{2,}\.(?:com|net|org|info|biz|de|eu|at|ch|ru|ua|by|pl|tr|io|me|ly|co|cc|to|gg|xyz|top|site|online|app|link|shop|page|click|live)\b)/iu;
const emailAddress = /[^\s@]+@[^\s@]+\.[^\s@]+/u;
const markup = /<\s*[a-z!/?]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values, error("choice")), z.array(z.enum(values, error("choice")))])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? [...new Set(value)] : [value]));

export const contactRequestSchema = z
  .object({
    name: z
      .string(error("required"))
      .trim()
      .min(1, error("required"))
      .min(2, error("tooShort"))
      .max(80, error("tooLong"))
      .regex(singleLineText, error("invalidText")),
    adults: requiredNumber(1, 20),
    children: optionalNumber(0, 20).transform((value) => value ?? 0),
    pets: list(petKinds),
    neededFrom: optionalDate().refine((value) => value !== undefined, error("required")),
    stay: z.enum(stayDurations, error("choice")),
    languages: list(landlordLanguages).refine((languages) => languages.length > 0, error("languages")),
    contactPhone: optionalPhone,
    contactEmail: z
      .string()
      .trim()
      .max(254, error("tooLong"))
      .refine((value) => value === "" || z.email().safeParse(value).success, error("email"))
      .optional()
      .transform((value) => value || undefined),
    message: z
      .string()
      .trim()
      .max(maxMessageLength, error("tooLong"))
      .regex(multiLineText, error("invalidText"))
      .refine((value) => !webAddress.test(value), error("messageLink"))
      .refine((value) => !emailAddress.test(value), error("messageAddress"))
      .refine((value) => !markup.test(value), error("messageMarkup"))
      .optional()
      .transform((value) => value ?? ""),
    privacyConsent: checkbox.refine((accepted) => accepted, error("consent")),
  })
  .superRefine(
    (request, ctx) => {
      const issue = (path: string, message: ContactErrorKey) => ctx.addIssue({ code: "custom", path: [path], message });
      const neededFrom = typeof request.neededFrom === "string" ? request.neededFrom : undefined;
      const today = todayInGermany();
      if (neededFrom && neededFrom < today) issue("neededFrom", "dateInPast");
      if (neededFrom && neededFrom > addYears(today, 1)) issue("neededFrom", "dateTooFar");
      // Phone or e-mail: the landlord must be able to answer. Only when neither field has an error of its own.
      const blank = (value: unknown) => typeof value !== "string" || value.trim() === "";
      if (blank(request.contactPhone) && blank(request.contactEmail)) issue("contactPhone", "reachable");
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type ContactRequestFormValues = z.input<typeof contactRequestSchema>;
export type ContactRequestInput = z.output<typeof contactRequestSchema>;
export type ContactFieldName = keyof ContactRequestFormValues;

export const contactFieldNames = Object.keys(contactRequestSchema.shape) as ContactFieldName[];
const listFields = new Set<ContactFieldName>(["pets", "languages"]);

/** The plain object a submitted form stands for (the lists as arrays); anything else is ignored. */
export function formDataToContactRequest(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of contactFieldNames) {
    const all = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (all.length === 0) continue;
    values[name] = listFields.has(name) ? all : all[0];
  }
  return values;
}

export type ContactFieldErrors = FormFieldErrors<ContactFieldName, ContactErrorKey>;

export const contactFields: FormFields<ContactFieldName, ContactErrorKey> = { names: contactFieldNames, errorKeys: contactErrorKeys };

/** The first problem of each field; a message that is no key is zod's own (a crafted request): "choose one". */
export function contactFieldErrors(issues: readonly z.core.$ZodIssue[]): ContactFieldErrors {
  return fieldErrors(contactFields, issues);
}

/** The typed values to fill the form in again (the lists as lists), the consent tick included. */
export type ContactSubmittedValues = SubmittedFormValues<ContactFieldName>;

export function submittedContactRequest(values: Record<string, unknown>): ContactSubmittedValues {
  return submittedFormValues(contactFieldNames, values);
}

/** A problem that belongs to no single field; a key of the `ContactRequest.errors` messages. */
export type ContactFormError = "tryAgain" | "rateLimited" | "notTakingRequests" | "offerUnavailable" | "unexpected";

export type ContactRequestState = FormState<ContactFieldName, ContactErrorKey, ContactFormError>;

export const initialContactRequestState: ContactRequestState = { values: {}, errors: {} };
