/**
 * With DATABASE_URL, other test files and other people's runs share the outbox. `deliverDueMails` sends the
 * newest due mails first, so a test moves its own due mails to the front (dating them far ahead) and delivers
 * exactly that many: it never sends (and erases) a mail another test is still reading.
 */
import { db } from "@/lib/db/client";
import { deliverDueMails, maxDeliveryAttempts } from "@/lib/mail/outbox";

/** Makes the region's undelivered mails due now, as if the time of their next attempt had come. */
export async function makeDue(regionSlug: string): Promise<void> {
  await db().outboxMail.updateMany({
    where: { regionSlug, sentAt: null },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });
}

const aheadOfEveryMail = new Date("2999-01-01T00:00:00Z");

/**
 * Delivery runs over the region's due mails only, until none of them is due any more (a mail of an earlier,
 * aborted run may have been moved to the front too). `runs` > 1 starts that many runs at the same moment.
 */
export async function deliverRegionMails(regionSlug: string, runs = 1): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const { count } = await db().outboxMail.updateMany({
      where: {
        regionSlug,
        sentAt: null,
        nextAttemptAt: { lte: new Date() },
        attempts: { lt: maxDeliveryAttempts },
        OR: [{ html: { not: null } }, { composition: { not: null } }],
      },
      data: { createdAt: aheadOfEveryMail },
    });
    if (count === 0) return;
    await Promise.all(Array.from({ length: runs }, () => deliverDueMails({ limit: count })));
  }
  throw new Error(`Mails of ${regionSlug} are still due after five delivery rounds`);
}
