import "server-only";
import { readdir } from "node:fs/promises";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { migrationsDir, noFilters, readMigrations, startSchemaEngine } from "./schema-engine";

/** Applies pending migrations exactly as `prisma migrate deploy` would; returns the names it applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await startSchemaEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrations(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/** Names of migrations in prisma/migrations that the database has not finished applying. */
export async function pendingMigrations(
  queryAppliedNames: () => Promise<string[]>,
): Promise<string[]> {
  const expected = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = new Set(
    await Promise.resolve()
      .then(queryAppliedNames)
      // A database that was never migrated has no migrations table; any other failure is a real error.
      .catch((error: unknown) => {
        if (/_prisma_migrations.*does not exist|42P01/s.test(String((error as Error)?.message ?? error))) return [];
        throw error;
      }),
  );
  return expected.filter((name) => !applied.has(name)).sort();
}
