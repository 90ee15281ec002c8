import "server-only";
import { db } from "@/lib/db/client";
import type { Offer, Region } from "@/lib/db/generated/client";

/**
 * Whether a confirmed offer waits for the municipality's check before it is listed: never (OFF, the default), always
 * (EVERY_OFFER), or (FIRST_OFFER) until an offer of the same e-mail address was approved in the region. The address
 * is compared by its keyed hash (`contactEmailHash`, emailHash in lib/security/tokens.ts) rather than in the clear:
 * the hash is indexed, any spelling of the address's case matches, and the checked-landlord mark will use the same.
 * An approval passes on: an offer listed at once because of it is marked approved too, so the landlord stays known
 * while any of their offers keeps its data (the retention rules erase the hash with the rest).
 */
export async function reviewNeeded(
  region: Pick<Region, "slug" | "review">,
  offer: Pick<Offer, "id" | "contactEmailHash">,
): Promise<boolean> {
  if (region.review === "OFF") return false;
  if (region.review === "EVERY_OFFER" || !offer.contactEmailHash) return true;
  const approved = await db().offer.findFirst({
    where: { regionSlug: region.slug, contactEmailHash: offer.contactEmailHash, approvedAt: { not: null }, id: { not: offer.id } },
    select: { id: true },
  });
  return approved === null;
}
