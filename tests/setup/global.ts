/**
 * Vitest globalSetup: runs once in the main process before any test file.
 * - With DATABASE_URL (PostgreSQL): applies pending migrations to that database once.
 * - Without: builds one migrated PGlite folder as a template; tests/setup/database.ts copies it for each test file
 *   (a copy takes milliseconds, while creating and migrating a PGlite folder takes about five seconds).
 * The migration itself runs in a child process (see tests/setup/migrate.ts).
 * Everything a run writes (template, per-file databases and mailboxes) lives in one temporary folder, removed
 * at the end even when a test file crashed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Temporary folder of this run; test files create their own folders inside it. */
    testRunDir: string;
    /** Migrated PGlite folder to copy per test file; null when the tests run against DATABASE_URL. */
    pgliteTemplateDir: string | null;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));

function migrate(args: string[]) {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  execFileSync(tsx, ["--import", "./lib/server-script.mjs", path.join(root, "tests", "setup", "migrate.ts"), ...args], { cwd: root, stdio: "inherit" });
}

export default function setup(project: TestProject) {
  const runDir = mkdtempSync(path.join(tmpdir(), "wohnraum-test-"));
  const teardown = () => rmSync(runDir, { recursive: true, force: true });
  project.provide("testRunDir", runDir);
  try {
    if (process.env.DATABASE_URL) {
      migrate([]);
      project.provide("pgliteTemplateDir", null);
    } else {
      const templateDir = path.join(runDir, "pglite-template");
      mkdirSync(templateDir);
      migrate([templateDir]);
      project.provide("pgliteTemplateDir", templateDir);
    }
  } catch (error) {
    teardown();
    throw error;
  }
  return teardown;
}
