/**
 * `npm run e2e:server`, started by Playwright's webServer (playwright.config.ts supplies the environment):
 * prepares a database, builds the app and runs `next start` on port 3100 until Playwright stops it.
 * - Without DATABASE_URL: a fresh PGlite folder .data/e2e-<port> (deleted first).
 * - E2E_SKIP_BUILD=1 reuses an existing .next build (e.g. for the second CI run).
 * - What `next start` prints goes to the console and to E2E_SERVER_LOG, which e2e/server-log.teardown.ts checks.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import {
  E2E_PORT,
  E2E_SERVER_LOG,
  EMBEDDING_ORIGIN,
  FEW_LANGUAGES,
  FEW_LANGUAGES_REGION,
  HOSTNAME_REGION,
  REGION_HOSTNAME,
  FIRST_OFFER_REVIEW_MAILBOX,
  FIRST_OFFER_REVIEW_REGION,
  FIRST_OFFER_REVIEW_REGION_NAME,
  REVIEW_MAILBOX,
  REVIEW_REGION,
  REVIEW_REGION_NAME,
  SEEDED_REGION,
} from "./constants";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const env: NodeJS.ProcessEnv = { ...process.env };

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}) {
  console.log(`[e2e:server] ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } });
  if (result.status !== 0) {
    console.error(`[e2e:server] ${label} failed (${result.signal ?? `exit code ${result.status}`})`);
    process.exit(1);
  }
}

if (env.DATABASE_URL) {
  console.log("[e2e:server] database: PostgreSQL from DATABASE_URL");
} else {
  env.PGLITE_DIR = path.join(root, ".data", `e2e-${E2E_PORT}`);
  rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  console.log(`[e2e:server] database: fresh PGlite folder ${env.PGLITE_DIR}`);
}

run("migrate", "npm", ["run", "db:migrate"]);
run("seed", "npm", ["run", "db:seed"]);
// The specs' region settings, made with the same command municipalities are onboarded with.
run("region settings", "npm", ["run", "region", "--", HOSTNAME_REGION, `--hostnames=${REGION_HOSTNAME}`]);
run("region settings", "npm", ["run", "region", "--", SEEDED_REGION, `--embed-origins=${EMBEDDING_ORIGIN}`]);
run("region settings", "npm", ["run", "region", "--", FEW_LANGUAGES_REGION, `--languages=${FEW_LANGUAGES.join(",")}`]);
run("region settings", "npm", [
  "run",
  "region",
  "--",
  REVIEW_REGION,
  `--name=${REVIEW_REGION_NAME}`,
  `--mailbox=${REVIEW_MAILBOX}`,
  "--review=every-offer",
]);
run("region settings", "npm", [
  "run",
  "region",
  "--",
  FIRST_OFFER_REVIEW_REGION,
  `--name=${FIRST_OFFER_REVIEW_REGION_NAME}`,
  `--mailbox=${FIRST_OFFER_REVIEW_MAILBOX}`,
  "--review=first-offer",
]);

// `next start` keeps what it renders at run time (ISR pages in .next/server, unstable_cache entries in
// .next/cache/fetch-cache) across restarts. Each e2e run must start without the previous run's data, so the
// server folder is snapshotted right after the build and restored when the build is reused.
const nextDir = path.join(root, env.NEXT_DIST_DIR ?? ".next");
const serverDir = path.join(nextDir, "server");
const pristineServerDir = path.join(nextDir, "e2e-pristine-server");

if (env.E2E_SKIP_BUILD === "1" && existsSync(path.join(nextDir, "BUILD_ID"))) {
  console.log("[e2e:server] E2E_SKIP_BUILD=1: reusing the existing .next build");
  if (existsSync(pristineServerDir)) {
    rmSync(serverDir, { recursive: true, force: true });
    cpSync(pristineServerDir, serverDir, { recursive: true });
  } else {
    console.warn("[e2e:server] no snapshot of this build: pages cached by earlier runs may still be served");
  }
} else {
  // The build must not touch the e2e database: PGlite allows one process per folder, and `next build` uses
  // several. An in-memory PGlite makes any accidental database access at build time fail loudly instead.
  run("build", bin("next"), ["build"], env.DATABASE_URL ? {} : { PGLITE_DIR: "memory://" });
  rmSync(pristineServerDir, { recursive: true, force: true });
  cpSync(serverDir, pristineServerDir, { recursive: true });
}
rmSync(path.join(nextDir, "cache", "fetch-cache"), { recursive: true, force: true });

console.log(`[e2e:server] next start on port ${E2E_PORT}`);
// Bound to loopback, as behind a reverse proxy (next.config.ts `skipProxyUrlNormalize` keeps the proxy's rewrites
// internal there).
const server = spawn(bin("next"), ["start", "-H", "127.0.0.1", "-p", String(E2E_PORT)], {
  cwd: root,
  stdio: ["inherit", "pipe", "pipe"],
  env,
});
// A fresh log per run, so the teardown judges this run's output only; written synchronously, so the file is
// complete whenever the teardown reads it.
const logPath = path.join(root, E2E_SERVER_LOG);
mkdirSync(path.dirname(logPath), { recursive: true });
const log = openSync(logPath, "w");
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  writeSync(log, chunk);
});
server.stderr.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  writeSync(log, chunk);
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
