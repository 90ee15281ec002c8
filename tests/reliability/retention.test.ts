/**
 * Retention: RETENTION_DAYS (default 30) after an offer expired or was deleted (also rejected by the municipality's
 * check), the expiry job erases its personal
 * data and the recipients, subjects and bodies of its mails; the statistics (events) stay. Unconfirmed offers go
 * after 48 hours.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { runExpiry } from "@/lib/offers/expiry";
import { confirmOffer, deleteOffer, extendOffer, findOfferByToken, submitOffer } from "@/lib/offers/lifecycle";
import { rejectOffer } from "@/lib/review/review";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

describe("retention of personal data", { timeout: 90_000 }, () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer() {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    expect((await confirmOffer(await tokenFromOutbox(offerId)))?.outcome).toBe("confirmed");
    return offerId;
  }

  async function expiredDaysAgo(days: number) {
    const offerId = await activeOffer();
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - days * dayMs) } });
    return offerId;
  }

  async function deletedDaysAgo(days: number) {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    await deleteOffer(token, "BY_LANDLORD");
    await db().offer.update({ where: { id: offerId }, data: { deletedAt: new Date(Date.now() - days * dayMs) } });
    return offerId;
  }

  /** An offer the municipality's check rejected `days` ago (the region checks every offer only for it). */
  async function rejectedDaysAgo(days: number) {
    const reviewing = await db().region.update({ where: { slug: region.slug }, data: { review: "EVERY_OFFER" } });
    const { offerId } = await submitOffer(reviewing, validOffer(), "de");
    expect((await confirmOffer(await tokenFromOutbox(offerId)))?.outcome).toBe("inReview");
    region = await db().region.update({ where: { slug: region.slug }, data: { review: "OFF" } });
    expect((await rejectOffer(region.slug, offerId, { reason: "DOUBTFUL", note: "", revision: 0 }))?.outcome).toBe("rejected");
    await db().offer.update({ where: { id: offerId }, data: { deletedAt: new Date(Date.now() - days * dayMs) } });
    return offerId;
  }

  const offerRow = (id: string) => db().offer.findUniqueOrThrow({ where: { id } });
  const mailRows = (offerId: string) => db().outboxMail.findMany({ where: { offerId }, orderBy: { createdAt: "asc" } });
  const eventRows = () => db().offerEvent.findMany({ where: { regionSlug: region.slug }, orderBy: { id: "asc" } });

  it(`erases the personal data of offers expired or deleted more than ${env.RETENTION_DAYS} days ago, once`, async () => {
    const keptDays = env.RETENTION_DAYS - 1;
    const erasedDays = env.RETENTION_DAYS + 1;
    const expiredKept = await expiredDaysAgo(keptDays);
    const expiredErased = await expiredDaysAgo(erasedDays);
    const deletedKept = await deletedDaysAgo(keptDays);
    const deletedErased = await deletedDaysAgo(erasedDays);
    const rejectedErased = await rejectedDaysAgo(erasedDays);
    const active = await activeOffer();
    const before = await Promise.all([expiredKept, deletedKept, active].map(offerRow));
    const mailsBefore = await Promise.all([expiredKept, deletedKept, active].map(mailRows));
    const eventsBefore = await eventRows();

    await runExpiry();

    for (const id of [expiredErased, deletedErased, rejectedErased]) {
      const offer = await offerRow(id);
      expect(offer).toMatchObject({ title: "", description: "", contactName: "", contactEmail: "", contactEmailHash: null, contactPhone: null });
      expect(offer.personalDataErasedAt).toBeInstanceOf(Date);
      // What the statistics need stays.
      expect(offer).toMatchObject({ place: "Innenstadt", postalCode: "86150", type: "FLAT", beds: 3 });
      const mails = await mailRows(id);
      expect(mails.length).toBeGreaterThanOrEqual(2);
      for (const mail of mails) expect(mail).toMatchObject({ to: "", subject: "", html: null, text: null });
    }
    expect((await offerRow(expiredErased)).status).toBe("EXPIRED");
    expect((await offerRow(deletedErased)).status).toBe("DELETED");

    // Day 29 (and the active offer) keep everything, apart from the one offer that just expired.
    const after = await Promise.all([expiredKept, deletedKept, active].map(offerRow));
    expect(after.map((offer) => offer.personalDataErasedAt)).toEqual([null, null, null]);
    expect(after.map((offer) => [offer.title, offer.contactEmail, offer.contactPhone])).toEqual(
      before.map((offer) => [offer.title, offer.contactEmail, offer.contactPhone]),
    );
    expect(await Promise.all([expiredKept, deletedKept, active].map(mailRows))).toEqual(mailsBefore);

    // Events are never touched: the run only adds the two EXPIRED events of the offers that ran out.
    const events = await eventRows();
    expect(events.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(events.slice(eventsBefore.length).map((event) => [event.offerId, event.type]).sort()).toEqual(
      [
        [expiredKept, "EXPIRED"],
        [expiredErased, "EXPIRED"],
      ].sort(),
    );

    // A second run changes nothing, not even the time of erasure.
    const erasedAt = (await offerRow(expiredErased)).personalDataErasedAt;
    await runExpiry();
    expect((await offerRow(expiredErased)).personalDataErasedAt).toEqual(erasedAt);
    expect(await eventRows()).toEqual(events);
  });

  it("leaves the mail links of an erased offer opening nothing: no page with empty fields, no action", async () => {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    await db().offer.update({
      where: { id: offerId },
      data: { expiresAt: new Date(Date.now() - (env.RETENTION_DAYS + 1) * dayMs) },
    });
    await runExpiry();

    expect(await findOfferByToken(token)).toBeNull();
    expect(await deleteOffer(token, "BY_LANDLORD")).toBeNull();
    expect(await extendOffer(token)).toBeNull();
    expect((await offerRow(offerId)).status).toBe("EXPIRED");
  });

  it("purges offers not confirmed within 48 hours, with their mails, and keeps younger ones", async () => {
    const { offerId: stale } = await submitOffer(region, validOffer(), "de");
    const { offerId: young } = await submitOffer(region, validOffer(), "de");
    await db().offer.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - 49 * hourMs) } });
    await db().offer.update({ where: { id: young }, data: { createdAt: new Date(Date.now() - 47 * hourMs) } });

    await runExpiry();

    const purged = await offerRow(stale);
    expect(purged).toMatchObject({ status: "DELETED", deletionReason: "UNCONFIRMED", title: "", contactEmail: "" });
    expect(purged.personalDataErasedAt).toBeInstanceOf(Date);
    for (const mail of await mailRows(stale)) expect(mail).toMatchObject({ to: "", subject: "", html: null, text: null });

    const kept = await offerRow(young);
    expect(kept.status).toBe("PENDING_CONFIRMATION");
    expect(kept.personalDataErasedAt).toBeNull();
    expect((await mailRows(young))[0].html).toContain("/bestaetigen");
  });
});
