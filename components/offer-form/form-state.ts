import type { Resolver } from "react-hook-form";
import { schemaResolver } from "@/components/form/use-action-form";
import { offerFields, type OfferFieldName, type SubmittedValues } from "@/lib/offers/offer-form-state";
import { offerFieldNames, offerSchema, type OfferFormValues, type OfferInput, type unchangeableValues } from "@/lib/offers/offer-schema";

/** The checkboxes the form shows in one block each, in their order. */
export const featureFields = [
  "furnished",
  "kitchen",
  "ownBathroom",
  "barrierFree",
  "catsAllowed",
  "dogsAllowed",
  "otherPetsAllowed",
  "smokingAllowed",
] as const satisfies readonly OfferFieldName[];

export const visibilityFields = ["showName", "showPhone", "showEmail"] as const satisfies readonly OfferFieldName[];

/** Single checkboxes: they submit "on" when ticked and nothing otherwise. */
export const checkboxFields = new Set<OfferFieldName>([
  ...featureFields,
  "lgbtiqFriendly",
  "contactRequests",
  ...visibilityFields,
  "privacyConsent",
]);

/** Radio groups without a preselected choice (the display time has its default). */
const radioFields = new Set<OfferFieldName>(["type", "residents", "hostType", "rentType"]);

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

export const offerResolver = schemaResolver(offerSchema, offerFields);

/** For a change of a stored offer: the same schema, with what a change leaves as it is filled in (see unchangeableValues). */
export function changeResolver(unchangeable: ReturnType<typeof unchangeableValues>): Resolver<OfferFormValues, unknown, OfferInput> {
  return (values, context, options) => offerResolver({ ...values, ...unchangeable }, context, options);
}
