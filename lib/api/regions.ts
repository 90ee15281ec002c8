import { hasLocale } from "next-intl";
import { unstable_cache } from "next/cache";
import { routing, type Locale } from "@/lib/i18n/routing";
import { listRegions } from "@/lib/regions/region-list";
import { regionsTag } from "@/lib/regions/regions";
import { regionEntryUrl, regionUrl } from "@/lib/regions/urls";

/** A region as the API sees it: one with a public listing, in the languages this app speaks. */
export type ListedRegion = { slug: string; name: string; hostnames: string[]; listingLocales: Locale[]; postalCodes: string[] };

export type RegionsBody = {
  regions: { slug: string; name: string; listingUrls: Partial<Record<Locale, string>>; entryUrl: string; postalCodes: string[] }[];
};

/**
 * Regions change only when the seed script runs, outside the app, so no mutation can expire this entry: a new
 * region reaches the API within five minutes, and the API asks the database at most that often.
 */

const cachedRegions = unstable_cache(listRegions, ["api-regions"], { tags: [regionsTag], revalidate: 300 });

/** Regions with at least one listing language: the ones a reader can be sent to. */
export async function getListedRegions(): Promise<ListedRegion[]> {
  return (await cachedRegions())
    .map(({ slug, name, hostnames, listingLocales, postalCodes }) => ({
      slug,
      name,
      hostnames,
      listingLocales: listingLocales.filter((locale) => hasLocale(routing.locales, locale)),
      postalCodes,
    }))
    .filter((region) => region.listingLocales.length > 0);
}

export async function getListedRegion(slug: string): Promise<ListedRegion | null> {
  return (await getListedRegions()).find((region) => region.slug === slug) ?? null;
}

export function regionsBody(regions: ListedRegion[]): RegionsBody {
  return {
    regions: regions.map((region) => ({
      slug: region.slug,
      name: region.name,
      listingUrls: Object.fromEntries(
        region.listingLocales.map((locale) => [locale, regionUrl(region, locale, "/findflats")]),
      ),
      entryUrl: regionEntryUrl(region),
      postalCodes: region.postalCodes,
    })),
  };
}
