import "server-only";
import { headers } from "next/headers";
import { hashToken } from "@/lib/security/tokens";

/**
 * The requesting client's address as a rate-limit key: a keyed hash (TOKEN_SECRET), so no raw IP address is
 * ever stored. `X-Forwarded-For` names the client alone: the server wrote it from the connection and the trusted
 * proxies (./forwarded-client.ts), on Vercel its edge. Without it all requests share one key, which limits too much
 * rather than too little.
 */
export function clientAddressKeyOf(requestHeaders: Headers): string {
  const address = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
  return hashToken(`client-address:${address}`);
}

/** The key of the request being handled (a Server Action's or a page's). */
export async function clientAddressKey(): Promise<string> {
  return clientAddressKeyOf(await headers());
}
