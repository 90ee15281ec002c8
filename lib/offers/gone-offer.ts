import "server-only";
import { db } from "@/lib/db/client";
import type { AccommodationType } from "@/lib/db/generated/client";

/** What a gone offer's page still tells: the facts a search for similar offers starts from (never personal data). */
export type GoneOffer = { type: AccommodationType; place: string };

/**
 * An offer of this region that was published and is listed no more: deleted, or expired (also one whose display
 * time ran out before the expiry job marked it). Type and place outlive the erasure of its personal data after
 * RETENTION_DAYS. Null for an id never published here (unknown, another region's, waiting for confirmation or purged
 * unconfirmed, in the municipality's review, rejected by it or deleted before it was approved): those keep the
 * generic 404; a published offer always got a display time. One query, made only when the listing's cache does not hold the offer;
 * the page it renders is cached like an offer's.
 */
export async function getGoneOffer(regionSlug: string, offerId: string, now = new Date()): Promise<GoneOffer | null> {
  return db().offer.findFirst({
    where: {
      id: offerId,
      regionSlug,
      confirmedAt: { not: null },
      expiresAt: { not: null },
      OR: [{ status: { in: ["EXPIRED", "DELETED"] } }, { status: "ACTIVE", expiresAt: { lte: now } }],
    },
    select: { type: true, place: true },
  });
}
