import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * Counts requests per key in fixed time windows, in the database, so that every server instance (also on
 * serverless platforms) sees the same count. One atomic upsert per request, whatever the number of limits it
 * counts against: simultaneous requests can never be granted more than `limit` times in one window.
 */

/** One limit a request counts against: at most `limit` requests per `windowSeconds` for `key`. */
export type RateLimit = { key: string; limit: number; windowSeconds: number };

/** The start of the fixed window that `now` falls in, e.g. the full hour for a window of 3600 seconds. */
function windowStartOf(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * Counts one request against each of `limits` (distinct keys) in one statement. Returns, in the same order,
 * whether each window's count stays within its limit. Every limit is counted, also when another one is exceeded.
 */
export async function consumeRateLimits(limits: RateLimit[], now = new Date()): Promise<boolean[]> {
  // Rows in key order: simultaneous statements lock them in the same order and cannot deadlock.
  const rows = limits
    .toSorted((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ key, windowSeconds }) => {
      const windowStart = windowStartOf(now, windowSeconds);
      const expiresAt = new Date(windowStart.getTime() + windowSeconds * 1000);
      // The columns are timestamps without time zone holding UTC, as Prisma writes them; the casts say so explicitly.
      return Prisma.sql`(
        ${key},
        CAST(${windowStart.toISOString()} AS timestamptz) AT TIME ZONE 'UTC',
        CAST(${expiresAt.toISOString()} AS timestamptz) AT TIME ZONE 'UTC',
        1
      )`;
    });
  const counted = await db().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "expiresAt", "count")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimit"."count" + 1
    RETURNING "key", "count"`;
  const counts = new Map(counted.map(({ key, count }) => [key, count]));
  return limits.map(({ key, limit }) => (counts.get(key) ?? Number.POSITIVE_INFINITY) <= limit);
}

/** The limits already used up in their current window, and when the latest of those windows ends. */
export type UsedUp = { limits: RateLimit[]; until: Date };

/**
 * Whether any of `limits` is already used up in its current window (the next request would be refused), and if so
 * which, until when: the end of the latest such window. Reads only, in one indexed query; counts nothing.
 */
export async function usedUpLimits(limits: RateLimit[], now = new Date()): Promise<UsedUp | null> {
  if (limits.length === 0) return null;
  const rows = await db().rateLimit.findMany({
    where: { OR: limits.map(({ key, windowSeconds }) => ({ key, windowStart: windowStartOf(now, windowSeconds) })) },
    select: { key: true, expiresAt: true, count: true },
  });
  const limitOf = new Map(limits.map((limit) => [limit.key, limit]));
  const usedUp = rows.filter(({ key, count }) => count >= (limitOf.get(key)?.limit ?? Number.POSITIVE_INFINITY));
  if (usedUp.length === 0) return null;
  return {
    limits: usedUp.map(({ key }) => limitOf.get(key)!),
    until: new Date(Math.max(...usedUp.map(({ expiresAt }) => expiresAt.getTime()))),
  };
}

/** Removes the counts of windows that have ended; the scheduled job calls it. */
export async function deleteExpiredRateLimits(now = new Date()): Promise<void> {
  await db().rateLimit.deleteMany({ where: { expiresAt: { lte: now } } });
}
