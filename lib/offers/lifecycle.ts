import { db } from "@/lib/db/client";
import type { Offer, Prisma, Region } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";
import { renderOfferMail, type OfferMail } from "@/lib/mail/render";
import { regionUrl, type RegionAddress } from "@/lib/regions/urls";
import type { OfferInput } from "./offer-schema";
import { offerLinkPath, type OfferLinkAction } from "./links";
import { createToken, hashToken, isWellFormedToken, tokenMatches } from "./tokens";

/**
 * The offer's lifecycle: submitted → (confirmed) active → expired or deleted. Every change is one conditional
 * update, so repeated or simultaneous clicks cannot apply a step twice, and its event and mail are written in
 * the same transaction. Callers revalidate the region's listing when `listingChanged` is true.
 */

export const confirmationWindowHours = 48;
export const extensionDays = 7;
/** An offer never runs further ahead than this, however often it is extended. */
export const maxDaysAhead = 60;

const dayMs = 24 * 60 * 60 * 1000;

/** What a button did; `listingChanged` tells the caller to revalidate the region's listing. */
export type ActionResult<Outcome> = { outcome: Outcome; listingChanged: boolean; regionSlug: string };

export type LandlordDeletionReason = "BY_LANDLORD" | "PLACED";

export type OfferByToken = Offer & { region: Region };

/** The offer a link token belongs to, or null for a malformed, unknown or purged token. Reads only. */
export async function findOfferByToken(token: string): Promise<OfferByToken | null> {
  if (!isWellFormedToken(token)) return null;
  const offer = await db().offer.findUnique({ where: { tokenHash: hashToken(token) }, include: { region: true } });
  if (!offer || !tokenMatches(token, offer.tokenHash)) return null;
  if (offer.status === "DELETED" && offer.deletionReason === "UNCONFIRMED") return null;
  return offer;
}

export function confirmationDeadline(offer: Pick<Offer, "createdAt">): Date {
  return new Date(offer.createdAt.getTime() + confirmationWindowHours * 60 * 60 * 1000);
}

export function latestExpiry(now = new Date()): Date {
  return new Date(now.getTime() + maxDaysAhead * dayMs);
}

function links(offer: Pick<Offer, "locale">, region: RegionAddress, token: string, actions: OfferLinkAction[]) {
  const locale = offer.locale as Locale;
  return Object.fromEntries(
    actions.map((action) => [action, regionUrl(region, locale, offerLinkPath(token, action))]),
  ) as OfferMail["links"];
}

async function queueOfferMail(
  tx: Prisma.TransactionClient,
  offer: Offer,
  region: Region,
  mail: Pick<OfferMail, "kind" | "links" | "reason">,
) {
  const rendered = await renderOfferMail({
    ...mail,
    locale: offer.locale as Locale,
    regionName: region.name,
    regionContactEmail: region.contactEmail,
    offer: {
      title: offer.title,
      place: offer.place,
      postalCode: offer.postalCode,
      durationDays: offer.durationDays,
      expiresAt: offer.expiresAt ?? undefined,
    },
  });
  await queueMail(tx, {
    regionSlug: region.slug,
    offerId: offer.id,
    to: offer.contactEmail,
    bcc: region.mailbox,
    ...rendered,
  });
}

/**
 * Stores a new offer (pending confirmation) with its consent record and queues the confirmation mail
 * in the same transaction. Returns the new offer's id.
 */
export async function submitOffer(regionSlug: string, input: OfferInput, locale: Locale): Promise<{ offerId: string }> {
  const region = await db().region.findUniqueOrThrow({ where: { slug: regionSlug } });
  const { token, tokenHash } = createToken();
  const { privacyConsent: _consent, availableFrom, availableUntil, ...fields } = input;
  const offer = await db().$transaction(async (tx) => {
    const created = await tx.offer.create({
      data: {
        ...fields,
        regionSlug,
        tokenHash,
        locale,
        availableFrom: new Date(`${availableFrom}T00:00:00Z`),
        availableUntil: availableUntil ? new Date(`${availableUntil}T00:00:00Z`) : null,
        contactPhone: fields.contactPhone ?? null,
        areaSqm: fields.areaSqm ?? null,
        coldRent: fields.freeOfCharge ? null : (fields.coldRent ?? null),
        runningCosts: fields.freeOfCharge ? null : (fields.runningCosts ?? null),
        deposit: fields.freeOfCharge ? null : (fields.deposit ?? null),
        consentedAt: new Date(),
        privacyPolicyVersion: region.privacyPolicyVersion,
      },
    });
    await tx.offerEvent.create({ data: { regionSlug, offerId: created.id, type: "SUBMITTED" } });
    await queueOfferMail(tx, created, region, { kind: "confirmation", links: links(created, region, token, ["confirm"]) });
    return created;
  });
  return { offerId: offer.id };
}

