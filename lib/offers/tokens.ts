import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Each offer has one link token for its mail buttons. The token travels only in mails; the database keeps
 * an HMAC of it keyed with TOKEN_SECRET, so a leaked database row opens nothing.
 */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHmac("sha256", env.TOKEN_SECRET).update(token).digest("hex");
}

/** Whether a token's shape is plausible at all; anything else is rejected before touching the database. */
export function isWellFormedToken(token: string): boolean {
  return tokenPattern.test(token);
}

export function tokenMatches(token: string, storedHash: string): boolean {
  const actual = Buffer.from(hashToken(token), "hex");
  const expected = Buffer.from(storedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
