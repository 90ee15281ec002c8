import { NextRequest, NextResponse } from "next/server";
import { hasLocale } from "next-intl";
import createMiddleware from "next-intl/middleware";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { isOfferLimitPerEmail } from "@/lib/rate-limit/abuse-limits";
import { clientAddressKeyOf } from "@/lib/rate-limit/client-address";
import { formLimitsOfPage, pageOfFormPost, postsLimitedEmail } from "@/lib/rate-limit/page-limits";
import { usedUpLimits, type UsedUp } from "@/lib/rate-limit/rate-limit";
import { secondsUntil, tooManyRequestsResponse } from "@/lib/rate-limit/too-many-requests";
import { entryRegion, entryTarget, isEntryPath, preferredLanguages, regionListLanguage } from "@/lib/regions/entry-address";
import { regionSites, type RegionSite, type RegionSites } from "@/lib/regions/region-sites";
import { embeddedFolder, mainSitePath, previewImageSegment } from "@/lib/routes/site-routes";
import { exceedsFormLimit, formTooLargeResponse } from "@/lib/security/body-limit";
import { contentSecurityPolicy, isCachedPage } from "@/lib/security/content-security-policy";
import { frontCacheControl } from "@/lib/security/front-cache";
import { methodNotAllowed } from "@/lib/security/request-methods";

const handleI18nRouting = createMiddleware(routing);

/**
 * Every page request passes here. On one of a region's own hostnames the region is served at "/" without the city
 * segment (rewritten to /{locale}/{hostname}/…, see lib/regions/site.ts); any other host is the main site, where
 * next-intl resolves the language. Each answer gets its Content-Security-Policy: who may frame it, and for pages
 * rendered per request a fresh nonce, which Next.js reads from the request's own policy header.
 */
