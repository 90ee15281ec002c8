/**
 * For database-backed tests. The database is already migrated when a test file starts (tests/setup), so
 * `prepareTestDatabase()` only returns the app's own client: `const database = await prepareTestDatabase()`.
 * Without DATABASE_URL each test file has a PGlite database of its own; with DATABASE_URL all files share one
 * PostgreSQL database (run one file at a time), so tests must create their own data with unique keys
 * (`uniqueSuffix()`) and never assume that tables are empty.
 */
import { randomBytes } from "node:crypto";
import { db, type Database } from "@/lib/db/client";

export async function prepareTestDatabase(): Promise<Database> {
  const database = db();
  await database.$connect();
  return database;
}

/** A short random suffix for slugs, e-mail addresses and names that must not collide between tests or runs. */
export function uniqueSuffix(): string {
  return randomBytes(5).toString("hex");
}

export function uniqueEmail(localPart = "test"): string {
  return `${localPart}-${uniqueSuffix()}@example.test`;
}
