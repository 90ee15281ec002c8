import { beforeEach, describe, expect, it } from "vitest";
import { linksIn } from "@/e2e/support/mail-catcher";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { changeOffer } from "@/lib/offers/lifecycle";
import { approveOffer, rejectOffer } from "@/lib/review/review";
import { remindReviewers } from "@/lib/review/review-reminders";
import { deliverRegionMails } from "../reliability/support/own-mails";
import { prepareTestDatabase } from "../support/database";
import { catchMails } from "../support/mail-catcher";
import { createTestRegion, offerInReviewSince, validOffer } from "../support/offers";

const hourMs = 60 * 60 * 1000;

describe("the mailbox's reminder of offers waiting long for the check", () => {
  const catcher = catchMails();
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    region = await db().region.update({ where: { slug: region.slug }, data: { review: "EVERY_OFFER" } });
  });

  const waitingFor = (hoursAgo: number) => offerInReviewSince(region, hoursAgo);

  const reminders = () => db().outboxMail.findMany({ where: { regionSlug: region.slug, to: region.mailbox, subject: { contains: "auf Ihre Prüfung" } } });

  /**
   * How many reminders one run of the job (at `now`) sent this test's region: the job serves every region, and on
   * PostgreSQL the test files share the database, so other files' regions may be due at the same moment.
   */
  async function remindHere(now?: Date) {
    const before = (await reminders()).length;
    await remindReviewers(now);
    return (await reminders()).length - before;
  }

  it("reminds once a day while something waits longer than two days, with the numbers and the link to the queue", async () => {
    const overdue = await waitingFor(72);
    await waitingFor(5);
    await waitingFor(47);
    const now = new Date();
    expect(await remindHere(now)).toBe(1);
    expect(await remindHere(now)).toBe(0);
    expect(await remindHere(new Date(now.getTime() + 23 * hourMs))).toBe(0);
    expect(await reminders()).toHaveLength(1);

    await deliverRegionMails(region.slug);
    const [mail] = catcher().mails.filter((caught) => caught.to.includes(region.mailbox) && caught.subject.includes("auf Ihre Prüfung"));
    expect(mail.subject).toBe("Ein Angebot wartet seit über 2 Tagen auf Ihre Prüfung");
    expect(mail.text).toContain(`In der Wohnraumbörse ${region.name} wartet ein Angebot seit mehr als 2 Tagen auf Ihre Prüfung`);
    expect(mail.text).toContain("Insgesamt warten 3 Angebote.");
    expect(linksIn(mail).some((link) => link.endsWith(`/${region.slug}/kommune/pruefen`))).toBe(true);
    // Nothing of a landlord's in the mail: the numbers and the link only.
    expect(mail.text).not.toContain("wartend");

    // A day later both older offers are overdue; once decided, nothing is left to remind of.
    const tomorrow = new Date(now.getTime() + 25 * hourMs);
    expect(await remindHere(tomorrow)).toBe(1);
    expect((await reminders()).map((reminder) => reminder.subject)).toContain("2 Angebote warten seit über 2 Tagen auf Ihre Prüfung");
    await approveOffer(region.slug, overdue.offerId, 0);
    for (const { id } of await db().offer.findMany({ where: { regionSlug: region.slug, status: "IN_REVIEW" } })) {
      await rejectOffer(region.slug, id, { reason: "OTHER", note: "", revision: 0 });
    }
    expect(await remindHere(new Date(now.getTime() + 50 * hourMs))).toBe(0);
  });

  it("counts a listed offer's changed text waiting since its change, and stays quiet while nothing is overdue", async () => {
    const { offerId, token } = await waitingFor(1);
    expect(await remindHere()).toBe(0);
    await approveOffer(region.slug, offerId, 0);
    await changeOffer(token, validOffer({ title: "Neuer Titel, der wartet" }));
    expect(await remindHere()).toBe(0);
    await db().offer.update({ where: { id: offerId }, data: { pendingSince: new Date(Date.now() - 49 * hourMs) } });
    expect(await remindHere()).toBe(1);
    expect(await reminders()).toHaveLength(1);
  });

  it("sends one mail when several servers run the job at the same moment", async () => {
    await waitingFor(80);
    const now = new Date();
    await Promise.all(Array.from({ length: 6 }, () => remindReviewers(now)));
    expect(await reminders()).toHaveLength(1);
  });
});
