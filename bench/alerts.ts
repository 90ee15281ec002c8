/**
 * Child process of bench/run.ts, after the expiry job: times one run of the search alerts (lib/alerts/alert-job.ts)
 * on 1,000 newly published offers and 10,000 confirmed alerts of one region, in five languages, a fifth of them daily
 * (due), with about a thousand different searches. Then runs again: it must queue nothing more. Then composes 100
 * of the queued mails as the deliverer does before sending them (lib/mail/composed-mails.ts). Prints JSON.
 */
import { runSearchAlerts } from "@/lib/alerts/alert-job";
import { db } from "@/lib/db/client";
import { composeMail, type MailToCompose } from "@/lib/mail/composed-mails";
import { alertOffers, alertRegion, alertSubscriptions } from "./config";
import { insertOffers } from "./offers-sql";

const database = db();
// A running exchange: every offer published so far was matched by an earlier run.
await database.$executeRaw`UPDATE "Offer" SET "alertsMatchedAt" = now() WHERE "alertsMatchedAt" IS NULL`;
await database.$executeRaw`
  INSERT INTO "SearchAlert" (
    "id", "regionSlug", "status", "tokenHash", "locale", "email", "search", "frequency", "consentedAt",
    "privacyPolicyVersion", "confirmedAt", "expiresAt", "newSince"
  )
  SELECT gen_random_uuid(), ${alertRegion}, 'ACTIVE'::"SearchAlertStatus", ${alertRegion} || '-' || n || '-' || gen_random_uuid(),
    (ARRAY['de', 'uk', 'en', 'ru', 'ar'])[n % 5 + 1], 'seeker-' || n || '@example.test',
    (ARRAY['', 'beds=2', 'free=1', 'type=ROOM', 'place=Nord', 'pets=CAT', 'language=uk', 'beds=3&barrierFree=1', 'rooms=2', 'lgbtiq=1'])[n % 10 + 1]
      || CASE WHEN n % 3 = 0 THEN '' ELSE '&maxRent=' || (400 + n % 1000) END,
    CASE WHEN n % 5 = 0 THEN 'DAILY'::"AlertFrequency" ELSE 'IMMEDIATE'::"AlertFrequency" END,
    now() - interval '2 days', '2026-11', now() - interval '2 days', now() + interval '28 days',
    CASE WHEN n % 5 = 0 THEN now() - interval '25 hours' ELSE now() - interval '1 hour' END
  FROM generate_series(1, ${alertSubscriptions}::int) AS n`;
await insertOffers(database, alertRegion, alertOffers);
await database.$executeRaw`ANALYZE "Offer"`;
await database.$executeRaw`ANALYZE "SearchAlert"`;

const started = performance.now();
const first = await runSearchAlerts();
const seconds = (performance.now() - started) / 1000;
const second = await runSearchAlerts();
const queued = await database.outboxMail.count({ where: { regionSlug: alertRegion } });

const sample = (await database.outboxMail.findMany({ where: { regionSlug: alertRegion }, take: 100 })) as MailToCompose[];
const composeStarted = performance.now();
for (const mail of sample) if (!(await composeMail(mail))) throw new Error("A queued alert mail composed to nothing");
const composeMs = (performance.now() - composeStarted) / sample.length;

console.log(
  JSON.stringify({
    seconds,
    offersMatched: first.offersMatched,
    alertsMailed: first.alertsMailed,
    mailedAgain: second.alertsMailed,
    queued,
    composeMs,
  }),
);
process.exit(0);
