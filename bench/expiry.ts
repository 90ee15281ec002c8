/**
 * Child process of bench/run.ts, after the server has stopped: times the expiry job (lib/offers/expiry.ts) on
 * 100,000 active offers of which half are due and 100 due for their reminder (rendered and queued by the job), and
 * counts what the submissions of point 5 stored. Prints JSON.
 */
import { db } from "@/lib/db/client";
import { runExpiry } from "@/lib/offers/expiry";
import { expiryOffers, expiryRegion, submissionRegion } from "./config";
import { insertOffers } from "./offers-sql";

const database = db();
const [submittedOffers, outboxMails] = await Promise.all([
  database.offer.count({ where: { regionSlug: submissionRegion } }),
  database.outboxMail.count({ where: { regionSlug: submissionRegion } }),
]);

await insertOffers(database, expiryRegion, expiryOffers, { halfDue: true });
// Statistics of the planner see the new rows, as they would on a database that has been running for a while.
await database.$executeRaw`ANALYZE "Offer"`;

const started = performance.now();
const result = await runExpiry();
const seconds = (performance.now() - started) / 1000;
const stillActive = await database.offer.count({ where: { regionSlug: expiryRegion, status: "ACTIVE" } });

console.log(
  JSON.stringify({ seconds, expired: result.expired, reminded: result.reminded, stillActive, submittedOffers, outboxMails }),
);
process.exit(0);
