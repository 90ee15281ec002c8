/** Fixed values shared by playwright.config.ts, the e2e server and the specs. Test-only secrets, never used elsewhere. */
/** E2E_PORT / E2E_SMTP_PORT / NEXT_DIST_DIR let two suites run side by side on one machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** The specs start their own SMTP server (mail-catcher.ts) on this port; the app sends to it. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
export const MAIL_FROM = "Wohnraumbörse Test <wohnraum@example.test>";

export const E2E_TOKEN_SECRET = "e2e-token-secret-0123456789abcdefghijklmnop";
/** Specs call the cron route themselves (JOBS_INTERVAL_SECONDS=0 switches the in-process job loop off). */
export const E2E_CRON_SECRET = "e2e-cron-secret-0123456789abcdefghijklmnopq";

/** Region that prisma/seed.ts always creates. */
export const SEEDED_REGION = "musterhausen";

/** A second seeded region that the e2e server gives its own hostname; Chromium resolves *.localhost to loopback. */
export const HOSTNAME_REGION = "heidenheim";
export const REGION_HOSTNAME = "wohnraum.heidenheim.localhost";
export const REGION_HOST_URL = `http://${REGION_HOSTNAME}:${E2E_PORT}`;

/** A seeded region that the e2e server lists in German and English only (the Integreat entry spec's fallback). */
export const FEW_LANGUAGES_REGION = "bayreuth";
export const FEW_LANGUAGES = ["de", "en"];

/**
 * A region the e2e server creates with `npm run region` that checks every offer before it is listed (review mode
 * every-offer): e2e/review.spec.ts. No other spec uses it.
 */
export const REVIEW_REGION = "pruefstadt";
export const REVIEW_REGION_NAME = "Stadt Prüfstadt";
export const REVIEW_MAILBOX = "kommune@pruefstadt.example";

/** Like REVIEW_REGION, checking a landlord's first offer only (review mode first-offer). */
export const FIRST_OFFER_REVIEW_REGION = "erstpruefstadt";
export const FIRST_OFFER_REVIEW_REGION_NAME = "Gemeinde Erstprüfstadt";
export const FIRST_OFFER_REVIEW_MAILBOX = "kommune@erstpruefstadt.example";

/**
 * A municipal website that embeds the seeded region's form, served by the embedding spec on loopback: allowed as
 * http://localhost:<port> (the region's embed origin), refused as http://127.0.0.1:<port> (same page, other origin).
 */
export const EMBEDDING_PORT = E2E_PORT + 50;
export const EMBEDDING_ORIGIN = `http://localhost:${EMBEDDING_PORT}`;

/**
 * Everything `next start` prints (stdout and stderr), written by start-server.ts next to the console output and
 * read after all specs by e2e/server-log.teardown.ts. Under .data/, which git ignores.
 */
export const E2E_SERVER_LOG = `.data/e2e-${E2E_PORT}-server.log`;
