import { hasLocale } from "next-intl";
import { z } from "zod";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getRegions } from "@/lib/regions/regions";
import { regionEntryUrl, regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";

/** A region as the API sees it: one with a public listing, in the languages this app speaks. */
export type ListedRegion = { slug: string; name: string; hostnames: string[]; listingLocales: Locale[]; postalCodes: string[] };

export const localeSchema = z.enum(routing.locales).meta({ description: "A language of the listing pages (ISO 639-1)." });

/** A region as `GET /regions` lists it. */
export const regionEntrySchema = z.object({
  slug: z.string().meta({ description: "Identifies the region in /{city}/offers and in its page addresses." }),
  name: z.string().meta({ description: 'The municipality\'s name, e.g. "Stadt Augsburg".' }),
  listingUrls: z.partialRecord(localeSchema, z.url()).meta({
    description: "Absolute address of the region's listing page for each language it lists offers in.",
    minProperties: 1,
  }),
  entryUrl: z.url().meta({
    description:
      "The region's address for every language at once, e.g. for an Integreat CMS offer's url: it redirects " +
      "to the listing in the language the browser asks for (Accept-Language) where the region lists in it, " +
      "German otherwise. `…/findflats?plz={postal code}` does the same by one of the region's postal codes.",
  }),
  postalCodes: z.array(z.string().regex(/^\d{5}(-\d{5})?$/)).meta({
    description:
      "The postal codes the region serves, single codes and ranges of them (\"86150-86199\"); a code belongs " +
      "to one region only. Empty when the region has set none.",
  }),
});

/** The answer of `GET /regions`. */
export const regionsBodySchema = z.object({ regions: z.array(regionEntrySchema) });
export type RegionsBody = z.output<typeof regionsBodySchema>;

/** Regions with at least one listing language: the ones a reader can be sent to. */
export async function getListedRegions(): Promise<ListedRegion[]> {
  return (await getRegions())
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
        region.listingLocales.map((locale) => [locale, regionUrl(region, locale, pagePath("listing"))]),
      ),
      entryUrl: regionEntryUrl(region),
      postalCodes: region.postalCodes,
    })),
  };
}
