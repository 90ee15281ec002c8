import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { runExpiry } from "@/lib/offers/expiry";
import { confirmOffer, deleteOffer, findOfferByToken, submitOffer } from "@/lib/offers/lifecycle";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const hourMs = 60 * 60 * 1000;

describe("expiry job", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer() {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    return { offerId, token };
  }

  it("expires offers past their display time and purges unconfirmed ones after 48 hours, once", async () => {
    const due = await activeOffer();
    const running = await activeOffer();
    await db().offer.update({ where: { id: due.offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { offerId: stale } = await submitOffer(region, validOffer(), "de");
    const { offerId: fresh } = await submitOffer(region, validOffer(), "de");
    await db().offer.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - 49 * hourMs) } });

    // Two runs at the same moment must not count or record anything twice.
    const results = await Promise.all([runExpiry(), runExpiry()]);
    const byRegion = (key: "expired" | "purged") => results.reduce((sum, result) => sum + result[key], 0);
    expect(byRegion("expired")).toBeGreaterThanOrEqual(1);
    expect(results.some((result) => result.regionSlugs.includes(region.slug))).toBe(true);

    const offers = await db().offer.findMany({ where: { regionSlug: region.slug } });
    const status = Object.fromEntries(offers.map((offer) => [offer.id, offer]));
    expect(status[due.offerId]).toMatchObject({ status: "EXPIRED", deletionReason: "EXPIRED" });
    expect(status[running.offerId].status).toBe("ACTIVE");
    expect(status[fresh].status).toBe("PENDING_CONFIRMATION");
    expect(status[stale]).toMatchObject({
      status: "DELETED",
      deletionReason: "UNCONFIRMED",
      contactEmail: "",
      contactName: "",
      contactPhone: null,
      title: "",
    });

    const events = await db().offerEvent.findMany({ where: { regionSlug: region.slug, type: { in: ["EXPIRED", "PURGED_UNCONFIRMED"] } } });
    expect(events.map((event) => [event.offerId, event.type]).sort()).toEqual(
      [
        [due.offerId, "EXPIRED"],
        [stale, "PURGED_UNCONFIRMED"],
      ].sort(),
    );

    const again = await runExpiry();
    expect(await db().offerEvent.count({ where: { regionSlug: region.slug } })).toBe(events.length + 6);
    expect(again.regionSlugs).not.toContain(region.slug);
  });

  it("never brings back an offer its landlord deleted, and a purged offer's link no longer works", async () => {
    const { offerId, token } = await activeOffer();
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await Promise.all([deleteOffer(token, "PLACED"), runExpiry()]);
    await runExpiry();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("DELETED");

    const { offerId: stale } = await submitOffer(region, validOffer(), "de");
    const staleToken = await tokenFromOutbox(stale);
    await db().offer.update({ where: { id: stale }, data: { createdAt: new Date(Date.now() - 49 * hourMs) } });
    await runExpiry();
    expect(await findOfferByToken(staleToken)).toBeNull();
  });
});
