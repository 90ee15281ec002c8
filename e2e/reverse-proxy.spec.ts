import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { copyBuild, ownServerEnv } from "./support/build-copy";
import { E2E_PORT, SEEDED_REGION, SMTP_PORT } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { nginxInstalled, startNginx, type Nginx } from "./support/nginx";
import { linkTo, listingPath, publishOffer, submitOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * The shipped nginx configuration (deploy/nginx/wohnraum.conf) in front of a production server bound to loopback, as
 * the README's deployment section describes it: Debian's nginx with a self-signed certificate, `next start -H
 * 127.0.0.1` with TRUSTED_PROXIES=1 and APP_URL on nginx's HTTPS address, so every page, form and mail link of these
 * tests goes through nginx, in Chromium too. The server is this spec's own (the e2e server has no TRUSTED_PROXIES and
 * links to itself), on its own copy of the build; on PostgreSQL it shares the run's database, on PGlite (one process
 * per folder) it gets a fresh folder of its own.
 */

const root = process.cwd();
const httpsPort = E2E_PORT + 70;
const httpPort = E2E_PORT + 71;
const appPort = E2E_PORT + 72;
const smtpPort = SMTP_PORT + 70;
test.use({ mailCatcherOptions: { port: smtpPort } });
const siteUrl = `https://localhost:${httpsPort}`;
// Its own copy of the build, so that no two servers share a cache folder (on PGlite the e2e server has other data).
const appBuildDir = `${process.env.NEXT_DIST_DIR ?? ".next"}-reverse-proxy`;
const pgliteDir = path.join(root, ".data", `e2e-${E2E_PORT}-reverse-proxy`);

test.skip(!nginxInstalled() && !process.env.CI, "nginx is not installed (apt-get install nginx)");
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ baseURL: siteUrl, ignoreHTTPSErrors: true });

let app: ChildProcess | undefined;
let appOutput = "";
let nginx: Nginx | undefined;
let catcher: MailCatcher;

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

async function startApp() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...ownServerEnv({ appUrl: siteUrl, smtpPort, distDir: appBuildDir }),
    // nginx is the one proxy in front: the client is the last X-Forwarded-For entry (README, "Behind nginx").
    TRUSTED_PROXIES: "1",
    OFFERS_PER_HOUR: "1000",
    LINK_ACTIONS_PER_HOUR: "1000",
  };
  if (!env.DATABASE_URL) {
    env.PGLITE_DIR = pgliteDir;
    rmSync(pgliteDir, { recursive: true, force: true });
    run("npm", ["run", "--silent", "db:migrate"], env);
    run("npm", ["run", "--silent", "db:seed"], env);
  }
  app = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(appPort)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for a failing test's message; the log checks run on the main e2e server.
  const keep = (chunk: Buffer) => (appOutput = (appOutput + chunk.toString()).slice(-4000));
  app.stdout?.on("data", keep);
  app.stderr?.on("data", keep);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`next start exited (${app.exitCode}):\n${appOutput}`);
    const status = await fetch(`http://127.0.0.1:${appPort}${listingPath("de")}`).then((response) => response.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`next start did not answer in time (last: ${status}):\n${appOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.beforeAll(async ({ mailCatcher }) => {
  catcher = mailCatcher;
  copyBuild(appBuildDir);
  await startApp();
  nginx = await startNginx({ upstreamPort: appPort, httpsPort, httpPort });
});

test.afterAll(async () => {
  await nginx?.stop();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  rmSync(path.join(root, appBuildDir), { recursive: true, force: true });
  rmSync(pgliteDir, { recursive: true, force: true });
});

const cacheStatus = (response: { headers(): Record<string, string> }) => response.headers()["x-cache-status"] ?? "(none)";

/** Two GETs right after each other: the second one's cache status (HIT when nginx stored the first). */
async function secondCacheStatus(request: APIRequestContext, url: string) {
  await request.get(url);
  return cacheStatus(await request.get(url));
}

async function listed(request: APIRequestContext, title: string) {
  return (await request.get(listingPath("de"))).text().then((html) => html.includes(title));
}

/** Submits and publishes an offer through nginx (form and mail links), returns it with its id from the listing. */
async function publishThroughNginx(page: Page, request: APIRequestContext) {
  const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer hinter nginx" });
  const published = await publishOffer(page, catcher, offer);
  // The app shows it at once; nginx may still hold the listing from before for up to a second.
  await expect.poll(() => listed(request, offer.title), { timeout: 2_000 }).toBe(true);
  await page.goto(listingPath("de"));
  const href = await page.getByRole("link", { name: offer.title }).getAttribute("href");
  const id = /\/findflats\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`No offer id in the listing's link ${href}`);
  return { ...offer, published, id, pagePath: `${listingPath("de")}/${id}` };
}

