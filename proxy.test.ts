import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import { config } from "./proxy";

const passesProxy = (url: string) => unstable_doesMiddlewareMatch({ config, url });

describe("the proxy's matcher", () => {
  it("takes every page, also of regions whose slug begins like an internal folder", () => {
    for (const url of ["/", "/musterhausen/findflats", "/uk/musterhausen/anbieten", "/apolda/findflats", "/api-land/findflats", "/devon/findflats", "/uk/development-test/findflats", "/next-stadt/findflats"]) {
      expect(passesProxy(url), url).toBe(true);
    }
  });

  it("leaves out the API, the development mailbox, Next.js's own files and files with an extension", () => {
    for (const url of ["/api/v1/regions", "/api", "/dev/mailbox", "/dev", "/_next/static/chunk.js", "/_vercel/insights", "/icon.svg", "/robots.txt"]) {
      expect(passesProxy(url), url).toBe(false);
    }
  });
});
