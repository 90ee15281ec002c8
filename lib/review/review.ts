import "server-only";
import { db } from "@/lib/db/client";
import type { RejectionReason } from "@/lib/db/generated/client";
import { queueMail } from "@/lib/mail/outbox";
import { derivedTokenHashOf, findRegionOffer, type ActionResult } from "@/lib/offers/lifecycle";
import { managementLinks, offerMail } from "@/lib/offers/offer-mails";
import { derivedToken } from "@/lib/security/tokens";
import { rejectedMail } from "./review-mails";

/*
 * The municipality's decision on an offer in review: approve (listed at once, its display time from now) or reject
 * (never listed, deleted and so erased by the retention rules); and on a listed offer's changed text waiting for the
 * check (every-offer mode): approve (the listing shows it) or reject (the listed text stays). Each is one conditional update on the offer still
 * being in review, so of two staff members pressing at once, one decides and the other hears "already decided";
 * its event and the landlord's mail are written in the same transaction. Each also carries the offer's revision the
 * staff member read on the queue: a landlord who changed the offer meanwhile gets it read again ("changedMeanwhile")
 * instead of having unread details approved or rejected.
 */

export type ReviewOutcome = "approved" | "rejected" | "textApproved" | "textRejected" | "alreadyDecided" | "changedMeanwhile" | "deleted";

const dayMs = 24 * 60 * 60 * 1000;

/**
 * What an undecided call finds: the offer was deleted meanwhile (by its landlord), changed since the staff member read
 * it and still waiting, or decided by someone else.
 */
async function outcomeOfUndecided(regionSlug: string, offerId: string, revision: number): Promise<ReviewOutcome> {
  const current = await findRegionOffer(regionSlug, offerId);
  if (current?.status === "DELETED" && current.deletionReason !== "REJECTED") return "deleted";
  const waiting = current?.status === "IN_REVIEW" || (current?.status === "ACTIVE" && current.pendingTitle !== null);
  return waiting && current.revision !== revision ? "changedMeanwhile" : "alreadyDecided";
}

/**
 * Lists an offer in review at once, for its display time from now, and sends the landlord the management mail (its
 * buttons carry the derived token: the landlord's own is not stored). The alert job matches it like a fresh offer,
 * since its alertsMatchedAt is still empty. Callers revalidate the listing when `listingChanged`.
 */
export async function approveOffer(regionSlug: string, offerId: string, revision: number): Promise<ActionResult<ReviewOutcome> | null> {
  const offer = await findRegionOffer(regionSlug, offerId);
  if (!offer) return null;
  if (offer.status === "ACTIVE" && offer.pendingTitle !== null) return approveText(offer, revision);
  const now = new Date();
  const expiresAt = new Date(now.getTime() + offer.durationDays * dayMs);
  const mail = await offerMail({ ...offer, expiresAt }, offer.region, {
    kind: "published",
    links: managementLinks(offer, offer.region, derivedToken("offer", offer.id)),
  });
  const approved = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, regionSlug, status: "IN_REVIEW", revision },
      data: { status: "ACTIVE", expiresAt, approvedAt: now, derivedTokenHash: derivedTokenHashOf(offer.id) },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "APPROVED" } });
    await queueMail(tx, mail);
    return true;
  });
  if (approved) return { outcome: "approved", listingChanged: true, regionSlug, offerId: offer.id };
  return { outcome: await outcomeOfUndecided(regionSlug, offerId, revision), listingChanged: false, regionSlug, offerId: offer.id };
}

/** The reason from the list, the staff's own words, and the offer's revision they read. */
export type Rejection = { reason: RejectionReason; note: string; revision: number };

/**
 * Refuses an offer in review: it is deleted (reason REJECTED, so the retention rules erase it like any deleted
 * offer) and never listed; the landlord learns the reason and the staff's note. The note travels only in the mail,
 * whose body the outbox erases once delivered; the reason stays with the event, for the statistics.
 */
export async function rejectOffer(regionSlug: string, offerId: string, rejection: Rejection): Promise<ActionResult<ReviewOutcome> | null> {
  const offer = await findRegionOffer(regionSlug, offerId);
  if (!offer) return null;
  if (offer.status === "ACTIVE" && offer.pendingTitle !== null) return rejectText(offer, rejection);
  const { reason, note, revision } = rejection;
  const mail = await rejectedMail(offer, offer.region, reason, note);
  const rejected = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, regionSlug, status: "IN_REVIEW", revision },
      data: { status: "DELETED", deletedAt: new Date(), deletionReason: "REJECTED" },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "REJECTED", rejectionReason: reason } });
    await queueMail(tx, mail);
    return true;
  });
  if (rejected) return { outcome: "rejected", listingChanged: false, regionSlug, offerId: offer.id };
  return { outcome: await outcomeOfUndecided(regionSlug, offerId, revision), listingChanged: false, regionSlug, offerId: offer.id };
}

type OfferWithRegion = NonNullable<Awaited<ReturnType<typeof findRegionOffer>>>;

/** The listing shows the offer's changed text from now; the landlord gets the "changed" mail with the buttons. */
async function approveText(offer: OfferWithRegion, revision: number): Promise<ActionResult<ReviewOutcome>> {
  const { regionSlug } = offer;
  const mail = await offerMail({ ...offer, title: offer.pendingTitle ?? offer.title }, offer.region, {
    kind: "changed",
    links: managementLinks(offer, offer.region, derivedToken("offer", offer.id)),
  });
  const approved = await db().$transaction(async (tx) => {
    const count = await tx.$executeRaw`
      UPDATE "Offer" SET "title" = "pendingTitle", "description" = "pendingDescription", "pendingTitle" = NULL,
        "pendingDescription" = NULL, "pendingSince" = NULL, "derivedTokenHash" = ${derivedTokenHashOf(offer.id)}
      WHERE "id" = ${offer.id}::uuid AND "regionSlug" = ${regionSlug} AND "status" = 'ACTIVE'::"OfferStatus"
        AND "pendingTitle" IS NOT NULL AND "revision" = ${revision}`;
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "APPROVED" } });
    await queueMail(tx, mail);
    return true;
  });
  if (approved) return { outcome: "textApproved", listingChanged: true, regionSlug, offerId: offer.id };
  return { outcome: await outcomeOfUndecided(regionSlug, offer.id, revision), listingChanged: false, regionSlug, offerId: offer.id };
}

/** The changed text is dropped; the offer stays listed with its listed text, and the landlord learns why. */
async function rejectText(offer: OfferWithRegion, { reason, note, revision }: Rejection): Promise<ActionResult<ReviewOutcome>> {
  const { regionSlug } = offer;
  const mail = await rejectedMail({ ...offer, title: offer.pendingTitle ?? offer.title }, offer.region, reason, note, "text");
  const rejected = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, regionSlug, status: "ACTIVE", pendingTitle: { not: null }, revision },
      data: { pendingTitle: null, pendingDescription: null, pendingSince: null },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "REJECTED", rejectionReason: reason } });
    await queueMail(tx, mail);
    return true;
  });
  if (rejected) return { outcome: "textRejected", listingChanged: false, regionSlug, offerId: offer.id };
  return { outcome: await outcomeOfUndecided(regionSlug, offer.id, revision), listingChanged: false, regionSlug, offerId: offer.id };
}
