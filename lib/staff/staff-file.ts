import { hasLocale } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { getRegion, type SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { staffSessionFor } from "./session";

/**
 * The region and language of a file staff download (the CSV files), or the answer instead: 404 for an unknown
 * language or region, and back to the sign-in page when signed out (or the session expired while the page was open).
 */
export async function staffFileRequest(
  locale: string,
  city: string,
): Promise<{ region: SiteRegion; locale: Locale; refusal?: never } | { refusal: Response }> {
  if (!hasLocale(routing.locales, locale)) return { refusal: new Response(null, { status: 404 }) };
  const region = await getRegion(city);
  if (!region) return { refusal: new Response(null, { status: 404 }) };
  if (!(await staffSessionFor(region.slug))) {
    const signIn = getPathname({ href: sitePath(region.site, pagePath("staffSignIn")), locale });
    return { refusal: new Response(null, { status: 303, headers: { Location: signIn, "Cache-Control": "no-store" } }) };
  }
  return { region, locale };
}

/** A CSV file as a download that no cache and no search engine keeps. */
export function csvDownload(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
