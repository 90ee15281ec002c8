import "server-only";
import { createElement, type ReactElement } from "react";
import { mailTranslator } from "@/emails/components/i18n";
import type { MailIdentity } from "@/emails/components/mail-layout";
import OfferConfirmation from "@/emails/offer-confirmation";
import OfferDeleted from "@/emails/offer-deleted";
import OfferPublished from "@/emails/offer-published";
import { db } from "@/lib/db/client";
import type { Offer, Region } from "@/lib/db/generated/client";
import type { ContactRequestStatus } from "@/lib/db/generated/enums";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { registerMailComposer, type ComposedMail } from "@/lib/mail/composed-mails";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { renderMail, requireHttpUrl, subjectSafe, type RenderedMail } from "@/lib/mail/render";
import { regionIdentity } from "@/lib/regions/identity";
import { listingLanguage } from "@/lib/regions/listing-language";
import { regionUrl, type RegionAddress } from "@/lib/regions/urls";
import { pagePath, tokenLinkPath, type TokenLinkAction } from "@/lib/routes/site-routes";
import { derivedToken } from "@/lib/security/tokens";

/*
 * The mails to the landlord about an offer: how they read, who they go to, their buttons, and the reminder the job
 * queues, which the outbox composes when it delivers it (the lifecycle's steps queue the others,
 * lib/offers/lifecycle.ts).
 */

type OfferMailKind =
  | "confirmation"
  | "published"
  | "extended"
  | "changed"
  | "changedByMunicipality"
  | "extendedByMunicipality"
  | "reminder"
  | "deleted";
type OfferMailDeletionReason = "BY_LANDLORD" | "PLACED" | "BY_MUNICIPALITY";

export type OfferMail = {
  kind: OfferMailKind;
  locale: Locale;
  regionName: string;
  regionContactEmail: string;
  /** The region's logo and accent colour (regionIdentity in lib/regions/identity.ts). */
  identity?: MailIdentity;
  offer: {
    title: string;
    place: string;
    postalCode: string;
    durationDays: number;
    expiresAt?: Date;
    /** Required for the kinds with the requests button (all with buttons but the reminder): it fits the offer's state. */
    contactRequests?: ContactRequestStatus;
    contactRequestCount?: number;
  };
  /** Required for kind "deleted". */
  reason?: OfferMailDeletionReason;
  /**
   * Absolute http(s) URLs. Required per kind: confirmation → confirm; published, extended, changed and the
   * municipality's change and extension → delete, placed, extend, change, requests and offer (the published offer's
   * page); reminder → the same without requests; deleted → newOffer. Links a kind does not use are ignored.
   */
  links: {
    confirm?: string;
    delete?: string;
    placed?: string;
    extend?: string;
    change?: string;
    requests?: string;
    newOffer?: string;
    offer?: string;
  };
};

/** The buttons of the mails that manage an active offer (published, extended, changed, also by the municipality). */
const managementActions: TokenLinkAction<"offer">[] = ["extend", "change", "requests", "delete", "placed"];

/** The absolute URLs of the mail's buttons, in the landlord's language. */
export function links(offer: Pick<Offer, "locale">, region: RegionAddress, token: string, actions: TokenLinkAction<"offer">[]) {
  const locale = offer.locale as Locale;
  return Object.fromEntries(
    actions.map((action) => [action, regionUrl(region, locale, tokenLinkPath("offer", { token, action }))]),
  ) as OfferMail["links"];
}

/** The published offer's public page, in the landlord's language where the region lists offers in it. */
export function publishedOfferUrl(offer: Pick<Offer, "id" | "locale">, region: RegionAddress & Pick<Region, "listingLocales">): string {
  return regionUrl(region, listingLanguage(region, [offer.locale]), pagePath("offer", { offerId: offer.id }));
}

