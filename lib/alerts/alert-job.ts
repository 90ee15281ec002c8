import { db } from "@/lib/db/client";
import type { AlertFrequency, Region } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { queueMails, type OutgoingMail } from "@/lib/mail/outbox";
import { renderAlertReminderMail } from "@/lib/mail/render";
import { confirmationWindowHours } from "@/lib/offers/lifecycle";
import { toPublicOffer, type PublicOffer } from "@/lib/offers/listing";
import { matchesFilters, parseListingSearch } from "@/lib/offers/listing-filters";
import { regionIdentity } from "@/lib/regions/identity";
import { alertMailWriter, type AlertRecipient } from "./alert-mails";
import { alertLinkUrl, alertSearchUrl } from "./search-alerts";

/** The alert run holds this transaction-level advisory lock: on several servers one runs it, the others skip. */
const alertRunLock = 4_711_001;
/** A daily alert gathers this long before its mail goes out. */
const dailyHours = 24;
/** The reminder "still looking?" comes this many days before an alert ends by itself. */
export const reminderDays = 3;

type DueAlert = AlertRecipient & { regionSlug: string; frequency: AlertFrequency; since: Date };

export type AlertRunResult = { offersMatched: number; alertsMailed: number };

/**
 * Tells the subscribers of confirmed alerts about offers published since their last mail, in one transaction:
 * 1. the offers no alert has seen yet are marked as matched now (one update), 2. the alerts due now are claimed
 * (immediate ones of the regions with such offers, daily ones whose day is over) and their time moves on (one
 * update), 3. the offers matched since the oldest of them are read (one query) and matched against every due
 * alert's search in memory, with the listing's own filter (one search per region and query string, not per
 * subscriber), 4. one mail per subscriber with news is queued (one insert). A crash leaves nothing half done, and
 * the advisory lock keeps two servers from mailing the same news. Offers deleted or expired before the run are
 * no longer active and stay out; offers of a daily alert's day are all in its one mail.
 */
export async function runSearchAlerts(): Promise<AlertRunResult> {
  return db().$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${alertRunLock}) AS "locked"`;
      if (!locked) return { offersMatched: 0, alertsMailed: 0 };
      const claimed = await tx.$queryRaw<{ regionSlug: string }[]>`
        UPDATE "Offer" SET "alertsMatchedAt" = clock_timestamp()
        WHERE "status" = 'ACTIVE'::"OfferStatus" AND "alertsMatchedAt" IS NULL AND "expiresAt" > now()
        RETURNING "regionSlug"`;
      // After the claim and under the lock: later runs mark their offers later than this.
      const [{ runAt }] = await tx.$queryRaw<{ runAt: Date }[]>`SELECT clock_timestamp() AS "runAt"`;
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
        RETURNING alert."id", alert."regionSlug", alert."locale", alert."email", alert."search", alert."frequency",
          alert."expiresAt", due."newSince" AS "since"`;
      if (due.length === 0) return { offersMatched: claimed.length, alertsMailed: 0 };

      const regionSlugs = [...new Set(due.map((alert) => alert.regionSlug))];
      const oldest = new Date(Math.min(...due.map((alert) => alert.since.getTime())));
      // One after the other: a transaction is one connection.
      const regions = await tx.region.findMany({ where: { slug: { in: regionSlugs } } });
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

      const regionOf = new Map(regions.map((region) => [region.slug, region]));
      const mails = alertMailWriter(
        new Map([...newOffers].map(([regionSlug, list]) => [regionSlug, list.map(({ offer }) => offer)])),
      );
      for (const alert of due) {
        const news = matchingOf(alert).filter(({ matchedAt }) => matchedAt > alert.since);
        if (news.length > 0) await mails.add(alert, regionOf.get(alert.regionSlug)!, news.map(({ offer }) => offer));
      }
      return { offersMatched: claimed.length, alertsMailed: await mails.queue(tx) };
    },
    // Thousands of subscribers fit in one transaction; it must not be cut off by the default 5 seconds.
    { timeout: 120_000, maxWait: 10_000 },
  );
}

export type AlertEndResult = { ended: number; reminded: number };

/**
 * Ends the alerts whose 30 days are over and those never confirmed within 48 hours, erasing their addresses (also
 * in their mails), and reminds the subscribers of alerts ending within three days, once per end date: each one
 * set-based statement, the reminders claimed and queued in one transaction.
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
      UPDATE "OutboxMail" SET "to" = '', "subject" = '', "html" = NULL, "text" = NULL, "listUnsubscribe" = NULL
      WHERE "searchAlertId" IN (SELECT "id" FROM ended)
    )
    SELECT count(*)::int AS "ended" FROM ended`;

  const reminded = await db().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<(AlertRecipient & { regionSlug: string })[]>`
        UPDATE "SearchAlert" SET "remindedFor" = "expiresAt"
        WHERE "status" = 'ACTIVE'::"SearchAlertStatus" AND "expiresAt" > now()
          AND "expiresAt" <= now() + make_interval(days => ${reminderDays})
          AND "remindedFor" IS DISTINCT FROM "expiresAt"
        RETURNING "id", "regionSlug", "locale", "email", "search", "expiresAt"`;
      if (due.length === 0) return 0;
      const regions = await tx.region.findMany({ where: { slug: { in: [...new Set(due.map((alert) => alert.regionSlug))] } } });
      const regionOf = new Map<string, Region>(regions.map((region) => [region.slug, region]));
      const mails: OutgoingMail[] = [];
      for (const alert of due) {
        const region = regionOf.get(alert.regionSlug)!;
        const unsubscribe = alertLinkUrl(alert, region, "unsubscribe");
        const mail = await renderAlertReminderMail({
          locale: alert.locale as Locale,
          regionName: region.name,
          identity: regionIdentity(region),
          endsAt: alert.expiresAt!,
          searchUrl: alertSearchUrl(alert, region),
          links: { keep: alertLinkUrl(alert, region, "keep"), unsubscribe },
        });
        mails.push({ regionSlug: region.slug, searchAlertId: alert.id, to: alert.email, ...mail, listUnsubscribe: `${unsubscribe}/ausfuehren` });
      }
      await queueMails(tx, mails);
      return mails.length;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { ended, reminded };
}
