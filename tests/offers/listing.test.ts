import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getListedOffer, getListing } from "@/lib/offers/listing";
import { prepareTestDatabase } from "@/tests/support/database";
import { createTestRegion, offerRow } from "@/tests/support/offers";

// Outside a Next.js server each cached entry runs its query (tests/setup/next-cache.ts), so this tests how the
// listing is split into parts and put together again (the cache itself is measured by `npm run bench`).

const day = 24 * 60 * 60 * 1000;

describe("a large region's listing, cached in parts", () => {
  let regionSlug: string;
  const activeIds: string[] = [];
  let offer: (index: number, status: "ACTIVE" | "EXPIRED", expiresAt: Date) => Prisma.OfferCreateManyInput;

  beforeAll(async () => {
    const database = await prepareTestDatabase();
    regionSlug = (await createTestRegion()).slug;
    const now = Date.now();
    offer = (index, status, expiresAt) => offerRow(regionSlug, index, status, expiresAt);
    // 250 active offers make four parts; expired offers must stay out of every part.
    const offers = [
      ...Array.from({ length: 250 }, (_, index) => offer(index, "ACTIVE", new Date(now + 7 * day))),
      ...Array.from({ length: 20 }, (_, index) => offer(250 + index, "EXPIRED", new Date(now - day))),
    ];
    activeIds.push(...offers.filter((each) => each.status === "ACTIVE").map((each) => each.id!));
    await database.offer.createMany({ data: offers });
  });

  it("lists every active offer once, newest first", async () => {
    const listing = await getListing(regionSlug);
    expect(listing.map((offer) => offer.title)).toEqual(Array.from({ length: 250 }, (_, index) => `Wohnung Nummer ${index}`));
    expect(new Set(listing.map((offer) => offer.id))).toEqual(new Set(activeIds));
  });

  it("finds each active offer in its part, and nothing for an unknown id", async () => {
    for (const id of activeIds.slice(0, 40)) {
      expect((await getListedOffer(regionSlug, id))?.id).toBe(id);
    }
    expect(await getListedOffer(regionSlug, randomUUID())).toBeNull();
    expect(await getListedOffer(regionSlug, "not-an-id")).toBeNull();
  });

  it("shows a new offer once the cached entries were renewed, although the listing is kept between requests", async () => {
    await getListing(regionSlug);
    const added = offer(-1, "ACTIVE", new Date(Date.now() + day));
    await db().offer.create({ data: added });
    const listing = await getListing(regionSlug);
    expect(listing[0].id).toBe(added.id);
    expect(listing).toHaveLength(251);
  });
});
