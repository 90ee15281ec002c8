import type { z } from "zod";
import {
  fieldErrors,
  submittedFormValues,
  type FormFieldErrors,
  type FormFields,
  type FormState,
  type SubmittedFormValues,
} from "@/lib/forms/form-state";
import { offerErrorKeys, offerFieldNames, type OfferErrorKey, type OfferFormValues } from "@/lib/offers/offer-schema";

/**
 * What the offer form's server action answers (see submit-offer.ts), and its field errors as the browser
 * (react-hook-form resolver) and the server both map them (lib/forms/form-state.ts).
 */

export type OfferFieldName = keyof OfferFormValues;

export type OfferFieldErrors = FormFieldErrors<OfferFieldName, OfferErrorKey>;

/** The form's fields as they were submitted (languages as a list), to fill the form in again. */
export type SubmittedValues = SubmittedFormValues<OfferFieldName>;

/**
 * A problem that belongs to no single field; a key of the `OfferForm.errors` messages. "tryAgain" answers a
 * submission that looked like a bot's (lib/abuse/bot-check.ts); "rateLimited" and "rateLimitedEmail" an exceeded
 * limit per client address (hour) or per e-mail address (day).
 */
export type OfferFormErrorKey = "unexpected" | "tryAgain" | "rateLimited" | "rateLimitedEmail";

export type SubmitOfferState = FormState<OfferFieldName, OfferErrorKey, OfferFormErrorKey>;

export const initialSubmitOfferState: SubmitOfferState = { values: {}, errors: {} };

export const offerFields: FormFields<OfferFieldName, OfferErrorKey> = { names: offerFieldNames, errorKeys: offerErrorKeys };

/** The first problem of each field, in the schema's order of checks. */
export function offerFieldErrors(issues: readonly z.core.$ZodIssue[]): OfferFieldErrors {
  return fieldErrors(offerFields, issues);
}

/** What to send back to refill the form: everything as the landlord entered it, the privacy consent included. */
export function submittedValues(values: Record<string, unknown>): SubmittedValues {
  return submittedFormValues(offerFieldNames, values);
}
