import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { ContactRequestStatus } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";
import { derivedTokenHashOf } from "@/lib/offers/lifecycle";
import { links } from "@/lib/offers/offer-mails";
import { limitsOfForm } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { derivedToken } from "@/lib/security/tokens";
import { renderContactRequestMail, renderContactRequestSentMail, renderContactRequestsFullMail } from "./contact-request-mails";
import type { ContactRequestInput } from "./contact-request-schema";

export type ContactOutcome =
  | { outcome: "sent"; listingChanged: boolean; regionSlug: string }
  | { outcome: "rateLimited" | "notTakingRequests" | "offerUnavailable" };

/**
 * A seeker asks an offer's landlord for contact. The exchange passes the request on by mail, in the landlord's
 * language, with Reply-To the seeker's address; the seeker gets a confirmation in the seeker's language (when an
 * e-mail address was given). The landlord's address never reaches the seeker. One conditional update counts the
 * request and closes the offer to further requests once the region's number per offer is reached; the count, its
 * event and both mails are written in one transaction. The landlord's mails carry the button that pauses requests
 * (or, once the limit is reached, takes them again) on the offer's derived token, whose hash an offer from before it
 * gets in the same update. `clientKey` is the keyed hash of the client's address.
 */
export async function requestContact(
  regionSlug: string,
  offerId: string,
  input: ContactRequestInput,
  seekerLocale: Locale,
  clientKey: string,
  now = new Date(),
): Promise<ContactOutcome> {
  // The id comes from the URL: anything but a UUID would make PostgreSQL fail on the uuid column.
  if (!z.uuid().safeParse(offerId).success) return { outcome: "offerUnavailable" };
  const seekerAddress = input.contactEmail ?? input.contactPhone ?? "";
  const limits = limitsOfForm("contactForm", { regionSlug, clientKey, params: { offerId }, contactEmail: seekerAddress });
  const granted = await consumeRateLimits(limits, now);
  if (granted.includes(false)) return { outcome: "rateLimited" };

  const offer = await db().offer.findFirst({
    where: { id: offerId, regionSlug, status: "ACTIVE", expiresAt: { gt: now } },
    include: { region: true },
  });
  if (!offer) return { outcome: "offerUnavailable" };
  if (offer.contactRequests !== "OPEN") return { outcome: "notTakingRequests" };
  const { region } = offer;

  const seeker = {
    name: input.name,
    adults: input.adults,
    children: input.children,
    pets: input.pets,
    neededFrom: input.neededFrom!,
    stay: input.stay,
    languages: input.languages,
    phone: input.contactPhone ?? null,
    email: input.contactEmail ?? null,
    message: input.message,
    locale: seekerLocale,
  };
  const landlordLocale = offer.locale as Locale;
  const summary = { title: offer.title, place: offer.place, postalCode: offer.postalCode };
  const base = { regionName: region.name, identity: regionIdentity(region), regionContactEmail: region.contactEmail };
  const requestsUrl = links(offer, region, derivedToken("offer", offer.id), ["requests"]).requests!;
  const [toLandlord, toSeeker] = await Promise.all([
    renderContactRequestMail({
      ...base,
      locale: landlordLocale,
      offer: summary,
      seeker,
      copyToMunicipality: region.contactRequestCopies,
      requestsUrl,
    }),
    seeker.email
      ? renderContactRequestSentMail({
          ...base,
          locale: seekerLocale,
          offer: { ...summary, textLanguage: landlordLocale },
          offerUrl: regionUrl(region, seekerLocale, pagePath("offer", { offerId: offer.id })),
          seeker,
          regionContactPhone: region.contactPhone,
        })
      : null,
  ]);

  const result = await db().$transaction(async (tx) => {
    // Counted and, at the limit, closed in one statement: simultaneous requests never pass the limit.
    const rows = await tx.$queryRaw<{ contactRequests: ContactRequestStatus }[]>`
      UPDATE "Offer" SET "contactRequestCount" = "contactRequestCount" + 1,
        "contactRequests" = CASE
          WHEN "contactRequestCount" + 1 - "contactRequestsCountedFrom" >= ${region.contactRequestsPerOffer}
          THEN 'FULL'::"ContactRequestStatus" ELSE 'OPEN'::"ContactRequestStatus" END,
        "derivedTokenHash" = COALESCE("derivedTokenHash", ${derivedTokenHashOf(offer.id)})
      WHERE "id" = ${offer.id}::uuid AND "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" > now()
        AND "contactRequests" = 'OPEN'::"ContactRequestStatus"
      RETURNING "contactRequests"`;
    if (rows.length === 0) return null;
    await tx.offerEvent.create({ data: { regionSlug, offerId: offer.id, type: "CONTACT_REQUESTED" } });
    await queueMail(tx, {
      regionSlug,
      offerId: offer.id,
      to: offer.contactEmail,
      // The seekers' details reach the municipal mailbox only where the region turned that on.
      bcc: region.contactRequestCopies ? region.mailbox : null,
      replyTo: seeker.email,
      carriesSeekerData: true,
      ...toLandlord,
    });
    if (toSeeker && seeker.email) {
      await queueMail(tx, { regionSlug, offerId: offer.id, to: seeker.email, carriesSeekerData: true, ...toSeeker });
    }
    const full = rows[0].contactRequests === "FULL";
    if (full) {
      // Told once: only the request that reached the limit finds the offer open and leaves it full.
      const notice = await renderContactRequestsFullMail({
        ...base,
        locale: landlordLocale,
        offer: summary,
        count: region.contactRequestsPerOffer,
        requestsUrl,
      });
      await queueMail(tx, {
        regionSlug,
        offerId: offer.id,
        to: offer.contactEmail,
        bcc: region.mailbox,
        replyTo: region.contactEmail,
        ...notice,
      });
    }
    return { full };
  });
  if (!result) return { outcome: "notTakingRequests" };
  return { outcome: "sent", listingChanged: result.full, regionSlug };
}