export type ConfirmOutcome = "confirmed" | "alreadyActive" | "windowPassed" | "expired" | "deleted";

/** Publishes a pending offer if its confirmation window is still open; sends the management mail. */
export async function confirmOffer(token: string): Promise<ActionResult<ConfirmOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const now = new Date();
  const confirmed = await db().$transaction(async (tx) => {
    const expiresAt = new Date(now.getTime() + offer.durationDays * dayMs);
    const { count } = await tx.offer.updateMany({
      where: {
        id: offer.id,
        status: "PENDING_CONFIRMATION",
        createdAt: { gt: new Date(now.getTime() - confirmationWindowHours * 60 * 60 * 1000) },
      },
      data: { status: "ACTIVE", confirmedAt: now, expiresAt },
    });
    if (count === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "CONFIRMED" } });
    await queueOfferMail(tx, { ...offer, status: "ACTIVE", confirmedAt: now, expiresAt }, offer.region, {
      kind: "published",
      links: links(offer, offer.region, token, ["delete", "placed", "extend"]),
    });
    return true;
  });
  if (confirmed) return { outcome: "confirmed", listingChanged: true, regionSlug: offer.regionSlug };
  return {
    outcome: outcomeOfUnchanged((await findOfferByToken(token)) ?? offer),
    listingChanged: false,
    regionSlug: offer.regionSlug,
  };
}

function outcomeOfUnchanged(offer: Offer): Exclude<ConfirmOutcome, "confirmed"> {
  if (offer.status === "ACTIVE") return "alreadyActive";
  if (offer.status === "EXPIRED") return "expired";
  if (offer.status === "DELETED") return "deleted";
  return "windowPassed";
}

export type ExtendOutcome = "extended" | "limitReached" | "notActive";

/** Moves an active offer's expiry 7 days further, never beyond `maxDaysAhead` from now. */
export async function extendOffer(token: string): Promise<ActionResult<ExtendOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const extended = await db().$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ expiresAt: Date }[]>`
      UPDATE "Offer" SET "expiresAt" = "expiresAt" + make_interval(days => ${extensionDays})
      WHERE "id" = ${offer.id}::uuid AND "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" > now()
        AND "expiresAt" + make_interval(days => ${extensionDays}) <= now() + make_interval(days => ${maxDaysAhead})
      RETURNING "expiresAt"`;
    if (rows.length === 0) return false;
    await tx.offerEvent.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, type: "EXTENDED" } });
    await queueOfferMail(tx, { ...offer, expiresAt: rows[0].expiresAt }, offer.region, {
      kind: "extended",
      links: links(offer, offer.region, token, ["delete", "placed", "extend"]),
    });
    return true;
  });
  if (extended) return { outcome: "extended", listingChanged: true, regionSlug: offer.regionSlug };
  const current = (await findOfferByToken(token)) ?? offer;
  const stillActive = current.status === "ACTIVE" && current.expiresAt && current.expiresAt > new Date();
  return { outcome: stillActive ? "limitReached" : "notActive", listingChanged: false, regionSlug: offer.regionSlug };
}

export type DeleteOutcome = "deleted" | "alreadyDeleted";

/** Deletes an offer for its landlord; "placed" also records the wish for further advice. */
export async function deleteOffer(
  token: string,
  reason: LandlordDeletionReason,
): Promise<ActionResult<DeleteOutcome> | null> {
  const offer = await findOfferByToken(token);
  if (!offer) return null;
  const now = new Date();
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
    await queueOfferMail(tx, offer, offer.region, {
      kind: "deleted",
      reason,
      links: { newOffer: regionUrl(offer.region, offer.locale as Locale, "/anbieten") },
    });
    return offer.status === "ACTIVE";
  });
  if (wasActive === null) return { outcome: "alreadyDeleted", listingChanged: false, regionSlug: offer.regionSlug };
  return { outcome: "deleted", listingChanged: wasActive, regionSlug: offer.regionSlug };
}
