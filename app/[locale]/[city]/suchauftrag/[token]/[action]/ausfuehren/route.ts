import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { alertActionOfSegment, alertLinkPath } from "@/lib/alerts/alert-links";
import { confirmAlert, keepAlert, unsubscribeAlert } from "@/lib/alerts/search-alerts";
import { routing } from "@/lib/i18n/routing";
import { consumeLinkActionLimit } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKeyOf } from "@/lib/rate-limit/client-address";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { crossSitePostResponse, isCrossSitePost, seeOther } from "@/lib/security/token-form-post";

type Context = { params: Promise<{ locale: string; city: string; token: string; action: string }> };

async function buttonPage({ params }: Context) {
  const { locale, city, token, action: segment } = await params;
  const action = alertActionOfSegment(segment);
  if (!hasLocale(routing.locales, locale) || !action) notFound();
  const region = await getRegion(city);
  if (!region) notFound();
  return { locale, token, action, page: sitePath(region.site, alertLinkPath(encodeURIComponent(token), action)) };
}

/**
 * The button on a search alert's page posts here, and so does a mail program's one-click unsubscribe (RFC 8058:
 * `List-Unsubscribe` names this URL, the program POSTs "List-Unsubscribe=One-Click" without a browser). Unsubscribing
 * is never rate-limited: a mail provider's servers may send many from one address, and it must always work.
 */
export async function POST(request: Request, context: Context) {
  const { locale, token, action, page } = await buttonPage(context);
  if (isCrossSitePost(request)) return crossSitePostResponse(locale, page);
  if (action !== "unsubscribe" && !(await consumeLinkActionLimit(clientAddressKeyOf(request.headers)))) {
    return seeOther(`${page}?ergebnis=rateLimited`, locale);
  }
  const outcome =
    action === "confirm" ? await confirmAlert(token) : action === "keep" ? await keepAlert(token) : await unsubscribeAlert(token);
  return seeOther(outcome ? `${page}?ergebnis=${outcome}` : page, locale);
}

/** Opening the one-click URL itself (a person, or a scanner) only leads to the page with the button. */
export async function GET(_request: Request, context: Context) {
  const { locale, page } = await buttonPage(context);
  return seeOther(page, locale);
}
