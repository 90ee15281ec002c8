// Next.js loads this file by itself at run time (next.config.ts `cacheHandler`), untranspiled: hence plain JavaScript.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { goneStatusTag } from "../security/page-status.ts";

const { default: FileSystemCache } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/file-system-cache.js");

// With REDIS_URL every server instance shares one cache (./shared-cache.mjs); without it, Next.js's own files. The
// settings come from the one module that reads them, in TypeScript, which Node.js 24 loads by stripping its types.
const { REDIS_URL } = (await import("../env.ts")).loadBuildEnv();
const BaseCache = REDIS_URL ? (await import("./shared-cache.mjs")).sharedCacheHandler(REDIS_URL) : FileSystemCache;

const policyHeader = "content-security-policy";
/** The tags of the data a page was rendered from, as Next.js stores them with the page. */
const tagsHeader = "x-next-cache-tags";
/** Where an entry keeps the lifetime Next.js gave it (revalidate, expire). */
const lifetimeField = "wohnraumCacheControl";

// The only inline scripts Next.js writes into a page: the bundler's list of chunks to load, the start of the page's
// payload and the payload's chunks, each one call of `push` with plain JSON data. A script of any other shape is
// not Next.js's and stays blocked.
const payloadQueues = [
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = []))',
  "(self.__next_f=self.__next_f||[])",
  "self.__next_f",
];

/** @param {string} body */
function isPayloadScript(body) {
  const queue = payloadQueues.find((name) => body.startsWith(`${name}.push(`));
  const data = queue && /^([\s\S]*)\);?$/.exec(body.slice(queue.length + ".push(".length));
  if (!data) return false;
  try {
    JSON.parse(data[1]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The script policy of a page served from the cache: its own inline scripts by their SHA-256 hashes and scripts
 * from this site. The page's HTML is the same for every visitor, so its hashes are computed once, when the page is
 * cached, instead of a nonce per request (which would mean rendering every request).
 * @param {string} html
 * @returns {string}
 */
export function cachedPageScriptPolicy(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(attributes) || !isPayloadScript(body)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
  return ["script-src 'self'", ...hashes].join(" ");
}

/** @param {{ kind?: string, html?: unknown, headers?: Record<string, unknown> } | null | undefined} value */
function withScriptPolicy(value, { recompute }) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return;
  if (!recompute && value.headers?.[policyHeader]) return;
  // A second policy beside the proxy's (which has to allow inline scripts, not knowing this page): a browser
  // enforces both, so only these hashed scripts run. Served with every answer from this cache entry.
  value.headers = { ...value.headers, [policyHeader]: cachedPageScriptPolicy(value.html) };
}

/**
 * A page rendered with the gone tag (a deleted or expired offer's) answers 410 Gone instead of 200. The entry keeps
 * the status like its headers, so every answer from it, also the first, says so; its script policy still applies.
 * @param {{ kind?: string, status?: number, headers?: Record<string, unknown> } | null | undefined} value
 */
export function withGoneStatus(value) {
  const tags = value?.kind === "APP_PAGE" ? value.headers?.[tagsHeader] : undefined;
  if (typeof tags !== "string" || !tags.split(",").includes(goneStatusTag)) return;
  if (!value.status || value.status === 200) value.status = 410;
}

/**
 * Next.js's cache (its own files, or the shared cache in Redis), plus the script policy for every cached page. `set`
 * receives the freshly rendered page that Next.js then also sends, so the first visitor after a change gets the
 * policy too; `get` covers pages cached before (the build's, or another instance's).
 */
export default class PageCache extends BaseCache {
  async get(...args) {
    const entry = await super.get(...args);
    withScriptPolicy(entry?.value, { recompute: false });
    withGoneStatus(entry?.value);
    // A page's lifetime travels with its entry, for a process that has not rendered the page itself (otherwise it
    // would take a page rendered on another instance as stale after one second).
    if (entry && !entry.cacheControl && entry.value?.[lifetimeField]) entry.cacheControl = entry.value[lifetimeField];
    return entry;
  }

  async set(key, data, context) {
    withScriptPolicy(data, { recompute: true });
    withGoneStatus(data);
    const withLifetime = data && context?.cacheControl ? { ...data, [lifetimeField]: context.cacheControl } : data;
    return super.set(key, withLifetime, context);
  }
}
