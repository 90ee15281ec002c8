import "server-only";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
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

// Kept on globalThis: every route of a Next.js build bundles its own copy of this module, but all share one process.
const globalForDb = globalThis as unknown as { database?: PrismaClient; databaseQueries?: number };

/** Under `npm run bench` (BENCH=1) the statements that reach the database are counted; otherwise nothing is wrapped. */

/** Statements sent to the database by this process so far, or null when they are not counted. */
export function databaseQueryCount(): number | null {
  return env.BENCH ? (globalForDb.databaseQueries ?? 0) : null;
}

function countQuery() {
  globalForDb.databaseQueries = (globalForDb.databaseQueries ?? 0) + 1;
}

function counted<T extends SqlQueryable>(queryable: T): T {
  return new Proxy(queryable, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw" || property === "executeScript") {
        return (...args: unknown[]) => {
          countQuery();
          return value.apply(target, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => counted(await value.apply(target, args));
      }
      return value.bind(target);
    },
  });
}

function countingAdapterFactory<T extends SqlDriverAdapterFactory>(factory: T): T {
  return new Proxy(factory, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === "connect") return async () => counted<SqlDriverAdapter>(await target.connect());
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The one Prisma client of this process, created on first use (never at import, so builds touch no database). */
export function db(): PrismaClient {
  globalForDb.database ??= new PrismaClient({
    adapter: env.BENCH ? countingAdapterFactory(createAdapterFactory()) : createAdapterFactory(),
    // A burst of submissions on a busy machine queues for a connection (PGlite has one) longer than Prisma's 2 s default.
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  return globalForDb.database;
}
