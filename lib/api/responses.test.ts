import { describe, expect, it } from "vitest";
import { cacheableJson, corsPreflight, errorJson, etagOf, isNotModified, matchesEtag, serializeJson } from "./responses";

const request = (headers: Record<string, string> = {}) => new Request("http://127.0.0.1/api/v1/regions", { headers });

describe("cacheableJson", () => {
  it("answers with the body, CORS, a short shared max-age and the body's hash as ETag", async () => {
    const response = cacheableJson(request(), serializeJson({ regions: [] }));

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"regions":[]}');
    expect(response.headers.get("etag")).toBe(etagOf('{"regions":[]}'));
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toBe("public, s-maxage=30, stale-while-revalidate=30");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  });

  it("answers 304 without a body when If-None-Match names the current ETag", async () => {
    const etag = etagOf('{"regions":[]}');
    const response = cacheableJson(request({ "If-None-Match": `"stale", ${etag.replace("W/", "")}` }), serializeJson({ regions: [] }));

    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("etag")).toBe(etag);
  });

  it("answers 200 when the client holds an older version", () => {
    expect(cacheableJson(request({ "If-None-Match": etagOf("{}") }), serializeJson({ regions: [] })).status).toBe(200);
  });
});

describe("isNotModified", () => {
  const etag = etagOf("<feed/>");
  const lastModified = new Date("2026-05-01T10:00:00.600Z");
  const headers = (values: Record<string, string>) => new Headers(values);

  it("is true for the current ETag or a date not before the last change, in whole seconds", () => {
    expect(isNotModified(headers({ "If-None-Match": etag }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": lastModified.toUTCString() }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": "Sat, 02 May 2026 00:00:00 GMT" }), etag, lastModified)).toBe(true);
  });

  it("is false for an older ETag or date, a malformed date or no condition", () => {
    expect(isNotModified(headers({ "If-None-Match": etagOf("<feed></feed>") }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ "If-Modified-Since": "Fri, 01 May 2026 09:59:59 GMT" }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ "If-Modified-Since": "yesterday" }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({}), etag, lastModified)).toBe(false);
  });

  it("ignores If-Modified-Since when If-None-Match is sent (RFC 9110, 13.2.2)", () => {
    const stale = { "If-None-Match": etagOf("<feed></feed>"), "If-Modified-Since": lastModified.toUTCString() };
    expect(isNotModified(headers(stale), etag, lastModified)).toBe(false);
  });
});

describe("matchesEtag", () => {
  it("compares weakly and accepts *", () => {
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
  });
});

describe("errorJson and corsPreflight", () => {
  it("names the refused parameter and is not cached", async () => {
    const response = errorJson(400, 'Parameter "lang" must be one of: de, uk.', "lang");

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'Parameter "lang" must be one of: de, uk.', parameter: "lang" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("allows GET with If-None-Match from any origin", () => {
    const response = corsPreflight();

    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });
});
