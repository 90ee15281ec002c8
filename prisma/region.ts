/**
 * `npm run region -- <slug> [--option=value …]`: creates a region or changes the given settings of one, then prints
 * its addresses. A new region needs at least --name and --mailbox. Examples:
 *
 *   npm run region -- musterhausen --name="Stadt Musterhausen" --mailbox=wohnraum@musterhausen.de
 *   npm run region -- musterhausen --hostnames=wohnraumangebot.musterhausen.de
 *   npm run region -- musterhausen --embed-origins=https://www.musterhausen.de --languages=de,uk,en,ru,ar
 *   npm run region -- musterhausen --review=first-offer        (or off, every-offer: staff check offers first)
 *   npm run region -- musterhausen            (only shows the settings)
 *
 * Changes reach the proxy of running servers within a minute (its region cache, lib/regions/region-sites.ts); with
 * REDIS_URL, the pages and the API of every server at once (the region's entries in the shared cache are expired),
 * without it within an hour (lib/regions/regions.ts).
 */
import { expireSharedTags } from "@/lib/cache-handlers/shared-cache.mjs";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listingTag } from "@/lib/offers/listing";
import { parseRegionArguments } from "@/lib/regions/region-arguments";
import { RegionConfigError, saveRegion } from "@/lib/regions/region-config";
import { regionsTag } from "@/lib/regions/regions";
import { postalCodeEntryUrl, regionEntryUrl, regionUrl } from "@/lib/regions/urls";

try {
  const { slug, changes } = parseRegionArguments(process.argv.slice(2));
  const region =
    Object.keys(changes).length > 0
      ? await saveRegion(slug, changes)
      : await db().region.findUnique({ where: { slug } });
  if (!region) throw new RegionConfigError(`There is no region "${slug}" yet; create it with --name=… and --mailbox=…`);
  if (Object.keys(changes).length > 0 && env.REDIS_URL) await expireSharedTags(env.REDIS_URL, [regionsTag, listingTag(slug)]);
  const { createdAt: _created, updatedAt: _updated, ...settings } = region;
  console.log(JSON.stringify(settings, null, 2));
  console.log(`Offer form:   ${regionUrl(region, "de", "/anbieten")}`);
  console.log(`Listing:      ${regionUrl(region, "de", "/findflats")}`);
  console.log(`Embed code:   ${regionUrl(region, "de", "/einbetten")}`);
  console.log(`Staff:        ${regionUrl(region, "de", "/kommune")}`);
  // The Integreat CMS offer's url (README, "Connecting a region to the Integreat app").
  console.log(`Integreat:    ${regionEntryUrl(region)}`);
  if (region.postalCodes.length > 0) console.log(`              or ${postalCodeEntryUrl()} with use_postal_code=GET`);
  for (const hostname of region.hostnames) {
    console.log(`DNS: ${hostname} needs a CNAME record to this deployment's host (see README, "Own hostname per region").`);
  }
  process.exit(0);
} catch (error) {
  if (!(error instanceof RegionConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
