import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, E2E_SERVER_LOG, REGION_HOSTNAME, SEEDED_REGION } from "./support/constants";
import { publishedOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * HTTP as RFC 9110 has it, for clients that are no browser: methods no resource supports, the `Allow` header of every
 * 405, and conditional GETs of the feeds. Requests go out through node:http, as fetch() refuses to send TRACE.
 */

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port: E2E_PORT, method, path, headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

const serverLog = () => readFileSync(E2E_SERVER_LOG, "utf8");
/** A line of a stack trace ("    at …"), as Node.js prints an error. */
const stackTraceLine = /^\s+at /m;

const regionHost = { host: `${REGION_HOSTNAME}:${E2E_PORT}` };
const listing = `/${SEEDED_REGION}/findflats`;
const offerLinkRoute = `/${SEEDED_REGION}/angebot/ein-token/loeschen/ausfuehren`;

/** A page, the region's own hostname, the API, a feed, a mail button's route, a picture and a static file. */
const paths: [string, Record<string, string>][] = [
  ["/", {}],
  [listing, {}],
  [`/uk${listing}/00000000-0000-4000-8000-000000000000`, {}],
  ["/uk/findflats", regionHost],
  ["/api/v1/regions", {}],
  [`${listing}/feed`, {}],
  [offerLinkRoute, {}],
  [`${listing}/vorschaubild`, {}],
  ["/icon.svg", {}],
];

test("methods that no page or route takes get 501, never a 500 or a stack trace in the server log", async () => {
  const logBefore = serverLog().length;
  for (const method of ["TRACE", "PROPFIND", "PUT", "DELETE", "PATCH", "MKCOL"]) {
    for (const [path, headers] of paths) {
      const answer = await send(method, path, headers);
      expect(answer.status, `${method} ${path}`).toBe(501);
      expect(answer.body, `${method} ${path}`).toBe("Not Implemented");
    }
  }
  // Methods Node.js's parser does not know at all it refuses itself, before the app.
  expect((await send("TRACK", "/")).status).toBe(400);
  // The app still answers.
  expect((await send("GET", listing)).status).toBe(200);
  expect(serverLog().slice(logBefore)).not.toMatch(stackTraceLine);
});

test("every 405 names the methods the resource takes, and its OPTIONS names the same", async () => {
  const readOnly = "GET, HEAD, OPTIONS";
  const formPost = "OPTIONS, POST";
  const routes: [string, string, string][] = [
    // Route handlers that read: the API, feeds, a search's picture, QR downloads, the job, staff downloads.
    ["POST", "/api/v1/regions", readOnly],
    ["POST", `/api/v1/${SEEDED_REGION}/offers`, readOnly],
    ["POST", "/api/v1/openapi.json", readOnly],
    ["POST", `/api/qr/${SEEDED_REGION}/de.svg`, readOnly],
    ["POST", "/api/cron/expire", readOnly],
    ["POST", `/uk${listing}/feed?beds=2`, readOnly],
    ["POST", `/${SEEDED_REGION}/kommune/angebote/export`, readOnly],
    ["POST", `/${SEEDED_REGION}/kommune/statistik/export`, readOnly],
    // Route handlers that take a form: the mail buttons, the staff sign-in.
    ["GET", offerLinkRoute, formPost],
    ["HEAD", offerLinkRoute, formPost],
    ["GET", `/${SEEDED_REGION}/kommune/anfordern`, formPost],
    ["GET", `/${SEEDED_REGION}/kommune/anmelden/ein-token/einloesen`, formPost],
  ];
  for (const [method, path, allow] of routes) {
    const answer = await send(method, path);
    expect({ method, path, status: answer.status, allow: answer.headers.allow }).toEqual({ method, path, status: 405, allow });
    const options = await send("OPTIONS", path);
    expect({ path, allow: options.headers.allow }).toEqual({ path, allow });
  }
  // Next.js's own 405 of a static file.
  const icon = await send("POST", "/icon.svg");
  expect({ status: icon.status, allow: icon.headers.allow }).toEqual({ status: 405, allow: "GET, HEAD" });
});

test("a preview picture nobody fetched yet stays a picture after a POST or OPTIONS to it", async () => {
  // Next.js stores a cached picture's first answer whatever the method; a picture no other spec fetches.
  const picture = `/en/heidenheim/findflats/vorschaubild`;
  for (const [method, path] of [["OPTIONS", picture], ["POST", picture], ["POST", `${listing}/suche/vorschaubild?beds=2`]]) {
    const answer = await send(method, path);
    expect({ method, path, status: answer.status, allow: answer.headers.allow }).toEqual({ method, path, status: 405, allow: "GET, HEAD" });
  }
  const image = await send("GET", picture);
  expect(image.status).toBe(200);
  expect(image.headers["content-type"]).toBe("image/png");
});

test("a feed answers 304 without a body while unchanged, and the whole feed once an offer is added", async ({ browser, request, mailCatcher }) => {
  const feed = `${E2E_BASE_URL}/uk${listing}/feed`;
  const first = await request.get(feed);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  const lastModified = first.headers()["last-modified"];
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
  // The feed's own date, to the second.
  const updated = /<updated>([^<]+)<\/updated>/.exec(await first.text())?.[1];
  expect(new Date(lastModified).toISOString().slice(0, 19)).toBe(updated!.slice(0, 19));

  for (const condition of [{ "If-None-Match": etag }, { "If-Modified-Since": lastModified }] as Record<string, string>[]) {
    const unchanged = await send("GET", `/uk${listing}/feed`, condition);
    expect({ condition, status: unchanged.status, body: unchanged.body }).toEqual({ condition, status: 304, body: "" });
    expect(unchanged.headers.etag).toBe(etag);
  }
  expect((await request.get(feed, { headers: { "If-None-Match": '"an-older-version"' } })).status()).toBe(200);

  const offer = await publishedOffer(browser, mailCatcher, "Zimmer für den Feed");
  const changed = await request.get(feed, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(await changed.text()).toContain(offer.id);
  expect(changed.headers()["etag"]).not.toBe(etag);
  // The new offer is newer than the date the reader holds.
  expect((await request.get(feed, { headers: { "If-Modified-Since": lastModified } })).status()).toBe(200);
});
