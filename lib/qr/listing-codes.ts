import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";
import type { Region } from "@/lib/regions/regions";
import { regionUrl, type RegionAddress } from "@/lib/regions/urls";
import { mainSitePath, pagePath } from "@/lib/routes/site-routes";

export type QrFormat = "svg" | "png";

/** The languages a region's listing is offered in, in the region's order. */
export function listingLocales(region: Pick<Region, "listingLocales">): Locale[] {
  return region.listingLocales.filter((locale) => hasLocale(routing.locales, locale));
}

/** What a region's QR code in one language carries: the listing in that language. */
export function listingUrl(region: RegionAddress, locale: Locale): string {
  return regionUrl(region, locale, pagePath("listing"));
}

/** A region's downloadable codes: its listing in one language, or "anbieten", its offer form (./offer-form-code.ts). */
export type QrCodeName = Locale | "anbieten";

/** Where staff download a code: a route under /api, which the locale proxy (proxy.ts) leaves alone. */
export function qrDownloadPath(region: Pick<Region, "slug">, code: QrCodeName, format: QrFormat): string {
  return mainSitePath("qrDownload", { city: region.slug, file: `${code}.${format}` });
}

/** The name a downloaded code is saved under, e.g. wohnraum-augsburg-uk.png, wohnraum-augsburg-anbieten.svg. */
export function qrFileName(region: Pick<Region, "slug">, code: QrCodeName, format: QrFormat): string {
  return `wohnraum-${region.slug}-${code}.${format}`;
}

/**
 * The languages of a poster from its path segment: one listing language ("uk") or two joined by a hyphen
 * ("uk-de", bilingual; the code leads to the first one's listing). Null for anything else.
 */
export function posterLocales(region: Pick<Region, "listingLocales">, segment: string): Locale[] | null {
  const requested = segment.split("-");
  const offered = listingLocales(region);
  const valid =
    requested.length <= 2 &&
    new Set(requested).size === requested.length &&
    requested.every((locale) => offered.includes(locale as Locale));
  return valid ? (requested as Locale[]) : null;
}
