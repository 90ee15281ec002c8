import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCachedPage } from "./content-security-policy";
import { securityHeaders } from "./response-headers";

describe("content security policy", () => {
  it("allows only the nonce's scripts on a page rendered per request, and the embedding sites on embeddable pages", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", embedOrigins: ["https://www.augsburg.de"], development: false, https: true });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'self' https://www.augsburg.de");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("lets development evaluate code for React's error overlay, never production", () => {
    expect(contentSecurityPolicy({ nonce: "n", embedOrigins: [], development: true, https: false })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", embedOrigins: [], development: false, https: false })).not.toContain("'unsafe-eval'");
  });

  it.each([
    ["/findflats", true],
    ["/findflats/seite/3", true],
    ["/findflats/0f8fad5b-d9cb-469f-a165-70867728950e", true],
    ["/eingebettet/findflats", true],
    ["/datenschutz", true],
    ["/findflats/suche", false],
    ["/findflats/0f8fad5b-d9cb-469f-a165-70867728950e/melden", false],
    ["/anbieten", false],
    ["/eingebettet/anbieten", false],
    ["/angebot/token/bestaetigen", false],
    ["/findflats/benachrichtigen", false],
    ["/suchauftrag/token/abbestellen", false],
  ])("knows whether %s is served from the cache (%s)", (path, expected) => {
    expect(isCachedPage(path)).toBe(expected);
  });

  it("sends HSTS only on HTTPS deployments", () => {
    expect(securityHeaders({ https: true }).map((header) => header.key)).toContain("Strict-Transport-Security");
    expect(securityHeaders({ https: false }).map((header) => header.key)).not.toContain("Strict-Transport-Security");
  });
});
