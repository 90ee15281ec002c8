import { z } from "zod";
import {
  fieldErrors,
  submittedFormValues,
  type FormFieldErrors,
  type FormFields,
  type FormState,
  type SubmittedFormValues,
} from "@/lib/forms/form-state";
import { checkbox } from "@/lib/offers/offer-schema";

/**
 * The one schema of the search alert form ("tell me about new offers like these"): react-hook-form checks it in
 * the browser, the server action again. Messages are keys of the `SearchAlert.errors` messages. The search itself
 * travels in the page's address, not in the form: the listing's lenient filter parser reads it.
 */

export const alertFrequencies = ["IMMEDIATE", "DAILY"] as const;
export type AlertFrequencyChoice = (typeof alertFrequencies)[number];

export const alertErrorKeys = ["required", "tooLong", "email", "choice", "consent"] as const;
export type AlertErrorKey = (typeof alertErrorKeys)[number];

const error = (key: AlertErrorKey) => ({ error: key });

export const alertSchema = z.object({
  // Named as in the other forms, so the proxy's limit per e-mail address reads it the same way.
  contactEmail: z.string(error("required")).trim().min(1, error("required")).max(254, error("tooLong")).pipe(z.email(error("email"))),
  frequency: z.enum(alertFrequencies, error("choice")),
  privacyConsent: checkbox.refine((accepted) => accepted, error("consent")),
});

export type AlertFormValues = z.input<typeof alertSchema>;
export type AlertInput = z.output<typeof alertSchema>;
export type AlertFieldName = keyof AlertFormValues;

export const alertFieldNames = Object.keys(alertSchema.shape) as AlertFieldName[];

export const alertFields: FormFields<AlertFieldName, AlertErrorKey> = { names: alertFieldNames, errorKeys: alertErrorKeys };

/** The fields of a submitted form; anything else is ignored. */
export function formDataToAlert(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of alertFieldNames) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

export type AlertFieldErrors = FormFieldErrors<AlertFieldName, AlertErrorKey>;

export function alertFieldErrors(issues: readonly z.core.$ZodIssue[]): AlertFieldErrors {
  return fieldErrors(alertFields, issues);
}

export type AlertSubmittedValues = SubmittedFormValues<AlertFieldName>;

export function submittedAlert(values: Record<string, unknown>): AlertSubmittedValues {
  return submittedFormValues(alertFieldNames, values);
}

/** A problem that belongs to no single field; a key of the `SearchAlert.errors` messages. */
export type AlertFormError = "tryAgain" | "rateLimited" | "unexpected";

export type AlertState = FormState<AlertFieldName, AlertErrorKey, AlertFormError>;

export const initialAlertState: AlertState = { values: {}, errors: {} };
