import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { consumeLinkActionLimit, consumeOfferLimits } from "@/lib/rate-limit/page-limits";
import { formLimitsOfPage, pageOfFormPost } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits, usedUpLimits, type RateLimit } from "@/lib/rate-limit/rate-limit";
import { tooManyRequestsResponse } from "@/lib/rate-limit/too-many-requests";
import { reportOffer } from "@/lib/reports/report-offer";
import { requestStaffSignIn } from "@/lib/staff/sign-in";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "@/tests/support/database";
import { createTestRegion } from "@/tests/support/offers";

/**
 * The proxy answers a form posted without JavaScript with 429 once the page's limit is used up (proxy.ts): it finds
 * the limits by the page's path (formLimitsOfPage) and reads them (usedUpUntil). These tests count with the real
 * counting code of each form, so a key or a limit that differs between the two fails here.
 */

// Mid-window, so that no test straddles a window boundary however slowly it runs.
const now = new Date("2026-11-26T10:30:00Z");
const endOfHour = new Date("2026-11-26T11:00:00Z");
const nextHour = new Date("2026-11-26T11:30:00Z");

async function times(count: number, attempt: () => Promise<unknown>) {
  for (let index = 0; index < count; index++) await attempt();
}

/** Until when a form posted to this page would be refused now; null when it would not. */
async function pageUsedUpUntil(region: Region, pagePath: string, clientKey: string, at = now, contactEmail?: string) {
  return (await usedUpLimits(formLimitsOfPage(region.slug, pagePath, clientKey, contactEmail), at))?.until ?? null;
}

/** Until when these limits refuse; null when they do not. */
async function usedUpUntil(limits: RateLimit[], at: Date) {
  return (await usedUpLimits(limits, at))?.until ?? null;
}

