import { isPageOf } from "@/lib/routes/site-routes";
import { frameAncestors } from "./frame-ancestors";

/**
 * Pages rendered once and served from the cache to every visitor (the listing, an offer, the legal pages): their HTML
 * cannot carry a per-request nonce. Paths below the city segment; everything else renders per request.
 * Keep in step with the pages that export `revalidate` (e2e/security-headers.spec.ts checks both kinds).
 */
const cachedPages = ["listing", "listingPage", "offer", "embeddedListing", "privacyPolicy", "imprint"] as const;

export function isCachedPage(pathBelowCity: string): boolean {
  return isPageOf(pathBelowCity, cachedPages);
}

type PolicyOptions = {
  /** Per-request nonce of a page rendered per request; null for a cached page. */
  nonce: string | null;
  embedOrigins: readonly string[];
  development: boolean;
  /** Whether the deployment is served over HTTPS: then the browser upgrades any stray http:// request. */
  https: boolean;
};

/**
 * The page's Content-Security-Policy. Pages rendered per request (forms, mail-link pages, staff pages) allow only
 * scripts carrying this request's nonce (Next.js adds it to its own scripts) and what those load ('strict-dynamic').
 * Cached pages cannot know a nonce (rendering them per request would give up serving a burst of QR-code scans from
 * the cache), so this policy allows inline scripts there; the page cache adds a second policy with the hashes of
 * the page's own inline scripts (lib/cache-handlers/page-cache.mjs), and as a browser enforces both, only those run.
 */
export function contentSecurityPolicy({ nonce, embedOrigins, development, https }: PolicyOptions): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay.
    `script-src ${scripts}${development ? " 'unsafe-eval'" : ""}`,
    // Style attributes (a region's accent colour) and Next.js's inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // A region's logo may live on the municipality's own website.
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    frameAncestors(embedOrigins),
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
