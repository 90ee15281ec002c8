/**
 * Next.js lets a page answer 404 (`notFound()`) or redirect, but not 410 Gone. A page rendered with this cache tag
 * is answered 410 by the page cache (lib/cache-handlers/page-cache.mjs), from the first answer on: a gone offer's
 * page. Only pages that Next.js caches can carry it. No imports: the page cache loads this file as it is.
 */
export const goneStatusTag = "wohnraum:status:410";
