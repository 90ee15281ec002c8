import { db } from "@/lib/db/client";
import { confirmationWindowHours } from "./lifecycle";

export type ExpiryResult = {
  expired: number;
  purged: number;
  /** Regions whose public listing changed, for revalidation. */
  regionSlugs: string[];
};

type RegionCount = { regionSlug: string; count: number };

/**
 * Hides offers whose display time is over and purges offers never confirmed within 48 hours (their personal
 * data is erased at once). Each step is one set-based statement that records its events; running it twice at
 * the same moment is harmless because a row leaves the matching status in the same statement.
 */
export async function runExpiry(): Promise<ExpiryResult> {
  const expired = await db().$queryRaw<RegionCount[]>`
    WITH expired AS (
      UPDATE "Offer" SET "status" = 'EXPIRED'::"OfferStatus", "deletionReason" = 'EXPIRED'::"DeletionReason"
      WHERE "status" = 'ACTIVE'::"OfferStatus" AND "expiresAt" <= now()
      RETURNING "id", "regionSlug"
    ), events AS (
      INSERT INTO "OfferEvent" ("regionSlug", "offerId", "type")
      SELECT "regionSlug", "id", 'EXPIRED'::"OfferEventType" FROM expired
      RETURNING "regionSlug"
    )
    SELECT "regionSlug", count(*)::int AS "count" FROM events GROUP BY "regionSlug"`;

  const purged = await db().$queryRaw<RegionCount[]>`
    WITH purged AS (
      UPDATE "Offer" SET "status" = 'DELETED'::"OfferStatus", "deletionReason" = 'UNCONFIRMED'::"DeletionReason",
        "deletedAt" = now(), "title" = '', "description" = '', "contactName" = '', "contactEmail" = '',
        "contactPhone" = NULL
      WHERE "status" = 'PENDING_CONFIRMATION'::"OfferStatus"
        AND "createdAt" <= now() - make_interval(hours => ${confirmationWindowHours})
      RETURNING "id", "regionSlug"
    ), events AS (
      INSERT INTO "OfferEvent" ("regionSlug", "offerId", "type")
      SELECT "regionSlug", "id", 'PURGED_UNCONFIRMED'::"OfferEventType" FROM purged
      RETURNING "regionSlug"
    )
    SELECT "regionSlug", count(*)::int AS "count" FROM events GROUP BY "regionSlug"`;

  const sum = (rows: RegionCount[]) => rows.reduce((total, row) => total + row.count, 0);
  return { expired: sum(expired), purged: sum(purged), regionSlugs: expired.map((row) => row.regionSlug) };
}
