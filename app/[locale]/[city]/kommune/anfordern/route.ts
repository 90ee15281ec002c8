import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { deliverAfterResponse } from "@/lib/mail/outbox";
import { clientAddressKeyOf } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { formPostRoute } from "@/lib/security/request-methods";
import { crossSitePostResponse, isCrossSitePost, seeOther } from "@/lib/security/token-form-post";
import { returnPathParameter, staffReturnPath } from "@/lib/staff/return-path";
import { requestStaffSignIn } from "@/lib/staff/sign-in";

type Context = { params: Promise<{ locale: string; city: string }> };

/**
 * "Send me a sign-in link" (the form of /{city}/kommune) posts here as a plain form, with or without JavaScript, so
 * that a used-up limit gets the proxy's 429 page either way. Every address gets the same answer, except when a
 * limit is exceeded at the very moment (the sign-in page then says so).
 */
export async function POST(request: Request, { params }: Context) {
  const { locale, city } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const region = await getRegion(city);
  if (!region) notFound();
  const signInPage = sitePath(region.site, pagePath("staffSignIn"));
  if (isCrossSitePost(request)) return crossSitePostResponse(locale, signInPage);
  const form = await request.formData().catch(() => null);
  const mailbox = String(form?.get("mailbox") ?? "").slice(0, 320);
  const returnPath = staffReturnPath(form?.get(returnPathParameter));
  const outcome = await requestStaffSignIn(region, mailbox, locale, clientAddressKeyOf(request.headers), new Date(), returnPath);
  if (outcome === "rateLimited") return seeOther(sitePath(region.site, pagePath("staffSignIn", { query: { fehler: "limit" } })), locale);
  deliverAfterResponse();
  return seeOther(sitePath(region.site, pagePath("staffSignInSent")), locale);
}

export const { GET, OPTIONS } = formPostRoute;
