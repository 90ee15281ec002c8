import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { newMessageIdSql } from "@/lib/mail/outbox";
import { confirmationWindowHours, derivedTokenHashOf } from "./lifecycle";

export type ExpiryResult = {
  expired: number;
  purged: number;
  /** Expired or deleted offers whose personal data was erased after the retention period. */
  erased: number;
  /** Landlords reminded that their offer's display time ends soon. */
  reminded: number;
  /** Regions whose public listing changed, for revalidation. */
  regionSlugs: string[];
};

type RegionCount = { regionSlug: string; count: number };

/**
 * Hides offers whose display time is over, purges offers never confirmed within 48 hours (their personal data is
 * erased at once), erases the personal data of offers expired or deleted more than RETENTION_DAYS ago (and the
 * checked mark of a landlord none of whose offers is left with the address), and reminds
 * landlords whose offer ends soon (`remindLandlords`). Each step is one set-based statement that records its events
 * or mails; running it twice at the same moment is harmless because a row leaves the matching state in the same
 * statement. Events stay for the statistics; the outbox rows of an erased
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
        "contactEmailHash" = NULL, "contactPhone" = NULL,
        "pendingTitle" = NULL, "pendingDescription" = NULL, "pendingSince" = NULL, "personalDataErasedAt" = now()
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
        "contactEmailHash" = NULL, "contactPhone" = NULL,
        "pendingTitle" = NULL, "pendingDescription" = NULL, "pendingSince" = NULL, "personalDataErasedAt" = now()
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

  // A checked landlord's mark goes with the last offer that carried the address's hash (erased just above).
  await db().$executeRaw`
    DELETE FROM "CheckedLandlord" AS mark
    WHERE NOT EXISTS (
      SELECT 1 FROM "Offer" AS offer
      WHERE offer."regionSlug" = mark."regionSlug" AND offer."contactEmailHash" = mark."contactEmailHash"
    )`;

  const reminded = await remindLandlords();

  const sum = (rows: RegionCount[]) => rows.reduce((total, row) => total + row.count, 0);
  return {
    expired: sum(expired),
    purged: sum(purged),
    erased: erased.count,
    reminded,
    regionSlugs: expired.map((row) => row.regionSlug),
  };
}

/** How long before its end an offer's reminder is due: two days, one day for an offer shown three days. */
export const reminderDays = { default: 2, threeDayOffers: 1 } as const;

/**
 * One mail per display period, shortly before it ends, "is your offer still available?", in regions that keep
 * reminders on. One statement claims the due offers (`reminderSentFor` becomes the end it is sent for, so an
 * extension makes a new reminder due) and queues their mails, to the landlord with the municipal mailbox in BCC,
 * composed when they are delivered (lib/offers/offer-mails.ts); a run beside this one waits for the claimed rows and
 * skips them. Offers from before the derived token get its hash in the same transaction.
 */
async function remindLandlords(): Promise<number> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; derivedTokenHash: string | null }[]>`
      WITH due AS (
        UPDATE "Offer" AS offer SET "reminderSentFor" = offer."expiresAt"
        FROM "Region" AS region
        WHERE region."slug" = offer."regionSlug" AND region."reminders"
          AND offer."status" = 'ACTIVE'::"OfferStatus" AND offer."expiresAt" > now()
          AND offer."expiresAt" <= now() + make_interval(days => CASE WHEN offer."durationDays" = 3
            THEN ${reminderDays.threeDayOffers}::int ELSE ${reminderDays.default}::int END)
          AND offer."reminderSentFor" IS DISTINCT FROM offer."expiresAt"
        RETURNING offer."id", offer."regionSlug", offer."expiresAt", offer."contactEmail", offer."derivedTokenHash",
          region."mailbox", region."contactEmail" AS "regionContactEmail"
      ), mails AS (
        INSERT INTO "OutboxMail" ("id", "regionSlug", "offerId", "messageId", "to", "bcc", "replyTo", "subject", "composition",
          "reminderFor")
        SELECT gen_random_uuid(), "regionSlug", "id", ${newMessageIdSql()}, "contactEmail", "mailbox", "regionContactEmail", '',
          'OFFER_REMINDER'::"MailComposition", "expiresAt"
        FROM due
      )
      SELECT "id", "derivedTokenHash" FROM due`;
    const withoutHash = due.filter((offer) => offer.derivedTokenHash === null).map((offer) => offer.id);
    if (withoutHash.length > 0) {
      await tx.$executeRaw`
        UPDATE "Offer" SET "derivedTokenHash" = given."hash"
        FROM unnest(${withoutHash}::uuid[], ${withoutHash.map(derivedTokenHashOf)}::text[]) AS given("id", "hash")
        WHERE "Offer"."id" = given."id"`;
    }
    return due.length;
  });
}
