import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Offer, Prisma, Region } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail, type OutgoingMail } from "@/lib/mail/outbox";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { inReviewMail, reviewRequestMail } from "@/lib/review/review-mails";
import { reviewNeeded } from "@/lib/review/review-mode";
import { pagePath } from "@/lib/routes/site-routes";
import { createToken, derivedToken, emailHash, hashToken, isWellFormedToken, tokenMatches } from "@/lib/security/tokens";
import { renderAdviceRequestedMail } from "./advice-mail";
import { links, managementLinks, offerMail } from "./offer-mails";
import type { OfferInput } from "./offer-schema";

/**
 * The offer's lifecycle: submitted → (confirmed) active → expired or deleted; in a region that checks offers,
 * confirmed → in review → active (approved) or deleted (rejected), lib/review. Every change is one conditional
 * update, so repeated or simultaneous clicks cannot apply a step twice, and its event and mail are written in
 * the same transaction. Callers revalidate the region's listing when `listingChanged` is true.
 */

export const confirmationWindowHours = 48;
export const extensionDays = 7;
/** An offer never runs further ahead than this, however often it is extended. */
export const maxDaysAhead = 60;

const dayMs = 24 * 60 * 60 * 1000;

/** What a button did; `listingChanged` tells the caller to revalidate the region's listing where it holds the offer. */
export type ActionResult<Outcome> = { outcome: Outcome; listingChanged: boolean; regionSlug: string; offerId: string };

export type LandlordDeletionReason = "BY_LANDLORD" | "PLACED";

export type OfferByToken = Offer & { region: Region };

/**
 * The offer a link token belongs to, or null for a malformed, unknown or purged token: the token mailed at
 * submission or the offer's derived token (the reminder's and the municipality's mails). Reads only.
 */
export async function findOfferByToken(token: string): Promise<OfferByToken | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = hashToken(token);
  const offer = await db().offer.findFirst({
    where: { OR: [{ tokenHash }, { derivedTokenHash: tokenHash }] },
    include: { region: true },
  });
  if (!offer || !(tokenMatches(token, offer.tokenHash) || (offer.derivedTokenHash && tokenMatches(token, offer.derivedTokenHash)))) {
    return null;
  }
  // Once its personal data is erased (never confirmed, or the retention period is over), the link opens nothing.
  if (offer.personalDataErasedAt) return null;
  return offer;
}

export function confirmationDeadline(offer: Pick<Offer, "createdAt">): Date {
  return new Date(offer.createdAt.getTime() + confirmationWindowHours * 60 * 60 * 1000);
}

/** The expiry an extension gives an offer that now expires at `expiresAt`. */
export function extendedExpiry(expiresAt: Date): Date {
  return new Date(expiresAt.getTime() + extensionDays * dayMs);
}

export function latestExpiry(now = new Date()): Date {
  return new Date(now.getTime() + maxDaysAhead * dayMs);
}

/** The hash stored for the offer's derived link token (see `derivedTokenHash` in prisma/schema.prisma). */
export function derivedTokenHashOf(offerId: string): string {
  return hashToken(derivedToken("offer", offerId));
}

/**
 * The columns of the offer's details as the form gives them, for a new offer and for a change alike; not the e-mail
 * address and the display time, which a change leaves as they are (see `changeOffer`), nor the consent.
 */
function offerColumns(input: OfferInput) {
  const {
    privacyConsent: _consent,
    contactEmail: _email,
    durationDays: _duration,
    availableFrom,
    availableUntil,
    ...fields
  } = input;
  return {
    ...fields,
    availableFrom: new Date(`${availableFrom}T00:00:00Z`),
    availableUntil: availableUntil ? new Date(`${availableUntil}T00:00:00Z`) : null,
    contactPhone: fields.contactPhone ?? null,
    areaSqm: fields.areaSqm ?? null,
    // The schema leaves a free offer without figures; rented now or later, they are the rent.
    coldRent: fields.coldRent ?? null,
    runningCosts: fields.runningCosts ?? null,
    deposit: fields.deposit ?? null,
    // Nobody else there: a count or household type left in the form says nothing.
    residentCount: fields.residents === "NOBODY" ? null : (fields.residentCount ?? null),
    hostType: fields.residents === "NOBODY" ? null : (fields.hostType ?? null),
  };
}

/**
 * Stores a new offer (pending confirmation) in `region` with its consent record and queues the confirmation mail
 * in the same transaction. Returns the new offer's id.
 */
