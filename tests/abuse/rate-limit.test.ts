import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consumeRateLimits, deleteExpiredRateLimits } from "@/lib/rate-limit/rate-limit";
import { prepareTestDatabase, uniqueSuffix } from "@/tests/support/database";

const hour = 3600;
// Mid-window, so that no test straddles a window boundary however slowly it runs.
const now = new Date("2026-11-26T10:30:00Z");

/** One request against one limit of `limit` per hour: granted or not. */
async function consumeRateLimit(key: string, limit: number, windowSeconds: number, at: Date) {
  const [granted] = await consumeRateLimits([{ key, limit, windowSeconds }], at);
  return granted;
}

describe("consumeRateLimits", () => {
  let key: string;
  beforeEach(async () => {
    await prepareTestDatabase();
    key = `test:${uniqueSuffix()}`;
  });

  it("grants `limit` requests per window, refuses the next one and starts afresh in the next window", async () => {
    const granted = [];
    for (let request = 0; request < 4; request++) granted.push(await consumeRateLimit(key, 3, hour, now));
    expect(granted).toEqual([true, true, true, false]);
    // Another key has a count of its own.
    expect(await consumeRateLimit(`${key}:other`, 3, hour, now)).toBe(true);
    expect(await consumeRateLimit(key, 3, hour, new Date("2026-11-26T11:00:00Z"))).toBe(true);
  });

  it("stores one row per key and window, with the window's start and end in UTC", async () => {
    await consumeRateLimit(key, 3, hour, now);
    await consumeRateLimit(key, 3, hour, now);
    const rows = await db().rateLimit.findMany({ where: { key } });
    expect(rows).toEqual([
      { key, windowStart: new Date("2026-11-26T10:00:00Z"), expiresAt: new Date("2026-11-26T11:00:00Z"), count: 2 },
    ]);
  });

  it("grants exactly `limit` of 20 simultaneous requests", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(key, 5, hour, now)));
    expect(results.filter(Boolean)).toHaveLength(5);
    expect((await db().rateLimit.findMany({ where: { key } })).map((row) => row.count)).toEqual([20]);
  });

  it("counts one request against several limits in one statement, each with its own window", async () => {
    const day = 24 * hour;
    const limits = [
      { key: `${key}:day`, limit: 3, windowSeconds: day },
      { key: `${key}:hour`, limit: 1, windowSeconds: hour },
    ];
    expect(await consumeRateLimits(limits, now)).toEqual([true, true]);
    // The hour's limit is used up; the day's still holds, and both are counted.
    expect(await consumeRateLimits(limits, now)).toEqual([true, false]);
    expect(await consumeRateLimits(limits, new Date("2026-11-26T11:30:00Z"))).toEqual([true, true]);
    expect(await consumeRateLimits(limits, new Date("2026-11-26T12:30:00Z"))).toEqual([false, true]);
    const rows = await db().rateLimit.findMany({ where: { key: { startsWith: key } }, orderBy: [{ key: "asc" }, { windowStart: "asc" }] });
    expect(rows.map(({ key: rowKey, windowStart, count }) => [rowKey.slice(key.length), windowStart.toISOString(), count])).toEqual([
      [":day", "2026-11-26T00:00:00.000Z", 4],
      [":hour", "2026-11-26T10:00:00.000Z", 2],
      [":hour", "2026-11-26T11:00:00.000Z", 1],
      [":hour", "2026-11-26T12:00:00.000Z", 1],
    ]);
  });

  it("deletes the counts of ended windows only", async () => {
    await consumeRateLimit(key, 3, hour, new Date("2026-11-26T08:30:00Z"));
    await consumeRateLimit(key, 3, hour, now);
    await deleteExpiredRateLimits(now);
    const rows = await db().rateLimit.findMany({ where: { key } });
    expect(rows.map((row) => row.windowStart)).toEqual([new Date("2026-11-26T10:00:00Z")]);
  });
});
