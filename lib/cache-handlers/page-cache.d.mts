/** Types of page-cache.mjs, which stays JavaScript because Next.js loads it untranspiled. */
export function cachedPageScriptPolicy(html: string): string;
export default class PageCache {}
export function withGoneStatus(value: { kind?: string; status?: number; headers?: Record<string, unknown> } | null | undefined): void;
