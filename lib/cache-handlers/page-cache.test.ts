import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { goneStatusTag } from "@/lib/security/page-status";
import { cachedPageScriptPolicy, withGoneStatus } from "./page-cache.mjs";

const hash = (body: string) => `'sha256-${createHash("sha256").update(body).digest("base64")}'`;

describe("the script policy of a cached page", () => {
  it("lists each of Next.js's inline payload scripts by the hash a browser computes over its text", () => {
    const chunks = '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]});';
    const start = "(self.__next_f=self.__next_f||[]).push([0])";
    const chunk = 'self.__next_f.push([1,"0:{\\"P\\":null}\\n<Wohnung> \\u0026 \\"Garten\\""])';
    const html = `<html><body><script id="_R_">${chunks}</script><script>${start}</script><script>${chunk}</script><script>${chunk}</script></body></html>`;
    expect(cachedPageScriptPolicy(html)).toBe(`script-src 'self' ${hash(chunks)} ${hash(start)} ${hash(chunk)}`);
  });

  it("never allows an inline script of another shape, even one that calls the payload and then more", () => {
    const injected = [
      "alert(1)",
      'self.__next_f.push([1,"x"]);alert(1)',
      'self.__next_f.push([1,"x"])\nalert(1)',
      'self.__next_f.push([1,"x"+alert(1)+""])',
      "self.__next_f.push([1,alert(1)])",
      "self.__next_f.push([1,\"x\"])//",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(alert(1));',
      "window.__next_f.push([1])",
    ];
    const html = injected.map((body) => `<script>${body}</script>`).join("");
    expect(cachedPageScriptPolicy(html)).toBe("script-src 'self'");
  });

  it("leaves scripts loaded from the site to 'self'", () => {
    const html = '<script src="/_next/static/chunks/main.js" async=""></script>';
    expect(cachedPageScriptPolicy(html)).toBe("script-src 'self'");
  });
});

describe("the status of a cached page", () => {
  const page = (tags: string, status?: number) => ({ kind: "APP_PAGE", status, headers: { "x-next-cache-tags": tags } });

  it("is 410 Gone for a page rendered with the gone tag (a deleted or expired offer's), kept with the entry", () => {
    const gone = page(`_N_T_/layout,listing:augsburg,${goneStatusTag}`);
    withGoneStatus(gone);
    expect(gone.status).toBe(410);
  });

  it("stays as Next.js set it for every other page, and for a gone page that rendered the 404", () => {
    const listed = page("_N_T_/layout,listing:augsburg");
    withGoneStatus(listed);
    expect(listed.status).toBeUndefined();
    const notFound = page(goneStatusTag, 404);
    withGoneStatus(notFound);
    expect(notFound.status).toBe(404);
  });
});
