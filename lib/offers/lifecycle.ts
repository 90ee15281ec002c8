import type { Locale } from "@/lib/i18n/routing";
import type { OfferInput } from "./offer-schema";

/**
 * Stores a new offer (pending confirmation) with its consent record and queues the confirmation mail
 * in the same transaction. Returns the new offer's id.
 */
export async function submitOffer(_regionSlug: string, _input: OfferInput, _locale: Locale): Promise<{ offerId: string }> {
  throw new Error("not implemented yet");
}
