import { hasLocale } from "next-intl";
import { acceptedLanguages, bestLanguage } from "@/lib/i18n/accept-language";
import { routing, type Locale } from "@/lib/i18n/routing";
import { mainSitePath, pagePath } from "@/lib/routes/site-routes";
import { listingLanguage } from "./listing-language";
import { coversPostalCode, isPostalCode } from "./postal-codes";
import { regionUrl, type RegionAddress } from "./urls";

/**
 * The Integreat app's entry address: one URL for every language of the app, which the Integreat CMS holds as an
 * offer's url. `/findflats?region={slug}` names the region; `/findflats?plz=` gets the region's postal code
 * appended by the CMS (`use_postal_code=GET`). The app passes no language, but its in-app browser sends the phone's
 * languages in Accept-Language. It lives on the main site only: on a region's own hostname /findflats is the
 * region's German listing, as printed QR codes and mails name it.
 */

/** What the entry address needs to know of a region. */
export type EntryRegion = RegionAddress & { listingLocales: readonly string[]; postalCodes: readonly string[] };

/** "/findflats" or "/uk/findflats" (the language from the path comes before the browser's). */
export function isEntryPath(segments: readonly string[]): boolean {
  const [first, second] = segments;
  const entry = mainSitePath("regionList").slice(1);
  if (segments.length === 1) return first === entry;
  return segments.length === 2 && hasLocale(routing.locales, first) && second === entry;
}

/**
 * The region asked for: by its slug (set by the editor, so it comes first), otherwise by the postal code. A postal
 * code belongs to one region only (lib/regions/region-config.ts); the first region that has it is taken all the
 * same, so the answer follows the order of `regions` (by slug) and never the database's.
 */
export function entryRegion<R extends EntryRegion>(regions: Iterable<R>, query: URLSearchParams): R | undefined {
  const candidates = [...regions];
  const slug = query.get("region")?.trim().toLowerCase();
  const bySlug = slug ? candidates.find((region) => region.slug === slug) : undefined;
  if (bySlug) return bySlug;
  const postalCode = query.get("plz")?.replace(/\s+/g, "") ?? "";
  if (!isPostalCode(postalCode)) return undefined;
  return candidates.find((region) => coversPostalCode(region.postalCodes, postalCode));
}

/** The languages the visitor prefers, most preferred first: the path's language, then the browser's. */
export function preferredLanguages(segments: readonly string[], acceptLanguage: string | null): string[] {
  const pathLocale = segments.length === 2 ? [segments[0]] : [];
  return [...pathLocale, ...acceptedLanguages(acceptLanguage)];
}

/** Where the entry address sends the visitor: the region's listing in the best of its languages. */
export function entryTarget(region: EntryRegion, preferred: readonly string[]): string {
  return regionUrl(region, listingLanguage(region, preferred), pagePath("listing"));
}

/** The language of the region list shown when no region is found: any of the app's, German otherwise. */
export function regionListLanguage(preferred: readonly string[]): Locale {
  return bestLanguage(preferred, routing.locales) ?? routing.defaultLocale;
}
