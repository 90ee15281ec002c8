import { toNestErrors } from "@hookform/resolvers";
import type { FieldError, FieldErrors, Resolver } from "react-hook-form";
import {
  isOfferErrorKey,
  offerFieldErrors,
  type OfferErrorParams,
  type OfferFieldError,
  type OfferFieldErrors,
  type OfferFieldName,
  type SubmittedValues,
} from "@/lib/offers/actions/submit-offer-state";
import { offerFieldNames, offerSchema, type OfferFormValues, type OfferInput } from "@/lib/offers/offer-schema";

/** Single checkboxes: they submit "on" when ticked and nothing otherwise. */
export const checkboxFields = new Set<OfferFieldName>([
  "freeOfCharge",
  "rentLater",
  "furnished",
  "kitchen",
  "ownBathroom",
  "barrierFree",
  "catsAllowed",
  "dogsAllowed",
  "otherPetsAllowed",
  "smokingAllowed",
  "lgbtiqFriendly",
  "contactRequests",
  "showName",
  "showPhone",
  "showEmail",
  "privacyConsent",
]);

/** Radio groups without a preselected choice (the display time has its default). */
const radioFields = new Set<OfferFieldName>(["type", "residents", "hostType"]);

export const defaultDurationDays = "14";

export type FormDefaults = Partial<Record<OfferFieldName, string | string[] | boolean>>;

/** The form's starting values: empty, or what the server sent back after a failed submission. */
export function formDefaults(values: SubmittedValues): FormDefaults {
  const defaults: FormDefaults = {};
  // A new form offers contact requests; a form sent back keeps what the landlord chose.
  const fresh = Object.keys(values).length === 0;
  for (const name of offerFieldNames) {
    const value = values[name];
    if (name === "contactRequests" && fresh) defaults[name] = true;
    else if (checkboxFields.has(name)) defaults[name] = value === "on" || value === "true";
    else if (name === "languages") defaults[name] = value === undefined ? [] : Array.isArray(value) ? value : [value];
    else if (name === "durationDays") defaults[name] = typeof value === "string" ? value : defaultDurationDays;
    // No radio button is preselected: an unset radio group reads as no value.
    else if (typeof value === "string") defaults[name] = value;
    else if (!radioFields.has(name)) defaults[name] = "";
  }
  return defaults;
}

/** react-hook-form keeps an error's key as its message; params ride along on the same object. */
type FieldErrorWithParams = FieldError & { params?: OfferErrorParams };

export function toHookFormErrors(errors: OfferFieldErrors): FieldErrors<OfferFormValues> | undefined {
  const entries = Object.entries(errors);
  if (entries.length === 0) return undefined;
  const hookFormErrors: Record<string, FieldErrorWithParams> = {};
  for (const [name, error] of entries) {
    hookFormErrors[name] = { type: error.key, message: error.key, ...(error.params && { params: error.params }) };
  }
  return hookFormErrors as FieldErrors<OfferFormValues>;
}

export function readFieldError(errors: FieldErrors<OfferFormValues>, name: OfferFieldName): OfferFieldError | undefined {
  const error = errors[name] as FieldErrorWithParams | undefined;
  const key = error?.message;
  if (!key || !isOfferErrorKey(key)) return undefined;
  return error.params ? { key, params: error.params } : { key };
}

/**
 * Validates with the offer schema, like zodResolver, but maps zod's issues exactly as the server action does
 * (offerFieldErrors): zodResolver drops the params of "range" and friends and, for union fields, passes on zod's
 * English default text instead of the schema's error key.
 */
export const offerResolver: Resolver<OfferFormValues, unknown, OfferInput> = async (values, _context, options) => {
  const result = await offerSchema.safeParseAsync(values);
  if (result.success) return { values: result.data, errors: {} };
  return { values: {}, errors: toNestErrors(toHookFormErrors(offerFieldErrors(result.error.issues)) ?? {}, options) };
};
