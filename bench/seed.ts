/**
 * Child process of bench/run.ts (one process may open a PGlite folder at a time): creates the bench regions with
 * the same upsert as `npm run db:seed` and fills them with fresh offers, on PGlite (PGLITE_DIR) or PostgreSQL
 * (DATABASE_URL).
 */
import { db } from "@/lib/db/client";
import { saveRegion } from "@/lib/regions/region-config";
import { hashToken } from "@/lib/security/tokens";
import { alertRegion, deletedOffers, expiryRegion, regionSizes, regionSlug, submissionRegion } from "./config";
import { clearBenchRegions, insertOffers } from "./offers-sql";

const benchRegion = (slug: string) =>
  saveRegion(slug, {
    name: `Benchmark ${slug}`,
    mailbox: `kommune@${slug}.example`,
    senderName: `Wohnraumbörse ${slug}`,
    listingLocales: ["de", "uk"],
    contactName: "Integrationsbüro",
    contactEmail: `kontakt@${slug}.example`,
    privacyPolicyVersion: "2026-11",
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
await benchRegion(submissionRegion);
await benchRegion(expiryRegion);
await benchRegion(alertRegion);
console.log(`[bench] regions ${regionSizes.map(regionSlug).join(", ")} seeded`);
process.exit(0);
