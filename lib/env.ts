import { z } from "zod";

/** Development gets fixed secrets so `npm run dev` works on a fresh clone; a production server must set its own. */
function secret(developmentDefault: string) {
  const value = z.string().min(32, "must be at least 32 characters long");
  return process.env.NODE_ENV === "production" ? value : value.default(developmentDefault);
}

/**
 * Without a mail server, mails go to the development mailbox, which shows every mail with its link tokens to anyone:
 * a production server must name a real one.
 */
function mailServer() {
  const value = z
    .string({ error: "is required in production: without it mails would go to the development mailbox" })
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL");
  return process.env.NODE_ENV === "production" ? value : value.optional();
}

/** What the build reads too: no secrets, since `next build` runs without them. */
const buildSchema = z.object({
  /** The public address; prerendered pages name it in their metadata. */
  APP_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/$/, "")),
  /**
   * The cache shared by several server instances (lib/cache-handlers/shared-cache.mjs), which the build fills as well;
   * without it, each has its own.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  /** A second build folder lets a second test suite or the benchmark run beside the first one on the same checkout. */
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  /** `npm run bench` (bench/run.ts): its reference page exists and database statements are counted. */
  BENCH: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});

const schema = z
  .object({
    ...buildSchema.shape,
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    TOKEN_SECRET: secret("development-token-secret-not-for-production"),
    CRON_SECRET: secret("development-cron-secret-not-for-production"),
    SMTP_URL: mailServer(),
    MAIL_FROM: z.string().min(3).default("Wohnraumbörse <wohnraum@localhost>"),
    MAILBOX_DIR: z.string().min(1).default(".data/mailbox"),
    /**
     * How many reverse proxies in front of the server append to X-Forwarded-For (lib/rate-limit/forwarded-client.ts):
     * 0 when `next start` faces the internet, 1 behind the shipped nginx. Everything left of them a client can forge.
     */
    TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
    /** Set by Vercel on its servers: its edge names the client and runs the scheduled jobs. */
    VERCEL: z
      .string()
      .optional()
      .transform((value) => value === "1"),
    /** The port `next start` listens on; the server's own job timer calls itself there. */
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),

    JOBS_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(300),
    // Limits per hour, counted in the database (lib/rate-limit): per client address unless named otherwise.
    REPORTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
    CONTACT_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    CONTACT_REQUESTS_PER_OFFER_PER_HOUR: z.coerce.number().int().min(1).default(10),
    CONTACT_REQUESTS_PER_SEEKER_PER_DAY: z.coerce.number().int().min(1).default(10),
    OFFERS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    OFFERS_PER_EMAIL_PER_DAY: z.coerce.number().int().min(1).default(5),
    SEARCH_ALERTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    SEARCH_ALERTS_PER_EMAIL_PER_DAY: z.coerce.number().int().min(1).default(5),
    LINK_ACTIONS_PER_HOUR: z.coerce.number().int().min(1).default(60),
    STAFF_SIGN_INS_PER_HOUR: z.coerce.number().int().min(1).default(5),
    STAFF_SIGN_INS_PER_REGION_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /** A form sent faster than this after it was shown is a bot's (0 switches the check off, e.g. in tests). */
    MIN_FILL_SECONDS: z.coerce.number().int().min(0).default(5),
    /** Days after an offer's expiry or deletion until its personal data is erased (statistics stay). */
    RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  });

export type Env = z.infer<typeof schema>;

function parse<T extends z.ZodType>(schema: T): z.infer<T> {
  // Empty strings count as unset, as in most deployment dashboards.
  const raw = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return result.data;
}

let parsed: Env | undefined;

/** Validates the environment once; next.config.ts calls it when a server starts, so a bad one stops it there. */
export function loadEnv(): Env {
  parsed ??= parse(schema);
  return parsed;
}

let parsedForBuild: z.infer<typeof buildSchema> | undefined;

/** The settings the build needs as well (next.config.ts, prerendered pages), checked without requiring secrets. */
export function loadBuildEnv(): z.infer<typeof buildSchema> {
  parsedForBuild ??= parse(buildSchema);
  return parsedForBuild;
}

/** The validated environment, read on first use (so merely importing this module during the build checks nothing). */
export const env: Env = new Proxy({} as Env, { get: (_, key) => loadEnv()[key as keyof Env] });

/** Whether cookies are marked Secure: in production behind an https APP_URL (not on a test server over plain http). */
export function secureCookies(): boolean {
  return process.env.NODE_ENV === "production" && env.APP_URL.startsWith("https:");
}
