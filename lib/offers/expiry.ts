import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { confirmationWindowHours } from "./lifecycle";

export type ExpiryResult = {
  expired: number;
  purged: number;
  /** Expired or deleted offers whose personal data was erased after the retention period. */
  erased: number;
  /** Regions whose public listing changed, for revalidation. */
  regionSlugs: string[];
};

type RegionCount = { regionSlug: string; count: number };

/**
 * Hides offers whose display time is over, purges offers never confirmed within 48 hours (their personal data is
 * erased at once) and erases the personal data of offers expired or deleted more than RETENTION_DAYS ago. Each step
 * is one set-based statement that records its events; running it twice at the same moment is harmless because a
 * row leaves the matching state in the same statement. Events stay for the statistics; the outbox rows of an erased
 * offer lose recipient, subject (it names the offer's title) and bodies.
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
        "contactPhone" = NULL, "personalDataErasedAt" = now()
      WHERE "status" = 'PENDING_CONFIRMATION'::"OfferStatus"
        AND "createdAt" <= now() - make_interval(hours => ${confirmationWindowHours})
      RETURNING "id", "regionSlug"
    ), mails AS (
      UPDATE "OutboxMail" SET "to" = '', "replyTo" = NULL, "subject" = '', "html" = NULL, "text" = NULL
      WHERE "offerId" IN (SELECT "id" FROM purged)
    ), events AS (
      INSERT INTO "OfferEvent" ("regionSlug", "offerId", "type")
      SELECT "regionSlug", "id", 'PURGED_UNCONFIRMED'::"OfferEventType" FROM purged
      RETURNING "regionSlug"
    )
    SELECT "regionSlug", count(*)::int AS "count" FROM events GROUP BY "regionSlug"`;

  const [erased] = await db().$queryRaw<{ count: number }[]>`
    WITH erased AS (
      UPDATE "Offer" SET "title" = '', "description" = '', "contactName" = '', "contactEmail" = '',
        "contactPhone" = NULL, "personalDataErasedAt" = now()
      WHERE "personalDataErasedAt" IS NULL AND (
        ("status" = 'EXPIRED'::"OfferStatus" AND "expiresAt" <= now() - make_interval(days => ${env.RETENTION_DAYS}))
        OR ("status" = 'DELETED'::"OfferStatus" AND "deletedAt" <= now() - make_interval(days => ${env.RETENTION_DAYS}))
      )
      RETURNING "id"
    ), mails AS (
      UPDATE "OutboxMail" SET "to" = '', "replyTo" = NULL, "subject" = '', "html" = NULL, "text" = NULL
      WHERE "offerId" IN (SELECT "id" FROM erased)
    )
    SELECT count(*)::int AS "count" FROM erased`;

  const sum = (rows: RegionCount[]) => rows.reduce((total, row) => total + row.count, 0);
  return {
    expired: sum(expired),
    purged: sum(purged),
    erased: erased.count,
    regionSlugs: expired.map((row) => row.regionSlug),
  };
}
