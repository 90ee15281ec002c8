/**
 * `npm run loadtest`: on loopback only, LOADTEST_SUBMITTERS landlords submit LOADTEST_OFFERS offers through the
 * no-JavaScript form within LOADTEST_SECONDS while LOADTEST_READERS clients read the listing, against the
 * PostgreSQL database in DATABASE_URL, with a mail server of its own. Then it checks that every offer was stored
 * once, every confirmation mail (to the landlord and the municipality's copy) arrived once, and no answer was a
 * 5xx; prints latency percentiles and exits non-zero when a check fails.
 * Each run makes a region of its own (loadtest-<random>), so runs on the same database do not collide.
 * Builds into .next-loadtest; LOADTEST_SKIP_BUILD=1 reuses the build in NEXT_DIST_DIR (or .next-loadtest).
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { db } from "@/lib/db/client";
import { saveRegion } from "@/lib/regions/region-config";
import { bin, root } from "./config";
import { startNextServer, stopServer } from "./next-server";
import { hiddenInputs, offerForm, postOffer } from "./offer-form";
import { insertOffers } from "./offers-sql";
import { startRecordingSmtp, type Delivery } from "./recording-smtp";
import { percentile } from "./submissions";

function numberFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number`);
  return value;
}

const offers = numberFromEnv("LOADTEST_OFFERS", 500);
const submitters = numberFromEnv("LOADTEST_SUBMITTERS", 20);
const readers = numberFromEnv("LOADTEST_READERS", 100);
const seconds = numberFromEnv("LOADTEST_SECONDS", 60);
/**
 * A reader is a person on a phone: after each page they look at it for this long before the next request
 * (0 makes each reader a tight loop that asks again the moment an answer arrives).
 */
const readerPauseMs = Number(process.env.LOADTEST_READER_PAUSE_MS ?? 1000);
if (!Number.isInteger(readerPauseMs) || readerPauseMs < 0) throw new Error("LOADTEST_READER_PAUSE_MS must be a whole number ≥ 0");
/** After the submissions, mails still on their way (sent after the response, retried by the job) may take this long. */
const mailWaitSeconds = 60;
/** Active offers in the region, so the readers get a real listing. */
const listedOffers = 100;
const port = 3175;
const smtpPort = 2576;
const baseUrl = `http://127.0.0.1:${port}`;
const dataDir = path.join(root, ".data", "loadtest");
const log = (message: string) => console.log(`[loadtest] ${message}`);

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error(
    "[loadtest] DATABASE_URL is not set: the load test runs against PostgreSQL only, e.g.\n" +
      "  DATABASE_URL=postgres://user:password@127.0.0.1:5432/database npm run loadtest",
  );
  process.exit(2);
}

