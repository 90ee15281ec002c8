/**
 * Child process of tests/setup/global.ts: migrates the test database and exits.
 * `tsx tests/setup/migrate.ts` (DATABASE_URL set) or `tsx tests/setup/migrate.ts <pglite-folder>`.
 * A separate process because Prisma's WebAssembly schema engine leaves a 10 s timer running after
 * `applyMigrations`, which would keep Vitest's main process from exiting.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "@/lib/db/migrations";

const databaseUrl = process.env.DATABASE_URL;
const pgliteDir = process.argv[2];

if (databaseUrl) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await applyMigrations(new PrismaPg(pool));
  } finally {
    await pool.end();
  }
} else if (pgliteDir) {
  const pglite = new PGlite(pgliteDir);
  try {
    await applyMigrations(new PrismaPGlite(pglite));
  } finally {
    // Shut down cleanly, so that each copy of this folder opens without crash recovery.
    await pglite.close();
  }
} else {
  throw new Error("Set DATABASE_URL or pass a PGlite folder");
}
process.exit(0);
