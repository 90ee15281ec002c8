import "server-only";
import http from "node:http";
import { nameClient } from "@/lib/rate-limit/forwarded-client";
import { answeredUnsupportedMethod } from "@/lib/security/request-methods";

const installed = Symbol.for("wohnraum.incoming-requests");

/**
 * What the Node.js server does with each request before Next.js sees it: answer methods the app supports nowhere,
 * and name the client from the connection and the trusted proxies (`null` where the platform's edge already did,
 * on Vercel). `next start` creates its server before the app's code loads, so this wraps the servers' `emit`, the one
 * place every request passes; called once at start (lib/server-start.ts).
 */
export function handleIncomingRequests(trustedProxies: number | null): void {
  const prototype = http.Server.prototype as http.Server & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const emit = prototype.emit as (this: http.Server, event: string, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (answeredUnsupportedMethod(request, response)) return true;
      if (trustedProxies !== null) nameClient(request, trustedProxies);
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
