import { routing, type Locale } from "@/lib/i18n/routing";
import { regionUrl, type RegionAddress } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";

/**
 * The landlords' poster hangs where people with a flat to spare pass by: town halls, notice boards, parish halls. It
 * speaks German, or German and English ("de-en"); its code leads to the region's offer form, which has the other
 * languages.
 */
const landlordPosterLanguages = { de: ["de"], "de-en": ["de", "en"] } as const satisfies Record<string, readonly Locale[]>;

export type LandlordPosterSegment = keyof typeof landlordPosterLanguages;

/** The path segments of the landlords' posters, in the order the QR page offers them. */
export const landlordPosterSegments = Object.keys(landlordPosterLanguages) as LandlordPosterSegment[];

/** The languages of a landlords' poster from its path segment, or null for any other segment. */
export function landlordPosterLocales(segment: string): readonly Locale[] | null {
  return Object.hasOwn(landlordPosterLanguages, segment) ? landlordPosterLanguages[segment as LandlordPosterSegment] : null;
}

/** What the landlords' code carries: the region's offer form in German, on the region's own hostname if it has one. */
export function offerFormUrl(region: RegionAddress): string {
  return regionUrl(region, routing.defaultLocale, pagePath("offerForm"));
}
