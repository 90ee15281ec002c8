import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { runExpiry } from "@/lib/offers/expiry";
import { getGoneOffer } from "@/lib/offers/gone-offer";
import { confirmOffer, deleteOffer, submitOffer } from "@/lib/offers/lifecycle";
import { rejectOffer } from "@/lib/review/review";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;

/** Which offers' pages answer 410 Gone (their page says so) and which keep the generic 404. */
describe("a gone offer", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer() {
    const { offerId } = await submitOffer(region, validOffer({ type: "HOUSE", place: "Oberhausen" }), "de");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    return { offerId, token };
  }

  it("is an expired offer, from the moment its time is over (before the job marks it) until long after its erasure", async () => {
    const { offerId } = await activeOffer();
    expect(await getGoneOffer(region.slug, offerId)).toBeNull();

    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getGoneOffer(region.slug, offerId)).toEqual({ type: "HOUSE", place: "Oberhausen" });

    await runExpiry();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("EXPIRED");
    expect(await getGoneOffer(region.slug, offerId)).toEqual({ type: "HOUSE", place: "Oberhausen" });

    // After RETENTION_DAYS the personal data is erased; type and place are not personal and stay.
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - 31 * dayMs) } });
    await runExpiry();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).personalDataErasedAt).not.toBeNull();
    expect(await getGoneOffer(region.slug, offerId)).toEqual({ type: "HOUSE", place: "Oberhausen" });
  });

  it("is a deleted offer that was published", async () => {
    const { offerId, token } = await activeOffer();
    await deleteOffer(token, "BY_LANDLORD");
    expect(await getGoneOffer(region.slug, offerId)).toEqual({ type: "HOUSE", place: "Oberhausen" });
  });

  it("is never an offer the public has not seen, nor another region's, nor an unknown id", async () => {
    const { offerId: pending } = await submitOffer(region, validOffer(), "de");
    expect(await getGoneOffer(region.slug, pending)).toBeNull();

    // Unconfirmed for 48 hours: deleted by the job, but never published.
    await db().offer.update({ where: { id: pending }, data: { createdAt: new Date(Date.now() - 3 * dayMs) } });
    await runExpiry();
    expect((await db().offer.findUniqueOrThrow({ where: { id: pending } })).status).toBe("DELETED");
    expect(await getGoneOffer(region.slug, pending)).toBeNull();

    const { offerId, token } = await activeOffer();
    await deleteOffer(token, "BY_LANDLORD");
    const other = await createTestRegion();
    expect(await getGoneOffer(other.slug, offerId)).toBeNull();
    expect(await getGoneOffer(region.slug, randomUUID())).toBeNull();
  });

  it("is never an offer the municipality's check kept from the public: in review, rejected, or deleted meanwhile", async () => {
    region = await db().region.update({ where: { slug: region.slug }, data: { review: "EVERY_OFFER" } });
    const rejected = await activeOffer();
    const deleted = await activeOffer();
    expect(await getGoneOffer(region.slug, rejected.offerId)).toBeNull();
    expect((await rejectOffer(region.slug, rejected.offerId, { reason: "NOT_HOUSING", note: "", revision: 0 }))?.outcome).toBe("rejected");
    expect(await getGoneOffer(region.slug, rejected.offerId)).toBeNull();
    await deleteOffer(deleted.token, "BY_LANDLORD");
    expect(await getGoneOffer(region.slug, deleted.offerId)).toBeNull();
  });
});
