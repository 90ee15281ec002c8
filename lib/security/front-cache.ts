/**
 * What a CDN or caching proxy in front may keep of a public answer (listing, offer and legal pages, feeds, preview
 * pictures, the API): 30 s fresh and 30 s more while it asks again, a minute in all. The app's own cache is expired
 * by tag the moment an offer changes; this bounds how long a cache in front can show a deleted offer. `s-maxage`
 * only, so browsers keep nothing without asking (the API and feeds answer a repeated request with 304).
 */
export const frontCacheControl = "public, s-maxage=30, stale-while-revalidate=30";
