import "server-only";
import { db } from "@/lib/db/client";
import type { AlertFrequency } from "@/lib/db/generated/client";
import { newMessageIdSql } from "@/lib/mail/outbox";
import { confirmationWindowHours } from "@/lib/offers/lifecycle";
import { toPublicOffer } from "@/lib/offers/listing";
import { matchesFilters, parseListingSearch } from "@/lib/offers/listing-filters";
import type { PublicOffer } from "@/lib/offers/public-offer";
import { offersPerAlertMail } from "./alert-mails";

/** The alert run holds this transaction-level advisory lock: on several servers one runs it, the others skip. */
const alertRunLock = 4_711_001;
/** A daily alert gathers this long before its mail goes out. */
const dailyHours = 24;
/** The reminder "still looking?" comes this many days before an alert ends by itself. */
export const reminderDays = 3;

type DueAlert = { id: string; regionSlug: string; search: string; frequency: AlertFrequency; since: Date };

export type AlertRunResult = { offersMatched: number; alertsMailed: number };

/**
 * Tells the subscribers of confirmed alerts about offers published since their last mail, in one transaction:
 * 1. the offers no alert has seen yet are marked as matched now (one update), 2. the alerts due now are claimed
 * (immediate ones of the regions with such offers, daily ones whose day is over) and their time moves on (one
 * update), 3. the offers matched since the oldest of them are read (one query) and matched against every due
 * alert's search in memory, with the listing's own filter (one search per region and query string, not per
 * subscriber), 4. one mail per subscriber with news is queued with its offers' ids (one insert), to be composed when
 * it is delivered (lib/mail/composed-mails.ts). A crash leaves nothing half done, and the advisory lock keeps two
 * servers from mailing the same news. Offers deleted or expired before the run, or before the mail goes out, are
 * left out; offers of a daily alert's day are all in its one mail.
 */
export async function runSearchAlerts(): Promise<AlertRunResult> {
  return db().$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${alertRunLock}) AS "locked"`;
      if (!locked) return { offersMatched: 0, alertsMailed: 0 };
      // Times in milliseconds, as the columns keep them: a column rounds microseconds, a JavaScript date drops them, so
      // an offer claimed in the same millisecond as the run could otherwise fall after the run's own time and be left
      // out of its mails.
      const claimed = await tx.$queryRaw<{ regionSlug: string }[]>`
        UPDATE "Offer" SET "alertsMatchedAt" = date_trunc('milliseconds', clock_timestamp())
        WHERE "status" = 'ACTIVE'::"OfferStatus" AND "alertsMatchedAt" IS NULL AND "expiresAt" > now()
        RETURNING "regionSlug"`;
      // After the claim and under the lock: later runs mark their offers later than this.
      const [{ runAt }] = await tx.$queryRaw<{ runAt: Date }[]>`SELECT date_trunc('milliseconds', clock_timestamp()) AS "runAt"`;
      const regionsWithNews = [...new Set(claimed.map((offer) => offer.regionSlug))];
      const due = await tx.$queryRaw<DueAlert[]>`
        WITH due AS (
          SELECT "id", "newSince" FROM "SearchAlert"
          WHERE "status" = 'ACTIVE'::"SearchAlertStatus" AND "expiresAt" > ${runAt} AND (
            ("frequency" = 'IMMEDIATE'::"AlertFrequency" AND "regionSlug" = ANY(${regionsWithNews}))
            OR ("frequency" = 'DAILY'::"AlertFrequency" AND "newSince" <= ${runAt}::timestamp - make_interval(hours => ${dailyHours}))
          )
          FOR UPDATE
        )
        UPDATE "SearchAlert" AS alert SET "newSince" = ${runAt}
        FROM due WHERE alert."id" = due."id"
        RETURNING alert."id", alert."regionSlug", alert."search", alert."frequency", due."newSince" AS "since"`;
      if (due.length === 0) return { offersMatched: claimed.length, alertsMailed: 0 };

      const regionSlugs = [...new Set(due.map((alert) => alert.regionSlug))];
      const oldest = new Date(Math.min(...due.map((alert) => alert.since.getTime())));
      const offers = await tx.offer.findMany({
        where: { regionSlug: { in: regionSlugs }, status: "ACTIVE", expiresAt: { gt: runAt }, alertsMatchedAt: { gt: oldest, lte: runAt } },
      });
      // Per region, newest first: each search's matches keep that order.
      const newOffers = new Map<string, { offer: PublicOffer; matchedAt: Date }[]>();
      for (const offer of offers) {
        const list = newOffers.get(offer.regionSlug) ?? [];
        list.push({ offer: toPublicOffer(offer), matchedAt: offer.alertsMatchedAt! });
        newOffers.set(offer.regionSlug, list);
      }
      for (const list of newOffers.values()) list.sort((a, b) => b.offer.publishedAt.localeCompare(a.offer.publishedAt));

      const searches = new Map<string, { offer: PublicOffer; matchedAt: Date }[]>();
      const matchingOf = (alert: DueAlert) => {
        const key = `${alert.regionSlug}?${alert.search}`;
        let matching = searches.get(key);
        if (!matching) {
          const filters = parseListingSearch(new URLSearchParams(alert.search));
          matching = (newOffers.get(alert.regionSlug) ?? []).filter(({ offer }) => matchesFilters(offer, filters));
          searches.set(key, matching);
        }
        return matching;
      };

      const mails = { alertIds: [] as string[], offerIds: [] as string[], matchCounts: [] as number[] };
      for (const alert of due) {
        const news = matchingOf(alert).filter(({ matchedAt }) => matchedAt > alert.since);
        if (news.length === 0) continue;
        mails.alertIds.push(alert.id);
        mails.offerIds.push(news.slice(0, offersPerAlertMail).map(({ offer }) => offer.id).join(","));
        mails.matchCounts.push(news.length);
      }
      if (mails.alertIds.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "OutboxMail" ("id", "regionSlug", "searchAlertId", "messageId", "to", "subject", "composition",
            "alertOfferIds", "alertMatchCount")
          SELECT gen_random_uuid(), alert."regionSlug", alert."id", ${newMessageIdSql()}, alert."email", '',
            'SEARCH_ALERT'::"MailComposition", string_to_array(mail."offerIds", ',')::uuid[], mail."matchCount"
          FROM unnest(${mails.alertIds}::uuid[], ${mails.offerIds}::text[], ${mails.matchCounts}::int[])
            AS mail("alertId", "offerIds", "matchCount")
          JOIN "SearchAlert" AS alert ON alert."id" = mail."alertId"`;
      }
      return { offersMatched: claimed.length, alertsMailed: mails.alertIds.length };
    },
    // Thousands of subscribers fit in one transaction; it must not be cut off by the default 5 seconds.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export type AlertEndResult = { ended: number; reminded: number };

