import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

export type Database = PrismaClient;

/** The adapter decides where data lives; everything above it is the same code for PGlite and PostgreSQL. */
export function createAdapterFactory() {
  if (env.DATABASE_URL) return new PrismaPg({ connectionString: env.DATABASE_URL });
  if (!env.PGLITE_DIR.startsWith("memory://")) mkdirSync(env.PGLITE_DIR, { recursive: true });
  return new PrismaPGlite(new PGlite(env.PGLITE_DIR));
}

const globalForDb = globalThis as unknown as { database?: PrismaClient };

/** The one Prisma client of this process, created on first use (never at import, so builds touch no database). */
export function db(): PrismaClient {
  globalForDb.database ??= new PrismaClient({ adapter: createAdapterFactory() });
  return globalForDb.database;
}
