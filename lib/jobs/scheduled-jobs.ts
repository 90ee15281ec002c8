import { deliverDueMails } from "@/lib/mail/outbox";
import { runExpiry } from "@/lib/offers/expiry";
import { revalidateListing } from "@/lib/offers/listing";
import { deleteExpiredRateLimits } from "@/lib/rate-limit/rate-limit";

/**
 * The periodic work: expire, purge and erase offers, remind landlords of offers ending soon, refresh the affected
 * listings, send and retry mails.
 */
export async function runScheduledJobs() {
  const expiry = await runExpiry();
  for (const regionSlug of expiry.regionSlugs) revalidateListing(regionSlug);
  const mails = await deliverDueMails();
  await deleteExpiredRateLimits();
  return {
    expired: expiry.expired,
    purged: expiry.purged,
    erased: expiry.erased,
    reminded: expiry.reminded,
    regionsRevalidated: expiry.regionSlugs.length,
    mails,
  };
}