/**
 * Ends the alerts whose 30 days are over and those never confirmed within 48 hours, erasing their addresses (also
 * in their mails), and reminds the subscribers of alerts ending within three days, once per end date: each one
 * set-based statement.
 */
export async function endAndRemindAlerts(): Promise<AlertEndResult> {
  const [{ ended }] = await db().$queryRaw<{ ended: number }[]>`
    WITH ended AS (
      UPDATE "SearchAlert" SET "status" = 'ENDED'::"SearchAlertStatus", "email" = '', "endedAt" = now(),
        "endReason" = CASE WHEN "status" = 'ACTIVE'::"SearchAlertStatus" THEN 'EXPIRED'::"AlertEndReason" ELSE 'UNCONFIRMED'::"AlertEndReason" END
      WHERE ("status" = 'ACTIVE'::"SearchAlertStatus" AND "expiresAt" <= now())
        OR ("status" = 'PENDING_CONFIRMATION'::"SearchAlertStatus" AND "createdAt" <= now() - make_interval(hours => ${confirmationWindowHours}))
      RETURNING "id"
    ), mails AS (
      UPDATE "OutboxMail" SET "to" = '', "subject" = '', "html" = NULL, "text" = NULL
      WHERE "searchAlertId" IN (SELECT "id" FROM ended)
    )
    SELECT count(*)::int AS "ended" FROM ended`;

  // Claimed and queued in one statement; each reminder is composed when it is delivered.
  const [{ reminded }] = await db().$queryRaw<{ reminded: number }[]>`
    WITH due AS (
      UPDATE "SearchAlert" SET "remindedFor" = "expiresAt"
      WHERE "status" = 'ACTIVE'::"SearchAlertStatus" AND "expiresAt" > now()
        AND "expiresAt" <= now() + make_interval(days => ${reminderDays})
        AND "remindedFor" IS DISTINCT FROM "expiresAt"
      RETURNING "id", "regionSlug", "email", "expiresAt"
    ), mails AS (
      INSERT INTO "OutboxMail" ("id", "regionSlug", "searchAlertId", "messageId", "to", "subject", "composition", "reminderFor")
      SELECT gen_random_uuid(), "regionSlug", "id", ${newMessageIdSql()}, "email", '', 'ALERT_REMINDER'::"MailComposition", "expiresAt"
      FROM due
      RETURNING 1
    )
    SELECT count(*)::int AS "reminded" FROM mails`;
  return { ended, reminded };
}
