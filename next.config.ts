import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { loadBuildEnv, loadEnv } from "./lib/env";
import { tokenFormPages, tokenPagePrefixes } from "./lib/routes/site-routes";
import { securityHeaders } from "./lib/security/response-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The proxy sees the request's URL as the server received it. Normalized, a server bound to 127.0.0.1 (`next start
  // -H 127.0.0.1` behind a reverse proxy) hands the proxy "localhost" instead, and every rewrite of the proxy (the
  // German pages' locale, a region's own hostname) then counts as one to another host: Next.js fetches it as an
  // external URL (500 behind TLS, a redirect loop without).
  skipProxyUrlNormalize: true,
  distDir: loadBuildEnv().NEXT_DIST_DIR,
  // PGlite loads its WebAssembly and data files at run time; keep it out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  // Next.js's page cache, plus each cached page's script policy by the hashes of its inline scripts. An absolute path
  // (Next.js reads a relative one from its build folder); the npm scripts run in the project folder.
  cacheHandler: path.resolve("lib/cache-handlers/page-cache.mjs"),
  // The start-up check compares the database with the migration folders; the preview images read their fonts at
  // run time (lib/preview-images/preview-image.tsx); the cache handler reads its settings through lib/env.ts.
  outputFileTracingIncludes: {
    "/**": ["./lib/env.ts", "./prisma/migrations/**/*", "./prisma/schema.prisma", "./node_modules/@fontsource/{noto-sans,dejavu-sans}/files/*-normal.woff"],
  },
  async headers() {
    // Pages opened from a mail (the landlord's buttons, a search alert's buttons, the staff sign-in link) carry a token in their path: it must
    // not leak to other sites, to logs of referrers or to caches, so they send no referrer at all. Their buttons post
    // to route handlers, not Server Actions, as the browser then posts with "Origin: null" (lib/security/token-form-post.ts).
    const tokenPageHeaders = [
      { key: "Referrer-Policy", value: "no-referrer" },
      { key: "Cache-Control", value: "no-store" },
      { key: "X-Robots-Tag", value: "noindex, nofollow" },
    ];
    const https = process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https:");
    // Before the proxy's rewrite: on a region's own hostname there is no city segment, on the main site German has
    // no language segment, so the token paths stand behind zero, one or two segments.
    const behindSegments = (path: string) => [path, `/:first${path}`, `/:first/:second${path}`];
    const tokenPaths = tokenPagePrefixes().flatMap((prefix) => behindSegments(`${prefix}/:path*`));
    // The change page's form is the offer form, which saves through a Server Action: its page sends a referrer to
    // its own origin only (so the browser posts with a real Origin), never to another site. Listed last, it wins.
    const changePaths = tokenFormPages().flatMap((page) => behindSegments(page.replace(/\[(\w+)\]/g, ":$1")));
    return [
      { source: "/:path*", headers: securityHeaders({ https }) },
      ...tokenPaths.map((source) => ({ source, headers: tokenPageHeaders })),
      ...changePaths.map((source) => ({ source, headers: [{ key: "Referrer-Policy", value: "same-origin" }] })),
    ];
  },
};

export default async function config(phase: string): Promise<NextConfig> {
  // A missing or malformed variable stops the server at start, naming it; the build itself needs no secrets.
  if (phase !== PHASE_PRODUCTION_BUILD) loadEnv();
  return withNextIntl(nextConfig);
}
