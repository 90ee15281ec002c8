import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { queueMail } from "@/lib/mail/outbox";
import { limitsOfForm } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { renderReportMail } from "./report-mail";
import type { ReportInput } from "./report-schema";

export type ReportOutcome = "reported" | "rateLimited" | "offerUnavailable";

/**
 * Someone reports a listed offer: the report is stored for the region's statistics and a mail to the region's
 * municipal mailbox is queued in the same transaction (the caller delivers it after the response).
 * `clientKey` identifies the sender for the rate limit without revealing them (see clientAddressKey).
 * A filled-in honeypot is answered like a report, but nothing is counted, stored or sent.
 */
export async function reportOffer(
  regionSlug: string,
  offerId: string,
  input: ReportInput,
  clientKey: string,
  now = new Date(),
): Promise<ReportOutcome> {
  if (input.website !== "") return "reported";
  const granted = await consumeRateLimits(limitsOfForm("reportForm", { regionSlug, clientKey }), now);
  if (granted.includes(false)) return "rateLimited";

  // The id comes from the URL: anything but a UUID would make PostgreSQL fail on the uuid column.
  if (!z.uuid().safeParse(offerId).success) return "offerUnavailable";
  const offer = await db().offer.findFirst({
    where: { id: offerId, regionSlug, status: "ACTIVE", expiresAt: { gt: now } },
    include: { region: true },
  });
  if (!offer) return "offerUnavailable";

  const mail = await renderReportMail({
    regionName: offer.region.name,
    identity: regionIdentity(offer.region),
    offer: { id: offer.id, title: offer.title, place: offer.place, postalCode: offer.postalCode },
    reason: input.reason,
    message: input.message,
    contact: input.contact,
    reportedAt: now,
    offerUrl: regionUrl(offer.region, "de", pagePath("offer", { offerId: offer.id })),
    removeUrl: regionUrl(offer.region, "de", pagePath("staffOfferRemoval", { offerId: offer.id })),
  });
  await db().$transaction(async (tx) => {
    await tx.offerReport.create({ data: { regionSlug: offer.regionSlug, offerId: offer.id, reason: input.reason } });
    // Staff can answer a reporter who left an e-mail address (a phone number is in the mail only).
    const replyTo = input.contact && z.email().safeParse(input.contact).success ? input.contact : null;
    await queueMail(tx, { regionSlug: offer.regionSlug, offerId: offer.id, to: offer.region.mailbox, replyTo, ...mail });
  });
  return "reported";
}