export async function submitOffer(region: Region, input: OfferInput, locale: Locale): Promise<{ offerId: string }> {
  const regionSlug = region.slug;
  const { token, tokenHash } = createToken();
  const id = randomUUID();
  const { contactRequests, ...fields } = offerColumns(input);
  const offer = {
    ...fields,
    id,
    regionSlug,
    tokenHash,
    derivedTokenHash: derivedTokenHashOf(id),
    locale,
    contactEmail: input.contactEmail,
    contactEmailHash: emailHash(input.contactEmail),
    durationDays: input.durationDays,
    contactRequests: contactRequests ? ("OPEN" as const) : ("NOT_OFFERED" as const),
    consentedAt: new Date(),
    privacyPolicyVersion: region.privacyPolicyVersion,
  };
  const confirmation = await offerMail({ ...offer, expiresAt: null, contactRequestCount: 0 }, region, {
    kind: "confirmation",
    links: links(offer, region, token, ["confirm"]),
  });
  await db().$transaction(async (tx) => {
    // A landlord the region's staff checked (lib/review/checked-landlords.ts): the new offer says so too.
    const checked = await tx.checkedLandlord.count({ where: { regionSlug, contactEmailHash: offer.contactEmailHash } });
    await tx.offer.create({ data: { ...offer, landlordChecked: checked > 0 } });
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "SUBMITTED" } });
    await queueMail(tx, confirmation);
  });
  return { offerId: offer.id };
}

export type ConfirmOutcome = "confirmed" | "inReview" | "alreadyActive" | "alreadyInReview" | "windowPassed" | "expired" | "deleted";

/**
 * Publishes a pending offer if its confirmation window is still open and sends the management mail; in a region that
 * checks offers first (lib/review/review-mode.ts) it puts the offer in review instead, without a display time yet,
 * and mails the landlord "being checked" and the municipal mailbox the offer to check. An offer listed at once in
 * first-offer mode carries the approval on (`approvedAt`).
 */
export async function confirmOffer(token: string): Promise<ActionResult<ConfirmOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const now = new Date();
  const inReview = await reviewNeeded(offer.region, offer);
  const expiresAt = new Date(now.getTime() + offer.durationDays * dayMs);
  const mails = inReview
    ? await Promise.all([inReviewMail(offer, offer.region, token), reviewRequestMail(offer, offer.region)])
    : [await offerMail({ ...offer, expiresAt }, offer.region, { kind: "published", links: managementLinks(offer, offer.region, token) })];
  const listed = { status: "ACTIVE" as const, expiresAt, approvedAt: offer.region.review === "FIRST_OFFER" ? now : null };
  const confirmed = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: {
        id: offer.id,
        status: "PENDING_CONFIRMATION",
        createdAt: { gt: new Date(now.getTime() - confirmationWindowHours * 60 * 60 * 1000) },
      },
      data: { confirmedAt: now, ...(inReview ? { status: "IN_REVIEW" } : listed) },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "CONFIRMED" } });
    if (inReview) await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "REVIEW_REQUESTED" } });
    for (const mail of mails) await queueMail(tx, mail);
    return true;
  });
  const result = { regionSlug: offer.regionSlug, offerId: offer.id };
  if (confirmed) return { outcome: inReview ? "inReview" : "confirmed", listingChanged: !inReview, ...result };
  return { outcome: outcomeOfUnchanged((await findOfferByToken(token)) ?? offer), listingChanged: false, ...result };
}

function outcomeOfUnchanged(offer: Offer): Exclude<ConfirmOutcome, "confirmed"> {
  if (offer.status === "ACTIVE") return "alreadyActive";
  if (offer.status === "IN_REVIEW") return "alreadyInReview";
  if (offer.status === "EXPIRED") return "expired";
  if (offer.status === "DELETED") return "deleted";
  return "windowPassed";
}

export type ExtendOutcome = "extended" | "limitReached" | "notActive";

/**
 * Moves an active offer's expiry 7 days further, never beyond `maxDaysAhead` from now: one conditional update.
 * Returns the new expiry, or null when the offer is not active or already runs as far ahead as allowed.
 */
