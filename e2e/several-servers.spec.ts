import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { copyBuild, ownServerEnv } from "./support/build-copy";
import {
  E2E_PORT,
  HOSTNAME_REGION,
  REGION_HOSTNAME,
  SEEDED_REGION,
  SMTP_PORT,
} from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { linkTo, listingPath, publishOffer, submitOffer, type SubmittedOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * Two production servers bound to loopback (`-H 127.0.0.1`, as behind a reverse proxy), each with its own copy of the
 * build (as on two machines), on the one PostgreSQL database
 * of the e2e run, sharing their cache in Redis (REDIS_URL), behind HAProxy (round robin). Everything real: Debian's
 * redis-server and haproxy, started here on loopback ports. PGlite serves one process only, so this spec runs in
 * the PostgreSQL run; CI installs both programs, elsewhere the spec is skipped without them.
 */

const root = process.cwd();
const balancerUrl = `http://127.0.0.1:${E2E_PORT + 60}`;
const serverPorts = [E2E_PORT + 61, E2E_PORT + 62] as const;
const serverUrls = serverPorts.map((port) => `http://127.0.0.1:${port}`);
const redisPort = E2E_PORT + 63;
const smtpPort = SMTP_PORT + 60;
test.use({ mailCatcherOptions: { port: smtpPort } });

const installed = (program: string) => spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;
const tools = ["redis-server", "redis-cli", "haproxy"].filter((program) => !installed(program));

test.skip(!process.env.DATABASE_URL, "several servers share PostgreSQL; PGlite serves one process");
test.skip(tools.length > 0 && !process.env.CI, `not installed: ${tools.join(", ")} (apt-get install redis-server haproxy)`);
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ baseURL: balancerUrl });

const processes = new Map<string, ChildProcess>();
let workDir: string;
let catcher: MailCatcher;

function start(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  // Kept for a failing test's message; the servers' own log checks run on the main e2e server.
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", (code) => {
    if (processes.get(name) === child && code !== null && code !== 0) console.error(`[${name}] exited with ${code}:\n${output}`);
  });
  processes.set(name, child);
  return child;
}

