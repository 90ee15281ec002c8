import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));
const usesPostgres = Boolean(process.env.DATABASE_URL);

/**
 * `npm test` runs this first, then Playwright. Without DATABASE_URL every test file gets its own PGlite folder
 * (a copy of one migrated template, see tests/setup); with DATABASE_URL all files share one PostgreSQL database,
 * migrated once, and run one after the other.
 * VITEST_JSON_OUTPUT=<file> additionally writes a JSON report (used by .ci/run to count tests).
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The marker package throws outside React Server Components; server code under test is fine to import here.
      { find: /^server-only$/, replacement: path.join(root, "node_modules", "server-only", "empty.js") },
    ],
  },
  test: {
    environment: "node",
    // Pure tests beside the code they test, database tests under tests/ (README, "Code map").
    include: [
      "app/**/*.test.ts",
      "lib/**/*.test.ts",
      "messages/*.test.ts",
      "e2e/support/*.test.ts",
      "proxy.test.ts",
      "tests/**/*.test.ts",
    ],
    exclude: ["node_modules/**", ".next/**", ".data/**"],
    globalSetup: ["tests/setup/global.ts"],
    setupFiles: ["tests/setup/database.ts", "tests/setup/log-leaks.ts", "tests/setup/next-cache.ts"],
    fileParallelism: !usesPostgres,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // next-intl's ESM build imports "next/server" without its extension, as bundlers allow: transformed, it resolves.
    server: { deps: { inline: ["next-intl"] } },
    reporters: process.env.VITEST_JSON_OUTPUT
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON_OUTPUT }]]
      : ["default"],
  },
});
