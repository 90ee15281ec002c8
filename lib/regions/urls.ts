import type { Region } from "@/lib/db/generated/client";
import { loadBuildEnv } from "@/lib/env";
import { routing, type Locale } from "@/lib/i18n/routing";
import { mainSitePath } from "@/lib/routes/site-routes";

export type RegionAddress = Pick<Region, "slug" | "hostnames">;

/** The main site's origin (APP_URL's): the start page, and the pages of regions without a hostname of their own. */
export function mainSiteOrigin(): string {
  return new URL(loadBuildEnv().APP_URL).origin;
}

/**
 * The origin a region's pages are published on: its own hostname when it has one (with the deployment's
 * scheme and port), otherwise the main site.
 */
export function regionOrigin(region: RegionAddress): string {
  const [hostname] = region.hostnames;
  if (!hostname) return mainSiteOrigin();
  const app = new URL(loadBuildEnv().APP_URL);
  return `${app.protocol}//${hostname}${app.port ? `:${app.port}` : ""}`;
}

/**
 * The one place that builds absolute URLs of a region's pages (mails, QR codes, API, canonical links).
 * `path` is the page below the city segment, from the route table (`pagePath("listing")`); on the region's own
 * hostname there is no city segment.
 */
export function regionUrl(region: RegionAddress, locale: Locale, path: string): string {
  const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
  const city = region.hostnames.length > 0 ? "" : `/${region.slug}`;
  return `${regionOrigin(region)}${prefix}${city}${path}`;
}

/**
 * The Integreat app's entry address of a region (lib/regions/entry-address.ts), for an Integreat CMS offer's url:
 * on the main site and in no language, as the url is the same for every language of the app.
 */
export function regionEntryUrl(region: Pick<RegionAddress, "slug">): string {
  return `${mainSiteOrigin()}${mainSitePath("regionList", { query: { region: region.slug } })}`;
}

/** The entry address by postal code: the Integreat CMS appends a region's code to it (`use_postal_code=GET`). */
export function postalCodeEntryUrl(): string {
  return `${mainSiteOrigin()}${mainSitePath("regionList", { query: { plz: "" } })}`;
}

/** Where a region's pages are canonical, for the language switcher's hreflang links (computed in the browser too). */
export type CanonicalSite = { origin: string; slug: string; citySegment: boolean };

export function canonicalSite(region: RegionAddress): CanonicalSite {
  return { origin: regionOrigin(region), slug: region.slug, citySegment: region.hostnames.length === 0 };
}