/** The links of the mails about a listed offer: its buttons and its published page. */
export function managementLinks(
  offer: Pick<Offer, "id" | "locale">,
  region: RegionAddress & Pick<Region, "listingLocales">,
  token: string,
  actions = managementActions,
): OfferMail["links"] {
  return { ...links(offer, region, token, actions), offer: publishedOfferUrl(offer, region) };
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
 * Renders one mail to the landlord: localized subject, HTML and plain text. Pure (no database, no sending).
 * Throws on a missing link, reason or expiry date the kind needs, and on a missing message.
 */
export async function renderOfferMail(mail: OfferMail): Promise<RenderedMail> {
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  const title = subjectSafe(mail.offer.title);
  const { locale, regionName, offer } = mail;
  const base = { locale, messages, regionName, identity: mail.identity };

  let subject: string;
  let element: ReactElement;
  switch (mail.kind) {
    case "confirmation":
      subject = t("confirmation.subject", { title });
      element = createElement(OfferConfirmation, { ...base, offer, links: { confirm: requireLink(mail, "confirm") } });
      break;
    case "published":
    case "extended":
    case "changed":
    case "changedByMunicipality":
    case "extendedByMunicipality":
    case "reminder": {
      const expiresAt = mail.offer.expiresAt;
      if (!expiresAt) throw new Error(`Mail "${mail.kind}" needs offer.expiresAt`);
      const links = {
        delete: requireLink(mail, "delete"),
        placed: requireLink(mail, "placed"),
        extend: requireLink(mail, "extend"),
        change: requireLink(mail, "change"),
        offer: requireLink(mail, "offer"),
      };
      const { contactRequests, contactRequestCount } = mail.offer;
      // The reminder asks one question and offers only the buttons that answer it.
      const requests =
        mail.kind === "reminder"
          ? undefined
          : contactRequests && contactRequestCount !== undefined
            ? { status: contactRequests, count: contactRequestCount, href: requireLink(mail, "requests") }
            : null;
      if (requests === null) throw new Error(`Mail "${mail.kind}" needs the offer's contact requests`);
      subject = t(`${mail.kind}.subject`, { title });
      element = createElement(OfferPublished, { ...base, kind: mail.kind, offer: { ...offer, expiresAt }, links, requests });
      break;
    }
    case "deleted": {
      const reason = mail.reason;
      if (!reason) throw new Error('Mail "deleted" needs a reason');
      subject = t(`deleted.subject.${reason}`, { title });
      element = createElement(OfferDeleted, {
        ...base,
        regionContactEmail: mail.regionContactEmail,
        reason,
        offer,
        links: { newOffer: requireLink(mail, "newOffer") },
      });
      break;
    }
    default:
      throw new Error(`Unknown mail kind: ${String((mail as { kind: unknown }).kind)}`);
  }

  return renderMail(subject, element);
}

function requireLink(mail: OfferMail, name: keyof OfferMail["links"]): string {
  const url = mail.links[name];
  if (!url) throw new Error(`Mail "${mail.kind}" needs links.${name}`);
  return requireHttpUrl(url, `links.${name}`);
}

/**
 * The reminder "is your offer still available?", written when it is delivered, with the link to the offer and the
 * buttons extend, change, delete and placed: they carry the offer's derived token, as the job that queued it has no other. Null when the
 * offer was deleted, has ended or was extended since (its end is no longer the one the reminder was queued for).
 */
async function composeOfferReminderMail(mail: {
  offerId: string | null;
  reminderFor: Date | null;
}): Promise<ComposedMail | null> {
  if (!mail.offerId) return null;
  const offer = await db().offer.findUnique({ where: { id: mail.offerId }, include: { region: true } });
  if (!offer || offer.status !== "ACTIVE" || offer.personalDataErasedAt || !offer.expiresAt || offer.expiresAt <= new Date()) return null;
  if (offer.expiresAt.getTime() !== mail.reminderFor?.getTime()) return null;
  const { subject, html, text } = await offerMail(offer, offer.region, {
    kind: "reminder",
    links: managementLinks(offer, offer.region, derivedToken("offer", offer.id), ["extend", "change", "delete", "placed"]),
  });
  return { subject, html, text };
}

registerMailComposer("OFFER_REMINDER", composeOfferReminderMail);
