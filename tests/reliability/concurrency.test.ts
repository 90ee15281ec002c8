/**
 * Twenty simultaneous presses of one button (a landlord's, or staff deciding on an offer in review), and the expiry
 * job racing a landlord. Meaningful against PostgreSQL
 * (DATABASE_URL), where the calls run on separate connections; on PGlite one connection serializes them.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { runExpiry } from "@/lib/offers/expiry";
import {
  confirmOffer,
  deleteOffer,
  extendOffer,
  extensionDays,
  maxDaysAhead,
  changeOffer,
  submitOffer,
} from "@/lib/offers/lifecycle";
import { approveOffer, rejectOffer } from "@/lib/review/review";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;
const presses = 20;

async function eventsOf(offerId: string) {
  return (await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

async function mailSubjectsOf(offerId: string) {
  return (await db().outboxMail.findMany({ where: { offerId }, orderBy: { createdAt: "asc" } })).map((mail) => mail.subject);
}

function times<T>(count: number, press: () => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, press));
}

describe("simultaneous button presses on one offer", { timeout: 90_000 }, () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function pendingOffer(durationDays = "14") {
    const { offerId } = await submitOffer(region, validOffer({ durationDays }), "de");
    return { offerId, token: await tokenFromOutbox(offerId) };
  }

  async function activeOffer(durationDays = "14") {
    const offer = await pendingOffer(durationDays);
    expect((await confirmOffer(offer.token))?.outcome).toBe("confirmed");
    return offer;
  }

  it("confirms once, with one management mail", async () => {
    const { offerId, token } = await pendingOffer();
    const results = await times(presses, () => confirmOffer(token));
    const outcomes = results.map((result) => result?.outcome);
    expect(outcomes.filter((outcome) => outcome === "confirmed")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== "confirmed").every((outcome) => outcome === "alreadyActive")).toBe(
      true,
    );

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe("ACTIVE");
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED"]);
    expect(await mailSubjectsOf(offerId)).toHaveLength(2);
  });

  it("extends exactly as often as the 60-day limit allows, with one event and one mail per extension", async () => {
    const { offerId, token } = await activeOffer("14");
    const confirmed = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    const pressedAt = Date.now();
    const results = await times(presses, () => extendOffer(token));

    // 14 days ahead, +7 per press, never beyond 60 days: six presses fit.
    const allowed = Math.min(presses, Math.floor((maxDaysAhead - 14) / extensionDays));
    const outcomes = results.map((result) => result?.outcome);
    expect(outcomes.filter((outcome) => outcome === "extended")).toHaveLength(allowed);
    expect(outcomes.filter((outcome) => outcome === "limitReached")).toHaveLength(presses - allowed);

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.expiresAt!.getTime() - confirmed.expiresAt!.getTime()).toBe(allowed * extensionDays * dayMs);
    expect(offer.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + maxDaysAhead * dayMs);
    expect(offer.expiresAt!.getTime()).toBeGreaterThan(pressedAt + (maxDaysAhead - extensionDays) * dayMs);
    const events = await eventsOf(offerId);
    expect(events.filter((type) => type === "EXTENDED")).toHaveLength(allowed);
    expect(await mailSubjectsOf(offerId)).toHaveLength(2 + allowed);
  });

  it("deletes once, with one mail", async () => {
    const { offerId, token } = await activeOffer();
    const results = await times(presses, () => deleteOffer(token, "BY_LANDLORD"));
    const outcomes = results.map((result) => result?.outcome);
    expect(outcomes.filter((outcome) => outcome === "deleted")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "alreadyDeleted")).toHaveLength(presses - 1);
    expect(results.filter((result) => result?.listingChanged)).toHaveLength(1);

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "DELETED", deletionReason: "BY_LANDLORD" });
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "DELETED_BY_LANDLORD"]);
    expect(await mailSubjectsOf(offerId)).toHaveLength(3);
  });

  it("expires each offer once when several server instances run the scheduled job at the same moment", async () => {
    // No lock between instances: each step of the job is one conditional update, which PostgreSQL lets only one
    // transaction apply to a row (the others find it no longer ACTIVE); the outbox claims each mail the same way.
    const offers = await Promise.all(Array.from({ length: 5 }, () => activeOffer()));
    const ids = offers.map(({ offerId }) => offerId);
    await db().offer.updateMany({ where: { id: { in: ids } }, data: { expiresAt: new Date(Date.now() - 1000) } });

    await Promise.all([runExpiry(), runExpiry(), runExpiry()]);

    for (const offerId of ids) {
      expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("EXPIRED");
      expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "EXPIRED"]);
    }
  });

  it("never lets the expiry job and a landlord's extend or delete bring an offer back", async () => {
    // Offers about to end are due for their reminder too, which the job sends when it wins the race; this test
    // counts the mails of the race itself (the reminders have tests/offers of their own).
    await db().region.update({ where: { slug: region.slug }, data: { reminders: false } });
    for (let round = 0; round < 12; round++) {
      const { offerId, token } = await activeOffer();
      // Running out within the next few milliseconds: the job and the button compete for the same row, and
      // which of them wins depends on timing.
      const expiresAt = new Date(Date.now() + (round % 4) * 10);
      await db().offer.update({ where: { id: offerId }, data: { expiresAt } });
      const extending = round % 2 === 0;
      const landlord = extending ? () => extendOffer(token) : () => deleteOffer(token, "BY_LANDLORD");
      const [pressed] = await Promise.all([landlord(), runExpiry(), runExpiry()]);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()) + 10));
      await runExpiry();

      const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
      const events = (await eventsOf(offerId)).slice(2);
      const mails = (await mailSubjectsOf(offerId)).length - 2;
      if (extending && pressed?.outcome === "extended") {
        // Extended before it ran out: it stays active for another week, and the job leaves it alone.
        expect(offer.status).toBe("ACTIVE");
        expect(offer.expiresAt!.getTime()).toBe(expiresAt.getTime() + extensionDays * dayMs);
        expect(events).toEqual(["EXTENDED"]);
        expect(mails).toBe(1);
      } else if (extending) {
        // Too late: it expired once and the press changed nothing.
        expect(pressed?.outcome).toBe("notActive");
        expect(offer.status).toBe("EXPIRED");
        expect(events).toEqual(["EXPIRED"]);
        expect(mails).toBe(0);
      } else {
        // Deleted it stays, whether the job expired it first or not.
        expect(pressed?.outcome).toBe("deleted");
        expect(offer).toMatchObject({ status: "DELETED", deletionReason: "BY_LANDLORD" });
        expect([["DELETED_BY_LANDLORD"], ["EXPIRED", "DELETED_BY_LANDLORD"]]).toContainEqual(events);
        expect(mails).toBe(1);
      }
    }
  });

  async function offerInReview() {
    const reviewing = await db().region.update({ where: { slug: region.slug }, data: { review: "EVERY_OFFER" } });
    const { offerId } = await submitOffer(reviewing, validOffer(), "de");
    expect((await confirmOffer(await tokenFromOutbox(offerId)))?.outcome).toBe("inReview");
    return offerId;
  }

  it("approves an offer in review once when staff press at once, with one event and one management mail", async () => {
    const offerId = await offerInReview();
    const mailsBefore = (await mailSubjectsOf(offerId)).length;
    const outcomes = (await times(presses, () => approveOffer(region.slug, offerId, 0))).map((result) => result?.outcome);
    expect(outcomes.filter((outcome) => outcome === "approved")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "alreadyDecided")).toHaveLength(presses - 1);
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("ACTIVE");
    expect((await eventsOf(offerId)).filter((type) => type === "APPROVED")).toHaveLength(1);
    expect(await mailSubjectsOf(offerId)).toHaveLength(mailsBefore + 1);
  });

  it("decides once when one staff member approves and another rejects at the same moment", async () => {
    const offerId = await offerInReview();
    const results = await Promise.all(
      Array.from({ length: presses }, (_, index) =>
        index % 2 === 0 ? approveOffer(region.slug, offerId, 0) : rejectOffer(region.slug, offerId, { reason: "DOUBTFUL", note: "", revision: 0 }),
      ),
    );
    const decided = results.map((result) => result?.outcome).filter((outcome) => outcome === "approved" || outcome === "rejected");
    expect(decided).toHaveLength(1);
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe(decided[0] === "approved" ? "ACTIVE" : "DELETED");
    expect((await eventsOf(offerId)).filter((type) => type === "APPROVED" || type === "REJECTED")).toEqual([decided[0] === "approved" ? "APPROVED" : "REJECTED"]);
  });

  it("takes a listed offer's changed text over once when staff approve it at once", async () => {
    const offerId = await offerInReview();
    const token = await tokenFromOutbox(offerId);
    expect((await approveOffer(region.slug, offerId, 0))?.outcome).toBe("approved");
    expect((await changeOffer(token, validOffer({ title: "Neuer Titel" })))?.outcome).toBe("changedTextInReview");
    const outcomes = (await times(presses, () => approveOffer(region.slug, offerId, 1))).map((result) => result?.outcome);
    expect(outcomes.filter((outcome) => outcome === "textApproved")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "alreadyDecided")).toHaveLength(presses - 1);
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ title: "Neuer Titel", pendingTitle: null });
  });
});
