import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

  it("has no semicolon in a comment, where the engine on PostgreSQL would split the script (PGlite runs it whole)", () => {
    for (const folder of folders) {
      const script = readFileSync(path.join(root, "prisma", "migrations", folder, "migration.sql"), "utf8");
      const comments = script.split("\n").filter((line) => line.trimStart().startsWith("--"));
      expect(comments.filter((line) => line.includes(";")), folder).toEqual([]);
    }
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
      ["--import", "./lib/server-script.mjs", path.join(root, "prisma", "migrate.ts")],
      { cwd: root, env: { ...env, PGLITE_DIR: pgliteDir } },
    );
    expect(stdout).toContain("Database is up to date.");

    pglite = new PGlite(pgliteDir);
    expect(await migrationRows()).toEqual(before);
    expect(await pendingMigrations(appliedNames)).toEqual([]);
  });
});

describe("the migration to cats, dogs and other pets", () => {
  const household = folders.findIndex((name) => name.endsWith("_offer_household_and_pets"));
  const sqlOf = (folder: string) => readFileSync(path.join(root, "prisma", "migrations", folder, "migration.sql"), "utf8");

  it("keeps every existing offer's pets as they were and leaves who lives there unknown", async () => {
    const pglite = new PGlite();
    for (const folder of folders.slice(0, household)) await pglite.exec(sqlOf(folder));
    await pglite.exec(`
      INSERT INTO "Region" ("slug", "name", "mailbox", "senderName", "contactName", "contactEmail", "privacyPolicyVersion", "updatedAt")
      VALUES ('alt', 'Alt', 'k@example.test', 'Alt', 'Büro', 'b@example.test', '2026-11', now());
      INSERT INTO "Offer" ("id", "regionSlug", "tokenHash", "locale", "title", "description", "place", "postalCode",
        "type", "rooms", "beds", "availableFrom", "freeOfCharge", "furnished", "kitchen", "ownBathroom", "barrierFree",
        "petsAllowed", "smokingAllowed", "contactName", "contactEmail", "showName", "showPhone", "showEmail",
        "durationDays", "consentedAt", "privacyPolicyVersion")
      SELECT gen_random_uuid(), 'alt', 'hash-' || pets, 'de', 'Wohnung ' || pets, '', 'Ort', '12345', 'FLAT', 2, 2,
        current_date, true, false, false, false, false, pets, false, 'Anna', 'a@example.test', true, false, false, 7,
        now(), '2026-11'
      FROM (VALUES (true), (false)) AS existing(pets);`);

    await pglite.exec(sqlOf(folders[household]));

    const { rows } = await pglite.query(
      `SELECT "title", "catsAllowed", "dogsAllowed", "otherPetsAllowed", "lgbtiqFriendly", "rentLater", "residents",
        "residentCount", "hostType" FROM "Offer" ORDER BY "title"`,
    );
    const unknownHousehold = { lgbtiqFriendly: false, rentLater: false, residents: null, residentCount: null, hostType: null };
    expect(rows).toEqual([
      { title: "Wohnung false", catsAllowed: false, dogsAllowed: false, otherPetsAllowed: false, ...unknownHousehold },
      { title: "Wohnung true", catsAllowed: true, dogsAllowed: true, otherPetsAllowed: true, ...unknownHousehold },
    ]);
    await pglite.close();
  });
});

describe("the migration to one choice of rent", () => {
  const rentType = folders.findIndex((name) => name.endsWith("_offer_rent_type"));
  const sqlOf = (folder: string) => readFileSync(path.join(root, "prisma", "migrations", folder, "migration.sql"), "utf8");

  it("keeps every existing offer's rent as it was: rented with its figures, free, or free at first", async () => {
    const pglite = new PGlite();
    for (const folder of folders.slice(0, rentType)) await pglite.exec(sqlOf(folder));
    await pglite.exec(`
      INSERT INTO "Region" ("slug", "name", "mailbox", "senderName", "contactName", "contactEmail", "privacyPolicyVersion", "updatedAt")
      VALUES ('alt', 'Alt', 'k@example.test', 'Alt', 'Büro', 'b@example.test', '2026-11', now());
      INSERT INTO "Offer" ("id", "regionSlug", "tokenHash", "locale", "title", "description", "place", "postalCode",
        "type", "rooms", "beds", "availableFrom", "freeOfCharge", "rentLater", "coldRent", "runningCosts", "deposit",
        "furnished", "kitchen", "ownBathroom", "barrierFree", "smokingAllowed", "contactName", "contactEmail",
        "showName", "showPhone", "showEmail", "durationDays", "consentedAt", "privacyPolicyVersion")
      SELECT gen_random_uuid(), 'alt', 'hash-' || title, 'de', title, '', 'Ort', '12345', 'FLAT', 2, 2, current_date,
        free, later, cold, running, deposit, false, false, false, false, false, 'Anna', 'a@example.test', true, false,
        false, 7, now(), '2026-11'
      FROM (VALUES ('a rented', false, false, 450, 120, 900), ('b free', true, false, null, null, null),
        ('c free at first', true, true, null, null, null)) AS existing(title, free, later, cold, running, deposit);`);

    await pglite.exec(sqlOf(folders[rentType]));

    const { rows } = await pglite.query(`SELECT "title", "rentType", "coldRent", "runningCosts", "deposit" FROM "Offer" ORDER BY "title"`);
    expect(rows).toEqual([
      { title: "a rented", rentType: "RENTED", coldRent: 450, runningCosts: 120, deposit: 900 },
      { title: "b free", rentType: "FREE", coldRent: null, runningCosts: null, deposit: null },
      { title: "c free at first", rentType: "FREE_THEN_RENT", coldRent: null, runningCosts: null, deposit: null },
    ]);
    await pglite.close();
  });
});
