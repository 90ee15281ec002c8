/** `npm run db:migrate`: brings the configured database (PGlite folder or DATABASE_URL) up to date. */
import { createAdapterFactory } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrations";

const applied = await applyMigrations(createAdapterFactory());
console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
process.exit(0);