async function extendExpiry(tx: Prisma.TransactionClient, offerId: string): Promise<Date | null> {
  const rows = await tx.$queryRaw<{ expiresAt: Date }[]>`
    UPDATE "Offer" SET "expiresAt" = "expiresAt" + make_interval(days => ${extensionDays})
    WHERE "id" = ${offerId}::uuid AND "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" > now()
      AND "expiresAt" + make_interval(days => ${extensionDays}) <= now() + make_interval(days => ${maxDaysAhead})
    RETURNING "expiresAt"`;
  return rows[0]?.expiresAt ?? null;
}

/** Whether an offer is listed right now: active and its display time not over (the expiry job may not have run yet). */
export function isStillActive(offer: Pick<Offer, "status" | "expiresAt">, now = new Date()): boolean {
  return offer.status === "ACTIVE" && offer.expiresAt !== null && offer.expiresAt > now;
}

/** Moves an active offer's expiry 7 days further, never beyond `maxDaysAhead` from now. */
export async function extendOffer(token: string): Promise<ActionResult<ExtendOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const extended = await db().$transaction(async (tx) => {
    const expiresAt = await extendExpiry(tx, offer.id);
    if (!expiresAt) return false;
    await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "EXTENDED" } });
    // The new end comes from the update itself (a simultaneous extension may have moved it), so the mail is rendered here.
    const mail = await offerMail({ ...offer, expiresAt }, offer.region, {
      kind: "extended",
      links: managementLinks(offer, offer.region, token),
    });
    await queueMail(tx, mail);
    return true;
  });
  if (extended) return { outcome: "extended", listingChanged: true, regionSlug: offer.regionSlug, offerId: offer.id };
  const current = (await findOfferByToken(token)) ?? offer;
  return { outcome: isStillActive(current) ? "limitReached" : "notActive", listingChanged: false, regionSlug: offer.regionSlug, offerId: offer.id };
}

export type ChangeOutcome = "changed" | "changedInReview" | "changedTextInReview" | "notActive";

/** Whether the landlord (or the municipality) can change the offer now: listed, or waiting for the municipality's check. */
export function isChangeable(offer: Pick<Offer, "status" | "expiresAt">, now = new Date()): boolean {
  return isStillActive(offer, now) || offer.status === "IN_REVIEW";
}

/**
 * Changes an active offer's details for its landlord (everything the form asks but the e-mail address and the
 * display time), or one in review, which stays in review with the new details: one conditional update, so a deleted or expired offer stays as it is and of two saves at once the
 * later one stands whole; its event and the confirmation mail with the buttons in the same transaction.
 */
export async function changeOffer(token: string, input: OfferInput): Promise<ActionResult<ChangeOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  return saveChange(offer, input, { event: "CHANGED", kind: "changed", token });
}

async function saveChange(
  offer: OfferByToken,
  input: OfferInput,
  { event, kind, token }: { event: "CHANGED" | "CHANGED_BY_MUNICIPALITY"; kind: "changed" | "changedByMunicipality"; token: string },
): Promise<ActionResult<ChangeOutcome>> {
  const { contactRequests, title, description, ...facts } = offerColumns(input);
  // Asked for again, requests are open and counted anew; a pause or the region's limit stays as it was.
  const requests = !contactRequests
    ? { contactRequests: "NOT_OFFERED" as const }
    : offer.contactRequests === "NOT_OFFERED"
      ? { contactRequests: "OPEN" as const, contactRequestsCountedFrom: offer.contactRequestCount }
      : {};
  const inReview = offer.status === "IN_REVIEW";
  // Where every offer is checked, a listed offer's new title or description waits for the check (the listing keeps
  // the listed text); the other facts change at once. The municipality's own change applies at once.
  const textChanged = title !== offer.title || description !== offer.description;
  const textInReview = !inReview && event === "CHANGED" && offer.region.review === "EVERY_OFFER" && textChanged;
  const text = textInReview
    ? { pendingTitle: title, pendingDescription: description, pendingSince: offer.pendingSince ?? new Date() }
    : { title, description, pendingTitle: null, pendingDescription: null, pendingSince: null };
  const newlyInReview = textInReview && offer.pendingTitle === null;
  const mails = [
    inReview
      ? await inReviewMail({ ...offer, ...facts, title }, offer.region, token)
      : await offerMail({ ...offer, ...facts, title, ...requests }, offer.region, {
          kind,
          links: managementLinks(offer, offer.region, token),
        }),
    ...(newlyInReview ? [await reviewRequestMail({ ...offer, title }, offer.region, "text")] : []),
  ];
  const changed = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, ...(inReview ? { status: "IN_REVIEW" } : { status: "ACTIVE", expiresAt: { gt: new Date() } }) },
      data: { ...facts, ...text, ...requests, derivedTokenHash: derivedTokenHashOf(offer.id), revision: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: event } });
    if (newlyInReview) await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "REVIEW_REQUESTED" } });
    for (const mail of mails) await queueMail(tx, mail);
    return true;
  });
  const outcome = !changed ? "notActive" : inReview ? "changedInReview" : textInReview ? "changedTextInReview" : "changed";
  return { outcome, listingChanged: changed && !inReview, regionSlug: offer.regionSlug, offerId: offer.id };
}

