import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { secureCookies } from "@/lib/env";
import { derivedKey } from "@/lib/security/tokens";

/*
 * The address the confirmation mail went to, for the "mail sent" page the offer form leads to: a flash cookie set by
 * the form's action, so the address is never in a URL (nor in logs, referrers or a shared cache's key). Encrypted and
 * authenticated with a key derived from TOKEN_SECRET (AES-256-GCM), bound to the region and good for a quarter of an
 * hour: the browser keeps only ciphertext, and no one can make the page show an address they chose. A page that finds
 * no valid cookie (expired, another browser, a frame whose cookies the browser blocks) says "your address" instead.
 */

const cookieName = "offer_sent_to";
export const sentAddressMinutes = 15;

const key = () => derivedKey("offer-sent-address");

/** The cookie's value: nonce, ciphertext of address and expiry, tag; the region is authenticated along. */
export function sealSentAddress(regionSlug: string, email: string, now = new Date()): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), nonce).setAAD(Buffer.from(regionSlug));
  const expiresAt = now.getTime() + sentAddressMinutes * 60 * 1000;
  const sealed = Buffer.concat([cipher.update(`${expiresAt} ${email}`, "utf8"), cipher.final()]);
  return [nonce, sealed, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** The address a cookie's value carries for this region, or null (malformed, forged, another region's, expired). */
export function openSentAddress(value: string | undefined, regionSlug: string, now = new Date()): string | null {
  const parts = (value ?? "").split(".");
  if (parts.length !== 3) return null;
  const [nonce, sealed, tag] = parts.map((part) => Buffer.from(part, "base64url"));
  if (nonce.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), nonce).setAAD(Buffer.from(regionSlug)).setAuthTag(tag);
    const [expiresAt, email] = Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8").split(" ");
    return Number(expiresAt) > now.getTime() && email ? email : null;
  } catch {
    return null;
  }
}

/**
 * Called by the offer form's action once the offer is stored; the redirect's response carries the cookie. `sentPage`:
 * the path of the page the browser goes on to, the only one the cookie is sent to (so it never makes the browser's
 * other requests miss a shared cache).
 */
export async function rememberSentAddress(regionSlug: string, email: string, sentPage: string): Promise<void> {
  const secure = secureCookies();
  (await cookies()).set(cookieName, sealSentAddress(regionSlug, email), {
    httpOnly: true,
    secure,
    // The embedded form runs in a municipal website's frame: over HTTPS the cookie is allowed there too, partitioned
    // by that website (CHIPS), so no other site ever sees it.
    sameSite: secure ? "none" : "lax",
    partitioned: secure,
    path: sentPage,
    maxAge: sentAddressMinutes * 60,
  });
}

/** The address the last offer sent from this browser to this region went to, or null. */
export async function sentAddress(regionSlug: string): Promise<string | null> {
  return openSentAddress((await cookies()).get(cookieName)?.value, regionSlug);
}
