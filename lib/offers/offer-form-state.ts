import type { z } from "zod";
import type { Offer } from "@/lib/db/generated/client";
import {
  fieldErrors,
  submittedFormValues,
  type FormFieldErrors,
  type FormFields,
  type FormState,
  type SubmittedFormValues,
} from "@/lib/forms/form-state";
import {
  formDataToValues,
  offerErrorKeys,
  offerFieldNames,
  offerSchema,
  todayInGermany,
  unchangeableValues,
  type OfferErrorKey,
  type OfferFormValues,
  type OfferInput,
} from "@/lib/offers/offer-schema";

/**
 * What the offer form's server action answers (see offer-actions.ts), and its field errors as the browser
 * (react-hook-form resolver) and the server both map them (lib/forms/form-state.ts).
 */

export type OfferFieldName = keyof OfferFormValues;

export type OfferFieldErrors = FormFieldErrors<OfferFieldName, OfferErrorKey>;

/** The form's fields as they were submitted (languages as a list), to fill the form in again. */
export type SubmittedValues = SubmittedFormValues<OfferFieldName>;

/**
 * A problem that belongs to no single field; a key of the `OfferForm.errors` messages. "tryAgain" answers a
 * submission that looked like a bot's (lib/abuse/bot-check.ts); "rateLimited" and "rateLimitedEmail" an exceeded
 * limit per client address (hour) or per e-mail address (day); "rateLimitedChange" a change saved beyond the limit
 * of mail button presses per client address (LINK_ACTIONS_PER_HOUR).
 */
export type OfferFormErrorKey = "unexpected" | "tryAgain" | "rateLimited" | "rateLimitedEmail" | "rateLimitedChange";

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

/**
 * A stored offer as the form's values, to start a change from. An "available from" date that has passed becomes
 * today: the accommodation is free now, and the schema accepts no date in the past.
 */
export function storedOfferValues(offer: Offer, today = todayInGermany()): SubmittedValues {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const number = (value: { toString(): string } | null) => (value === null ? undefined : value.toString());
  const on = (value: boolean) => (value ? "on" : undefined);
  const values: Record<OfferFieldName, string | string[] | undefined> = {
    title: offer.title,
    description: offer.description,
    place: offer.place,
    postalCode: offer.postalCode,
    type: offer.type,
    rooms: number(offer.rooms),
    areaSqm: number(offer.areaSqm),
    beds: number(offer.beds),
    residents: offer.residents ?? undefined,
    residentCount: number(offer.residentCount),
    hostType: offer.hostType ?? undefined,
    availableFrom: day(offer.availableFrom) < today ? today : day(offer.availableFrom),
    availableUntil: offer.availableUntil ? day(offer.availableUntil) : undefined,
    rentType: offer.rentType,
    coldRent: number(offer.coldRent),
    runningCosts: number(offer.runningCosts),
    deposit: number(offer.deposit),
    furnished: on(offer.furnished),
    kitchen: on(offer.kitchen),
    ownBathroom: on(offer.ownBathroom),
    barrierFree: on(offer.barrierFree),
    catsAllowed: on(offer.catsAllowed),
    dogsAllowed: on(offer.dogsAllowed),
    otherPetsAllowed: on(offer.otherPetsAllowed),
    smokingAllowed: on(offer.smokingAllowed),
    lgbtiqFriendly: on(offer.lgbtiqFriendly),
    languages: offer.languages,
    contactName: offer.contactName,
    contactPhone: offer.contactPhone ?? undefined,
    contactRequests: on(offer.contactRequests !== "NOT_OFFERED"),
    showName: on(offer.showName),
    showPhone: on(offer.showPhone),
    showEmail: on(offer.showEmail),
    ...unchangeableValues(offer),
  };
  return submittedValues(values);
}

/**
 * A change of a stored offer as its form sent it, checked with the form's schema; what a change cannot touch
 * comes from the offer, whatever the form says. Either the checked offer, or the form's state with its errors.
 */
export function parseOfferChange(
  offer: Pick<Offer, "contactEmail" | "durationDays">,
  formData: FormData,
): { input: OfferInput; values: SubmittedValues } | { state: SubmitOfferState } {
  const raw = { ...formDataToValues(formData), ...unchangeableValues(offer) };
  const values = submittedValues(raw);
  const result = offerSchema.safeParse(raw);
  if (result.success) return { input: result.data, values };
  return { state: { values, errors: offerFieldErrors(result.error.issues) } };
}
