import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { changeOffer } from "@/lib/offers/lifecycle";
import { approveOffer, rejectOffer } from "@/lib/review/review";
import { reviewWaiting, weeklyReviews } from "@/lib/statistics/review";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, offerInReviewSince, validOffer } from "../support/offers";

describe("the statistics of the municipality's check", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    region = await db().region.update({ where: { slug: region.slug }, data: { review: "EVERY_OFFER" } });
  });

  const waitingFor = (hoursAgo: number) => offerInReviewSince(region, hoursAgo);

  it("counts what waits now and since when the oldest waits, changed texts included", async () => {
    expect(await reviewWaiting(region.slug)).toEqual({ waiting: 0, oldestSince: null });
    const oldest = await waitingFor(30);
    await waitingFor(2);
    const listed = await waitingFor(1);
    await approveOffer(region.slug, listed.offerId, 0);
    await changeOffer(listed.token, validOffer({ title: "Geänderter Titel" }));
    const waiting = await reviewWaiting(region.slug);
    expect(waiting.waiting).toBe(3);
    expect(waiting.oldestSince?.getTime()).toBe(oldest.since.getTime());
  });

  it("gives the week's approvals, rejections by reason and the median and 90th percentile of the hours a check took", async () => {
    const hours = [1, 2, 3, 4, 10];
    const offers = await Promise.all(hours.map((hoursAgo) => waitingFor(hoursAgo)));
    await approveOffer(region.slug, offers[0].offerId, 0);
    await approveOffer(region.slug, offers[1].offerId, 0);
    await rejectOffer(region.slug, offers[2].offerId, { reason: "DUPLICATE", note: "", revision: 0 });
    await rejectOffer(region.slug, offers[3].offerId, { reason: "DUPLICATE", note: "", revision: 0 });
    await rejectOffer(region.slug, offers[4].offerId, { reason: "NOT_HOUSING", note: "", revision: 0 });

    const weeks = await weeklyReviews(region.slug);
    // Decisions near midnight on Sunday could fall into two weeks; together they are all there.
    const sum = (pick: (week: (typeof weeks)[number]) => number) => weeks.reduce((total, week) => total + pick(week), 0);
    expect(sum((week) => week.approved)).toBe(2);
    expect(sum((week) => week.rejected)).toBe(3);
    expect(sum((week) => week.rejectedBy.DUPLICATE)).toBe(2);
    expect(sum((week) => week.rejectedBy.NOT_HOUSING)).toBe(1);
    expect(sum((week) => week.rejectedBy.INCOMPLETE)).toBe(0);
    const week = weeks.at(-1)!;
    expect(week.weekStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (weeks.length === 1) {
      expect(week.medianHours).toBeCloseTo(3, 1);
      expect(week.p90Hours).toBeCloseTo(7.6, 1);
    }
  });

  it("has no rows for a region without checks", async () => {
    expect(await weeklyReviews((await createTestRegion()).slug)).toEqual([]);
  });
});
