import type { IncomingMessage } from "node:http";

/**
 * Who the client is, decided once per request where the connection is known: in the Node.js server, before Next.js
 * or the proxy see the request. Next.js keeps an `X-Forwarded-For` the client sent itself (it fills the header from
 * the connection only when it is missing), so every abuse limit could be bypassed with one invented header.
 *
 * The chain is the `X-Forwarded-For` entries followed by the connection's own address. Each trusted reverse proxy in
 * front appended the address it was connected from; counted from the right, the entry before the trusted proxies is
 * the client. With none (`next start` facing the internet) it is the connection itself; behind the shipped nginx
 * (TRUSTED_PROXIES=1) the entry nginx appended. What a client wrote further left, or into `X-Real-IP` or `Forwarded`,
 * counts for nothing.
 */
export function clientOfChain(forwardedFor: string | undefined, connection: string | undefined, trustedProxies: number): string {
  const chain = [...(forwardedFor ?? "").split(","), connection ?? ""].map((entry) => entry.trim()).filter(Boolean);
  // Fewer entries than trusted proxies: the request bypassed a proxy; the farthest one known is the best guess.
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "unknown";
}

/** Names the client in `X-Forwarded-For` alone, for everything after it. */
export function nameClient(request: IncomingMessage, trustedProxies: number) {
  const forwardedFor = request.headers["x-forwarded-for"];
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor;
  request.headers["x-forwarded-for"] = clientOfChain(joined, request.socket.remoteAddress, trustedProxies);
  delete request.headers["x-real-ip"];
  delete request.headers.forwarded;
}