test("TLS with one HSTS header; host and protocol reach the app, forged ones do not; plain HTTP leads to HTTPS", async ({
  request,
}) => {
  const listing = await request.get(listingPath("de"));
  expect(listing.status()).toBe(200);
  const hsts = listing.headersArray().filter(({ name }) => name.toLowerCase() === "strict-transport-security");
  expect(hsts.map(({ value }) => value)).toEqual(["max-age=63072000; includeSubDomains"]);

  // The app's redirect (German has no prefix) is built from Host and X-Forwarded-Proto as nginx sets them: https,
  // the host with its port, whatever the client claims in its own forwarding headers.
  const redirect = await request.get(`/de${listingPath("de")}`, {
    maxRedirects: 0,
    headers: { "x-forwarded-host": "attacker.example", "x-forwarded-proto": "http" },
  });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toBe(`${siteUrl}${listingPath("de")}`);
  expect(redirect.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");

  // The shipped configuration assumes the standard HTTPS port.
  const plain = await request.get(`http://localhost:${httpPort}${listingPath("de")}?page=2`, { maxRedirects: 0 });
  expect(plain.status()).toBe(301);
  expect(plain.headers().location).toBe(`https://localhost${listingPath("de")}?page=2`);
});

test("nginx serves the listing from its cache for one second of its clock; a deleted offer is gone within two seconds", async ({
  page,
  request,
}) => {
  const offer = await publishThroughNginx(page, request);

  // A public page is stored and served from nginx's cache within its second …
  await expect.poll(() => secondCacheStatus(request, listingPath("de")), { timeout: 5_000 }).toBe("HIT");
  // … and not after it, although the app's answer allows a shared cache an hour (s-maxage). nginx counts whole
  // seconds: an answer stored during one second is fresh until the next one ends, two seconds at the most.
  await page.waitForTimeout(2_050);
  expect(cacheStatus(await request.get(listingPath("de")))).not.toBe("HIT");

  // The landlord deletes it while nginx holds the listing and the offer's page with it.
  await page.goto(linkTo(offer.published, "loeschen"));
  await expect.poll(() => secondCacheStatus(request, listingPath("de")), { timeout: 5_000 }).toBe("HIT");
  await expect.poll(() => secondCacheStatus(request, offer.pagePath), { timeout: 5_000 }).toBe("HIT");
  expect(await listed(request, offer.title)).toBe(true);
  await page.getByRole("button", { name: "Angebot jetzt löschen" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  const shown = async () => ({ listed: await listed(request, offer.title), page: (await request.get(offer.pagePath)).status() });
  await expect.poll(shown, { timeout: 2_000, intervals: [100] }).toEqual({ listed: false, page: 410 });
});

test("token pages, pages rendered per request, POSTs, router requests, cookies and credentials never get a cached answer", async ({
  page,
  request,
}) => {
  const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer mit Link hinter nginx" });
  // The mail link's page (the confirmation button) and the staff sign-in page, three times each.
  for (const url of [offer.confirmLink, `/${SEEDED_REGION}/kommune`]) {
    const answers = [];
    for (let round = 0; round < 3; round++) answers.push(await request.get(url));
    expect(answers.map((answer) => answer.status()), url).toEqual([200, 200, 200]);
    expect(answers.map(cacheStatus), url).toEqual(["BYPASS", "BYPASS", "BYPASS"]);
  }
  expect((await request.get(offer.confirmLink)).headers()["cache-control"]).toBe("no-store");

  // A page rendered per request (the offer form, with a fresh script nonce) is looked up but never stored, although
  // nginx ignores Cache-Control for the lifetime of what it stores.
  const forms = [await request.get(`/${SEEDED_REGION}/anbieten`), await request.get(`/${SEEDED_REGION}/anbieten`)];
  expect(forms.map(cacheStatus)).toEqual(["MISS", "MISS"]);
  const policies = forms.map((form) => form.headers()["content-security-policy"]);
  expect(policies[0]).toContain("'nonce-");
  expect(policies[0]).not.toBe(policies[1]);

  // With the listing in the cache, requests that must reach the app get past it.
  await expect.poll(() => secondCacheStatus(request, listingPath("de")), { timeout: 5_000 }).toBe("HIT");
  const mustPass: [string, string][] = [
    ["cookie", "staff=1"],
    ["authorization", "Bearer x"],
    ["rsc", "1"],
    ["next-router-state-tree", "%5B%5D"],
  ];
  for (const [name, value] of mustPass) {
    expect(cacheStatus(await request.get(listingPath("de"), { headers: { [name]: value } })), name).toBe("BYPASS");
  }

  // A router request's payload is never stored: the page's next visitor gets HTML (a query string the page ignores
  // gives an address nothing is cached under yet).
  const fresh = `${listingPath("de")}?nginx=${Date.now()}`;
  const payload = await request.get(fresh, { headers: { rsc: "1" } });
  expect(payload.headers()["content-type"]).toContain("text/x-component");
  const html = await request.get(fresh);
  expect(html.headers()["content-type"]).toContain("text/html");
  expect(cacheStatus(html)).not.toBe("HIT");

  // POSTs: two identical ones both reach the app.
  const posts = [];
  for (let round = 0; round < 2; round++) posts.push(await request.post(listingPath("de"), { form: { beds: "2" }, maxRedirects: 0 }));
  expect(posts.map(cacheStatus)).toEqual(["(none)", "(none)"]);
});

test("the abuse limits count the client nginx saw, whatever forwarding headers the client sends", async ({ request }) => {
  // 5 staff sign-in requests per client address and hour (STAFF_SIGN_INS_PER_HOUR's default), 10 per region: a
  // region no other spec signs in to. Every request claims another address in each header a client can send.
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 8; attempt++) {
    const claimed = `198.51.100.${attempt}`;
    const response = await request.post("/augsburg/kommune/anfordern", {
      form: { mailbox: `guess-${attempt}@example.test` },
      headers: { "X-Forwarded-For": claimed, "X-Real-IP": claimed, Forwarded: `for=${claimed}` },
      maxRedirects: 0,
    });
    statuses.push(response.status());
  }
  // Refused from the sixth on at the latest (earlier if the hour already had some), and never let through again.
  const firstRefused = statuses.indexOf(429);
  expect(firstRefused, statuses.join(", ")).toBeGreaterThanOrEqual(0);
  expect(firstRefused).toBeLessThanOrEqual(5);
  expect(statuses.slice(firstRefused)).toEqual(Array(statuses.length - firstRefused).fill(429));
  expect(statuses.slice(0, firstRefused).every((status) => status === 303)).toBe(true);
});
