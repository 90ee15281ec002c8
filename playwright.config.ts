import { existsSync } from "node:fs";
import { defineConfig, type ReporterDescription } from "@playwright/test";
import {
  E2E_BASE_URL,
  E2E_CRON_SECRET,
  E2E_PORT,
  E2E_TOKEN_SECRET,
  MAIL_FROM,
  SMTP_URL,
} from "./e2e/support/constants";

/**
 * End-to-end tests against a production build (`next start`) on 127.0.0.1:3100, started by
 * e2e/support/start-server.ts with a fresh PGlite folder, or with DATABASE_URL when that is set.
 * One worker: the specs share the server, the database and the SMTP port.
 * PLAYWRIGHT_JSON_OUTPUT_NAME=<file> additionally writes a JSON report (used by .ci/run to count tests).
 */

// Debian's chromium (CI and this project's machines); elsewhere Playwright's own browser (`npx playwright install`).
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;

/** Specs that check what pages look like and send (markup, axe, headers, languages, legal pages, QR codes, pictures). */
const databaseIndependentSpecs = ["accessibility", "client-addresses", "embed", "languages", "legal", "link-previews", "qr", "security-headers"].map(
  (name) => `**/${name}.spec.ts`,
);

const reporter: ReporterDescription[] = [["list"]];
if (process.env.PLAYWRIGHT_JSON_OUTPUT_NAME) reporter.push(["json"]);

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // E2E_DATABASE_SPECS_ONLY=1 (the second run of .ci/run, on PostgreSQL with the first run's build) leaves out the
  // specs whose outcome does not depend on the database: markup, headers, languages and pictures, already checked.
  testIgnore: process.env.E2E_DATABASE_SPECS_ONLY ? databaseIndependentSpecs : undefined,
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter,
  outputDir: `test-results/${E2E_PORT}`,
  // After all specs (also when some failed), "server log" checks what the server printed during them.
  projects: [
    { name: "chromium", teardown: "server log" },
    { name: "server log", testMatch: "server-log.teardown.ts" },
  ],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "npm run e2e:server",
    url: E2E_BASE_URL,
    reuseExistingServer: false,
    timeout: 420_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    env: {
      PORT: String(E2E_PORT),
      APP_URL: E2E_BASE_URL,
      TOKEN_SECRET: E2E_TOKEN_SECRET,
      CRON_SECRET: E2E_CRON_SECRET,
      SMTP_URL,
      MAIL_FROM,
      JOBS_INTERVAL_SECONDS: "0",
      REPORTS_PER_HOUR: "3",
      CONTACT_REQUESTS_PER_HOUR: "4",
      // Specs fill forms in milliseconds and share one client address; the per-e-mail limit stays low to be tested.
      MIN_FILL_SECONDS: "0",
      OFFERS_PER_HOUR: "1000",
      OFFERS_PER_EMAIL_PER_DAY: "3",
      LINK_ACTIONS_PER_HOUR: "1000",
      // The specs stand in for the reverse proxy in front: each names its client in X-Forwarded-For, as nginx would.
      TRUSTED_PROXIES: "1",
      NODE_ENV: "production",
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
