import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { errorPageResponse, refusalTexts } from "./error-page";

/**
 * The button on a page opened from a mail (the landlord's mail buttons, the staff sign-in link) posts a plain form
 * to a route handler, not to a Server Action: such a page sends `Referrer-Policy: no-referrer`, so the browser posts
 * it with `Origin: null`, which Next.js refuses for Server Actions. The token in the path is the credential and no
 * cookie is needed, so the origin is not checked; a POST the browser itself marks as coming from another site is
 * refused all the same. Without a `Sec-Fetch-Site` header (older browsers, scripts) the token alone decides. The
 * staff's request for a sign-in link posts to a route handler too (so that its 429 is the same with JavaScript),
 * and is refused from other sites the same way.
 */
export function isCrossSitePost(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}

/** 403 with a short page in the visitor's language that links to the button's page, where the button can be pressed. */
export async function crossSitePostResponse(locale: Locale, pageHref: string): Promise<Response> {
  const t = await refusalTexts(locale);
  const href = getPathname({ href: pageHref, locale });
  return errorPageResponse({
    locale,
    status: 403,
    title: t("crossSiteTitle"),
    text: t("crossSiteText"),
    back: { href, label: t("crossSiteLink") },
  });
}

/**
 * 303 See Other to a page of this site (`href` as sitePath gives it, with the language prefix added here): the
 * browser then loads the page with GET, so reloading it never posts again. Relative, so it stays on the host the
 * form was posted to, a region's own hostname included.
 */
export function seeOther(href: string, locale: Locale): Response {
  return new Response(null, { status: 303, headers: { Location: getPathname({ href, locale }) } });
}
