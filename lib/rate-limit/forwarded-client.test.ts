import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientOfChain, nameClientsOfThisProcess } from "./forwarded-client";

describe("clientOfChain", () => {
  it("facing the internet, the client is the connection, whatever the headers say", () => {
    expect(clientOfChain(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientOfChain("8.8.8.1", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(clientOfChain("8.8.8.1, 8.8.8.2", "203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind trusted proxies, the entry before them, counted from the right", () => {
    // nginx appended the address it was connected from; the connection is nginx.
    expect(clientOfChain("203.0.113.7", "127.0.0.1", 1)).toBe("203.0.113.7");
    expect(clientOfChain("8.8.8.1, 203.0.113.7", "127.0.0.1", 1)).toBe("203.0.113.7");
    expect(clientOfChain("8.8.8.1,8.8.8.2 ,  203.0.113.7", "127.0.0.1", 1)).toBe("203.0.113.7");
    // A CDN and nginx.
    expect(clientOfChain("8.8.8.1, 203.0.113.7, 198.51.100.1", "127.0.0.1", 2)).toBe("203.0.113.7");
    expect(clientOfChain("2001:db8::1", "::ffff:127.0.0.1", 1)).toBe("2001:db8::1");
  });

  it("a request that bypassed the proxies is named by the farthest address known", () => {
    expect(clientOfChain(undefined, "203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientOfChain("", "203.0.113.7", 2)).toBe("203.0.113.7");
    expect(clientOfChain(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("nameClientsOfThisProcess", () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    nameClientsOfThisProcess(0);
    // Created after the hook, as `next start` creates its server before the app's code loads: both are covered.
    server = http.createServer((request, response) => {
      response.end(JSON.stringify({ forwardedFor: request.headers["x-forwarded-for"], realIp: request.headers["x-real-ip"] ?? null, forwarded: request.headers.forwarded ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** What the handler saw of a request sent from `localAddress` (any 127.x.y.z is this machine) with these headers. */
  function seenFrom(localAddress: string, headers: Record<string, string>) {
    return new Promise<Record<string, string | null>>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, localAddress, headers }, (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(JSON.parse(body)));
      });
      request.on("error", reject);
      request.end();
    });
  }

  it("replaces forged X-Forwarded-For, X-Real-IP and Forwarded headers by the connection's address", async () => {
    const forged = { "x-forwarded-for": "8.8.8.1, 8.8.8.2", "x-real-ip": "8.8.8.3", forwarded: "for=8.8.8.4" };
    expect(await seenFrom("127.0.0.2", forged)).toEqual({ forwardedFor: "127.0.0.2", realIp: null, forwarded: null });
    expect(await seenFrom("127.0.0.3", forged)).toEqual({ forwardedFor: "127.0.0.3", realIp: null, forwarded: null });
    expect(await seenFrom("127.0.0.2", {})).toEqual({ forwardedFor: "127.0.0.2", realIp: null, forwarded: null });
  });
});
