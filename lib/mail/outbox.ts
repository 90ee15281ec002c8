import "server-only";
import { randomUUID } from "node:crypto";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { composeMail, type MailToCompose } from "./composed-mails";
import { sendMail, type MailMessage } from "./transport";

/**
 * Mails are written to the outbox in the same transaction as the change they report, so a crash or an SMTP
 * outage can lose none. Delivery happens after the response (and again from the scheduled job until it works).
 * Each row keeps one Message-ID for all its attempts and records its own delivery (`sentAt`).
 */
export type OutgoingMail = {
  regionSlug: string;
  offerId?: string;
  to: string;
  bcc?: string | null;
  /** Where an answer goes (Reply-To): one bare address. */
  replyTo?: string | null;
  /** A contact request's mails carry the seeker's details: erased when the offer is deleted. */
  carriesSeekerData?: boolean;
  /** A mail to a search alert's subscriber: erased with the alert's address. */
  searchAlertId?: string;
  subject: string;
  html: string;
  text: string;
};

/**
 * After a failed attempt the next one waits 1, 2, 4, … minutes, doubling up to six hours (`retryDelayMinutes`).
 * 13 attempts wait 1+2+4+…+256 = 511 minutes, then 3 × 360: the last attempt comes 26.5 hours after the first,
 * so an SMTP outage of a whole day loses no mail. After that the mail is given up (`lastError` says why).
 */
export const maxDeliveryAttempts = 13;

/**
 * While one deliverer sends a mail, others leave it alone for this long; far longer than the transport's
 * timeouts (lib/mail/transport.ts), so only a deliverer that died mid-send lets another one try again.
 */
const leaseMinutes = 5;

export async function queueMail(tx: Prisma.TransactionClient, mail: OutgoingMail): Promise<void> {
  await tx.outboxMail.create({ data: withMessageId(mail) });
}

function withMessageId(mail: OutgoingMail) {
  return { ...mail, messageId: `<${randomUUID()}@${new URL(env.APP_URL).hostname}>` };
}

/** A new Message-ID as SQL, for the jobs that queue their mails with one INSERT … SELECT (see composed-mails.ts). */
export function newMessageIdSql() {
  return Prisma.sql`'<' || gen_random_uuid() || '@' || ${new URL(env.APP_URL).hostname} || '>'`;
}

/**
 * A mail as its deliverer claimed it: everything the transport needs (a composed mail's subject and bodies come
 * with its composition), and the number of this attempt.
 */
type ClaimedMail = Omit<MailMessage, "html" | "text"> & { html: string | null; text: string | null; attempts: number } & (
    | MailToCompose
    | { composition: null }
  );

