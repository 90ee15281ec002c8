import { describe, expect, it } from "vitest";
import { clientOfChain } from "./forwarded-client";

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
