import { hasLocale } from "next-intl";
import { bestLanguage } from "@/lib/i18n/accept-language";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The language of a region's listing to send a reader to: the most preferred one the region lists in, otherwise
 * German, and for a region without a German listing its first language (the listing of any other would be a 404).
 * `preferred` are language ranges, most preferred first ("uk-ua", "en").
 */
export function listingLanguage(region: { listingLocales: readonly string[] }, preferred: readonly string[]): Locale {
  const listed = region.listingLocales.filter((locale) => hasLocale(routing.locales, locale));
  const best = bestLanguage(preferred, listed);
  if (best) return best;
  return listed.includes(routing.defaultLocale) || listed.length === 0 ? routing.defaultLocale : listed[0];
}
