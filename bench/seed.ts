/**
 * Child process of bench/run.ts (one process may open a PGlite folder at a time): creates the bench regions with
 * the same upsert as `npm run db:seed` and fills them with fresh offers, on PGlite (PGLITE_DIR) or PostgreSQL
 * (DATABASE_URL).
 */
import { db } from "@/lib/db/client";
import { saveRegion } from "@/lib/regions/region-config";
import type { RegionConfig } from "@/lib/regions/region-config";
import { emailHash, hashToken } from "@/lib/security/tokens";
import { alertRegion, deletedOffers, expiryRegion, regionSizes, regionSlug, review, submissionRegion } from "./config";
import { clearBenchRegions, hashContactEmails, insertOffers } from "./offers-sql";

const benchRegion = (slug: string, settings: Partial<RegionConfig> = {}) =>
  saveRegion(slug, {
    name: `Benchmark ${slug}`,
    mailbox: `kommune@${slug}.example`,
    senderName: `Wohnraumbörse ${slug}`,
    listingLocales: ["de", "uk"],
    contactName: "Integrationsbüro",
    contactEmail: `kontakt@${slug}.example`,
    privacyPolicyVersion: "2026-11",
    ...settings,
  });

await clearBenchRegions(db());
for (const offers of regionSizes) {
  await benchRegion(regionSlug(offers));
  await insertOffers(db(), regionSlug(offers), offers);
}
// The first offer of these listings, with a link token the bench knows: point 11 deletes it through nginx.
for (const offers of deletedOffers.regionSizes) {
  const newest = await db().offer.findFirstOrThrow({ where: { regionSlug: regionSlug(offers) }, orderBy: { confirmedAt: "desc" } });
  await db().offer.update({
    where: { id: newest.id },
    data: { title: deletedOffers.title, tokenHash: hashToken(deletedOffers.token(offers)) },
  });
}
// The listed offers are older than the waiting ones and from the same landlords: the queue names them as earlier offers.
await benchRegion(review.region, { review: "EVERY_OFFER" });
await insertOffers(db(), review.region, review.listed, { landlords: review.landlords, ageDays: 2 });
await insertOffers(db(), review.region, review.waiting, { inReview: true, landlords: review.landlords });
await hashContactEmails(db(), review.region, emailHash);
await benchRegion(submissionRegion);
await benchRegion(expiryRegion);
await benchRegion(alertRegion);
console.log(`[bench] regions ${[...regionSizes.map(regionSlug), review.region].join(", ")} seeded`);
process.exit(0);
