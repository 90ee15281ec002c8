import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { formPostRoute } from "@/lib/security/request-methods";
import { crossSitePostResponse, isCrossSitePost, seeOther } from "@/lib/security/token-form-post";
import { returnPathParameter, staffReturnPath } from "@/lib/staff/return-path";
import { startStaffSession } from "@/lib/staff/session";
import { redeemStaffSignIn, staffSignInPath } from "@/lib/staff/sign-in";

type Context = { params: Promise<{ locale: string; city: string; token: string }> };

/** The button behind a sign-in link posts here: it redeems the link once and starts the session for its region. */
export async function POST(request: Request, { params }: Context) {
  const { locale, city, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const region = await getRegion(city);
  if (!region) notFound();
  const linkPage = sitePath(region.site, staffSignInPath(encodeURIComponent(token)));
  if (isCrossSitePost(request)) return crossSitePostResponse(locale, linkPage);
  if (await redeemStaffSignIn(region.slug, token)) {
    await startStaffSession(region.slug);
    // Back to the page the mail or the sign-in came from, else the offers.
    const form = await request.formData().catch(() => null);
    return seeOther(sitePath(region.site, staffReturnPath(form?.get(returnPathParameter)) ?? "/kommune/angebote"), locale);
  }
  // Used, expired or unknown: the link's page says which.
  return seeOther(linkPage, locale);
}

export const { GET, OPTIONS } = formPostRoute;
