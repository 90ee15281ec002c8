import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleIncomingRequests } from "./incoming-requests";

describe("handleIncomingRequests", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    handleIncomingRequests(0);
    // The hook wraps the prototype, so servers created before it (as `next start` does) and after are covered alike.
    server = http.createServer((request, response) => {
      response.end(JSON.stringify({ forwardedFor: request.headers["x-forwarded-for"], realIp: request.headers["x-real-ip"] ?? null, forwarded: request.headers.forwarded ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** What the handler saw of a request sent from `localAddress` (any 127.x.y.z is this machine) with these headers. */
  function answer(localAddress: string, headers: Record<string, string>, method = "GET") {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, localAddress, headers, method }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on("error", reject);
      request.end();
    });
  }

  const seenFrom = async (localAddress: string, headers: Record<string, string>) => JSON.parse((await answer(localAddress, headers)).body);

  it("replaces forged X-Forwarded-For, X-Real-IP and Forwarded headers by the connection's address", async () => {
    const forged = { "x-forwarded-for": "8.8.8.1, 8.8.8.2", "x-real-ip": "8.8.8.3", forwarded: "for=8.8.8.4" };
    expect(await seenFrom("127.0.0.2", forged)).toEqual({ forwardedFor: "127.0.0.2", realIp: null, forwarded: null });
    expect(await seenFrom("127.0.0.3", forged)).toEqual({ forwardedFor: "127.0.0.3", realIp: null, forwarded: null });
    expect(await seenFrom("127.0.0.2", {})).toEqual({ forwardedFor: "127.0.0.2", realIp: null, forwarded: null });
  });

  it("answers methods the app supports nowhere with 501, before any handler runs", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PROPFIND", "PATCH"]) {
      expect(await answer("127.0.0.2", {}, method), method).toEqual({ status: 501, body: "Not Implemented" });
    }
    expect((await answer("127.0.0.2", {}, "POST")).status).toBe(200);
  });
});
