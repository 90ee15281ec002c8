import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { prepareTestDatabase, uniqueSuffix } from "@/tests/support/database";
import { consumeRateLimit, deleteExpiredRateLimits } from "./rate-limit";

const hour = 3600;
// Mid-window, so that no test straddles a window boundary however slowly it runs.
const now = new Date("2026-11-26T10:30:00Z");

describe("consumeRateLimit", () => {
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

  it("deletes the counts of ended windows only", async () => {
    await consumeRateLimit(key, 3, hour, new Date("2026-11-26T08:30:00Z"));
    await consumeRateLimit(key, 3, hour, now);
    await deleteExpiredRateLimits(now);
    const rows = await db().rateLimit.findMany({ where: { key } });
    expect(rows.map((row) => row.windowStart)).toEqual([new Date("2026-11-26T10:00:00Z")]);
  });
});
