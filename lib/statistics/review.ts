import "server-only";
import { db } from "@/lib/db/client";
import type { RejectionReason, ReviewMode } from "@/lib/db/generated/client";
import { rejectionReasons } from "@/lib/review/review-form";
import { waitingForReviewSql } from "@/lib/review/waiting";
import { maxWeeks } from "./weekly";

/*
 * The statistics of the municipality's check (lib/review): what waits now, and per week the decisions, the
 * rejections by reason and how long a check took (from the request for review, REVIEW_REQUESTED, to the decision).
 * Read from the events, which outlive the offers' personal data.
 */

export type ReviewWaiting = {
  /** Offers in review and listed offers whose changed text waits. */
  waiting: number;
  /** Since when the longest waiting one waits; null when none does. */
  oldestSince: Date | null;
};

export async function reviewWaiting(regionSlug: string, now = new Date()): Promise<ReviewWaiting> {
  const [row] = await db().$queryRaw<{ waiting: number; oldestSince: Date | null }[]>`
    SELECT count(*)::int AS "waiting", min(since) AS "oldestSince" FROM ${waitingForReviewSql(now)} AS waiting
    WHERE "regionSlug" = ${regionSlug}`;
  return row;
}

/** One calendar week's checks (Monday to Sunday, German time); only weeks with a decision have a row. */
export type ReviewWeek = {
  isoWeek: string;
  weekStart: string;
  approved: number;
  rejected: number;
  rejectedBy: Record<RejectionReason, number>;
  /** Hours from the request for review to the decision: the median and the 90th percentile; null without times. */
  medianHours: number | null;
  p90Hours: number | null;
};

type ReviewWeekRow = Omit<ReviewWeek, "rejectedBy"> & Record<`rejected_${RejectionReason}`, number>;

/** The weeks with decisions of the last `maxWeeks`, oldest first. */
export async function weeklyReviews(regionSlug: string, now = new Date()): Promise<ReviewWeek[]> {
  const rows = await db().$queryRaw<ReviewWeekRow[]>`
    WITH decisions AS (
      SELECT decision."type"::text AS type, decision."rejectionReason"::text AS reason,
        date_trunc('week', (decision."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin') AS week,
        extract(epoch FROM decision."createdAt" - (
          SELECT max(request."createdAt") FROM "OfferEvent" AS request
          WHERE request."offerId" = decision."offerId" AND request."type" = 'REVIEW_REQUESTED'::"OfferEventType"
            AND request."createdAt" <= decision."createdAt"
        )) / 3600 AS hours
      FROM "OfferEvent" AS decision
      WHERE decision."regionSlug" = ${regionSlug} AND decision."type" IN ('APPROVED'::"OfferEventType", 'REJECTED'::"OfferEventType")
        AND decision."createdAt" >= ${now}::timestamptz - make_interval(weeks => ${maxWeeks})
    )
    SELECT to_char(week, 'IYYY-"W"IW') AS "isoWeek", to_char(week, 'YYYY-MM-DD') AS "weekStart",
      count(*) FILTER (WHERE type = 'APPROVED')::int AS "approved",
      count(*) FILTER (WHERE type = 'REJECTED')::int AS "rejected",
      count(*) FILTER (WHERE reason = 'INCOMPLETE')::int AS "rejected_INCOMPLETE",
      count(*) FILTER (WHERE reason = 'DOUBTFUL')::int AS "rejected_DOUBTFUL",
      count(*) FILTER (WHERE reason = 'NOT_HOUSING')::int AS "rejected_NOT_HOUSING",
      count(*) FILTER (WHERE reason = 'DUPLICATE')::int AS "rejected_DUPLICATE",
      count(*) FILTER (WHERE reason = 'OTHER')::int AS "rejected_OTHER",
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY hours))::float AS "medianHours",
      (percentile_cont(0.9) WITHIN GROUP (ORDER BY hours))::float AS "p90Hours"
    FROM decisions GROUP BY week ORDER BY week`;
  return rows.map((row) => ({
    isoWeek: row.isoWeek,
    weekStart: row.weekStart,
    approved: row.approved,
    rejected: row.rejected,
    rejectedBy: {
      INCOMPLETE: row.rejected_INCOMPLETE,
      DOUBTFUL: row.rejected_DOUBTFUL,
      NOT_HOUSING: row.rejected_NOT_HOUSING,
      DUPLICATE: row.rejected_DUPLICATE,
      OTHER: row.rejected_OTHER,
    },
    medianHours: row.medianHours,
    p90Hours: row.p90Hours,
  }));
}

/** Whether the statistics have a part for the check: where the region checks offers, or did (decisions on record). */
export function showsReview(review: ReviewMode, weeks: readonly ReviewWeek[]): boolean {
  return review !== "OFF" || weeks.length > 0;
}

/** A week's checks as the statistics page's table and the CSV file give them, titled by these keys of `Statistics.review`. */
export const reviewColumns = [
  "approved",
  "rejected",
  ...rejectionReasons.map((reason) => `rejectedBy.${reason}` as const),
  "medianHours",
  "p90Hours",
] as const;

/** The cells of `reviewColumns` for a week (none decided: zeros), the hours as `hours` writes them (null: none). */
export function reviewCells(week: ReviewWeek | undefined, hours: (value: number | null) => string): (number | string)[] {
  return [
    week?.approved ?? 0,
    week?.rejected ?? 0,
    ...rejectionReasons.map((reason) => week?.rejectedBy[reason] ?? 0),
    hours(week?.medianHours ?? null),
    hours(week?.p90Hours ?? null),
  ];
}