describe("the limit of each page with a limited form", () => {
  let region: Region;
  let clientKey: string;
  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    clientKey = `client-${uniqueSuffix()}`;
  });

  it("the offer form, also embedded: the offers per client address and hour", async () => {
    await times(env.OFFERS_PER_HOUR - 1, () => consumeOfferLimits(clientKey, uniqueEmail(), now));
    expect(await pageUsedUpUntil(region, "/anbieten", clientKey)).toBeNull();
    await consumeOfferLimits(clientKey, uniqueEmail(), now);
    expect(await pageUsedUpUntil(region, "/anbieten", clientKey)).toEqual(endOfHour);
    expect(await pageUsedUpUntil(region, "/eingebettet/anbieten", clientKey)).toEqual(endOfHour);
    // Another client address, and the confirmation page after the form, are not refused.
    expect(await pageUsedUpUntil(region, "/anbieten", `client-${uniqueSuffix()}`)).toBeNull();
    expect(formLimitsOfPage(region.slug, "/anbieten/gesendet", clientKey)).toEqual([]);
  });

  it("the offer form: the offers of the typed e-mail address per day, whichever client address sends them", async () => {
    const email = uniqueEmail();
    const endOfDay = new Date("2026-11-27T00:00:00Z");
    await times(env.OFFERS_PER_EMAIL_PER_DAY - 1, () => consumeOfferLimits(`client-${uniqueSuffix()}`, email, now));
    expect(await pageUsedUpUntil(region, "/anbieten", clientKey, now, email)).toBeNull();
    await consumeOfferLimits(`client-${uniqueSuffix()}`, email, now);
    // Typed in other letters, and from a new client address, on the embedded form too.
    expect(await pageUsedUpUntil(region, "/anbieten", clientKey, now, ` ${email.toUpperCase()} `)).toEqual(endOfDay);
    expect(await pageUsedUpUntil(region, "/eingebettet/anbieten", clientKey, nextHour, email)).toEqual(endOfDay);
    const usedUp = await usedUpLimits(formLimitsOfPage(region.slug, "/anbieten", clientKey, email), now);
    expect(usedUp?.limits.map(({ windowSeconds }) => windowSeconds)).toEqual([24 * 3600]);
    expect(await pageUsedUpUntil(region, "/anbieten", clientKey, now, uniqueEmail())).toBeNull();
  });

  it("a mail button's page: the link actions per client address and hour, where its button posts to", async () => {
    const confirmPage = "/angebot/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde/bestaetigen";
    const confirmPress = `${confirmPage}/ausfuehren`;
    await times(env.LINK_ACTIONS_PER_HOUR - 1, () => consumeLinkActionLimit(clientKey, now));
    expect(await pageUsedUpUntil(region, confirmPress, clientKey)).toBeNull();
    await consumeLinkActionLimit(clientKey, now);
    expect(await pageUsedUpUntil(region, confirmPress, clientKey)).toEqual(endOfHour);
    expect(await pageUsedUpUntil(region, "/angebot/other-token/loeschen/ausfuehren", clientKey)).toEqual(endOfHour);
    // The page itself receives no form; the 429 page leads back to it, also with a language and city in front.
    expect(formLimitsOfPage(region.slug, confirmPage, clientKey)).toEqual([]);
    expect(pageOfFormPost(`/uk/testort${confirmPress}`)).toBe(`/uk/testort${confirmPage}`);
    expect(pageOfFormPost("/testort/findflats/x/melden")).toBe("/testort/findflats/x/melden");
  });

  it("the report form: the reports per client address and hour", async () => {
    const reportPage = "/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11/melden";
    // A report of an offer that does not exist is counted too (the count comes first).
    const report = () => reportOffer(region.slug, "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11", { reason: "OTHER", message: "", contact: undefined, website: "" }, clientKey, now);
    await times(env.REPORTS_PER_HOUR - 1, report);
    expect(await pageUsedUpUntil(region, reportPage, clientKey)).toBeNull();
    expect(await report()).toBe("offerUnavailable");
    expect(await pageUsedUpUntil(region, reportPage, clientKey)).toEqual(endOfHour);
    expect(formLimitsOfPage(region.slug, `${reportPage}/gesendet`, clientKey)).toEqual([]);
    expect(formLimitsOfPage(region.slug, "/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11", clientKey)).toEqual([]);
  });

  it("the staff sign-in form: the requests per client address and per region and hour", async () => {
    const perClient = env.STAFF_SIGN_INS_PER_HOUR;
    expect(perClient).toBeLessThan(env.STAFF_SIGN_INS_PER_REGION_PER_HOUR);
    await times(perClient - 1, () => requestStaffSignIn(region, uniqueEmail(), "de", clientKey, now));
    expect(await pageUsedUpUntil(region, "/kommune/anfordern", clientKey)).toBeNull();
    await requestStaffSignIn(region, uniqueEmail(), "de", clientKey, now);
    expect(await pageUsedUpUntil(region, "/kommune/anfordern", clientKey)).toEqual(endOfHour);
    // Another client address may still ask, until the region's limit is used up; then it is refused as well, in this
    // region only.
    const otherClient = `client-${uniqueSuffix()}`;
    expect(await pageUsedUpUntil(region, "/kommune/anfordern", otherClient)).toBeNull();
    await times(env.STAFF_SIGN_INS_PER_REGION_PER_HOUR - perClient, () => requestStaffSignIn(region, uniqueEmail(), "de", `client-${uniqueSuffix()}`, now));
    expect(await pageUsedUpUntil(region, "/kommune/anfordern", otherClient)).toEqual(endOfHour);
    const otherRegion = await createTestRegion();
    expect(await pageUsedUpUntil(otherRegion, "/kommune/anfordern", `client-${uniqueSuffix()}`)).toBeNull();
    // The sign-in page posts to /kommune/anfordern; signing in with a link and the staff's own pages have no limit.
    expect(formLimitsOfPage(region.slug, "/kommune", clientKey)).toEqual([]);
    // The 429 page leads back to the sign-in page, on the main site and on a region's own hostname.
    expect(pageOfFormPost("/uk/testort/kommune/anfordern")).toBe("/uk/testort/kommune");
    expect(pageOfFormPost("/kommune/anfordern")).toBe("/kommune");
    expect(formLimitsOfPage(region.slug, "/kommune/anmelden/token", clientKey)).toEqual([]);
    expect(formLimitsOfPage(region.slug, "/kommune/anmelden/token/einloesen", clientKey)).toEqual([]);
    expect(formLimitsOfPage(region.slug, "/kommune/angebote", clientKey)).toEqual([]);
  });

  it("pages without a limited form have no limit", () => {
    for (const path of ["/", "/findflats", "/datenschutz", "/anbieten/gesendet", "/eingebettet/anbieten/gesendet"]) {
      expect(formLimitsOfPage(region.slug, path, clientKey), path).toEqual([]);
    }
  });
});