const distDir = process.env.LOADTEST_SKIP_BUILD === "1" ? (process.env.NEXT_DIST_DIR ?? ".next-loadtest") : ".next-loadtest";
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv) {
  log(label);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${label} failed (${result.signal ?? `exit code ${result.status}`})`);
}

mkdirSync(dataDir, { recursive: true });
if (process.env.LOADTEST_SKIP_BUILD === "1" && existsSync(path.join(root, distDir, "BUILD_ID"))) {
  log(`LOADTEST_SKIP_BUILD=1: reusing the build in ${distDir}`);
} else {
  // The build must not open a database: an in-memory PGlite makes an accidental access fail instead.
  const buildEnv: NodeJS.ProcessEnv = { ...baseEnv, PGLITE_DIR: "memory://", NODE_ENV: "production" };
  delete buildEnv.DATABASE_URL;
  run(`next build into ${distDir}`, bin("next"), ["build"], buildEnv);
}
run("migrate", "npm", ["run", "--silent", "db:migrate"], baseEnv);

const slug = `loadtest-${randomBytes(4).toString("hex")}`;
const landlordEmail = (sequence: number) => `landlord-${sequence}@${slug}.example`;
const mailbox = `kommune@${slug}.example`;
await saveRegion(slug, {
  name: `Lasttest ${slug}`,
  mailbox,
  senderName: `Wohnraumbörse ${slug}`,
  listingLocales: ["de", "uk"],
  contactName: "Integrationsbüro",
  contactEmail: `kontakt@${slug}.example`,
  privacyPolicyVersion: "2026-11",
});
await insertOffers(db(), slug, listedOffers);
log(`region ${slug} with ${listedOffers} listed offers`);

const smtp = await startRecordingSmtp(smtpPort);
const serverEnv: NodeJS.ProcessEnv = {
  ...baseEnv,
  NODE_ENV: "production",
  PORT: String(port),
  APP_URL: baseUrl,
  // Test-only secrets: this server sends no real mail and serves no real users.
  TOKEN_SECRET: "loadtest-token-secret-0123456789abcdefghijklmn",
  CRON_SECRET: "loadtest-cron-secret-0123456789abcdefghijklmno",
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_FROM: "Wohnraumbörse Lasttest <loadtest@example.test>",
  // The scheduled job runs during the test, so a mail whose first attempt failed is retried.
  JOBS_INTERVAL_SECONDS: "30",
  // All clients share 127.0.0.1 and fill the form at once: the load is the point here, not the abuse limits.
  OFFERS_PER_HOUR: "1000000",
  OFFERS_PER_EMAIL_PER_DAY: "1000000",
  MIN_FILL_SECONDS: "0",
};

type Timed = { ms: number; status: number };
const listingPaths = [`/${slug}/findflats`, `/uk/${slug}/findflats`];

/** Kept-alive connections, as a phone's browser keeps its own. */
const readerAgent = new http.Agent({ keepAlive: true, maxSockets: readers });

/**
 * One listing read as a phone sends it (gzip accepted). The body is received in full but not unpacked: that is the
 * phone's work, and here it would take the cores the server under test needs.
 */
function readListing(listingPath: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(`${baseUrl}${listingPath}`, { agent: readerAgent, headers: { accept: "text/html", "accept-encoding": "gzip" } });
    request.on("error", () => resolve(0));
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
  });
}

/** The load itself: returns every submission's and every listing read's time and status. */
async function applyLoad() {
  const formPath = `/${slug}/anbieten`;
  const hidden = await hiddenInputs(baseUrl, formPath);
  const submissions: (Timed & { sequence: number; sent: boolean; refusal?: string })[] = [];
  const reads: Timed[] = [];
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  let submitting = true;

  async function landlord(number: number) {
    while (next < offers && performance.now() < deadline) {
      const sequence = next++;
      const body = offerForm(hidden, number, sequence, landlordEmail(sequence));
      // A refused connection counts as a failed submission (status 0), like any answer but the "sent" page.
      const posted = await postOffer(baseUrl, formPath, body).catch(() => ({ status: 0, ms: 0, sent: false }));
      submissions.push({ sequence, ...posted });
    }
  }
  async function reader(number: number) {
    for (let read = number; submitting; read++) {
      const started = performance.now();
      const status = await readListing(listingPaths[read % listingPaths.length]);
      reads.push({ ms: performance.now() - started, status });
      if (readerPauseMs > 0) await new Promise((resolve) => setTimeout(resolve, readerPauseMs));
    }
  }

  const started = performance.now();
  const reading = Promise.all(Array.from({ length: readers }, (_, number) => reader(number)));
  await Promise.all(Array.from({ length: submitters }, (_, number) => landlord(number)));
  const submitSeconds = (performance.now() - started) / 1000;
  submitting = false;
  await reading;
  return { submissions, reads, submitSeconds };
}

/** Waits until every expected (Message-ID, recipient) pair arrived, or `mailWaitSeconds` passed. */
async function awaitMails() {
  const waitUntil = Date.now() + mailWaitSeconds * 1000;
  for (;;) {
    const mails = await db().outboxMail.findMany({ where: { regionSlug: slug }, select: { offerId: true, messageId: true, to: true, bcc: true } });
    const expected = mails.flatMap((mail) => [mail.to, mail.bcc].flatMap((to) => (to ? [`${mail.messageId} ${to.toLowerCase()}`] : [])));
    const received = new Set(smtp.deliveries().map((delivery) => `${delivery.messageId} ${delivery.recipient}`));
    if (expected.every((pair) => received.has(pair)) || Date.now() > waitUntil) {
      // A moment more, so a mail sent twice would still be counted twice.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      return { mails, expected };
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function latencies(label: string, timed: Timed[]) {
  const sorted = timed.map(({ ms }) => ms).toSorted((a, b) => a - b);
  const at = (share: number) => `${Math.round(percentile(sorted, share))} ms`.padStart(8);
  return `${label.padEnd(16)} ${String(timed.length).padStart(6)}   p50 ${at(0.5)}   p95 ${at(0.95)}   p99 ${at(0.99)}`;
}

const failures: string[] = [];
const check = (ok: boolean, description: string) => {
  console.log(`  ${ok ? "ok  " : "FAIL"}  ${description}`);
  if (!ok) failures.push(description);
};

let server: ChildProcess | undefined;
try {
  const started = await startNextServer(port, serverEnv, path.join(dataDir, "server.log"), listingPaths[0]);
  server = started.server;
  if (started.status !== 200) throw new Error(`${listingPaths[0]} answered ${started.status}; see .data/loadtest/server.log`);
  log(`next start on port ${port} (${distDir}); ${submitters} landlords submit ${offers} offers while ${readers} clients read`);
  // Nothing below may hang: the run stops by itself even if the server stops answering.
  setTimeout(() => {
    console.error(`[loadtest] FAIL: not finished within ${seconds + mailWaitSeconds + 60} s`);
    server?.kill("SIGKILL");
    process.exit(1);
  }, (seconds + mailWaitSeconds + 60) * 1000).unref();

  const { submissions, reads, submitSeconds } = await applyLoad();
  log(`submissions done in ${submitSeconds.toFixed(1)} s; waiting for the confirmation mails`);
  const { mails, expected } = await awaitMails();

  const stored = await db().offer.findMany({ where: { regionSlug: slug, status: "PENDING_CONFIRMATION" }, select: { id: true, contactEmail: true } });
  const storedPerEmail = new Map<string, number>();
  for (const offer of stored) storedPerEmail.set(offer.contactEmail, (storedPerEmail.get(offer.contactEmail) ?? 0) + 1);
  const sent = submissions.filter((submission) => submission.sent);
  const mailedOffers = new Set(mails.map((mail) => mail.offerId));
  const messageIds = new Set(mails.map((mail) => mail.messageId));
  const deliveries = smtp.deliveries().filter((delivery: Delivery) => messageIds.has(delivery.messageId) || delivery.recipient.endsWith(`@${slug}.example`));
  const deliveredPerPair = new Map<string, number>();
  for (const { messageId, recipient } of deliveries) {
    const pair = `${messageId} ${recipient}`;
    deliveredPerPair.set(pair, (deliveredPerPair.get(pair) ?? 0) + 1);
  }
  const fiveHundreds = [...submissions, ...reads].filter(({ status }) => status >= 500).length;

  console.log(`\nLoad test, region ${slug}: ${submitters} landlords, ${readers} readers, PostgreSQL`);
  console.log(latencies("submissions", submissions));
  console.log(latencies("listing reads", reads));
  console.log(`  ${(sent.length / submitSeconds).toFixed(1)} offers/s, ${(reads.length / submitSeconds).toFixed(1)} reads/s\n`);
  const unsent = submissions.filter((submission) => !submission.sent).map(({ status }) => status || "no answer");
  const refusals = submissions.flatMap(({ refusal }) => (refusal ? [refusal] : []));
  check(
    sent.length === offers && submitSeconds <= seconds,
    `${sent.length} of ${offers} offers submitted in ${submitSeconds.toFixed(1)} s (bound ${seconds} s)` +
      (unsent.length > 0 ? `; not sent: ${unsent.length} (status ${[...new Set(unsent)].join(", ")})` : "") +
      (refusals.length > 0 ? `; the form said: ${[...new Set(refusals)].join(" | ")}` : ""),
  );
  check(fiveHundreds === 0, `${fiveHundreds} answers with a 5xx status`);
  check(reads.length > 0 && reads.every(({ status }) => status === 200), `${reads.length} listing reads, all 200`);
  check(
    stored.length === sent.length && sent.every(({ sequence }) => storedPerEmail.get(landlordEmail(sequence)) === 1),
    `${stored.length} offers stored, each submitted offer exactly once`,
  );
  check(
    mails.length === stored.length && stored.every((offer) => mailedOffers.has(offer.id)),
    `${mails.length} confirmation mails queued, one per stored offer`,
  );
  check(
    deliveries.length === expected.length && expected.every((pair) => deliveredPerPair.get(pair) === 1),
    `${deliveries.length} deliveries at the mail server for ${expected.length} expected (Message-ID, recipient) pairs, each exactly once`,
  );
} catch (error) {
  failures.push((error as Error).message);
  console.error(`[loadtest] ${(error as Error).message}`);
} finally {
  if (server) await stopServer(server);
  await smtp.stop();
}

console.log(failures.length === 0 ? "\n[loadtest] all checks passed" : `\n[loadtest] ${failures.length} check(s) failed`);
process.exit(failures.length === 0 ? 0 : 1);
