import "server-only";
import { headers } from "next/headers";
import { hashToken } from "@/lib/offers/tokens";

/**
 * The requesting client's address as a rate-limit key: a keyed hash (TOKEN_SECRET), so no raw IP address is
 * ever stored. The first `x-forwarded-for` entry is the client as Vercel, a reverse proxy or `next start` itself
 * (from the connection) reports it. Without any such header all requests share one key, which limits too much
 * rather than too little.
 */
export function clientAddressKeyOf(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || requestHeaders.get("x-real-ip")?.trim() || "unknown";
  return hashToken(`client-address:${address}`);
}

/** The key of the request being handled (a Server Action's or a page's). */
export async function clientAddressKey(): Promise<string> {
  return clientAddressKeyOf(await headers());
}
