import "server-only";
import { db } from "@/lib/db/client";
import { maxDeliveryAttempts } from "@/lib/mail/outbox";

/** What happened to a region's offers in one calendar week (Monday to Sunday, German time). */
export type WeekStatistics = {
  /** ISO week, e.g. "2026-W48". */
  isoWeek: string;
  /** The week's Monday, "YYYY-MM-DD". */
  weekStart: string;
  submitted: number;
  confirmed: number;
  /** By the landlord or by the municipality. */
  extended: number;
  deletedByLandlord: number;
  placed: number;
  adviceRequested: number;
  deletedByMunicipality: number;
  expired: number;
  purgedUnconfirmed: number;
  reports: number;
  /** Contact requests passed on to landlords (counts only, never who asked). */
  contactRequests: number;
  /** Search alerts running at the week's end (for the current week: now); counts only, never who subscribed. */
  activeSearchAlerts: number;
};

export type WeeklyCount = Exclude<keyof WeekStatistics, "isoWeek" | "weekStart">;

/** The counted columns in the order the table, the chart and the CSV file show them. */
export const weeklyCounts = [
  "submitted",
  "confirmed",
  "extended",
  "deletedByLandlord",
  "placed",
  "adviceRequested",
  "deletedByMunicipality",
  "expired",
  "purgedUnconfirmed",
  "reports",
  "contactRequests",
  "activeSearchAlerts",
] as const satisfies readonly WeeklyCount[];

/** Two years of weeks are enough to compare with last year and keep the page small. */
export const maxWeeks = 104;

/**
 * One row per week from the region's first event or report (at most `maxWeeks` weeks) to the current week, oldest
 * first; weeks without anything are rows of zeros. Timestamps are stored in UTC: a week starts on Monday 00:00 in
 * Germany, so an event at Sunday 23:30 German time still counts for the week before.
 */
export async function weeklyStatistics(regionSlug: string, now = new Date()): Promise<WeekStatistics[]> {
  return db().$queryRaw<WeekStatistics[]>`
    WITH bounds AS (
      SELECT current_week, current_week - make_interval(weeks => ${maxWeeks - 1}) AS earliest_week,
        -- The same moment as a stored (UTC) timestamp, so the region's createdAt index can be used.
        ((current_week - make_interval(weeks => ${maxWeeks - 1})) AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'UTC'
          AS earliest_stored
      FROM (SELECT date_trunc('week', ${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Berlin') AS current_week) AS today
    ), events AS (
      SELECT date_trunc('week', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin') AS week, "type"::text AS type
      FROM "OfferEvent", bounds
      WHERE "regionSlug" = ${regionSlug} AND "createdAt" >= bounds.earliest_stored
    ), reports AS (
      SELECT date_trunc('week', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin') AS week
      FROM "OfferReport", bounds
      WHERE "regionSlug" = ${regionSlug} AND "createdAt" >= bounds.earliest_stored
    ), event_counts AS (
      SELECT week,
        count(*) FILTER (WHERE type = 'SUBMITTED')::int AS submitted,
        count(*) FILTER (WHERE type = 'CONFIRMED')::int AS confirmed,
        count(*) FILTER (WHERE type IN ('EXTENDED', 'EXTENDED_BY_MUNICIPALITY'))::int AS extended,
        count(*) FILTER (WHERE type = 'DELETED_BY_LANDLORD')::int AS deleted_by_landlord,
        count(*) FILTER (WHERE type = 'PLACED')::int AS placed,
        count(*) FILTER (WHERE type = 'ADVICE_REQUESTED')::int AS advice_requested,
        count(*) FILTER (WHERE type = 'DELETED_BY_MUNICIPALITY')::int AS deleted_by_municipality,
        count(*) FILTER (WHERE type = 'EXPIRED')::int AS expired,
        count(*) FILTER (WHERE type = 'PURGED_UNCONFIRMED')::int AS purged_unconfirmed,
        count(*) FILTER (WHERE type = 'CONTACT_REQUESTED')::int AS contact_requests
      FROM events GROUP BY week
    ), report_counts AS (
      SELECT week, count(*)::int AS reports FROM reports GROUP BY week
    ), first_activity AS (
      SELECT LEAST(
        (SELECT min("createdAt") FROM "OfferEvent" WHERE "regionSlug" = ${regionSlug}),
        (SELECT min("createdAt") FROM "OfferReport" WHERE "regionSlug" = ${regionSlug})
      ) AS first_stored
    ), weeks AS (
      SELECT generate_series(
        -- LEAST ignores NULL: without any event or report, the current week alone.
        GREATEST(
          bounds.earliest_week,
          LEAST(date_trunc('week', (first_stored AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Berlin'), bounds.current_week)
        ),
        bounds.current_week,
        interval '1 week'
      ) AS week
      FROM bounds, first_activity
    )
    SELECT
      to_char(weeks.week, 'IYYY-"W"IW') AS "isoWeek",
      to_char(weeks.week, 'YYYY-MM-DD') AS "weekStart",
      coalesce(submitted, 0) AS "submitted",
      coalesce(confirmed, 0) AS "confirmed",
      coalesce(extended, 0) AS "extended",
      coalesce(deleted_by_landlord, 0) AS "deletedByLandlord",
      coalesce(placed, 0) AS "placed",
      coalesce(advice_requested, 0) AS "adviceRequested",
      coalesce(deleted_by_municipality, 0) AS "deletedByMunicipality",
      coalesce(expired, 0) AS "expired",
      coalesce(purged_unconfirmed, 0) AS "purgedUnconfirmed",
      coalesce(reports, 0) AS "reports",
      coalesce(contact_requests, 0) AS "contactRequests",
      (
        SELECT count(*)::int FROM "SearchAlert" AS alert
        WHERE alert."regionSlug" = ${regionSlug} AND alert."confirmedAt" < week_end.stored
          AND (alert."endedAt" IS NULL OR alert."endedAt" >= week_end.stored)
      ) AS "activeSearchAlerts"
    FROM weeks
    -- The week's end as a stored (UTC) timestamp, no later than now.
    CROSS JOIN LATERAL (
      SELECT LEAST(((weeks.week + interval '1 week') AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'UTC',
        ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS stored
    ) AS week_end
    LEFT JOIN event_counts USING (week)
    LEFT JOIN report_counts USING (week)
    ORDER BY weeks.week`;
}

/** Offers of the region that the public listing shows right now. */
export async function activeOfferCount(regionSlug: string, now = new Date()): Promise<number> {
  return db().offer.count({ where: { regionSlug, status: "ACTIVE", expiresAt: { gt: now } } });
}

/** Search alerts of the region that would mail news right now. */
export async function activeSearchAlertCount(regionSlug: string, now = new Date()): Promise<number> {
  return db().searchAlert.count({ where: { regionSlug, status: "ACTIVE", expiresAt: { gt: now } } });
}

export type FailedMail = { id: string; to: string; subject: string; createdAt: Date };

/**
 * Mails the outbox gave up on after its last attempt: the recipient never learned about the change, so the
 * municipality has to tell them another way. Not the search alerts' mails: of those staff see counts only, and a
 * seeker's missed alert is in the listing anyway.
 */
export async function failedMails(regionSlug: string): Promise<{ count: number; latest: FailedMail[] }> {
  const where = { regionSlug, sentAt: null, attempts: { gte: maxDeliveryAttempts }, searchAlertId: null };
  const [count, latest] = await Promise.all([
    db().outboxMail.count({ where }),
    db().outboxMail.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: 20,
      select: { id: true, to: true, subject: true, createdAt: true },
    }),
  ]);
  return { count, latest };
}
