import { env } from "@/lib/env";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The one place that builds absolute URLs of a region's pages (mails, QR codes, API).
 * `path` is the page below the city segment, e.g. "/findflats".
 */
export function regionUrl(regionSlug: string, locale: Locale, path: string): string {
  const prefix = locale === routing.defaultLocale ? "" : `/${locale}`;
  return `${env.APP_URL}${prefix}/${regionSlug}${path}`;
}
