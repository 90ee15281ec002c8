import type { z } from "zod";
import { offerErrorKeys, offerFieldNames, type OfferErrorKey, type OfferFormValues } from "@/lib/offers/offer-schema";

/**
 * What the offer form's server action answers (see submit-offer.ts), and the one mapping from zod issues to
 * field errors that the browser (react-hook-form resolver) and the server both use, so both show the same texts.
 */

export type OfferFieldName = keyof OfferFormValues;

/** Values for the error text's placeholders, e.g. `{ min: 0.5, max: 20 }` for "range". */
export type OfferErrorParams = Record<string, number>;

/** `key` names a text in the `OfferForm.errors` messages. */
export type OfferFieldError = { key: OfferErrorKey; params?: OfferErrorParams };

export type OfferFieldErrors = Partial<Record<OfferFieldName, OfferFieldError>>;

/** The form's fields as they were submitted (languages as a list), to fill the form in again. */
export type SubmittedValues = Partial<Record<OfferFieldName, string | string[]>>;

/**
 * A problem that belongs to no single field; a key of the `OfferForm.errors` messages. "tryAgain" answers a
 * submission that looked like a bot's (lib/abuse/bot-check.ts); "rateLimited" and "rateLimitedEmail" an exceeded
 * limit per client address (hour) or per e-mail address (day).
 */
export type OfferFormErrorKey = "unexpected" | "tryAgain" | "rateLimited" | "rateLimitedEmail";

export type SubmitOfferState = {
  values: SubmittedValues;
  errors: OfferFieldErrors;
  formError?: OfferFormErrorKey;
  /** The submission's genuine start stamp: the form shown again keeps it (see lib/abuse/bot-check.ts). */
  formStartedAt?: string;
};

export const initialSubmitOfferState: SubmitOfferState = { values: {}, errors: {} };


export function isOfferErrorKey(message: string): message is OfferErrorKey {
  return (offerErrorKeys as readonly string[]).includes(message);
}

export function isOfferFieldName(name: unknown): name is OfferFieldName {
  return typeof name === "string" && (offerFieldNames as string[]).includes(name);
}

function numericParams(params: Record<string, unknown>): OfferErrorParams {
  return Object.fromEntries(Object.entries(params).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

function toFieldError(issue: z.core.$ZodIssue): OfferFieldError {
  // The schema's messages are keys. Any other message is zod's own English text for input the form never
  // produces (say "yes" for a checkbox, or a crafted request), which comes closest to "choose one of the options".
  const key: OfferErrorKey = isOfferErrorKey(issue.message) ? issue.message : "choice";
  switch (issue.code) {
    case "too_small":
      return { key, params: { min: Number(issue.minimum) } };
    case "too_big":
      return { key, params: { max: Number(issue.maximum) } };
    case "custom":
      return issue.params ? { key, params: numericParams(issue.params) } : { key };
    default:
      return { key };
  }
}

/** The first problem of each field, in the schema's order of checks. */
export function offerFieldErrors(issues: readonly z.core.$ZodIssue[]): OfferFieldErrors {
  const errors: OfferFieldErrors = {};
  for (const issue of issues) {
    const name = issue.path[0];
    if (!isOfferFieldName(name) || errors[name]) continue;
    errors[name] = toFieldError(issue);
  }
  return errors;
}

/**
 * What to send back to refill the form: everything as the landlord entered it, the privacy consent included (it
 * stays the landlord's own tick, as it does in the browser with JavaScript), so that a correction needs no second
 * tick that is easy to miss.
 */
export function submittedValues(values: Record<string, unknown>): SubmittedValues {
  const submitted: SubmittedValues = {};
  for (const name of offerFieldNames) {
    const value = values[name];
    if (typeof value === "string") submitted[name] = value;
    else if (Array.isArray(value)) submitted[name] = value.filter((item): item is string => typeof item === "string");
  }
  return submitted;
}
