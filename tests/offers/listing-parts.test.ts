import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getListing, revalidateListing } from "@/lib/offers/listing";
import { prepareTestDatabase } from "@/tests/support/database";
import { createTestRegion, offerRow } from "@/tests/support/offers";

/**
 * Next.js's data cache as far as the listing uses it: entries by key, kept as JSON, removed by their tags. It tells
 * which entries had to run their query again after a change.
 */
const cache = vi.hoisted(() => ({ entries: new Map<string, { json: string; tags: string[] }>(), queried: [] as string[] }));
vi.mock("next/cache", () => ({
  unstable_cache:
    (query: () => Promise<unknown>, key: string[], { tags }: { tags: string[] }) =>
    async () => {
      const id = key.join(" ");
      let entry = cache.entries.get(id);
      if (!entry) {
        cache.queried.push(id);
        entry = { json: JSON.stringify(await query()), tags };
        cache.entries.set(id, entry);
      }
      return JSON.parse(entry.json);
    },
  revalidateTag: (tag: string) => {
    for (const [id, entry] of cache.entries) if (entry.tags.includes(tag)) cache.entries.delete(id);
  },
}));

const day = 24 * 60 * 60 * 1000;

async function activeIdsOf(regionSlug: string): Promise<Set<string>> {
  const offers = await db().offer.findMany({ where: { regionSlug, status: "ACTIVE" }, select: { id: true } });
  return new Set(offers.map(({ id }) => id));
}

/** The landlord's delete button as far as the listing sees it: the offer leaves, its region's listing is expired. */
async function deleteOne(regionSlug: string, offerId: string) {
  await db().offer.update({ where: { id: offerId }, data: { status: "DELETED", deletedAt: new Date() } });
  revalidateListing(regionSlug, offerId);
}

describe("a change to one offer of a large region", () => {
  let regionSlug: string;

  beforeAll(async () => {
    await prepareTestDatabase();
  });
  beforeEach(async () => {
    regionSlug = (await createTestRegion()).slug;
    // 250 active offers make four parts.
    const expiresAt = new Date(Date.now() + 7 * day);
    await db().offer.createMany({ data: Array.from({ length: 250 }, (_, index) => offerRow(regionSlug, index, "ACTIVE", expiresAt)) });
    await getListing(regionSlug);
    cache.queried.length = 0;
  });

  it("reads only the shape and the part that holds the offer again, and the offer is gone", async () => {
    const [deleted] = await activeIdsOf(regionSlug);
    await deleteOne(regionSlug, deleted);

    const listing = await getListing(regionSlug);
    expect(listing).toHaveLength(249);
    expect(listing.map(({ id }) => id)).not.toContain(deleted);
    expect(cache.queried).toHaveLength(2);
    expect(cache.queried[0]).toMatch(/^listing-shape /);
    expect(cache.queried[1]).toMatch(/^listing-part 4 [0-3] /);
  });

  it("keeps no part of an earlier size stale when the region grows and shrinks again", async () => {
    // 160 more make 410 offers in eight parts, then 20 deleted make 390 in four parts again: the parts of four kept
    // from before must not bring the deleted offers back.
    const expiresAt = new Date(Date.now() + 7 * day);
    const added = Array.from({ length: 160 }, (_, index) => offerRow(regionSlug, 1000 + index, "ACTIVE", expiresAt));
    for (const offer of added) {
      await db().offer.create({ data: offer });
      revalidateListing(regionSlug, offer.id!);
    }
    expect(await getListing(regionSlug)).toHaveLength(410);
    expect(cache.queried.filter((id) => id.startsWith("listing-part 8 "))).toHaveLength(8);

    for (const id of [...(await activeIdsOf(regionSlug))].slice(0, 20)) await deleteOne(regionSlug, id);
    const listing = await getListing(regionSlug);
    expect(new Set(listing.map(({ id }) => id))).toEqual(await activeIdsOf(regionSlug));
    expect(listing).toHaveLength(390);
  });

  it("reads every part again after a change to many offers at once", async () => {
    await db().offer.updateMany({ where: { regionSlug }, data: { status: "EXPIRED" } });
    revalidateListing(regionSlug);
    expect(await getListing(regionSlug)).toEqual([]);
    expect(cache.queried.filter((id) => id.startsWith("listing-part "))).toHaveLength(1);
  });
});
