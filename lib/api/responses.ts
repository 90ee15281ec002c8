import { createHash } from "node:crypto";
import { z } from "zod";
import { frontCacheControl } from "@/lib/security/front-cache";
import { readOnlyMethods } from "@/lib/security/request-methods";

/** Any app or web page may read the API: it serves only what the public listing shows anyway. */
const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  // ETag is not among the headers a browser lets scripts read by default; the app sends it back in If-None-Match.
  "Access-Control-Expose-Headers": "ETag",
};


/**
 * The hash of the body, so equal answers carry equal tags on every server instance. Weak, because the server or a
 * proxy may compress the body and a strong tag would then have to differ per encoding.
 */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url")}"`;
}

/** If-None-Match holds a list of tags or `*`, compared weakly (RFC 9110, 13.1.2). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

/**
 * Whether a conditional GET can be answered `304 Not Modified` (RFC 9110, 13.2.2): by If-None-Match when the client
 * sends it, else by If-Modified-Since, compared in whole seconds as HTTP dates have no more.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** A JSON body ready to send, with its tag: built once, it can answer any number of requests. */
export type SerializedJson = { body: string; etag: string };

export function serializeJson(data: unknown): SerializedJson {
  const body = JSON.stringify(data);
  return { body, etag: etagOf(body) };
}

/** A JSON answer that shared caches may keep, or `304 Not Modified` when the client already holds it. */
export function cacheableJson(request: Request, { body, etag }: SerializedJson): Response {
  const headers = { ...corsHeaders, "Cache-Control": frontCacheControl, ETag: etag };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

/** What every error answer holds. */
export const errorSchema = z.object({
  error: z.string().meta({ description: "What went wrong, in English, for developers." }),
  parameter: z.string().optional().meta({ description: "The query parameter that was refused (400 only)." }),
});
type ApiError = z.output<typeof errorSchema>;

/** `{ error, parameter? }`; errors are not cached, so a corrected request or a new region shows at once. */
export function errorJson(status: 400 | 404 | 500, error: string, parameter?: string): Response {
  const body: ApiError = parameter === undefined ? { error } : { error, parameter };
  return Response.json(body, {
    status,
    headers: { ...corsHeaders, "Cache-Control": "no-store" },
  });
}

/** The CORS preflight a browser sends before a GET with If-None-Match. */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders,
      Allow: readOnlyMethods,
      "Access-Control-Allow-Methods": "GET, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/** Runs a handler; a failure of ours (say, the database is down) is a JSON 500 without a stack trace. */
export async function answer(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    console.error("API request failed:", (error as Error).message);
    return errorJson(500, "The request could not be answered. Please try again later.");
  }
}
