import { db } from "@/lib/db/client";

/**
 * Counts requests per key in fixed time windows, in the database, so that every server instance (also on
 * serverless platforms) sees the same count. One atomic upsert per request: simultaneous requests can never be
 * granted more than `limit` times in one window.
 */

/** The start of the fixed window that `now` falls in, e.g. the full hour for a window of 3600 seconds. */
function windowStartOf(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one request for `key`; true while the window's count stays within `limit`, false once it exceeds it. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  const windowStart = windowStartOf(now, windowSeconds);
  const expiresAt = new Date(windowStart.getTime() + windowSeconds * 1000);
  // The columns are timestamps without time zone holding UTC, as Prisma writes them; the casts say so explicitly.
  const [row] = await db().$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "expiresAt", "count")
    VALUES (
      ${key},
      CAST(${windowStart.toISOString()} AS timestamptz) AT TIME ZONE 'UTC',
      CAST(${expiresAt.toISOString()} AS timestamptz) AT TIME ZONE 'UTC',
      1
    )
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "count"`;
  return row.count <= limit;
}

/** Removes the counts of windows that have ended; the scheduled job calls it. */
export async function deleteExpiredRateLimits(now = new Date()): Promise<void> {
  await db().rateLimit.deleteMany({ where: { expiresAt: { lte: now } } });
}
