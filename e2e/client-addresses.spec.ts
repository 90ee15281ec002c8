import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Browser, type Page } from "@playwright/test";
import { copyBuild, ownServerEnv } from "./support/build-copy";
import { E2E_BASE_URL, E2E_PORT, SEEDED_REGION, SMTP_PORT } from "./support/constants";
import { fillContactForm } from "./support/contact-requests";
import { fillOfferForm, formPath, offerForm, pressAndWaitForPage, translator, uniqueSuffix } from "./support/offers";
import { test } from "./support/test";

/**
 * Abuse limits count the client, not what the client says it is. A server facing the internet (`next start`,
 * TRUSTED_PROXIES=0, the default) takes the connection's address, whatever X-Forwarded-For, X-Real-IP or Forwarded
 * claim: checked on a server of this spec's own with every limit per client address at 2, on its own embedded
 * database (so its counts are this spec's alone). Behind one trusted proxy (the e2e server: the specs play nginx),
 * only the entry the proxy appended counts. And a production server without SMTP_URL does not start at all.
 */

const root = process.cwd();
const port = E2E_PORT + 75;
const origin = `http://127.0.0.1:${port}`;
const smtpPort = SMTP_PORT + 75;
test.use({ mailCatcherOptions: { port: smtpPort } });
const buildDir = process.env.NEXT_DIST_DIR ?? ".next";
/** Next.js wants its build folder inside the project. */
const ownBuildDir = `${buildDir}-client-addresses`;
const perHour = 2;
const de = translator("de");

test.describe.configure({ mode: "serial", timeout: 120_000 });

let workDir: string;
let server: ChildProcess;

/** The production environment of a server of this spec's own; `SMTP_URL` can be left out. */
function serverEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...ownServerEnv({ appUrl: origin, smtpPort, distDir: ownBuildDir }),
    PGLITE_DIR: path.join(workDir, "pglite"),
    TRUSTED_PROXIES: "0",
    OFFERS_PER_HOUR: String(perHour),
    REPORTS_PER_HOUR: String(perHour),
    CONTACT_REQUESTS_PER_HOUR: String(perHour),
    SEARCH_ALERTS_PER_HOUR: String(perHour),
    LINK_ACTIONS_PER_HOUR: String(perHour),
    STAFF_SIGN_INS_PER_HOUR: String(perHour),
    ...overrides,
  };
  delete env.DATABASE_URL;
  for (const [name, value] of Object.entries(overrides)) if (value === undefined) delete env[name];
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const nextBin = path.join(root, "node_modules", ".bin", "next");

