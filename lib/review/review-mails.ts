import "server-only";
import { createElement } from "react";
import { mailTranslator, staffMailTranslator } from "@/emails/components/i18n";
import OfferInReview from "@/emails/offer-in-review";
import OfferRejected from "@/emails/offer-rejected";
import OfferToReview from "@/emails/offer-to-review";
import type { Offer, Region, RejectionReason } from "@/lib/db/generated/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { renderMail, requireHttpUrl, subjectSafe } from "@/lib/mail/render";
import { links, toLandlord } from "@/lib/offers/offer-mails";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { reviewAnchor } from "./review-anchor";

/*
 * The mails of the municipality's check: to the landlord (in review; rejected, with the reason) in the landlord's
 * language with the municipal mailbox in BCC like every landlord mail, and the one mail per offer to the mailbox.
 * The approval sends the existing management mail (lib/offers/offer-mails.ts, kind "published").
 */

type ReviewedOffer = Pick<Offer, "id" | "locale" | "title" | "place" | "postalCode" | "durationDays" | "contactEmail">;

/** "Your offer is being checked; you will hear from us", with the buttons that work meanwhile (change, delete). */
export async function inReviewMail(offer: ReviewedOffer, region: Region, token: string): Promise<OutgoingMail> {
  const locale = offer.locale as Locale;
  const messages = await loadMessages(locale);
  const t = mailTranslator(locale, messages);
  const buttons = links(offer, region, token, ["delete", "change"]);
  const rendered = await renderMail(
    t("inReview.subject", { title: subjectSafe(offer.title) }),
    createElement(OfferInReview, {
      locale,
      messages,
      regionName: region.name,
      identity: regionIdentity(region),
      offer,
      links: { delete: requireHttpUrl(buttons.delete ?? "", "links.delete"), change: requireHttpUrl(buttons.change ?? "", "links.change") },
    }),
  );
  return { ...toLandlord(offer, region), ...rendered };
}

/**
 * The check refused the offer, or (`what` "text") the changed text of a listed offer, which keeps its listed text:
 * the reason from the list and the staff's note, in the landlord's language.
 */
export async function rejectedMail(
  offer: ReviewedOffer,
  region: Region,
  reason: RejectionReason,
  note: string,
  what: "offer" | "text" = "offer",
): Promise<OutgoingMail> {
  const locale = offer.locale as Locale;
  const messages = await loadMessages(locale);
  const t = mailTranslator(locale, messages);
  const rendered = await renderMail(
    t(what === "text" ? "textRejected.subject" : "rejected.subject", { title: subjectSafe(offer.title) }),
    createElement(OfferRejected, {
      locale,
      messages,
      regionName: region.name,
      identity: regionIdentity(region),
      regionContactEmail: region.contactEmail,
      reason,
      note,
      what,
      offer,
      links: { newOffer: regionUrl(region, locale, pagePath("offerForm")) },
    }),
  );
  return { ...toLandlord(offer, region), ...rendered };
}

/**
 * The municipal mailbox's mail about an offer to check (or a listed offer's changed text), in German, linking to it on the queue page. It goes to the
 * mailbox itself, so it needs no BCC; an answer goes to the landlord.
 */
export async function reviewRequestMail(offer: ReviewedOffer, region: Region, what: "offer" | "text" = "offer"): Promise<OutgoingMail> {
  const messages = await loadMessages("de");
  const t = staffMailTranslator("de", messages);
  const reviewUrl = `${regionUrl(region, "de", pagePath("staffReview"))}#${reviewAnchor(offer.id)}`;
  const rendered = await renderMail(
    t("review.subject", { title: subjectSafe(offer.title) }),
    createElement(OfferToReview, { messages, regionName: region.name, identity: regionIdentity(region), offer, what, reviewUrl }),
  );
  return { regionSlug: region.slug, offerId: offer.id, to: region.mailbox, replyTo: offer.contactEmail, ...rendered };
}
