/**
 * Vitest setupFiles: the tests run outside a Next.js server, which has no data cache for `unstable_cache` (it throws
 * there). Cached loaders such as the regions' (lib/regions/regions.ts) therefore read the database on every call.
 */
import { vi } from "vitest";

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  unstable_cache: (query: () => unknown) => query,
}));
