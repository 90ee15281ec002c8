import "server-only";
import { notFound } from "next/navigation";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion, type SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { staffReturnPath, withReturnPath } from "./return-path";
import { staffSessionFor } from "./session";

/**
 * The region of a staff page or action whose visitor is signed in for exactly this region; anyone else is sent to
 * the region's sign-in page (a session of another region opens nothing here), which leads back to `page` (the
 * staff page's path below the city segment) once signed in.
 */
export async function signedInStaffRegion(site: string, locale: Locale, page?: string): Promise<SiteRegion> {
  const region = await getRegion(String(site));
  if (!region) notFound();
  if (!(await staffSessionFor(region.slug))) {
    redirect({ href: sitePath(region.site, withReturnPath(pagePath("staffSignIn"), staffReturnPath(page))), locale });
  }
  return region;
}
