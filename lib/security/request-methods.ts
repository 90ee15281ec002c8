import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Which request methods the app answers, and the answer to all others (RFC 9110): pages take GET and HEAD, forms and
 * Server Actions POST, route handlers OPTIONS too. No page or route takes any other method.
 */
const supportedMethods = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

/**
 * Answers a method the app supports for no resource (TRACE, PUT, PROPFIND, …) with 501 Not Implemented before
 * Next.js sees the request; true when it did. Next.js turns each request into a Web `Request`, whose constructor
 * throws for TRACE and TRACK (the Fetch standard forbids them): a 500 and a stack trace in the log. Other methods
 * would render a page, or become the first answer of a cached route and be served to everyone (a preview picture
 * then answered 405 until the listing changed). No hook of Next.js runs before that Request is built, so the Node.js
 * server calls this first (lib/incoming-requests.ts).
 */
export function answeredUnsupportedMethod(request: IncomingMessage, response: ServerResponse): boolean {
  if (supportedMethods.has(request.method ?? "")) return false;
  response.writeHead(501, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end("Not Implemented");
  return true;
}

/** Methods of a route handler that only reads (HEAD is GET without the body) and of one that only takes a form. */
export const readOnlyMethods = "GET, HEAD, OPTIONS";
export const formPostMethods = "OPTIONS, POST";

/** 405 naming the methods the resource takes, as RFC 9110 requires. */
export function methodNotAllowed(allow: string): Response {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: allow, "Content-Type": "text/plain; charset=utf-8" } });
}

const options = (allow: string) => () => new Response(null, { status: 204, headers: { Allow: allow } });

/**
 * Exported by a route handler beside its GET or POST. Next.js answers a method a route handler does not export with
 * 405 but no `Allow`, and its own OPTIONS would then name these methods as taken.
 */
export const readOnlyRoute = { POST: () => methodNotAllowed(readOnlyMethods), OPTIONS: options(readOnlyMethods) };
export const formPostRoute = { GET: () => methodNotAllowed(formPostMethods), OPTIONS: options(formPostMethods) };