async function stop(name: string) {
  const child = processes.get(name);
  processes.delete(name);
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function answers(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url).then((response) => response.status, () => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 in time (last: ${status})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function startRedis() {
  start("redis", "redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
  await expect
    .poll(() => spawnSync("redis-cli", ["-p", String(redisPort), "ping"], { encoding: "utf8" }).stdout.trim(), { timeout: 10_000 })
    .toBe("PONG");
}

/** Server `index` (0 or 1) on its own copy of the build. */
async function startServer(index: number) {
  const distDir = `.next-several-${index}`;
  start(`server ${index}`, path.join(root, "node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(serverPorts[index])], {
    ...ownServerEnv({ appUrl: balancerUrl, smtpPort, distDir }),
    REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    OFFERS_PER_HOUR: "1000",
    LINK_ACTIONS_PER_HOUR: "1000",
    // HAProxy in front appends the client it sees to X-Forwarded-For (`option forwardfor`).
    TRUSTED_PROXIES: "1",
  });
  await answers(`${serverUrls[index]}${listingPath("de")}`);
}

test.beforeAll(async ({ mailCatcher }) => {
  workDir = mkdtempSync(path.join(tmpdir(), "several-servers-"));
  catcher = mailCatcher;
  await startRedis();
  // Each server on its own copy of the build: a second machine's build.
  copyBuild(".next-several-0");
  copyBuild(".next-several-1");
  await Promise.all([startServer(0), startServer(1)]);
  const config = path.join(workDir, "haproxy.cfg");
  writeFileSync(
    config,
    [
      "defaults",
      "  mode http",
      "  timeout connect 2s",
      "  timeout client 30s",
      "  timeout server 30s",
      "frontend site",
      `  bind 127.0.0.1:${E2E_PORT + 60}`,
      "  option forwardfor",
      "  default_backend servers",
      "backend servers",
      "  balance roundrobin",
      ...serverPorts.map((port, index) => `  server s${index} 127.0.0.1:${port} check inter 500 fall 1 rise 1`),
      "",
    ].join("\n"),
  );
  start("haproxy", "haproxy", ["-f", config, "-db"]);
  await answers(`${balancerUrl}${listingPath("de")}`);
});

test.afterAll(async () => {
  for (const name of [...processes.keys()]) await stop(name);
  for (const index of [0, 1]) rmSync(path.join(root, `.next-several-${index}`), { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

/** What one instance (or the balancer) shows of an offer: in the listing, its page's status, in the API. */
async function seenAt(request: APIRequestContext, origin: string, offer: { title: string; id: string }) {
  const [listing, page, api] = await Promise.all([
    request.get(`${origin}${listingPath("de")}`).then((response) => response.text()),
    request.get(`${origin}/${SEEDED_REGION}/findflats/${offer.id}`).then((response) => response.status()),
    request.get(`${origin}/api/v1/${SEEDED_REGION}/offers`).then((response) => response.json()),
  ]);
  const inApi = (api.offers as { id: string; expiresAt: string }[]).find((entry) => entry.id === offer.id);
  return { listed: listing.includes(offer.title), page, expiresAt: inApi?.expiresAt ?? null };
}

const everywhere = [balancerUrl, ...serverUrls];

/** Each instance's cache holds the listing, offer page and API before the change: the change must reach them. */
async function warm(request: APIRequestContext, offer: { title: string; id: string }) {
  for (const origin of everywhere) for (let round = 0; round < 2; round++) await seenAt(request, origin, offer);
}

/** The same mail link on one server directly instead of through the balancer. */
const onServer = (link: string, index: number) => link.replace(balancerUrl, serverUrls[index]);

async function publishThroughBalancer(page: Page): Promise<SubmittedOffer & { id: string; published: Awaited<ReturnType<typeof publishOffer>> }> {
  const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer auf zwei Servern" });
  const published = await publishOffer(page, catcher, offer);
  await page.goto(listingPath("de"));
  const href = await page.getByRole("link", { name: offer.title }).getAttribute("href");
  const id = /\/findflats\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`No offer id in the listing's link ${href}`);
  return { ...offer, id, published };
}

async function press(page: Page, link: string, button: string) {
  await page.goto(link);
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("status")).toBeVisible();
}

test("a change through any instance reaches the listing, offer page and API of every instance within a second", async ({
  page,
  request,
}) => {
  const absent = { title: `Noch nicht da ${Date.now()}`, id: "00000000-0000-4000-8000-000000000000" };
  await warm(request, absent);

  const offer = await publishThroughBalancer(page);
  for (const origin of everywhere) {
    await expect.poll(() => seenAt(request, origin, offer), { timeout: 1_000, message: origin }).toMatchObject({ listed: true, page: 200 });
  }

  // Extended on the first server: the second shows the new end at once.
  const before = (await seenAt(request, serverUrls[1], offer)).expiresAt!;
  await press(page, onServer(linkTo(offer.published, "verlaengern"), 0), "Um 7 Tage verlängern");
  await expect
    .poll(async () => (await seenAt(request, serverUrls[1], offer)).expiresAt, { timeout: 1_000 })
    .not.toBe(before);

  // Deleted on the second server: gone from the first and the balancer at once.
  await warm(request, offer);
  await press(page, onServer(linkTo(offer.published, "loeschen"), 1), "Angebot jetzt löschen");
  for (const origin of everywhere) {
    await expect
      .poll(() => seenAt(request, origin, offer), { timeout: 1_000, message: origin })
      .toEqual({ listed: false, page: 410, expiresAt: null });
  }
});

test("servers bound to 127.0.0.1 answer German pages behind a TLS-terminating balancer, and redirect to the site", async ({
  request,
}) => {
  const publicSite = { host: "wohnraum.example.org", "x-forwarded-proto": "https" };
  for (const origin of everywhere) {
    for (const pagePath of [listingPath("de"), `/${SEEDED_REGION}/anbieten`, `${listingPath("de")}/suche?beds=2`, listingPath("uk")]) {
      for (const headers of [publicSite, {}]) {
        const response = await request.get(`${origin}${pagePath}`, { headers, maxRedirects: 0 });
        expect(response.status(), `${origin}${pagePath} ${JSON.stringify(headers)}`).toBe(200);
      }
    }
    // The German prefix is dropped by a redirect to the site the visitor asked for, not to the server's own address.
    const prefixed = await request.get(`${origin}/de${listingPath("de")}`, { headers: publicSite, maxRedirects: 0 });
    expect(prefixed.status()).toBe(307);
    expect(prefixed.headers().location).toBe(`https://wohnraum.example.org${listingPath("de")}`);
  }
});

test("a region changed with `npm run region` shows on every instance's pages and API within a second", async ({ request }) => {
  const region = "bayreuth";
  const rename = (name: string) => {
    const result = spawnSync("npm", ["run", "--silent", "region", "--", region, `--name=${name}`], {
      cwd: root,
      env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
  };
  const shown = async (origin: string) => {
    const [page, api] = await Promise.all([
      request.get(`${origin}/${region}/findflats`).then((response) => response.text()),
      request.get(`${origin}/api/v1/regions`).then((response) => response.json()),
    ]);
    const listed = (api.regions as { slug: string; name: string }[]).find((entry) => entry.slug === region);
    return { page: /<h1[^>]*>([^<]*)<\/h1>/.exec(page)?.[1] ?? null, api: listed?.name ?? null };
  };
  const original = (await shown(serverUrls[0])).api!;
  for (const origin of everywhere) await shown(origin);
  try {
    rename("Stadt Bayreuth im Test");
    for (const origin of everywhere) {
      await expect
        .poll(() => shown(origin), { timeout: 1_000, message: origin })
        .toEqual({ page: "Wohnraumangebote – Stadt Bayreuth im Test", api: "Stadt Bayreuth im Test" });
    }
  } finally {
    rename(original);
  }
});

test("a region changed with `npm run region` shows on its own hostname on every instance within a second", async ({ page }) => {
  // The e2e server gave this region its own hostname; Chromium resolves *.localhost to loopback.
  const rename = (name: string) => {
    const result = spawnSync("npm", ["run", "--silent", "region", "--", HOSTNAME_REGION, `--name=${name}`], {
      cwd: root,
      env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
  };
  const onHostname = (origin: string) => origin.replace("127.0.0.1", REGION_HOSTNAME);
  const heading = async (origin: string) => {
    await page.goto(`${onHostname(origin)}/findflats`);
    return page.getByRole("heading", { level: 1 }).textContent();
  };
  const original = (await heading(balancerUrl))!.replace(/^Wohnraumangebote – /, "");
  // Every instance holds the region's entry for its hostname before the change.
  for (const origin of everywhere) await heading(origin);
  try {
    rename("Landkreis Heidenheim im Test");
    for (const origin of everywhere) {
      await expect.poll(() => heading(origin), { timeout: 1_000, message: origin }).toBe("Wohnraumangebote – Landkreis Heidenheim im Test");
    }
  } finally {
    rename(original);
  }
});

test("a restarted instance answers from the shared cache at once", async ({ request }) => {
  await request.get(`${serverUrls[0]}${listingPath("de")}`);
  await stop("server 1");
  await startServer(1);
  // The first answer of the new process comes from the entry the other instance cached: no rendering, no query.
  const first = await request.get(`${serverUrls[1]}${listingPath("de")}`);
  expect(first.status()).toBe(200);
  expect(first.headers()["x-nextjs-cache"]).toBe("HIT");
  // With the script policy of the cached page, as the file cache gives it.
  expect(first.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy")).toHaveLength(2);
});

test("without Redis both instances keep answering from the database, and nothing stale comes back with it", async ({
  page,
  request,
}) => {
  const offer = await publishThroughBalancer(page);
  await warm(request, offer);

  await stop("redis");
  for (const origin of everywhere) {
    expect((await seenAt(request, origin, offer)).listed, origin).toBe(true);
  }
  // A change while Redis is away reaches every instance too: they all render from the database.
  await press(page, onServer(linkTo(offer.published, "loeschen"), 0), "Angebot jetzt löschen");
  for (const origin of everywhere) {
    expect(await seenAt(request, origin, offer), origin).toEqual({ listed: false, page: 410, expiresAt: null });
  }

  await startRedis();
  // Back on the shared cache: answers are cached again, and the deleted offer stays gone.
  for (const url of serverUrls) {
    await expect
      .poll(
        async () => {
          await request.get(`${url}${listingPath("de")}`);
          return (await request.get(`${url}${listingPath("de")}`)).headers()["x-nextjs-cache"];
        },
        { timeout: 15_000, message: url },
      )
      .toBe("HIT");
  }
  for (const origin of everywhere) {
    expect(await seenAt(request, origin, offer), origin).toEqual({ listed: false, page: 410, expiresAt: null });
  }
});
