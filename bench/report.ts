import type { ScriptBytes } from "./browser";
import type { LoadResult } from "./load";
import type { SubmissionResult } from "./submissions";

type CountedLoad = LoadResult & { queries: number };

export type RegionSizeResult = {
  offers: number;
  htmlGzipBytes: number;
  offersOnPage: number;
  firstRenderMs: number;
  cached: CountedLoad;
  firstSearchMs: number;
  search: CountedLoad;
  detailQueries: number;
};

/**
 * The review queue with `waiting` offers waiting (issue 23), for its region's signed-in staff: the first answer, then
 * answers one after another (p50 / p95: the server's time per page, and its statements) and a load run. Then `approvals` offers approved
 * with the queue's buttons: the time until each was listed, and the queries of the listing's cached views after each
 * one's first render anew; the cached listing's throughput before and after, and how many offers it lists.
 */
export type ReviewResult = {
  waiting: number;
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
  queriesPerAnswer: number;
  load: LoadResult;
  approvals: number;
  approveP50Ms: number;
  /** From an approval's answer until the listing lists the offer. */
  listedP50Ms: number;
  cachedViews: number;
  cachedQueries: number;
  listingBefore: CountedLoad;
  listingAfter: CountedLoad;
  listedBefore: number;
  listedAfter: number;
  /** Approved offers on the listing's first page afterwards (the newest published come first). */
  approvedOnFirstPage: number;
};

export type DatabaseResults = {
  database: "PGlite" | "PostgreSQL";
  sizes: RegionSizeResult[];
  staticPage: LoadResult;
  /** The cached listing of the largest region, loaded like the static page. */
  listing: CountedLoad;
  listing100: LoadResult;
  api: CountedLoad;
  review: ReviewResult;
  submissions: SubmissionResult;
  /** Mails the slow SMTP server accepted while and after the landlords submitted. */
  mailsAccepted: number;
  browser: {
    listingScripts: ScriptBytes;
    blankScripts: ScriptBytes;
    listingFirstPaintMs: number;
    staticFirstPaintMs: number;
  } | null;
  expiry: { seconds: number; expired: number; reminded: number; stillActive: number; submittedOffers: number; outboxMails: number };
  alerts: { seconds: number; offersMatched: number; alertsMailed: number; mailedAgain: number; queued: number; composeMs: number };
};

/** PostgreSQL only: the cached listing with the file cache and with the cache shared in Redis by two servers. */
export type SharedCacheResult = { fileCache: CountedLoad; sharedCache: CountedLoad; secondInstance: CountedLoad };

/**
 * A seeded offer deleted with the landlord's button through nginx, its region's listing under load through nginx:
 * how long after the button's answer the listing still showed it through nginx and at the app itself (null: still
 * after 10 s).
 */
export type NginxDeletion = { offers: number; throughNginxMs: number | null; directMs: number | null; load: LoadResult };

/**
 * The largest region's cached listing through the shipped nginx (deploy/nginx/wohnraum.conf) and the static page's
 * HTML as a file from the same nginx, both over HTTPS, and the listing's HTML as such a file; deletions through nginx.
 */
export type NginxResult = {
  /** The database of the app behind nginx: PostgreSQL when the bench has one, as in the README's deployment. */
  database: DatabaseResults["database"];
  staticFile: LoadResult;
  listing: LoadResult;
  /** The listing's own HTML as a file of the same nginx: the cost of its size without the cache. */
  listingFile: LoadResult;
  deletions: NginxDeletion[];
};

