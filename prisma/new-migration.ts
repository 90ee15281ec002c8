/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql for the
 * difference between the existing migrations and prisma/schema.prisma. Works offline: it replays the
 * migrations in an in-memory PGlite database and compares that database with the schema.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, noFilters, readMigrations, schemaPath, startSchemaEngine } from "@/lib/db/schema-engine";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  process.exit(1);
}

const engine = await startSchemaEngine(new PrismaPGlite(new PGlite()));
await engine.applyMigrations({ migrationsList: await readMigrations(), filters: noFilters });
const schemaFiles = [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }];
// The in-memory database now stands where the migrations lead; diff it against the schema.
const { stdout: script } = await engine.diff({
  from: { tag: "schemaDatasource", files: schemaFiles, configDir: process.cwd() },
  to: { tag: "schemaDatamodel", files: schemaFiles },
  script: true,
  exitCode: null,
  filters: noFilters,
});
engine.free();

if (!script?.trim() || script.includes("-- This is an empty migration.")) {
  console.log("The schema matches the migrations: nothing to write.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "migration.sql"), script);
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${path.relative(process.cwd(), folder)}/migration.sql`);
}
process.exit(0);
