import { submittedValues, type SubmittedValues } from "@/lib/offers/offer-form-state";
import { formDataToValues } from "@/lib/offers/offer-schema";

/**
 * A new offer's draft: what the landlord has typed so far, kept in this browser only (localStorage, one draft per
 * region) so that a reload or a dropped tab loses nothing. It never reaches the server.
 */

/** A draft older than this is dropped rather than restored: the landlord has most likely moved on. */
export const draftLifetimeDays = 30;

export type OfferDraft = { savedAt: number; values: SubmittedValues };

const draftKey = (region: string) => `offer-draft:${region}`;

/**
 * The form's fields as a draft keeps them: the offer's fields as the server would read them (so the bot check's
 * fields never), without the privacy consent, which the landlord gives anew when sending.
 */
export function draftValues(formData: FormData): SubmittedValues {
  const { privacyConsent: _consent, ...values } = submittedValues(formDataToValues(formData));
  return values;
}

export function saveOfferDraft(storage: Storage, region: string, values: SubmittedValues, now = Date.now()) {
  const draft: OfferDraft = { savedAt: now, values };
  storage.setItem(draftKey(region), JSON.stringify(draft));
}

/** The region's draft, or null when there is none, or it is expired or unreadable (both are dropped). */
export function readOfferDraft(storage: Storage, region: string, now = Date.now()): OfferDraft | null {
  const stored = storage.getItem(draftKey(region));
  if (stored === null) return null;
  const draft = parseDraft(stored);
  if (draft && now - draft.savedAt <= draftLifetimeDays * 24 * 60 * 60 * 1000) return draft;
  clearOfferDraft(storage, region);
  return null;
}

export function clearOfferDraft(storage: Storage, region: string) {
  storage.removeItem(draftKey(region));
}

function parseDraft(stored: string): OfferDraft | null {
  try {
    const draft: unknown = JSON.parse(stored);
    if (typeof draft !== "object" || draft === null || !("savedAt" in draft) || !("values" in draft)) return null;
    const { savedAt, values } = draft;
    if (typeof savedAt !== "number" || typeof values !== "object" || values === null) return null;
    // Only the offer's fields, each a text or a list of texts, and never a consent: whatever else is stored is left out.
    const { privacyConsent: _consent, ...checked } = submittedValues(values as Record<string, unknown>);
    return { savedAt, values: checked };
  } catch {
    return null;
  }
}
