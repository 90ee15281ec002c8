import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { consumeLinkActionLimit, consumeOfferLimits } from "@/lib/rate-limit/page-limits";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "@/tests/support/database";

// Mid-window (hour and day), so that no test straddles a window boundary however slowly it runs.
const now = new Date("2026-11-26T10:30:00Z");

async function attempts<T>(count: number, attempt: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < count; index++) results.push(await attempt());
  return results;
}

describe("offer submission limits (defaults: 10 per client address and hour, 5 per e-mail address and day)", () => {
  let clientKey: string;
  beforeEach(async () => {
    await prepareTestDatabase();
    clientKey = uniqueSuffix();
  });

  it("refuses the 11th offer from one client address within the hour, whatever the e-mail addresses", async () => {
    const results = await attempts(11, () => consumeOfferLimits(clientKey, uniqueEmail(), now));
    expect(results).toEqual([...Array(10).fill(null), "clientAddress"]);
    expect(await consumeOfferLimits(clientKey, uniqueEmail(), new Date("2026-11-26T11:00:00Z"))).toBeNull();
    expect(await consumeOfferLimits(uniqueSuffix(), uniqueEmail(), now)).toBeNull();
  });

  it("refuses the 6th offer of one e-mail address within the day, in any spelling and from any address", async () => {
    const email = uniqueEmail("Vermieterin");
    const spellings = [email, email.toUpperCase(), ` ${email} `, email.toLowerCase(), email, email];
    const results = [];
    for (const spelling of spellings) results.push(await consumeOfferLimits(uniqueSuffix(), spelling, now));
    expect(results).toEqual([null, null, null, null, null, "email"]);
    expect(await consumeOfferLimits(uniqueSuffix(), email, new Date("2026-11-27T00:30:00Z"))).toBeNull();
  });

  it("stores the e-mail address's count under a keyed hash, never the address itself", async () => {
    const email = uniqueEmail("anna");
    await consumeOfferLimits(clientKey, email, now);
    const rows = await db().rateLimit.findMany({ where: { key: { startsWith: "offer-email:" }, windowStart: new Date("2026-11-26T00:00:00Z") } });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.key.toLowerCase().includes(email.split("@")[0]))).toBe(false);
    expect(await db().rateLimit.count({ where: { key: { contains: "@" } } })).toBe(0);
  });
});

describe("link action limit (default: 60 per client address and hour)", () => {
  it("grants 60 presses, refuses the 61st and starts afresh in the next hour", async () => {
    await prepareTestDatabase();
    const clientKey = uniqueSuffix();
    const results = await attempts(61, () => consumeLinkActionLimit(clientKey, now));
    expect(results.filter(Boolean)).toHaveLength(60);
    expect(results.at(-1)).toBe(false);
    expect(await consumeLinkActionLimit(clientKey, new Date("2026-11-26T11:00:00Z"))).toBe(true);
  });
});