const emailAddress = /[^\s<>"']+@[^\s<>"']+/g;

/** Minutes to wait after the given (1-based) failed attempt. */
function retryDelayMinutes(attempt: number): number {
  return Math.min(2 ** (attempt - 1), 360);
}

/**
 * Sends the due mails, newest first: the mail a landlord is waiting for right now goes out with the response even
 * behind a backlog left by an outage, which the job then works through. Safe to run from several places at once.
 * Times come from the database's clock, so servers with skewed clocks agree on what is due. A mail without bodies
 * (erased after the retention period) has nothing left to send, unless it is composed now (lib/mail/composed-mails.ts);
 * a composed mail with nothing left to tell is dropped. `composed: false` leaves the composed ones to the job.
 */
export async function deliverDueMails({ limit = 100, composed = true } = {}): Promise<{ sent: number; failed: number; dropped: number }> {
  const due = await db().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "OutboxMail"
    WHERE "sentAt" IS NULL AND "nextAttemptAt" <= now() AND "attempts" < ${maxDeliveryAttempts}
      AND ("html" IS NOT NULL OR (${composed} AND "composition" IS NOT NULL))
    ORDER BY "createdAt" DESC LIMIT ${limit}`;
  let sent = 0;
  let failed = 0;
  let dropped = 0;
  for (const { id } of due) {
    // One conditional update claims the mail and reads it: of several deliverers exactly one gets this attempt,
    // and its lease keeps the others off until it has sent the mail or recorded the failure.
    const [claim] = await db().$queryRaw<ClaimedMail[]>`
      UPDATE "OutboxMail" AS mail
      SET "attempts" = mail."attempts" + 1, "nextAttemptAt" = now() + make_interval(mins => ${leaseMinutes})
      FROM "Region" AS region
      WHERE mail."id" = ${id}::uuid AND region."slug" = mail."regionSlug" AND mail."sentAt" IS NULL
        AND mail."nextAttemptAt" <= now() AND mail."attempts" < ${maxDeliveryAttempts}
        AND (mail."html" IS NOT NULL OR mail."composition" IS NOT NULL)
      RETURNING mail."attempts", mail."to", mail."bcc", mail."replyTo", mail."subject", mail."html", mail."text", mail."messageId",
        region."senderName", mail."composition", mail."offerId", mail."searchAlertId",
        mail."alertOfferIds", mail."alertMatchCount", mail."reminderFor"`;
    if (!claim) continue;
    let subject = claim.subject;
    try {
      let message: MailMessage;
      if (claim.composition) {
        const composed = await composeMail(claim);
        if (!composed) {
          await db().$executeRaw`DELETE FROM "OutboxMail" WHERE "id" = ${id}::uuid AND "sentAt" IS NULL AND "attempts" = ${claim.attempts}`;
          dropped++;
          continue;
        }
        message = { ...claim, ...composed };
        subject = composed.subject;
      } else {
        message = { ...claim, html: claim.html!, text: claim.text! };
      }
      await sendMail(message);
    } catch (error) {
      failed++;
      // SMTP servers quote refused addresses; the reason is kept for the statistics page, the address is not.
      const message = (error instanceof Error ? error.message : String(error)).replace(emailAddress, "<address>").slice(0, 500);
      // Only the holder of this attempt's claim reschedules it.
      await db().$executeRaw`
        UPDATE "OutboxMail"
        SET "nextAttemptAt" = now() + make_interval(mins => ${retryDelayMinutes(claim.attempts)}), "lastError" = ${message},
          "subject" = ${keptSubject(subject)}
        WHERE "id" = ${id}::uuid AND "sentAt" IS NULL AND "attempts" = ${claim.attempts}`;
      continue;
    }
    // The bodies carry link tokens, Reply-To may be a reporter's address: once delivered, not kept.
    await db().$executeRaw`
      UPDATE "OutboxMail"
      SET "sentAt" = now(), "subject" = ${keptSubject(subject)}, "html" = NULL, "text" = NULL, "replyTo" = NULL,
        "lastError" = NULL
      WHERE "id" = ${id}::uuid`;
    sent++;
  }
  return { sent, failed, dropped };
}

/** How long the scheduled job goes on sending, batch after batch, when more mails are due than one batch holds. */
const backlogMinutes = 4;

/**
 * The scheduled job's delivery: batches (of 100) until none is due any more, a batch meets a failure (the SMTP server
 * may be down: its mails wait for their retry) or four minutes are over, so the alerts a run queued for a whole
 * region go out with it rather than a hundred every ten minutes.
 */
export async function deliverBacklog({ batchSize = 100 } = {}): Promise<{ sent: number; failed: number; dropped: number }> {
  const until = Date.now() + backlogMinutes * 60_000;
  const total = { sent: 0, failed: 0, dropped: 0 };
  for (;;) {
    const batch = await deliverDueMails({ limit: batchSize });
    total.sent += batch.sent;
    total.failed += batch.failed;
    total.dropped += batch.dropped;
    if (batch.failed > 0 || batch.sent + batch.dropped < batchSize || Date.now() >= until) return total;
  }
}

/**
 * The subject a mail keeps after an attempt: the one it went out with (a composed mail's is written only now),
 * unless its recipient was erased meanwhile, which also erased the subject.
 */
function keptSubject(subject: string) {
  return Prisma.sql`CASE WHEN "to" = '' THEN '' ELSE ${subject} END`;
}

/**
 * Within a request: sends the mails just queued once the response is on its way, so no page waits on SMTP. The
 * mails a job queued for composing (a region's alerts, perhaps thousands) are left to the job, which sends them in
 * batches, instead of costing every request that follows their rendering.
 */
export function deliverAfterResponse(): void {
  after(async () => {
    await deliverDueMails({ composed: false }).catch((error: unknown) => console.error("Mail delivery failed:", (error as Error).message));
  });
}
