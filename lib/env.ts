import { z } from "zod";

/** Development gets fixed secrets so `npm run dev` works on a fresh clone; a production server must set its own. */
function secret(developmentDefault: string) {
  const value = z.string().min(32, "must be at least 32 characters long");
  return process.env.NODE_ENV === "production" ? value : value.default(developmentDefault);
}

const schema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    /** The cache shared by several server instances (lib/security/shared-cache.mjs); without it, each has its own. */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
      .optional(),
    APP_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:3000"),
    TOKEN_SECRET: secret("development-token-secret-not-for-production"),
    CRON_SECRET: secret("development-cron-secret-not-for-production"),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Wohnraumbörse <wohnraum@localhost>"),
    MAILBOX_DIR: z.string().min(1).default(".data/mailbox"),
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
    STAFF_SIGN_INS_PER_REGION_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /** A form sent faster than this after it was shown is a bot's (0 switches the check off, e.g. in tests). */
    MIN_FILL_SECONDS: z.coerce.number().int().min(0).default(5),
    /** Days after an offer's expiry or deletion until its personal data is erased (statistics stay). */
    RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  })
  .transform((env) => ({ ...env, APP_URL: env.APP_URL.replace(/\/$/, "") }));

export type Env = z.infer<typeof schema>;

function parse(): Env {
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
  parsed ??= parse();
  return parsed;
}

/** The validated environment, read on first use (so merely importing this module during the build checks nothing). */
export const env: Env = new Proxy({} as Env, { get: (_, key) => loadEnv()[key as keyof Env] });
