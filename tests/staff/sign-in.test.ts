import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/security/tokens";
import {
  redeemStaffSignIn,
  requestStaffSignIn,
  signInLinkMinutes,
  signInLinkState,
} from "@/lib/staff/sign-in";
import { prepareTestDatabase, uniqueSuffix } from "../support/database";
import { createTestRegion } from "../support/offers";

const minuteMs = 60_000;

async function mailsTo(address: string) {
  return db().outboxMail.findMany({ where: { to: address }, orderBy: { createdAt: "asc" } });
}

function signInTokenIn(text: string | null, region: Region): string {
  const match = new RegExp(`/${region.slug}/kommune/anmelden/([A-Za-z0-9_-]{43})`).exec(text ?? "");
  if (!match) throw new Error("No sign-in link in the mail");
  return match[1];
}

describe("staff sign-in links", () => {
  let region: Region;
  let clientKey: string;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    clientKey = `client-${uniqueSuffix()}`;
  });

  it("sends a link only to the region's mailbox, and answers every other address the same", async () => {
    expect(await requestStaffSignIn(region, "someone@example.test", "de", clientKey)).toBe("accepted");
    expect(await db().staffSignIn.count({ where: { regionSlug: region.slug } })).toBe(0);
    expect(await mailsTo("someone@example.test")).toHaveLength(0);

    // The mailbox address is compared case-insensitively.
    expect(await requestStaffSignIn(region, `  ${region.mailbox.toUpperCase()} `, "uk", clientKey)).toBe("accepted");
    const [mail] = await mailsTo(region.mailbox);
    expect(mail.bcc).toBeNull();
    expect(mail.subject).toBe(`Ваше посилання для входу на біржу житла ${region.name}`);
    // The link opens the page in the language it was requested in.
    expect(mail.text).toContain(`/uk/${region.slug}/kommune/anmelden/`);
    const token = signInTokenIn(mail.text, region);

    // Only the token's keyed hash is stored, valid for 20 minutes.
    const [signIn] = await db().staffSignIn.findMany({ where: { regionSlug: region.slug } });
    expect(signIn.tokenHash).toBe(hashToken(token));
    expect(signIn.tokenHash).not.toContain(token);
    expect(signIn.usedAt).toBeNull();
    expect(signIn.expiresAt.getTime() - signIn.createdAt.getTime()).toBeGreaterThan((signInLinkMinutes - 1) * minuteMs);
    expect(signIn.expiresAt.getTime() - signIn.createdAt.getTime()).toBeLessThanOrEqual((signInLinkMinutes + 1) * minuteMs);
  });

  it("carries a staff page to return to in the link, and nothing else", async () => {
    const at = new Date();
    expect(await requestStaffSignIn(region, region.mailbox, "de", clientKey, at, "/kommune/beratung")).toBe("accepted");
    expect(await requestStaffSignIn(region, region.mailbox, "de", clientKey, at, "//evil.example/kommune/beratung")).toBe(
      "accepted",
    );
    const texts = (await mailsTo(region.mailbox)).map((mail) => mail.text ?? "");
    expect(texts.filter((text) => /\/kommune\/anmelden\/[A-Za-z0-9_-]{43}\?weiter=%2Fkommune%2Fberatung\b/.test(text))).toHaveLength(1);
    expect(texts.filter((text) => text.includes("evil.example"))).toEqual([]);
  });

  it("signs in once: opening the link uses nothing, the first press redeems it, every later press fails", async () => {
    await requestStaffSignIn(region, region.mailbox, "de", clientKey);
    const token = signInTokenIn((await mailsTo(region.mailbox))[0].text, region);

    expect(await signInLinkState(region.slug, token)).toBe("valid");
    expect(await signInLinkState(region.slug, token)).toBe("valid");

    const presses = await Promise.all([redeemStaffSignIn(region.slug, token), redeemStaffSignIn(region.slug, token)]);
    expect(presses.filter(Boolean)).toHaveLength(1);
    expect(await redeemStaffSignIn(region.slug, token)).toBe(false);
    expect(await signInLinkState(region.slug, token)).toBe("used");
    expect((await db().staffSignIn.findFirstOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeInstanceOf(Date);
  });

  it("refuses an expired link, another region's link and malformed tokens", async () => {
    const requestedAt = new Date();
    await requestStaffSignIn(region, region.mailbox, "de", clientKey, requestedAt);
    const token = signInTokenIn((await mailsTo(region.mailbox))[0].text, region);

    const other = await createTestRegion();
    expect(await signInLinkState(other.slug, token)).toBe("unknown");
    expect(await redeemStaffSignIn(other.slug, token)).toBe(false);

    const later = new Date(requestedAt.getTime() + (signInLinkMinutes + 1) * minuteMs);
    expect(await signInLinkState(region.slug, token, later)).toBe("expired");
    expect(await redeemStaffSignIn(region.slug, token, later)).toBe(false);
    expect((await db().staffSignIn.findFirstOrThrow({ where: { tokenHash: hashToken(token) } })).usedAt).toBeNull();

    expect(await signInLinkState(region.slug, "not-a-token")).toBe("unknown");
    expect(await redeemStaffSignIn(region.slug, "'; DROP TABLE \"StaffSignIn\"; --")).toBe(false);
    expect(await redeemStaffSignIn(region.slug, "A".repeat(43))).toBe(false);
  });

  it("limits the requests per region and per client address, and sends nothing beyond the limit", async () => {
    const limit = env.STAFF_SIGN_INS_PER_REGION_PER_HOUR;
    const now = new Date();
    // Many clients, one region: the region's limit applies, for right and wrong addresses alike.
    for (let request = 0; request < limit; request++) {
      const address = request % 2 === 0 ? region.mailbox : "guess@example.test";
      expect(await requestStaffSignIn(region, address, "de", `client-${uniqueSuffix()}`, now)).toBe("accepted");
    }
    expect(await requestStaffSignIn(region, region.mailbox, "de", `client-${uniqueSuffix()}`, now)).toBe("rateLimited");
    expect(await requestStaffSignIn(region, "guess@example.test", "de", `client-${uniqueSuffix()}`, now)).toBe("rateLimited");
    expect(await mailsTo(region.mailbox)).toHaveLength(Math.ceil(limit / 2));
    expect(await db().staffSignIn.count({ where: { regionSlug: region.slug } })).toBe(Math.ceil(limit / 2));

    // One client, many regions: the client's own limit applies, lower than a region's.
    expect(env.STAFF_SIGN_INS_PER_HOUR).toBeLessThan(limit);
    for (let request = 0; request < env.STAFF_SIGN_INS_PER_HOUR; request++) {
      const some = await createTestRegion();
      expect(await requestStaffSignIn(some, "guess@example.test", "de", clientKey, now)).toBe("accepted");
    }
    const next = await createTestRegion();
    expect(await requestStaffSignIn(next, next.mailbox, "de", clientKey, now)).toBe("rateLimited");
    expect(await mailsTo(next.mailbox)).toHaveLength(0);
  });
});
