/**
 * Vitest setupFiles: runs in each test file's worker before the file itself is imported, so the variables set
 * here are what lib/env parses (fixed values: a developer's shell must not change test results).
 * No static import of lib/env or lib/db here: imports are hoisted.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Inside the run's folder, which tests/setup/global.ts removes at the end.
const scratchDir = mkdtempSync(path.join(inject("testRunDir"), "file-"));

process.env.TOKEN_SECRET = "test-token-secret-0123456789abcdefghijkl";
process.env.CRON_SECRET = "test-cron-secret-0123456789abcdefghijklm";
process.env.APP_URL = "http://127.0.0.1:3100";
// Mails from unit tests go to this file's own folder, never to a developer's .data/mailbox or an SMTP server.
process.env.MAILBOX_DIR = path.join(scratchDir, "mailbox");
delete process.env.SMTP_URL;
process.env.JOBS_INTERVAL_SECONDS = "0";

const templateDir = inject("pgliteTemplateDir");
if (!process.env.DATABASE_URL) {
  if (!templateDir) throw new Error("tests/setup/global.ts did not prepare a PGlite template");
  const pgliteDir = path.join(scratchDir, "pglite");
  cpSync(templateDir, pgliteDir, { recursive: true });
  process.env.PGLITE_DIR = pgliteDir;
}

afterAll(async () => {
  const { database } = globalThis as unknown as { database?: { $disconnect(): Promise<void> } };
  await database?.$disconnect();
  rmSync(scratchDir, { recursive: true, force: true });
});