export type BenchResults = {
  startedAt: string;
  minutes: number;
  machine: { cores: number; cpu: string; memoryGiB: number; os: string; node: string; loadAverageAtEnd: number[] };
  smtpDelayMs: number;
  databases: DatabaseResults[];
  sharedCache: SharedCacheResult | null;
  nginx: NginxResult | null;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => (b === 0 ? "–" : (a / b).toFixed(2));
const mark = (met: boolean) => (met ? "met" : "**not met**");

type Row = { point: string; what: string; values: string[]; goal: string };

const sharedFailures = (shared: SharedCacheResult) =>
  shared.fileCache.failures + shared.sharedCache.failures + shared.secondInstance.failures;

function rows(results: BenchResults): Row[] {
  const all = results.databases;
  const row = (point: string, what: string, value: (db: DatabaseResults) => string, goal = ""): Row => ({
    point,
    what,
    values: all.map(value),
    goal,
  });
  const withBrowser = all.find((db) => db.browser)?.browser;
  const browserRow = (point: string, what: string, value: string, goal: string): Row => ({
    point,
    what,
    values: all.map((db, index) => (index === 0 ? value : "(same)")),
    goal,
  });
  const largest = (db: DatabaseResults) => db.sizes.at(-1)!;
  const throughputRatio = (db: DatabaseResults) => db.listing.requestsPerSecond / db.staticPage.requestsPerSecond;
  const failures = (db: DatabaseResults) =>
    [
      db.staticPage,
      db.listing,
      db.listing100,
      db.api,
      db.review.load,
      db.review.listingBefore,
      db.review.listingAfter,
      ...db.sizes.flatMap((size) => [size.cached, size.search]),
    ].reduce(
      (sum, load) => sum + load.failures,
      0,
    );

  const table: Row[] = [
    row("1", "static page: req/s, p50 / p99", (db) => `${db.staticPage.requestsPerSecond}, ${db.staticPage.p50Ms} / ${db.staticPage.p99Ms} ms`),
    row(
      "1",
      `cached listing (${largest(all[0]).offers.toLocaleString("en")} offers): req/s, p50 / p99`,
      (db) => `${db.listing.requestsPerSecond}, ${db.listing.p50Ms} / ${db.listing.p99Ms} ms`,
    ),
    row("1", "listing / static throughput", (db) => `${ratio(db.listing.requestsPerSecond, db.staticPage.requestsPerSecond)} (${mark(throughputRatio(db) >= 0.9)})`, "≥ 0.9"),
    row(
      "2",
      "queries per cached view under load: listing, search, API (offer page)",
      (db) =>
        `${db.listing.queries} in ${db.listing.requests}, ${largest(db).search.queries} in ${largest(db).search.requests}, ` +
        `${db.api.queries} in ${db.api.requests} (${largest(db).detailQueries})`,
      "0",
    ),
  ];
  for (const size of all[0].sizes) {
    const of = (db: DatabaseResults) => db.sizes.find((each) => each.offers === size.offers)!;
    table.push(
      row(
        "3",
        `${size.offers.toLocaleString("en")} offers: gzip HTML, offers on page, first render, cached p50, search first / p50`,
        (db) =>
          `${kb(of(db).htmlGzipBytes)}, ${of(db).offersOnPage}, ${of(db).firstRenderMs} ms, ${of(db).cached.p50Ms} ms, ` +
          `${of(db).firstSearchMs} / ${of(db).search.p50Ms} ms`,
        size.offers === 100 ? "≤ 30 KB, ≤ 20 on page" : "≤ 20 on page",
      ),
    );
  }
  if (withBrowser) {
    const extra = withBrowser.listingScripts.gzipBytes - withBrowser.blankScripts.gzipBytes;
    table.push(
      browserRow(
        "4",
        "client JS (gzip, loaded in Chromium): listing vs blank page",
        `${kb(withBrowser.listingScripts.gzipBytes)} vs ${kb(withBrowser.blankScripts.gzipBytes)}: +${kb(extra)} (${mark(extra <= 10 * 1024)})`,
        "≤ +10 KB",
      ),
    );
  }
  table.push(
    row(
      "5",
      `offer submission: one landlord alone (median); ${all[0].submissions.landlords} landlords at once: offers/s, p50 / p95`,
      (db) =>
        `${db.submissions.aloneMs} ms; ${db.submissions.perSecond}, ${db.submissions.p50Ms} / ${db.submissions.p95Ms} ms ` +
        `(${mark(db.submissions.p95Ms < 150)}); ` +
        `${db.expiry.submittedOffers} stored, ${db.expiry.outboxMails} outbox rows`,
      `p95 < 150 ms; mail (${results.smtpDelayMs} ms each) not awaited`,
    ),
    row(
      "6",
      "JSON API vs listing page (100 offers): req/s",
      (db) => `${db.api.requestsPerSecond} vs ${db.listing100.requestsPerSecond} (${ratio(db.api.requestsPerSecond, db.listing100.requestsPerSecond)})`,
      "API cheaper",
    ),
    row(
      "7",
      "expiry job, 100,000 offers, half due, 100 reminders",
      (db) =>
        `${db.expiry.seconds.toFixed(2)} s, ${db.expiry.expired.toLocaleString("en")} expired, ${db.expiry.reminded} reminded` +
        (db.database === "PostgreSQL" ? ` (${mark(db.expiry.seconds < 2)})` : ""),
      "< 2 s on PostgreSQL",
    ),
  );
  if (withBrowser) {
    table.push(
      browserRow(
        "8",
        "first contentful paint, Slow 4G, empty cache: listing vs static",
        `${withBrowser.listingFirstPaintMs} vs ${withBrowser.staticFirstPaintMs} ms (${ratio(withBrowser.listingFirstPaintMs, withBrowser.staticFirstPaintMs)})`,
        "",
      ),
    );
  }
  const shared = results.sharedCache;
  if (shared) {
    const sharedRatio = shared.sharedCache.requestsPerSecond / shared.fileCache.requestsPerSecond;
    const zero = [shared.sharedCache, shared.secondInstance].every((load) => load.queries === 0);
    table.push({
      point: "9",
      what:
        "cached listing with REDIS_URL vs file cache: req/s (ratio); queries per cached view on both Redis instances " +
        "(the second never rendered it)",
      values: all.map((db) =>
        db.database === "PostgreSQL"
          ? `${shared.sharedCache.requestsPerSecond} vs ${shared.fileCache.requestsPerSecond} (${ratio(shared.sharedCache.requestsPerSecond, shared.fileCache.requestsPerSecond)}, ${mark(sharedRatio >= 0.9)}); ` +
            `${shared.sharedCache.queries} in ${shared.sharedCache.requests}, ${shared.secondInstance.queries} in ${shared.secondInstance.requests} (${mark(zero)})`
          : "(PostgreSQL only)",
      ),
      goal: "≥ 0.9; 0",
    });
  }
  table.push(
    row(
      "10",
      "search alerts: 1,000 new offers against 10,000 alerts in one job run; mails queued; queued by a second run; composing one at delivery",
      (db) =>
        `${db.alerts.seconds.toFixed(2)} s, ${db.alerts.alertsMailed.toLocaleString("en")} mails; ${db.alerts.mailedAgain}` +
        (db.database === "PostgreSQL" ? ` (${mark(db.alerts.seconds < 5 && db.alerts.mailedAgain === 0 && db.alerts.queued === db.alerts.alertsMailed)})` : "") +
        `; ${db.alerts.composeMs.toFixed(1)} ms`,
      "< 5 s on PostgreSQL; 0 again",
    ),
  );
  const nginx = results.nginx;
  if (nginx) {
    const nginxRatio = nginx.listing.requestsPerSecond / nginx.staticFile.requestsPerSecond;
    const seconds = (ms: number | null) => (ms === null ? "still shown after 10 s" : `${(ms / 1000).toFixed(2)} s`);
    const deletions = nginx.deletions
      .map(
        ({ offers, throughNginxMs, directMs }) =>
          `${offers.toLocaleString("en")} offers ${seconds(throughNginxMs)} (${mark(throughNginxMs !== null && throughNginxMs <= 2_000)}), ` +
          `app ${seconds(directMs)}`,
      )
      .join("; ");
    table.push({
      point: "11",
      what:
        "behind the shipped nginx (HTTPS, 1 s micro-cache): cached listing (10,000 offers) vs a static file of the same nginx: " +
        "req/s (ratio), p50 / p99; the listing's HTML as a file of the same nginx; a deleted offer gone from its listing " +
        "(under load) through nginx, and from the app itself; listing vs static page directly (point 1) for comparison",
      values: all.map((db) => {
        const direct = `directly ${db.listing.requestsPerSecond} vs ${db.staticPage.requestsPerSecond}`;
        if (db.database !== nginx.database) return `(measured on ${nginx.database}); ${direct}`;
        const { listing, staticFile, listingFile } = nginx;
        return (
          `${listing.requestsPerSecond} vs ${staticFile.requestsPerSecond} (${ratio(listing.requestsPerSecond, staticFile.requestsPerSecond)}, ${mark(nginxRatio >= 0.5)}), ` +
          `${listing.p50Ms} / ${listing.p99Ms} ms vs ${staticFile.p50Ms} / ${staticFile.p99Ms} ms; ` +
          `listing as a file ${listingFile.requestsPerSecond} (listing ${ratio(listing.requestsPerSecond, listingFile.requestsPerSecond)} of it); ` +
          `${deletions}; ${direct}`
        );
      }),
      goal: "≥ 0.5; ≤ 2 s",
    });
  }
  table.push(
    row(
      "12",
      `review queue, ${all[0].review.waiting.toLocaleString("en")} offers waiting (staff session): first answer; ` +
        "one after another p50 / p95, queries per answer; 10 connections: req/s, p50 / p99",
      (db) =>
        `${db.review.firstMs} ms; ${db.review.p50Ms} / ${db.review.p95Ms} ms (${mark(db.review.firstMs < 200 && db.review.p95Ms < 200)}), ` +
        `${db.review.queriesPerAnswer}; ${db.review.load.requestsPerSecond}, ${db.review.load.p50Ms} / ${db.review.load.p99Ms} ms`,
      "< 200 ms",
    ),
    row(
      "12",
      `${all[0].review.approvals} approvals through the queue's form: approve p50, listed after p50; queries in the listing's ` +
        `cached views after each approval's first render; cached listing req/s before vs after; offers listed, approved on page 1`,
      (db) => {
        const { review } = db;
        const zero = review.cachedQueries === 0 && review.listingBefore.queries === 0 && review.listingAfter.queries === 0;
        return (
          `${review.approveP50Ms} ms, ${review.listedP50Ms} ms; ${review.cachedQueries} in ${review.cachedViews} (${mark(zero)}); ` +
          `${review.listingBefore.requestsPerSecond} vs ${review.listingAfter.requestsPerSecond} ` +
          `(${review.listingBefore.queries} in ${review.listingBefore.requests}, ${review.listingAfter.queries} in ${review.listingAfter.requests}); ` +
          `${review.listedBefore} → ${review.listedAfter}, ${review.approvedOnFirstPage} of ${review.approvals}`
        );
      },
      "0 queries",
    ),
  );
  table.push(
    row(
      "",
      "failed requests in all load phases",
      (db) =>
        String(
          failures(db) +
            (db.database === "PostgreSQL" && shared ? sharedFailures(shared) : 0) +
            (db === all[0] && nginx ? [nginx.listing, nginx.staticFile, nginx.listingFile, ...nginx.deletions.map(({ load }) => load)].reduce((sum, load) => sum + load.failures, 0) : 0),
        ),
      "0",
    ),
  );
  return table;
}

/** The results as one Markdown table (printed, and pasted into the README's "Performance" section). */
export function formatReport(results: BenchResults): string {
  const header = ["#", "Measure", ...results.databases.map((db) => db.database), "Goal"];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows(results).map((row) => `| ${[row.point, row.what, ...row.values, row.goal].join(" | ")} |`),
  ];
  const { machine } = results;
  return [
    ...lines,
    "",
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, ${machine.os}, Node.js ${machine.node}; ` +
      `load average at the end ${machine.loadAverageAtEnd.join(" / ")}; run took ${results.minutes} min.`,
  ].join("\n");
}
