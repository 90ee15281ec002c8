import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * What waits for the municipality's check, as a SQL table of ("regionSlug", "since"): offers in review since their
 * confirmation, and listed offers whose changed text waits (every-offer mode) since the change. Read by the review
 * statistics (lib/statistics/review.ts) and the mailbox's reminder (./review-reminders.ts).
 */
export function waitingForReviewSql(now: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT "regionSlug", coalesce("confirmedAt", "createdAt") AS since FROM "Offer"
    WHERE "status" = 'IN_REVIEW'::"OfferStatus"
    UNION ALL
    SELECT "regionSlug", coalesce("pendingSince", "createdAt") FROM "Offer"
    WHERE "status" = 'ACTIVE'::"OfferStatus" AND "pendingTitle" IS NOT NULL AND "expiresAt" > ${now}
  )`;
}