// The mail catcher fixture listens on the SMTP port of the spec's own server: taken so that it runs.
test.beforeAll(async ({ mailCatcher: _listening }) => {
  test.setTimeout(180_000);
  workDir = mkdtempSync(path.join(tmpdir(), "client-addresses-"));
  copyBuild(ownBuildDir);
  for (const args of [["run", "db:migrate"], ["run", "db:seed", "--", "--demo"]]) {
    const { code, output } = await run("npm", args, serverEnv());
    expect(code, output).toBe(0);
  }
  server = spawn(nextBin, ["start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, env: serverEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const deadline = Date.now() + 120_000;
  while ((await fetch(`${origin}/${SEEDED_REGION}/findflats`).then((response) => response.status, () => 0)) !== 200) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`the spec's own server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  rmSync(path.join(root, ownBuildDir), { recursive: true, force: true });
});

/** Headers with which a client claims to be someone else: another address each time. */
function forged(attempt: number): Record<string, string> {
  const address = `198.51.100.${attempt}`;
  return { "x-forwarded-for": `${address}, 203.0.113.${attempt}`, "x-real-ip": address, forwarded: `for=${address}` };
}

/** A plain form POST over one connection from `localAddress` (every 127.x.y.z is this machine): its status. */
function post(url: string, body: Record<string, string>, headers: Record<string, string>, localAddress = "127.0.0.1") {
  const data = new URLSearchParams(body).toString();
  return new Promise<number>((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", localAddress, headers: { ...headers, "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(data) } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    request.end(data);
  });
}

/** A local address of this test's own, so that no other test's requests count against it. */
function ownLocalAddress(): string {
  const n = Number.parseInt(uniqueSuffix().slice(-6), 36);
  return `127.${(n >> 16) & 255}.${(n >> 8) & 255}.${(n & 253) + 2}`;
}

/** Sends a form `perHour + 1` times, each time from a browser claiming another address; the answers' statuses. */
async function submitClaimingOthers(browser: Browser, fill: (page: Page) => Promise<() => Promise<unknown>>) {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= perHour + 1; attempt++) {
    const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false, extraHTTPHeaders: forged(attempt) });
    const page = await context.newPage();
    const submit = await fill(page);
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await submit();
    statuses.push((await answer).status());
    await context.close();
  }
  return statuses;
}

async function someOfferId(): Promise<string> {
  const api = await fetch(`${origin}/api/v1/${SEEDED_REGION}/offers`).then((response) => response.json());
  return (api.offers as { id: string }[])[0].id;
}

test.describe("facing the internet: the connection is the client", () => {
  test("mail buttons: forged headers do not open another hour's presses; another connection may press", async () => {
    const press = (headers: Record<string, string>, from: string) =>
      post(`${origin}/${SEEDED_REGION}/angebot/${"A".repeat(43)}/verlaengern/ausfuehren`, {}, headers, from);
    const client = ownLocalAddress();
    const statuses = [];
    for (let attempt = 1; attempt <= perHour + 2; attempt++) statuses.push(await press(forged(attempt), client));
    // Unknown token: the page says so (303); over the limit the proxy answers 429, whoever the headers claim.
    expect(statuses).toEqual([303, 303, 429, 429]);
    expect(await press(forged(9), ownLocalAddress())).toBe(303);
  });

  test("staff sign-in: forged headers do not open more sign-in mails", async () => {
    const ask = (headers: Record<string, string>, from: string) =>
      post(`${origin}/${SEEDED_REGION}/kommune/anfordern`, { mailbox: `guess-${uniqueSuffix()}@example.test` }, headers, from);
    const client = ownLocalAddress();
    const statuses = [];
    for (let attempt = 1; attempt <= perHour + 1; attempt++) statuses.push(await ask(forged(attempt), client));
    expect(statuses).toEqual([303, 303, 429]);
    expect(await ask(forged(9), ownLocalAddress())).toBe(303);
  });

  test("the offer form: forged headers do not open more offers", async ({ browser }) => {
    const statuses = await submitClaimingOthers(browser, async (page) => {
      await page.goto(formPath("de"));
      await fillOfferForm(page, de, { title: `Zimmer ${uniqueSuffix()}`, email: `landlord-${uniqueSuffix()}@example.test` });
      return () => pressAndWaitForPage(page, offerForm(page, de).submit);
    });
    expect(statuses.slice(0, perHour).every((status) => status < 400)).toBe(true);
    expect(statuses[perHour]).toBe(429);
  });

  test("the report form: forged headers do not open more reports", async ({ browser }) => {
    const offerId = await someOfferId();
    const statuses = await submitClaimingOthers(browser, async (page) => {
      await page.goto(`/${SEEDED_REGION}/findflats/${offerId}/melden`);
      await page.getByRole("radio", { name: de("Report.reasons.WRONG_INFORMATION"), exact: true }).check();
      await page.getByLabel(de("Report.messageLabel")).fill(`Meldung ${uniqueSuffix()}`);
      return () => pressAndWaitForPage(page, page.getByRole("button", { name: de("Report.submit") }));
    });
    expect(statuses.slice(0, perHour).every((status) => status < 400)).toBe(true);
    expect(statuses[perHour]).toBe(429);
  });

  test("the contact request form: forged headers do not open more requests", async ({ browser }) => {
    const offerId = await someOfferId();
    const statuses = await submitClaimingOthers(browser, async (page) => {
      await page.goto(`/${SEEDED_REGION}/findflats/${offerId}/kontakt`);
      const form = await fillContactForm(page, "de", { email: `seeker-${uniqueSuffix()}@example.test`, message: `Anfrage ${uniqueSuffix()}` });
      return () => pressAndWaitForPage(page, form.submit);
    });
    expect(statuses.slice(0, perHour).every((status) => status < 400)).toBe(true);
    expect(statuses[perHour]).toBe(429);
  });

  test("the search alert form: forged headers do not open more alerts", async ({ browser }) => {
    const statuses = await submitClaimingOthers(browser, async (page) => {
      await page.goto(`/${SEEDED_REGION}/findflats/benachrichtigen`);
      await page.getByRole("textbox", { name: new RegExp(`^${de("SearchAlert.fields.contactEmail.label" as never)}`) }).fill(`seeker-${uniqueSuffix()}@example.test`);
      await page.getByRole("checkbox").last().check();
      return () => pressAndWaitForPage(page, page.getByRole("button", { name: de("SearchAlert.submit" as never) }));
    });
    expect(statuses.slice(0, perHour).every((status) => status < 400)).toBe(true);
    expect(statuses[perHour]).toBe(429);
  });
});

test("behind one trusted proxy, only the address the proxy appended counts", async () => {
  // The e2e server trusts one proxy (TRUSTED_PROXIES=1, the specs play it) and sends 5 staff sign-in mails per client
  // address and hour (STAFF_SIGN_INS_PER_HOUR's default), 10 per region: a region no other spec signs in to.
  const perClient = 5;
  const ask = (headers: Record<string, string>) =>
    post(`${E2E_BASE_URL}/neuburg-schrobenhausen/kommune/anfordern`, { mailbox: `guess-${uniqueSuffix()}@example.test` }, headers);
  const appended = (claimed: number, client: string) => ({ ...forged(claimed), "x-forwarded-for": `198.51.100.${claimed}, ${client}` });
  const client = `2001:db8::${uniqueSuffix().slice(0, 4)}`;
  const statuses = [];
  for (let attempt = 1; attempt <= perClient + 1; attempt++) statuses.push(await ask(appended(attempt, client)));
  expect(statuses).toEqual([...Array(perClient).fill(303), 429]);
  // Another client behind the same proxy still may.
  expect(await ask(appended(1, `2001:db8::${uniqueSuffix().slice(0, 4)}`))).toBe(303);
});

test("a production server without SMTP_URL refuses to start and names the variable", async () => {
  const { code, output } = await run(nextBin, ["start", "-H", "127.0.0.1", "-p", String(port + 1)], serverEnv({ SMTP_URL: undefined }));
  expect(code).not.toBe(0);
  expect(output).toMatch(/SMTP_URL: is required in production/);
  expect(await fetch(`http://127.0.0.1:${port + 1}/dev/mailbox`).then((response) => response.status, () => 0)).toBe(0);
});
