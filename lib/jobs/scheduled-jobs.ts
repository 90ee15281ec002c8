import { endAndRemindAlerts, runSearchAlerts } from "@/lib/alerts/alert-job";
import { deliverBacklog } from "@/lib/mail/outbox";
import { runExpiry } from "@/lib/offers/expiry";
import { revalidateListing } from "@/lib/offers/listing";
import { deleteExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { remindReviewers } from "@/lib/review/review-reminders";

/**
 * The periodic work: expire, purge and erase offers, remind landlords of offers ending soon, refresh the affected
 * listings, remind municipal mailboxes of offers waiting long for their check, tell search alerts about new offers (after the expiry, so an offer that just ended is left out), end and
 * remind alerts, send and retry mails. The mails the jobs queue without bodies are composed by the domains that
 * queue them, which register their composers as their modules load (lib/mail/composed-mails.ts): the alert job
 * loads lib/alerts/alert-mails.ts, the expiry lib/offers/offer-mails.ts (through the lifecycle).
 */
export async function runScheduledJobs() {
  const expiry = await runExpiry();
  for (const regionSlug of expiry.regionSlugs) revalidateListing(regionSlug);
  const reviewersReminded = await remindReviewers();
  const alerts = await runSearchAlerts();
  const alertEnds = await endAndRemindAlerts();
  const mails = await deliverBacklog();
  await deleteExpiredRateLimits();
  return {
    expired: expiry.expired,
    purged: expiry.purged,
    erased: expiry.erased,
    reminded: expiry.reminded,
    reviewersReminded,
    regionsRevalidated: expiry.regionSlugs.length,
    alerts: { ...alerts, ...alertEnds },
    mails,
  };
}
