import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Link tokens (the offer's and the alert's mail buttons, the staff sign-in) and the keyed hashes that stand in for
 * them and for other values the database must not keep in the clear. A token travels only in mails; the database
 * keeps an HMAC of it keyed with TOKEN_SECRET, so a leaked database row opens nothing.
 */
export const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export function createToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHmac("sha256", env.TOKEN_SECRET).update(token).digest("hex");
}

/**
 * A link token for mails the scheduled job writes (an alert, a reminder), where no click hands over a stored token:
 * derived from the record's id with TOKEN_SECRET, so the job can write it again for every mail while the database
 * keeps only its hash like any other token's. Same shape as a random token; `purpose` keeps the kinds apart.
 */
export function derivedToken(purpose: "search-alert" | "offer", id: string): string {
  return createHmac("sha256", env.TOKEN_SECRET).update(`${purpose}-link:${id}`).digest("base64url");
}

/**
 * The keyed hash of an e-mail address, the same for any spelling of its letters' case: finds a landlord's other
 * offers (lib/review) without comparing addresses in the clear.
 */
export function emailHash(address: string): string {
  return createHmac("sha256", env.TOKEN_SECRET).update(`email:${address.trim().toLowerCase()}`).digest("hex");
}

/** A 256-bit key for one purpose (e.g. encrypting a cookie), derived from TOKEN_SECRET; `purpose` keeps the keys apart. */
export function derivedKey(purpose: "offer-sent-address"): Buffer {
  return createHmac("sha256", env.TOKEN_SECRET).update(purpose).digest();
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
