/** Types of shared-cache.mjs, which stays JavaScript because Next.js loads it untranspiled (via page-cache.mjs). */
export function sharedCacheHandler(url: string): unknown;
export function expireSharedTags(url: string, tags: string[]): Promise<void>;
