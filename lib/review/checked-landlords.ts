import "server-only";
import { db } from "@/lib/db/client";
import { findRegionOffer } from "@/lib/offers/lifecycle";

/*
 * Checked landlords: staff who met or phoned a landlord mark them as checked, and every offer of theirs in the region
 * says "checked by <region>" (Offer.landlordChecked, kept on the offers so the listing needs no join). The mark is the
 * keyed hash of the address with who set it and when; withdrawing deletes it. Marking and withdrawing twice change
 * nothing the second time. Callers revalidate the region's listing when `listingChanged`.
 */

export type LandlordCheckOutcome = "checked" | "unchecked";
export type LandlordCheckResult = { outcome: LandlordCheckOutcome; listingChanged: boolean; regionSlug: string; offerId: string };

/** The landlord of an offer of the region, by the hash of the address; null without one (erased, or from before it). */
async function landlordOf(regionSlug: string, offerId: string) {
  const offer = await findRegionOffer(regionSlug, offerId);
  return offer?.contactEmailHash ? { offerId: offer.id, contactEmailHash: offer.contactEmailHash } : null;
}

/** Marks the landlord of the offer as checked by `checkedBy`; an existing mark keeps who set it first. */
export async function markLandlordChecked(regionSlug: string, offerId: string, checkedBy: string): Promise<LandlordCheckResult | null> {
  const landlord = await landlordOf(regionSlug, offerId);
  if (!landlord) return null;
  const { contactEmailHash } = landlord;
  const changed = await db().$transaction(async (tx) => {
    await tx.checkedLandlord.createMany({ data: [{ regionSlug, contactEmailHash, checkedBy }], skipDuplicates: true });
    const { count } = await tx.offer.updateMany({ where: { regionSlug, contactEmailHash, landlordChecked: false }, data: { landlordChecked: true } });
    return count > 0;
  });
  return { outcome: "checked", listingChanged: changed, regionSlug, offerId: landlord.offerId };
}

/** Withdraws the mark of the offer's landlord: their offers no longer say "checked". */
export async function withdrawLandlordCheck(regionSlug: string, offerId: string): Promise<LandlordCheckResult | null> {
  const landlord = await landlordOf(regionSlug, offerId);
  if (!landlord) return null;
  const { contactEmailHash } = landlord;
  const changed = await db().$transaction(async (tx) => {
    await tx.checkedLandlord.deleteMany({ where: { regionSlug, contactEmailHash } });
    const { count } = await tx.offer.updateMany({ where: { regionSlug, contactEmailHash, landlordChecked: true }, data: { landlordChecked: false } });
    return count > 0;
  });
  return { outcome: "unchecked", listingChanged: changed, regionSlug, offerId: landlord.offerId };
}

/** The marks of these landlords in the region, by the hash of their address. */
export async function landlordChecks(regionSlug: string, contactEmailHashes: string[]) {
  if (contactEmailHashes.length === 0) return new Map<string, { checkedBy: string; checkedAt: Date }>();
  const marks = await db().checkedLandlord.findMany({ where: { regionSlug, contactEmailHash: { in: contactEmailHashes } } });
  return new Map(marks.map((mark) => [mark.contactEmailHash, { checkedBy: mark.checkedBy, checkedAt: mark.checkedAt }]));
}
