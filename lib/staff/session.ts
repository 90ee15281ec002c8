import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env, secureCookies } from "@/lib/env";

/**
 * A signed-in member of a municipality's staff: an http-only cookie naming the region and the end of the session,
 * signed with TOKEN_SECRET. Nothing is stored server-side; a session can only see and change its own region.
 */
export type StaffSession = { regionSlug: string; expiresAt: Date };

const cookieName = "staff_session";
export const staffSessionHours = 8;

function signature(payload: string): string {
  return createHmac("sha256", env.TOKEN_SECRET).update(`staff-session:${payload}`).digest("base64url");
}

export function encodeStaffSession(session: StaffSession): string {
  const payload = `${session.regionSlug}.${session.expiresAt.getTime()}`;
  return `${payload}.${signature(payload)}`;
}

export function decodeStaffSession(value: string | undefined, now = new Date()): StaffSession | null {
  const match = value?.match(/^([a-z0-9-]{2,60})\.(\d{13})\.([A-Za-z0-9_-]{43})$/);
  if (!match) return null;
  const [, regionSlug, expiresAtMs, given] = match;
  const expected = Buffer.from(signature(`${regionSlug}.${expiresAtMs}`));
  if (!timingSafeEqual(expected, Buffer.from(given))) return null;
  const expiresAt = new Date(Number(expiresAtMs));
  return expiresAt > now ? { regionSlug, expiresAt } : null;
}

/** Starts a session for the region's staff (after a valid sign-in link was used). */
export async function startStaffSession(regionSlug: string, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + staffSessionHours * 60 * 60 * 1000);
  (await cookies()).set(cookieName, encodeStaffSession({ regionSlug, expiresAt }), {
    httpOnly: true,
    secure: secureCookies(),
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export async function endStaffSession(): Promise<void> {
  (await cookies()).delete(cookieName);
}

/** The session of the staff of this region, or null (not signed in, expired, or signed in for another region). */
export async function staffSessionFor(regionSlug: string): Promise<StaffSession | null> {
  const session = decodeStaffSession((await cookies()).get(cookieName)?.value);
  return session?.regionSlug === regionSlug ? session : null;
}
