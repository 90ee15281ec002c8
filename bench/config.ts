/** Fixed values of `npm run bench`: its own port, build folder and data folder, so it runs beside other suites. */
import path from "node:path";

export const root = process.cwd();
export const benchPort = Number(process.env.BENCH_PORT ?? 3170);
export const benchUrl = `http://127.0.0.1:${benchPort}`;
export const smtpPort = Number(process.env.BENCH_SMTP_PORT ?? 2570);
export const distDir = ".next-bench";
export const dataDir = path.join(root, ".data", "bench");
export const pgliteDir = path.join(dataDir, "pglite");

/** Regions of the listing measurements, by their number of active offers. */
export const regionSizes = [10, 100, 1_000, 10_000] as const;
export const regionSlug = (offers: number) => `bench-${offers}`;
/** Landlords submit their offers here (point 5); its listing is not measured. */
export const submissionRegion = "bench-submissions";
/** The expiry job's 100,000 offers (point 7) live in a region of their own. */
export const expiryRegion = "bench-expiry";
export const expiryOffers = 100_000;
/** The search alerts' run (point 10): new offers and confirmed alerts of a region of their own. */
export const alertRegion = "bench-alerts";
export const alertOffers = 1_000;
export const alertSubscriptions = 10_000;
/**
 * The review queue (issue 23): a region whose staff check every offer, with offers waiting for the check from fewer
 * landlords (most have several, so the queue finds earlier offers), some of whose older offers are listed. Staff
 * approve some of them while its listing is read.
 */
export const review = {
  region: "bench-review",
  waiting: 1_000,
  landlords: 300,
  listed: 100,
  approvals: 20,
} as const;

/**
 * The shipped nginx configuration in front of the bench server (point 11): its HTTPS and HTTP ports, and a second
 * HTTPS server of the same nginx that serves the static files.
 */
export const nginxPorts = { https: benchPort + 10, http: benchPort + 11, staticFile: benchPort + 12 };
/**
 * In these regions the newest offer gets a link token of the bench's and this title when seeded, so that point 11
 * can delete it through nginx with the landlord's button, as a landlord would, and watch it go from the listing.
 */
export const deletedOffers = {
  regionSizes: [100, 10_000],
  token: (offers: number) => `bench-nginx-deleted-offer-${offers}`.padEnd(43, "x"),
  title: "Über nginx gelöschtes Angebot",
} as const;

/** Each load phase: a short warm-up, then the measured run, with the same connections for every page. */
export const loadSeconds = Number(process.env.BENCH_SECONDS ?? 5);
export const warmUpSeconds = 1;
export const connections = 10;
export const landlords = 10;

/** Test-only secrets: the bench server never sends a real mail or serves real users. */
export const benchSecrets = {
  TOKEN_SECRET: "bench-token-secret-0123456789abcdefghijklmnop",
  CRON_SECRET: "bench-cron-secret-0123456789abcdefghijklmnopq",
};

export const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