export type ContactRequestsChange = "pause" | "resume";
export type ContactRequestsOutcome = "paused" | "resumed" | "unchanged" | "notActive";

/**
 * The landlord pauses contact requests ("no more requests for now") or takes them again; taking them again starts
 * the region's count per offer anew. One conditional update each: pressing twice changes nothing the second time.
 */
export async function changeContactRequests(
  token: string,
  change: ContactRequestsChange,
): Promise<ActionResult<ContactRequestsOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const changed =
    change === "pause"
      ? await db().$executeRaw`
          UPDATE "Offer" SET "contactRequests" = 'PAUSED'::"ContactRequestStatus"
          WHERE "id" = ${offer.id}::uuid AND "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" > now()
            AND "contactRequests" = 'OPEN'::"ContactRequestStatus"`
      : await db().$executeRaw`
          UPDATE "Offer" SET "contactRequests" = 'OPEN'::"ContactRequestStatus", "contactRequestsCountedFrom" = "contactRequestCount"
          WHERE "id" = ${offer.id}::uuid AND "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" > now()
            AND "contactRequests" <> 'OPEN'::"ContactRequestStatus"`;
  const regionSlug = offer.regionSlug;
  if (changed > 0) return { outcome: change === "pause" ? "paused" : "resumed", listingChanged: true, regionSlug, offerId: offer.id };
  return { outcome: isStillActive(offer) ? "unchanged" : "notActive", listingChanged: false, regionSlug, offerId: offer.id };
}

export type DeleteOutcome = "deleted" | "alreadyDeleted";

/**
 * Deletes an offer for its landlord; "placed" also records the wish for further advice and sends the municipal
 * mailbox a mail of its own with the landlord's contact details.
 */
export async function deleteOffer(
  token: string,
  reason: LandlordDeletionReason,
): Promise<ActionResult<DeleteOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const now = new Date();
  const deleted = await offerMail(offer, offer.region, {
    kind: "deleted",
    reason,
    links: { newOffer: regionUrl(offer.region, offer.locale as Locale, pagePath("offerForm")) },
  });
  const advice = reason === "PLACED" ? await adviceRequestMail(offer, offer.region, now) : null;
  const wasActive = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, status: { not: "DELETED" } },
      data: { status: "DELETED", deletedAt: now, deletionReason: reason, wantsAdvice: reason === "PLACED" },
    });
    if (count === 0) return null;
    await tx.offerEvent.create({
      data: {
        regionSlug: offer.regionSlug,
        offerId: offer.id,
        type: reason === "PLACED" ? "PLACED" : "DELETED_BY_LANDLORD",
      },
    });
    await queueMail(tx, deleted);
    await eraseSeekerData(tx, offer.id);
    if (advice) {
      await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "ADVICE_REQUESTED" } });
      await queueMail(tx, advice);
    }
    return offer.status === "ACTIVE";
  });
  if (wasActive === null) return { outcome: "alreadyDeleted", listingChanged: false, regionSlug: offer.regionSlug, offerId: offer.id };
  return { outcome: "deleted", listingChanged: wasActive, regionSlug: offer.regionSlug, offerId: offer.id };
}

/**
 * Erases what seekers sent through the offer's contact form (it lives only in the outbox's mails): a deleted
 * offer keeps no seeker's details, also of a mail not yet delivered. The counts stay.
 */
async function eraseSeekerData(tx: Prisma.TransactionClient, offerId: string): Promise<void> {
  await tx.outboxMail.updateMany({
    where: { offerId, carriesSeekerData: true },
    data: { to: "", replyTo: null, bcc: null, subject: "", html: null, text: null },
  });
}