describe("usedUpLimits", () => {
  let key: string;
  beforeEach(async () => {
    await prepareTestDatabase();
    key = `test:${uniqueSuffix()}`;
  });

  it("refuses from the moment the limit is used up, until the window ends, and counts nothing itself", async () => {
    const limit = { key, limit: 3, windowSeconds: 3600 };
    expect(await usedUpUntil([limit], now)).toBeNull();
    expect(await db().rateLimit.count({ where: { key } })).toBe(0);

    await consumeRateLimits([limit], now);
    await consumeRateLimits([limit], now);
    // One request left: not refused, however often it is asked.
    for (let check = 0; check < 5; check++) expect(await usedUpUntil([limit], now)).toBeNull();
    await consumeRateLimits([limit], now);
    expect(await usedUpUntil([limit], now)).toEqual(endOfHour);
    expect(await usedUpUntil([limit], new Date("2026-11-26T10:59:59.999Z"))).toEqual(endOfHour);
    // The next window starts afresh.
    expect(await usedUpUntil([limit], endOfHour)).toBeNull();
    expect(await usedUpUntil([limit], nextHour)).toBeNull();

    const rows = await db().rateLimit.findMany({ where: { key } });
    expect(rows.map((row) => row.count)).toEqual([3]);
  });

  it("of several limits, waits for the latest window of those used up", async () => {
    const hourLimit = { key: `${key}:hour`, limit: 1, windowSeconds: 3600 };
    const dayLimit = { key: `${key}:day`, limit: 2, windowSeconds: 24 * 3600 };
    const neverUsed = { key: `${key}:never`, limit: 1, windowSeconds: 3600 };
    await consumeRateLimits([hourLimit, dayLimit], now);
    expect(await usedUpUntil([hourLimit, dayLimit, neverUsed], now)).toEqual(endOfHour);
    await consumeRateLimits([hourLimit, dayLimit], nextHour);
    expect(await usedUpUntil([hourLimit, dayLimit, neverUsed], nextHour)).toEqual(new Date("2026-11-27T00:00:00Z"));
    expect(await usedUpUntil([neverUsed], nextHour)).toBeNull();
    expect(await usedUpUntil([], nextHour)).toBeNull();
  });
});

describe("tooManyRequestsResponse", () => {
  it("answers 429 until the window ends, with a page in the visitor's language and a link back", async () => {
    const response = await tooManyRequestsResponse({ locale: "en", retryAt: endOfHour, pageHref: '/en/testort/findflats/"x"/melden' }, now);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("1800");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("<h1>Too many requests</h1>");
    expect(html).toContain("Nothing was saved. Please try again in 30 minutes.");
    expect(html).toContain('<a href="/en/testort/findflats/&#34;x&#34;/melden">Back to the page</a>');
  });

  it("for an e-mail address's offers of the day, says so and asks to try again tomorrow", async () => {
    const endOfDay = new Date("2026-11-27T00:00:00Z");
    const response = await tooManyRequestsResponse({ locale: "en", retryAt: endOfDay, pageHref: "/en/testort/anbieten", emailLimit: true }, now);
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe(String(13.5 * 3600));
    const html = await response.text();
    expect(html).toContain("Several offers have already been sent with this e-mail address today. Nothing was saved.");
    expect(html).not.toContain("minutes");
  });

  it("rounds the wait up to whole minutes and speaks right to left in Arabic", async () => {
    const soon = await tooManyRequestsResponse({ locale: "en", retryAt: new Date(now.getTime() + 30_000), pageHref: "/en/testort/anbieten" }, now);
    expect(soon.headers.get("Retry-After")).toBe("30");
    expect(await soon.text()).toContain("Please try again in one minute.");
    const arabic = await (await tooManyRequestsResponse({ locale: "ar", retryAt: endOfHour, pageHref: "/ar/testort/anbieten" }, now)).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain("طلبات كثيرة جدًا");
  });
});
