import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { createToken, derivedToken, hashToken, isWellFormedToken, tokenMatches } from "@/lib/security/tokens";

const hmac = (key: string, token: string) => createHmac("sha256", key).update(token).digest("hex");

describe("link tokens", () => {
  it("are 43 characters of base64url (256 random bits) with a 64-hex-digit hash", () => {
    const { token, tokenHash } = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(Buffer.from(token, "base64url").toString("base64url")).toBe(token);
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).toBe(hashToken(token));
  });

  it("differ each time", () => {
    const tokens = Array.from({ length: 20 }, () => createToken());
    expect(new Set(tokens.map(({ token }) => token)).size).toBe(20);
    expect(new Set(tokens.map(({ tokenHash }) => tokenHash)).size).toBe(20);
  });

  it("are stored as an HMAC-SHA256 keyed with TOKEN_SECRET, which contains nothing of the token", () => {
    const { token, tokenHash } = createToken();
    expect(env.TOKEN_SECRET).toBe(process.env.TOKEN_SECRET);
    expect(tokenHash).toBe(hmac(env.TOKEN_SECRET, token));
    // Keyed: a plain hash, or the HMAC under any other secret, is something else.
    expect(tokenHash).not.toBe(hmac(`${env.TOKEN_SECRET}x`, token));
    expect(tokenHash).not.toBe(hmac("development-token-secret-not-for-production", token));
    expect(tokenHash).not.toContain(token);
    expect(tokenHash).not.toContain(Buffer.from(token, "base64url").toString("hex"));
  });

  it("hash the same token the same way every time", () => {
    expect(hashToken("A".repeat(43))).toBe(hashToken("A".repeat(43)));
    expect(hashToken("A".repeat(43))).not.toBe(hashToken(`${"A".repeat(42)}B`));
  });

  it("match only their own hash", () => {
    const { token, tokenHash } = createToken();
    const other = createToken();
    expect(tokenMatches(token, tokenHash)).toBe(true);
    expect(tokenMatches(other.token, tokenHash)).toBe(false);
    expect(tokenMatches(token, other.tokenHash)).toBe(false);
    // A hash of another length (or no hex at all) is a mismatch, not an exception.
    expect(tokenMatches(token, tokenHash.slice(0, 62))).toBe(false);
    expect(tokenMatches(token, `${tokenHash}00`)).toBe(false);
    expect(tokenMatches(token, "")).toBe(false);
    expect(tokenMatches(token, "not hex at all")).toBe(false);
  });

  it("are recognised as well-formed", () => {
    for (let i = 0; i < 20; i++) expect(isWellFormedToken(createToken().token)).toBe(true);
    expect(isWellFormedToken(`${"a".repeat(20)}_-${"Z9".repeat(10)}0`)).toBe(true);
  });

  it.each([
    ["empty", ""],
    ["42 characters", "a".repeat(42)],
    ["44 characters", "a".repeat(44)],
    ["standard base64 '+'", `${"a".repeat(42)}+`],
    ["standard base64 '/'", `${"a".repeat(42)}/`],
    ["padding '='", `${"a".repeat(42)}=`],
    ["a space", `${"a".repeat(21)} ${"a".repeat(21)}`],
    ["a trailing line break", `${"a".repeat(43)}\n`],
    ["non-ASCII letters", `${"a".repeat(42)}ä`],
    ["Cyrillic look-alikes", `${"a".repeat(42)}а`],
    ["a path", `../../${"a".repeat(37)}`],
  ])("reject a token with %s", (_, token) => {
    expect(isWellFormedToken(token)).toBe(false);
  });

  it("derived for the job's mails are well-formed, stable per record and purpose, and keyed", () => {
    const id = "4b0c8f2e-6f1a-4a57-9d51-0d3f3c7d9a10";
    const token = derivedToken("search-alert", id);
    expect(isWellFormedToken(token)).toBe(true);
    expect(derivedToken("search-alert", id)).toBe(token);
    expect(derivedToken("offer", id)).not.toBe(token);
    expect(derivedToken("search-alert", id.replace("4b", "4c"))).not.toBe(token);
    expect(token).toBe(createHmac("sha256", env.TOKEN_SECRET).update(`search-alert-link:${id}`).digest("base64url"));
  });
});
