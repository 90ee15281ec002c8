import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { runExpiry } from "@/lib/offers/expiry";
import { confirmOffer, deleteOffer, extendOffer, findOfferByToken, submitOffer } from "@/lib/offers/lifecycle";
import type { OfferFormValues } from "@/lib/offers/offer-schema";
import { derivedToken } from "@/lib/security/tokens";
import { deliverRegionMails } from "../reliability/support/own-mails";
import { prepareTestDatabase } from "../support/database";
import { catchMails } from "../support/mail-catcher";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const hourMs = 60 * 60 * 1000;

/** The reminder mails of an offer in the outbox. */
async function remindersOf(offerId: string) {
  return db().outboxMail.findMany({ where: { offerId, composition: "OFFER_REMINDER" }, orderBy: { createdAt: "asc" } });
}

describe("reminder before an offer ends", () => {
  let region: Region;
  const catcher = catchMails();

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer(overrides: Partial<OfferFormValues> = {}, inRegion = region) {
    const { offerId } = await submitOffer(inRegion, validOffer(overrides), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    return { offerId, token };
  }

  /** Sets the clock: the offer's display time ends in `hours`. */
  async function endsIn(offerId: string, hours: number) {
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() + hours * hourMs) } });
  }

  it("goes out once, two days before the end (one day for 3-day offers), with the buttons on the derived token", async () => {
    const week = await activeOffer({ durationDays: "7" });
    const short = await activeOffer({ durationDays: "3" });
    const later = await activeOffer({ durationDays: "7" });
    await endsIn(week.offerId, 47);
    await endsIn(short.offerId, 30);
    await endsIn(later.offerId, 49);

    await runExpiry();
    expect(await remindersOf(week.offerId)).toHaveLength(1);
    expect(await remindersOf(short.offerId)).toHaveLength(0);
    expect(await remindersOf(later.offerId)).toHaveLength(0);

    await endsIn(short.offerId, 23);
    // Two runs at once send it once.
    await Promise.all([runExpiry(), runExpiry()]);
    await runExpiry();
    expect(await remindersOf(week.offerId)).toHaveLength(1);
    expect(await remindersOf(short.offerId)).toHaveLength(1);

    // Delivered over SMTP to the landlord, by BCC to the municipality, once.
    await deliverRegionMails(region.slug);
    const offer = await db().offer.findUniqueOrThrow({ where: { id: week.offerId } });
    const delivered = catcher().mails.filter((mail) => mail.subject.startsWith("Ist Ihr Wohnraum") && mail.to.includes(offer.contactEmail));
    expect(delivered).toHaveLength(1);
    const [mail] = delivered;
    // The row keeps the subject it went out with.
    expect((await remindersOf(week.offerId))[0]).toMatchObject({ subject: mail.subject, html: null });
    expect(mail.envelopeTo.sort()).toEqual([offer.contactEmail, region.mailbox].sort());
    expect(mail.subject).toBe(`Ist Ihr Wohnraum „${offer.title}“ noch frei?`);
    const derived = derivedToken("offer", week.offerId);
    for (const segment of ["verlaengern", "loeschen", "vermittelt", "aendern"]) {
      expect(mail.text).toContain(`/${region.slug}/angebot/${derived}/${segment}`);
    }
    expect(mail.text).toContain(`/${region.slug}/findflats/${week.offerId}`);
    expect(mail.text).not.toContain("/anfragen");
    expect(mail.text).not.toContain(week.token);
    // Its button works: the landlord extends from the reminder.
    expect((await extendOffer(derived))?.outcome).toBe("extended");
  });

  it("comes again for the new display period after an extension, never for a deleted offer", async () => {
    const extended = await activeOffer();
    const deleted = await activeOffer();
    await endsIn(extended.offerId, 40);
    await endsIn(deleted.offerId, 40);
    await deleteOffer(deleted.token, "BY_LANDLORD");

    await runExpiry();
    expect(await remindersOf(extended.offerId)).toHaveLength(1);
    expect(await remindersOf(deleted.offerId)).toHaveLength(0);

    expect((await extendOffer(extended.token))?.outcome).toBe("extended");
    await runExpiry();
    expect(await remindersOf(extended.offerId)).toHaveLength(1);

    // Days later the extended period nears its end.
    await endsIn(extended.offerId, 20);
    await runExpiry();
    const [outdated, current] = await remindersOf(extended.offerId);
    expect(current).toBeDefined();

    // Composed on delivery: the first reminder, queued for the end before the extension, is dropped; the second goes.
    await deliverRegionMails(region.slug);
    const sent = catcher().mails.filter((mail) => [outdated.messageId, current.messageId].includes(mail.parsed.messageId ?? ""));
    expect(sent.map((mail) => mail.parsed.messageId)).toEqual([current.messageId]);
    expect(await remindersOf(extended.offerId)).toHaveLength(1);
  });

  it("is not sent when the offer is deleted after the job queued it", async () => {
    const { offerId, token } = await activeOffer();
    await endsIn(offerId, 10);
    await runExpiry();
    const [queued] = await remindersOf(offerId);
    expect(queued).toMatchObject({ subject: "", html: null, bcc: region.mailbox });
    await deleteOffer(token, "PLACED");
    await deliverRegionMails(region.slug);
    expect(catcher().mails.filter((mail) => mail.parsed.messageId === queued.messageId)).toHaveLength(0);
    expect(await remindersOf(offerId)).toHaveLength(0);
  });

  it("is not sent where the region turned reminders off", async () => {
    const quiet = await db().region.update({ where: { slug: (await createTestRegion()).slug }, data: { reminders: false } });
    const { offerId } = await activeOffer({}, quiet);
    await endsIn(offerId, 10);
    await runExpiry();
    expect(await remindersOf(offerId)).toHaveLength(0);
  });

  it("gives an offer from before the derived token its hash, so the reminder's buttons open it", async () => {
    const { offerId } = await activeOffer();
    await db().offer.update({ where: { id: offerId }, data: { derivedTokenHash: null } });
    await endsIn(offerId, 10);
    const derived = derivedToken("offer", offerId);
    expect(await findOfferByToken(derived)).toBeNull();

    const result = await runExpiry();
    expect(result.reminded).toBeGreaterThanOrEqual(1);
    expect(await remindersOf(offerId)).toHaveLength(1);
    expect((await findOfferByToken(derived))?.id).toBe(offerId);
  });
});
