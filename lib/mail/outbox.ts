import { randomUUID } from "node:crypto";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { sendMail } from "./transport";

/**
 * Mails are written to the outbox in the same transaction as the change they report, so a crash or an SMTP
 * outage can lose none. Delivery happens after the response (and again from the scheduled job until it works).
 */
export type OutgoingMail = {
  regionSlug: string;
  offerId?: string;
  to: string;
  bcc?: string | null;
  subject: string;
  html: string;
  text: string;
};

/** Retries back off from one minute to six hours; after this many attempts (over a day) a mail is given up. */
export const maxDeliveryAttempts = 12;
const leaseMinutes = 5;

export async function queueMail(tx: Prisma.TransactionClient, mail: OutgoingMail): Promise<void> {
  const host = new URL(env.APP_URL).hostname;
  await tx.outboxMail.create({ data: { ...mail, messageId: `<${randomUUID()}@${host}>` } });
}

function backoffMinutes(attempts: number): number {
  return Math.min(2 ** (attempts - 1), 360);
}

/** Sends every mail that is due; safe to run from several places at once (each mail is claimed first). */
export async function deliverDueMails({ limit = 100 } = {}): Promise<{ sent: number; failed: number }> {
  const now = new Date();
  const due = await db().outboxMail.findMany({
    where: { sentAt: null, nextAttemptAt: { lte: now }, attempts: { lt: maxDeliveryAttempts } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  let failed = 0;
  for (const { id } of due) {
    // Claim the mail with a lease: a second deliverer skips it, a crashed one leaves it for the next run.
    const claimedAt = new Date();
    const claim = await db().outboxMail.updateMany({
      where: { id, sentAt: null, nextAttemptAt: { lte: claimedAt } },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(claimedAt.getTime() + leaseMinutes * 60_000) },
    });
    if (claim.count === 0) continue;
    const mail = await db().outboxMail.findUniqueOrThrow({ where: { id }, include: { region: true } });
    try {
      await sendMail({
        senderName: mail.region.senderName,
        to: mail.to,
        bcc: mail.bcc,
        subject: mail.subject,
        html: mail.html ?? "",
        text: mail.text ?? "",
        messageId: mail.messageId,
      });
      // The bodies carry the offer's link token: once delivered, they are not kept.
      await db().outboxMail.update({ where: { id }, data: { sentAt: new Date(), html: null, text: null, lastError: null } });
      sent++;
    } catch (error) {
      failed++;
      const retryAt = new Date(Date.now() + backoffMinutes(mail.attempts) * 60_000);
      const message = error instanceof Error ? error.message : String(error);
      await db().outboxMail.update({ where: { id }, data: { nextAttemptAt: retryAt, lastError: message.slice(0, 500) } });
    }
  }
  return { sent, failed };
}

/** Within a request: sends the mails just queued once the response is on its way, so no page waits on SMTP. */
export function deliverAfterResponse(): void {
  after(async () => {
    await deliverDueMails().catch((error: unknown) => console.error("Mail delivery failed:", (error as Error).message));
  });
}
