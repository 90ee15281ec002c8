import { randomUUID } from "node:crypto";
/**
 * The outbox against a real SMTP server that refuses mails during an "outage". Time is driven by moving a mail's
 * next attempt into the past (makeDue), never by waiting.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { deliverBacklog, deliverDueMails, maxDeliveryAttempts } from "@/lib/mail/outbox";
import { submitOffer } from "@/lib/offers/lifecycle";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, validOffer } from "../support/offers";
import { deliverRegionMails, makeDue } from "./support/own-mails";
import { startRefusingSmtp, type RefusingSmtp } from "./support/refusing-smtp";

const minuteMs = 60_000;

describe("mail outbox under SMTP failure", { timeout: 90_000 }, () => {
  let smtp: RefusingSmtp;
  let region: Region;

  beforeAll(async () => {
    smtp = await startRefusingSmtp();
    // Read by lib/env on first use, which is after this line.
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    await smtp?.stop();
  });
  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  const attemptsTo = (email: string) => smtp.attempts.filter((attempt) => attempt.envelopeTo.includes(email));
  const outboxRow = (offerId: string) => db().outboxMail.findFirstOrThrow({ where: { offerId } });

  it("stores an offer submitted during an outage and delivers its confirmation once SMTP is back, under one Message-ID", async () => {
    smtp.refuseNext(3);
    const input = validOffer();
    const { offerId } = await submitOffer(region, input, "de");
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("PENDING_CONFIRMATION");

    await deliverRegionMails(region.slug);
    let row = await outboxRow(offerId);
    expect(row).toMatchObject({ attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/451/);
    // The reason is kept, the refused address is not.
    expect(row.lastError).toContain("<address>");
    expect(row.lastError).not.toContain(input.contactEmail);
    expect(row.html).toContain("/bestaetigen");
    // Not due again before its retry time.
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    expect(attemptsTo(input.contactEmail)).toHaveLength(1);

    for (const attempt of [2, 3, 4]) {
      await makeDue(region.slug);
      await deliverRegionMails(region.slug);
      expect((await outboxRow(offerId)).attempts).toBe(attempt);
    }

    row = await outboxRow(offerId);
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.lastError).toBeNull();
    expect([row.html, row.text, row.replyTo]).toEqual([null, null, null]);

    const attempts = attemptsTo(input.contactEmail);
    expect(attempts.map((attempt) => attempt.accepted)).toEqual([false, false, false, true]);
    expect(new Set(attempts.map((attempt) => attempt.messageId))).toEqual(new Set([row.messageId]));
    expect(attempts[3].envelopeTo.sort()).toEqual([input.contactEmail, region.mailbox].sort());
    expect(attempts[3].text).toContain(`/${region.slug}/angebot/`);
    expect(attempts[3].replyTo).toBe(region.contactEmail);

    // Delivered is final: later runs, even with the row made due, send nothing more.
    await makeDue(region.slug);
    await deliverRegionMails(region.slug);
    expect(attemptsTo(input.contactEmail)).toHaveLength(4);
  });

  it("keeps retrying with growing pauses for more than 24 hours, then gives up", async () => {
    smtp.refuseNext(1000);
    const input = validOffer();
    const { offerId } = await submitOffer(region, input, "de");

    // Each failed attempt schedules the next one; the pauses add up to the time the outbox keeps trying.
    const pausesMinutes: number[] = [];
    for (let attempt = 1; attempt <= maxDeliveryAttempts; attempt++) {
      if (attempt > 1) await makeDue(region.slug);
      const before = Date.now();
      await deliverRegionMails(region.slug);
      const row = await outboxRow(offerId);
      expect(row.attempts).toBe(attempt);
      pausesMinutes.push(Math.round((row.nextAttemptAt.getTime() - before) / minuteMs));
    }
    const untilLastAttempt = pausesMinutes.slice(0, -1).reduce((sum, pause) => sum + pause, 0);
    expect(untilLastAttempt).toBeGreaterThanOrEqual(24 * 60);
    expect(pausesMinutes.slice(0, 4)).toEqual([1, 2, 4, 8]);
    expect(Math.max(...pausesMinutes)).toBe(360);

    await makeDue(region.slug);
    await deliverRegionMails(region.slug);
    const row = await outboxRow(offerId);
    expect(row).toMatchObject({ attempts: maxDeliveryAttempts, sentAt: null });
    expect(row.lastError).toMatch(/451/);
    expect(attemptsTo(input.contactEmail)).toHaveLength(maxDeliveryAttempts);
  });

  it("delivers each mail exactly once when two delivery runs start at the same moment", async () => {
    const inputs = Array.from({ length: 8 }, () => validOffer());
    for (const input of inputs) await submitOffer(region, input, "de");

    // During an outage, each mail is attempted once per due time, not once per run.
    smtp.refuseNext(1000);
    await makeDue(region.slug);
    await deliverRegionMails(region.slug, 2);
    for (const input of inputs) expect(attemptsTo(input.contactEmail)).toHaveLength(1);

    smtp.refuseNext(0);
    await makeDue(region.slug);
    await deliverRegionMails(region.slug, 2);
    for (const input of inputs) {
      const delivered = attemptsTo(input.contactEmail).filter((attempt) => attempt.accepted);
      expect(delivered, input.contactEmail).toHaveLength(1);
    }
    const rows = await db().outboxMail.findMany({ where: { regionSlug: region.slug } });
    expect(rows.every((row) => row.sentAt !== null && row.attempts === 2)).toBe(true);
  });

  it("sends a backlog of more than one batch in one job run, and stops at the first batch that meets a failure", async () => {
    // Dated ahead of every other mail, the newest first: the job's batches take these before any other test's.
    const mail = (to: string, createdAt: Date) => ({
      regionSlug: region.slug,
      messageId: `<${randomUUID()}@test>`,
      to,
      subject: "Backlog",
      html: "<p>Backlog</p>",
      text: "Backlog",
      createdAt,
    });
    const backlog = Array.from({ length: 12 }, (_, index) => mail(`backlog-${index}-${randomUUID()}@example.test`, new Date("2999-01-02")));
    const full = `full-mailbox-${randomUUID()}@example.test`;
    smtp.refuseMailTo(full);
    await db().outboxMail.createMany({ data: [...backlog, mail(full, new Date("2999-01-01"))] });

    // Batches of five: 5, 5, then 2 and the refused mail, and the run stops there.
    const run = await deliverBacklog({ batchSize: 5 });
    expect(run.failed).toBe(1);
    expect(run.sent).toBeGreaterThanOrEqual(12);
    expect(run.sent).toBeLessThanOrEqual(14);
    const rows = await db().outboxMail.findMany({ where: { regionSlug: region.slug } });
    expect(rows.filter((row) => row.sentAt !== null)).toHaveLength(12);
    expect(rows.find((row) => row.to === full)).toMatchObject({ sentAt: null, attempts: 1 });
    // Out of the way of later files' deliveries on a shared database.
    await db().outboxMail.deleteMany({ where: { regionSlug: region.slug, to: full } });
  });

  it("leaves the mails a job queued for composing to the job when delivering after a response", async () => {
    const ahead = new Date("2999-01-03");
    const mail = (to: string) => ({ regionSlug: region.slug, messageId: `<${randomUUID()}@test>`, to, createdAt: ahead });
    const rendered = { ...mail(`now-${randomUUID()}@example.test`), subject: "Now", html: "<p>Now</p>", text: "Now" };
    // Newer than the rendered one, so it would come first.
    const composed = { ...mail(`later-${randomUUID()}@example.test`), subject: "", composition: "OFFER_REMINDER" as const, createdAt: new Date("2999-01-04") };
    await db().outboxMail.createMany({ data: [rendered, composed] });
    await deliverDueMails({ limit: 1, composed: false });
    const rows = await db().outboxMail.findMany({ where: { regionSlug: region.slug } });
    expect(rows.find((row) => row.to === rendered.to)?.sentAt).not.toBeNull();
    expect(rows.find((row) => row.to === composed.to)).toMatchObject({ sentAt: null, attempts: 0 });
    await db().outboxMail.deleteMany({ where: { regionSlug: region.slug, to: composed.to } });
  });
});