/** The municipal mailbox's own mail about a landlord who placed the offer and asks for further advice. */
async function adviceRequestMail(offer: Offer, region: Region, now: Date): Promise<OutgoingMail> {
  const mail = await renderAdviceRequestedMail({
    regionName: region.name,
    identity: regionIdentity(region),
    landlord: { name: offer.contactName, email: offer.contactEmail, phone: offer.contactPhone, language: offer.locale as Locale },
    offer: { id: offer.id, title: offer.title, place: offer.place, postalCode: offer.postalCode },
    requestedAt: now,
    adviceListUrl: regionUrl(region, "de", pagePath("staffAdvice")),
  });
  // Staff answer the landlord directly.
  return { regionSlug: region.slug, offerId: offer.id, to: region.mailbox, replyTo: offer.contactEmail, ...mail };
}

/**
 * An offer of the region, for the municipality's own buttons (staff pages), or null when the id names no offer of
 * this region. The id comes from a form: anything but a UUID would fail on the uuid column.
 */
export async function findRegionOffer(regionSlug: string, offerId: string): Promise<(Offer & { region: Region }) | null> {
  if (!z.uuid().safeParse(offerId).success) return null;
  return db().offer.findFirst({ where: { id: offerId, regionSlug }, include: { region: true } });
}

export type MunicipalDeleteOutcome = "deleted" | "notActive";

/** The municipality removes an active offer of its region; the landlord gets the "deleted" mail saying so. */
export async function deleteOfferByMunicipality(
  regionSlug: string,
  offerId: string,
): Promise<ActionResult<MunicipalDeleteOutcome> | null> {
  const offer = await findRegionOffer(regionSlug, offerId);
  if (!offer) return null;
  const mail = await offerMail(offer, offer.region, {
    kind: "deleted",
    reason: "BY_MUNICIPALITY",
    links: { newOffer: regionUrl(offer.region, offer.locale as Locale, pagePath("offerForm")) },
  });
  const deleted = await db().$transaction(async (tx) => {
    const { count } = await tx.offer.updateMany({
      where: { id: offer.id, regionSlug, status: "ACTIVE" },
      data: { status: "DELETED", deletedAt: new Date(), deletionReason: "BY_MUNICIPALITY" },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "DELETED_BY_MUNICIPALITY" } });
    await queueMail(tx, mail);
    await eraseSeekerData(tx, offer.id);
    return true;
  });
  return { outcome: deleted ? "deleted" : "notActive", listingChanged: deleted, regionSlug, offerId: offer.id };
}

/**
 * The municipality extends an active offer of its region by 7 days, with the landlord's limit. The landlord's
 * link token is not stored, so the landlord's mail carries the derived token for its buttons.
 */
export async function extendOfferByMunicipality(
  regionSlug: string,
  offerId: string,
): Promise<ActionResult<ExtendOutcome> | null> {
  const offer = await findRegionOffer(regionSlug, offerId);
  if (!offer) return null;
  const extended = await db().$transaction(async (tx) => {
    const expiresAt = await extendExpiry(tx, offer.id);
    if (!expiresAt) return false;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "EXTENDED_BY_MUNICIPALITY" } });
    if (!offer.derivedTokenHash) await tx.offer.update({ where: { id: offer.id }, data: { derivedTokenHash: derivedTokenHashOf(offer.id) } });
    const mail = await offerMail({ ...offer, expiresAt }, offer.region, {
      kind: "extendedByMunicipality",
      links: managementLinks(offer, offer.region, derivedToken("offer", offer.id)),
    });
    await queueMail(tx, mail);
    return true;
  });
  if (extended) return { outcome: "extended", listingChanged: true, regionSlug, offerId: offer.id };
  const current = (await findRegionOffer(regionSlug, offerId)) ?? offer;
  return { outcome: isStillActive(current) ? "limitReached" : "notActive", listingChanged: false, regionSlug, offerId: offer.id };
}

/**
 * The municipality changes an offer of its region (a landlord who phoned in a change), like the landlord's change;
 * the landlord's mail carries the derived token for its buttons, since the landlord's own is not stored.
 */
export async function changeOfferByMunicipality(
  regionSlug: string,
  offerId: string,
  input: OfferInput,
): Promise<ActionResult<ChangeOutcome> | null> {
  const offer = await findRegionOffer(regionSlug, offerId);
  if (!offer) return null;
  return saveChange(offer, input, {
    event: "CHANGED_BY_MUNICIPALITY",
    kind: "changedByMunicipality",
    token: derivedToken("offer", offer.id),
  });
}