export default async function proxy(request: NextRequest) {
  const sites = await regionSites().catch((error: unknown) => {
    // Without the region list the main site still works; a region's own hostname then shows the main site.
    console.error("proxy: loading the regions failed", { error: (error as Error)?.name });
    return null;
  });
  // As Next.js itself does: x-forwarded-host first. It is what a Server Action's redirect carries when Next.js
  // renders the target page by a request to itself.
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0].trim();
  const hostname = host.replace(/:\d+$/, "").toLowerCase();
  const hostSite = sites?.byHostname.get(hostname);
  const segments = request.nextUrl.pathname.split("/").filter(Boolean);
  // Next.js keeps the first answer of a cached picture whatever its method: a POST to a picture nobody had fetched
  // yet would be stored as its 405 and shown to everyone (an OPTIONS fails with a stack trace). Only reads reach them.
  if (segments.at(-1) === previewImageSegment && request.method !== "GET" && request.method !== "HEAD") {
    return methodNotAllowed("GET, HEAD");
  }
  const locale = hasLocale(routing.locales, segments[0]) ? segments[0] : routing.defaultLocale;
  if (exceedsFormLimit(request)) return formTooLargeResponse(locale);
  const page = regionPage(segments, hostSite, sites);
  const usedUp = page && (await usedUpLimitOfPost(request, page));
  const serverAction = request.headers.has("next-action");
  if (usedUp && !serverAction) {
    // Back to the page from its segments: a path starting with "//" would lead to another host.
    const pageHref = `${pageOfFormPost(`/${segments.join("/")}`)}${request.nextUrl.search}`;
    return tooManyRequestsResponse({ locale, retryAt: usedUp.until, pageHref, emailLimit: usedUp.limits.some(isOfferLimitPerEmail) });
  }

  const policy = contentSecurityPolicy({
    nonce: page && isCachedPage(page.path) ? null : Buffer.from(crypto.randomUUID()).toString("base64"),
    embedOrigins: page?.path.startsWith(`${embeddedFolder}/`) ? page.site.embedOrigins : [],
    development: process.env.NODE_ENV === "development",
    https: env.APP_URL.startsWith("https:"),
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const forwarded = new NextRequest(request, { headers });

  const response = hostSite
    ? routeRegionHostname(forwarded, segments, hostSite, host, hostname)
    : isEntryPath(segments)
      ? routeEntryAddress(forwarded, segments, sites)
      : redirectWithinSite(handleI18nRouting(forwarded), request, host);
  response.headers.set("Content-Security-Policy", policy);
  // Next.js would let caches in front keep a cached page as long as its own cache does (an hour, and stale for a
  // year); it keeps a Cache-Control set here. Its own not-found and error answers still say no-store.
  if (page && isCachedPage(page.path)) response.headers.set("Cache-Control", frontCacheControl);
  return usedUp && serverAction ? withTooManyRequestsStatus(response, usedUp) : response;
}

/**
 * next-intl builds its redirects (/de/… to /…) from the request's URL, which is the server's own address (see
 * next.config.ts), behind a reverse proxy an internal one. They go to the address the visitor asked for instead:
 * its host and, behind a TLS-terminating proxy, its protocol (as Next.js does for a Server Action's redirect).
 */
function redirectWithinSite(response: NextResponse, request: NextRequest, host: string): NextResponse {
  const location = response.headers.get("location");
  if (!location || !host) return response;
  const target = new URL(location, request.url);
  if (target.origin !== new URL(request.url).origin) return response;
  const forwardedProtocol = request.headers.get("x-forwarded-proto")?.split(",")[0].trim();
  const protocol = forwardedProtocol === "https" || forwardedProtocol === "http" ? `${forwardedProtocol}:` : target.protocol;
  response.headers.set("location", new URL(`${target.pathname}${target.search}`, `${protocol}//${host}`).toString());
  return response;
}

/**
 * With JavaScript a form posts to its Server Action, which refuses in place, in the page's language, and keeps what
 * was typed. A Server Action cannot set its status, so the proxy, which already knows, gives the answer 429 and
 * `Retry-After` (Next.js keeps a status the proxy set; the browser's router reads the answer all the same).
 */
function withTooManyRequestsStatus(response: NextResponse, usedUp: UsedUp): NextResponse {
  const refused = new NextResponse(response.body, { status: 429, headers: response.headers });
  refused.headers.set("Retry-After", String(secondsUntil(usedUp.until)));
  return refused;
}

function routeRegionHostname(request: NextRequest, segments: string[], site: RegionSite, host: string, hostname: string) {
  const [first, ...rest] = segments;
  const prefixed = hasLocale(routing.locales, first);
  const locale = prefixed ? first : routing.defaultLocale;
  const pageSegments = prefixed ? rest : segments;
  // As on the main site, German has no prefix; and a /{slug}/… path from the main site leads to the same page here.
  if ((prefixed && locale === routing.defaultLocale) || pageSegments[0] === site.slug) {
    const path = pageSegments[0] === site.slug ? pageSegments.slice(1) : pageSegments;
    const localePrefix = locale === routing.defaultLocale ? "" : `/${locale}`;
    const url = request.nextUrl.clone();
    url.host = host;
    url.pathname = `${localePrefix}/${path.join("/")}`;
    return NextResponse.redirect(url, 308);
  }
  // From the request's own URL, as next-intl's rewrite: same origin as the server sees it (see next.config.ts).
  const url = new URL(request.url);
  url.pathname = ["", locale, hostname, ...pageSegments].join("/");
  const headers = new Headers(request.headers);
  // What next-intl's own rewrite passes on: the locale for Server Actions, which have no [locale] param.
  headers.set("X-NEXT-INTL-LOCALE", locale);
  return NextResponse.rewrite(url, { request: { headers } });
}

/**
 * The Integreat app's entry address (lib/regions/entry-address.ts): to the region's listing in the visitor's
 * language, or, with no region found, the region list (app/[locale]/findflats) in that language at the same address.
 * 303 See Other: the listing is another resource, fetched with GET whatever the method was; unlike 302 and 307 it is
 * never cached without being told to. The answer depends on each visitor's Accept-Language, so no cache in front may
 * keep it for another visitor: `private, no-store`, and the redirect names the header in `Vary`. The region list is
 * a page, whose Vary Next.js 16 replaces with its own; no-store alone keeps it out of every cache.
 */
function routeEntryAddress(request: NextRequest, segments: string[], sites: RegionSites | null): NextResponse {
  const preferred = preferredLanguages(segments, request.headers.get("accept-language"));
  const region = sites && entryRegion(sites.bySlug.values(), request.nextUrl.searchParams);
  let response: NextResponse;
  if (region) {
    response = NextResponse.redirect(entryTarget(region, preferred), 303);
  } else {
    const locale = regionListLanguage(preferred);
    const url = new URL(request.url);
    url.pathname = `/${locale}${mainSitePath("regionList")}`;
    const headers = new Headers(request.headers);
    // What next-intl's own rewrite passes on (see routeRegionHostname).
    headers.set("X-NEXT-INTL-LOCALE", locale);
    response = NextResponse.rewrite(url, { request: { headers } });
  }
  response.headers.set("Cache-Control", "private, no-store");
  if (region) response.headers.set("Vary", "Accept-Language");
  return response;
}

/**
 * The limits a form posted to a region's page would exceed: those the client address has used up, or for the offer
 * form the typed e-mail address its offers of the day. A plain form (without JavaScript, or a mail button's page,
 * which posts to its route handler) then gets a 429 page instead; a Server Action's answer gets the status 429.
 * This only reads: the action or route handler counts, as before.
 */
async function usedUpLimitOfPost(request: NextRequest, page: { site: RegionSite; path: string }): Promise<UsedUp | null> {
  if (request.method !== "POST") return null;
  const contactEmail = postsLimitedEmail(page.path) ? await postedContactEmail(request) : undefined;
  const limits = formLimitsOfPage(page.site.slug, page.path, clientAddressKeyOf(request.headers), contactEmail);
  return usedUpLimits(limits).catch((error: unknown) => {
    // Without the check the action still counts and refuses; it answers in place.
    console.error("proxy: reading the rate limits failed", { error: (error as Error)?.name });
    return null;
  });
}

/**
 * The e-mail address typed into a posted offer or contact request form (a copy of the body is read). A plain form names the
 * field `contactEmail`; a Server Action's arguments are encoded by React, which prefixes a form's fields with the
 * argument's number (`_1_contactEmail`).
 */
async function postedContactEmail(request: NextRequest): Promise<string | undefined> {
  const form = await request.clone().formData().catch(() => null);
  const value = [...(form?.entries() ?? [])].find(([name]) => /^(?:_\d+_)?contactEmail$/.test(name))?.[1];
  return typeof value === "string" && value.trim() ? value : undefined;
}

/** The region a page belongs to and the page's path below the city segment ("/findflats"), if it is a region's page. */
function regionPage(segments: string[], hostSite: RegionSite | undefined, sites: RegionSites | null) {
  const pageSegments = hasLocale(routing.locales, segments[0]) ? segments.slice(1) : segments;
  const [site, below] = hostSite ? [hostSite, pageSegments] : [sites?.bySlug.get(pageSegments[0]), pageSegments.slice(1)];
  return site ? { site, path: `/${below.join("/")}` } : null;
}

export const config = {
  // Everything except API routes, the development mailbox, Next internals and files with an extension; whole
  // segments only, so a region's slug may begin with "api" or "dev".
  matcher: "/((?!(?:api|dev|_next|_vercel)(?:/|$)|.*\\..*).*)",
};
