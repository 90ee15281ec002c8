import "server-only";
import { db } from "@/lib/db/client";
import type { Offer, Region } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import type { ComposedMail } from "@/lib/mail/composed-mails";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { renderOfferMail, type OfferMail } from "@/lib/mail/render";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl, type RegionAddress } from "@/lib/regions/urls";
import { derivedToken } from "@/lib/security/tokens";
import { offerLinkPath, type OfferLinkAction } from "./links";

/*
 * The mails to the landlord about an offer: who they go to, their buttons, and the reminder the job queues (the
 * lifecycle's steps queue the others, lib/offers/lifecycle.ts).
 */

/** The buttons of the mails that manage an active offer (published, extended, changed, also by the municipality). */
export const managementActions: OfferLinkAction[] = ["delete", "placed", "extend", "change", "requests"];

/** The absolute URLs of the mail's buttons, in the landlord's language. */
export function links(offer: Pick<Offer, "locale">, region: RegionAddress, token: string, actions: OfferLinkAction[]) {
  const locale = offer.locale as Locale;
  return Object.fromEntries(
    actions.map((action) => [action, regionUrl(region, locale, offerLinkPath(token, action))]),
  ) as OfferMail["links"];
}

export type MailedOffer = Pick<
  Offer,
  "id" | "locale" | "title" | "place" | "postalCode" | "durationDays" | "expiresAt" | "contactEmail" | "contactRequests" | "contactRequestCount"
>;

/**
 * Who a mail to the landlord goes to: the landlord, by BCC the municipal mailbox, and a landlord's answer to the
 * municipality's contact for landlords, not to the sender address.
 */
export function toLandlord(offer: Pick<Offer, "id" | "contactEmail">, region: Region) {
  return { regionSlug: region.slug, offerId: offer.id, to: offer.contactEmail, bcc: region.mailbox, replyTo: region.contactEmail };
}

/**
 * A mail to the landlord about the offer, ready for the outbox. Rendered before the transaction that queues it
 * wherever its content is known beforehand, so no row lock waits on rendering.
 */
export async function offerMail(
  offer: MailedOffer,
  region: Region,
  mail: Pick<OfferMail, "kind" | "links" | "reason">,
): Promise<OutgoingMail> {
  const rendered = await renderOfferMail({
    ...mail,
    locale: offer.locale as Locale,
    regionName: region.name,
    regionContactEmail: region.contactEmail,
    identity: regionIdentity(region),
    offer: {
      title: offer.title,
      place: offer.place,
      postalCode: offer.postalCode,
      durationDays: offer.durationDays,
      expiresAt: offer.expiresAt ?? undefined,
      contactRequests: offer.contactRequests,
      contactRequestCount: offer.contactRequestCount,
    },
  });
  return { ...toLandlord(offer, region), ...rendered };
}

/**
 * The reminder "is your offer still available?", written when it is delivered, with the buttons extend, delete,
 * placed and change: they carry the offer's derived token, as the job that queued it has no other. Null when the
 * offer was deleted, has ended or was extended since (its end is no longer the one the reminder was queued for).
 */
export async function composeOfferReminderMail(mail: {
  offerId: string | null;
  reminderFor: Date | null;
}): Promise<ComposedMail | null> {
  if (!mail.offerId) return null;
  const offer = await db().offer.findUnique({ where: { id: mail.offerId }, include: { region: true } });
  if (!offer || offer.status !== "ACTIVE" || offer.personalDataErasedAt || !offer.expiresAt || offer.expiresAt <= new Date()) return null;
  if (offer.expiresAt.getTime() !== mail.reminderFor?.getTime()) return null;
  const { subject, html, text } = await offerMail(offer, offer.region, {
    kind: "reminder",
    links: links(offer, offer.region, derivedToken("offer", offer.id), ["extend", "delete", "placed", "change"]),
  });
  return { subject, html, text };
}
