import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { E2E_CRON_SECRET, E2E_TOKEN_SECRET, MAIL_FROM } from "./constants";

/**
 * A copy of the e2e build (NEXT_DIST_DIR, or .next) in `target`, without what the e2e server cached at run time: the
 * build as a second machine, or a server on another database, would have it. Specs that start their own `next start`
 * use it, so that no two servers share one cache folder.
 */
export function copyBuild(target: string) {
  const root = process.cwd();
  const source = path.join(root, process.env.NEXT_DIST_DIR ?? ".next");
  const destination = path.join(root, target);
  rmSync(destination, { recursive: true, force: true });
  const skipped = ["cache", "server", "e2e-pristine-server"].map((name) => path.join(source, name));
  cpSync(source, destination, { recursive: true, filter: (file) => !skipped.includes(file) });
  // The server folder as the build left it (start-server.ts keeps that snapshot), not with the e2e server's pages.
  const pristine = path.join(source, "e2e-pristine-server");
  cpSync(existsSync(pristine) ? pristine : path.join(source, "server"), path.join(destination, "server"), { recursive: true });
}

/**
 * What every production server a spec starts on its own needs besides its addresses: the e2e secrets and sender,
 * no job timer (specs call the job themselves) and no fill-time check (specs fill forms in milliseconds).
 */
export function ownServerEnv({ appUrl, smtpPort, distDir }: { appUrl: string; smtpPort: number; distDir: string }) {
  return {
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: distDir,
    APP_URL: appUrl,
    TOKEN_SECRET: E2E_TOKEN_SECRET,
    CRON_SECRET: E2E_CRON_SECRET,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM,
    JOBS_INTERVAL_SECONDS: "0",
    MIN_FILL_SECONDS: "0",
  };
}
