import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, pendingMigrations } from "@/lib/db/migrations";

/**
 * The migration helpers on a database of this file's own: a fresh PGlite folder, independent of the test database
 * that tests/setup prepares (and of DATABASE_URL), so "nothing applied yet" really is the starting point.
 *
 * Only one applyMigrations per process: lib/db/schema-engine.ts instantiates the WebAssembly module anew on each
 * call, but the wasm-bindgen glue module keeps its cached views of the first instance's memory, so a second call in
 * the same process panics inside the engine and never settles. So the second run goes through `npm run db:migrate`
 * (prisma/migrate.ts) in a process of its own, which is also how it happens for real; that is why the database is
 * a folder and not in memory.
 */

const root = process.cwd();
const folders = readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

describe("database migrations", () => {
  const pgliteDir = path.join(mkdtempSync(path.join(inject("testRunDir"), "migrations-")), "pglite");
  let pglite: PGlite;

  /** The question lib/server-start.ts asks: which migrations has this database finished applying? */
  const appliedNames = async () => {
    const { rows } = await pglite.query<{ migration_name: string }>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    return rows.map((row) => row.migration_name);
  };

  const migrationRows = async () =>
    (
      await pglite.query<MigrationRow>(
        `SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "migration_name"`,
      )
    ).rows;

  beforeAll(async () => {
    pglite = new PGlite(pgliteDir);
    await pglite.waitReady;
  });

  afterAll(async () => {
    if (!pglite.closed) await pglite.close();
    rmSync(path.dirname(pgliteDir), { recursive: true, force: true });
  });

  it("the project has migrations to test with", () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it("counts every migration as pending on a fresh database, whose migrations table does not exist yet", async () => {
    // The query itself fails here; pendingMigrations must take that as "nothing applied", not as an error.
    await expect(appliedNames()).rejects.toThrow(/_prisma_migrations/);

    expect(await pendingMigrations(appliedNames)).toEqual(folders);
  });

  it("lists exactly the migrations the query does not report as applied", async () => {
    expect(await pendingMigrations(async () => folders.slice(1))).toEqual(folders.slice(0, 1));
    expect(await pendingMigrations(async () => [...folders, "20990101000000_not_in_this_checkout"])).toEqual([]);
  });

  it("applies every migration, records each as finished, and then nothing is pending", async () => {
    expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual(folders);

    expect(await pendingMigrations(appliedNames)).toEqual([]);
    const rows = await migrationRows();
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
    }
    // The schema is really there.
    const { rows: tables } = await pglite.query<{ table_name: string }>(
      `SELECT "table_name" FROM information_schema.tables WHERE "table_schema" = 'public'`,
    );
    expect(tables.map((table) => table.table_name)).toEqual(
      expect.arrayContaining(["Region", "Offer", "OfferEvent", "OutboxMail"]),
    );
  });

  it("a second `npm run db:migrate` on the migrated database applies nothing", async () => {
    const before = await migrationRows();
    expect(before).toHaveLength(folders.length);
    await pglite.close();

    const { DATABASE_URL: _postgres, ...env } = process.env;
    const { stdout } = await promisify(execFile)(
      path.join(root, "node_modules", ".bin", "tsx"),
      [path.join(root, "prisma", "migrate.ts")],
      { cwd: root, env: { ...env, PGLITE_DIR: pgliteDir } },
    );
    expect(stdout).toContain("Database is up to date.");

    pglite = new PGlite(pgliteDir);
    expect(await migrationRows()).toEqual(before);
    expect(await pendingMigrations(appliedNames)).toEqual([]);
  });
});
