import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

/**
 * lib/env reads NODE_ENV when the module is evaluated and caches what it parsed, so every test sets the
 * environment first and then imports a fresh copy of the module.
 */

const variables = [
  "NODE_ENV",
  "DATABASE_URL",
  "PGLITE_DIR",
  "APP_URL",
  "TOKEN_SECRET",
  "CRON_SECRET",
  "SMTP_URL",
  "REDIS_URL",
  "MAIL_FROM",
  "MAILBOX_DIR",
  "JOBS_INTERVAL_SECONDS",
  "TRUSTED_PROXIES",
  "VERCEL",
  "BENCH",
] as const;

type Variables = Partial<Record<(typeof variables)[number], string>>;

const tokenSecret = "t".repeat(32);
const cronSecret = "c".repeat(40);

let saved: NodeJS.ProcessEnv;

beforeEach(() => {
  saved = { ...process.env };
});

afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  vi.resetModules();
});

/** Loads lib/env with exactly these of its variables set (the others unset). */
async function loadEnvWith(values: Variables) {
  for (const name of variables) delete process.env[name];
  Object.assign(process.env, values);
  vi.resetModules();
  const { loadEnv } = await import("./env");
  return loadEnv();
}

/** The message of the error that loading lib/env with these variables throws. */
async function problemsWith(values: Variables): Promise<string> {
  const error = await loadEnvWith(values).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as Error).message;
}

describe("environment", () => {
  it("has working defaults in development", async () => {
    const env = await loadEnvWith({ NODE_ENV: "development" });
    expect(env).toMatchObject({
      APP_URL: "http://localhost:3000",
      PGLITE_DIR: ".data/pglite",
      MAILBOX_DIR: ".data/mailbox",
      JOBS_INTERVAL_SECONDS: 300,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.TOKEN_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.CRON_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(env.TOKEN_SECRET).not.toBe(env.CRON_SECRET);
  });

  it("takes the values that are set", async () => {
    const env = await loadEnvWith({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://user:pw@db.example:5432/wohnraum",
      APP_URL: "https://wohnraum.example",
      TOKEN_SECRET: tokenSecret,
      CRON_SECRET: cronSecret,
      SMTP_URL: "smtps://user:pw@mail.example:465",
      REDIS_URL: "redis://cache.example:6379",
      JOBS_INTERVAL_SECONDS: "60",
      TRUSTED_PROXIES: "2",
      VERCEL: "1",
    });
    expect(env).toMatchObject({
      REDIS_URL: "redis://cache.example:6379",
      DATABASE_URL: "postgresql://user:pw@db.example:5432/wohnraum",
      APP_URL: "https://wohnraum.example",
      TOKEN_SECRET: tokenSecret,
      CRON_SECRET: cronSecret,
      SMTP_URL: "smtps://user:pw@mail.example:465",
      JOBS_INTERVAL_SECONDS: 60,
      TRUSTED_PROXIES: 2,
      VERCEL: true,
    });
  });

  it("removes a trailing slash from APP_URL", async () => {
    expect((await loadEnvWith({ NODE_ENV: "development", APP_URL: "https://x.example/" })).APP_URL).toBe(
      "https://x.example",
    );
    expect((await loadEnvWith({ NODE_ENV: "development", APP_URL: "https://x.example/boerse/" })).APP_URL).toBe(
      "https://x.example/boerse",
    );
  });

  it("names a REDIS_URL that is no Redis address", async () => {
    expect(await problemsWith({ NODE_ENV: "development", REDIS_URL: "cache.example:6379" })).toMatch(/REDIS_URL/);
  });

  it("refuses to start in production without its own secrets", async () => {
    const message = await problemsWith({ NODE_ENV: "production" });
    expect(message).toMatch(/TOKEN_SECRET/);
    expect(message).toMatch(/CRON_SECRET/);
    expect(message).not.toMatch(/APP_URL|DATABASE_URL/);
  });

  it("refuses to start in production without a mail server, where the development mailbox would publish every mail", async () => {
    const message = await problemsWith({ NODE_ENV: "production", TOKEN_SECRET: tokenSecret, CRON_SECRET: cronSecret });
    expect(message).toMatch(/^\s*SMTP_URL: is required/m);
    expect(message.match(/^\s*[A-Z_]+:/gm)).toHaveLength(1);
    expect(await problemsWith({ NODE_ENV: "production", TOKEN_SECRET: tokenSecret, CRON_SECRET: cronSecret, SMTP_URL: "" })).toMatch(/SMTP_URL/);
    // In development the mailbox is the point.
    expect((await loadEnvWith({ NODE_ENV: "development" })).SMTP_URL).toBeUndefined();
  });

  it("trusts no proxy unless told how many stand in front", async () => {
    expect((await loadEnvWith({ NODE_ENV: "development" })).TRUSTED_PROXIES).toBe(0);
    expect((await loadEnvWith({ NODE_ENV: "development", TRUSTED_PROXIES: "1" })).TRUSTED_PROXIES).toBe(1);
    for (const value of ["-1", "one", "1.5"]) {
      expect(await problemsWith({ NODE_ENV: "development", TRUSTED_PROXIES: value })).toMatch(/^\s*TRUSTED_PROXIES:/m);
    }
  });

  it("refuses a secret shorter than 32 characters, in production and in development", async () => {
    for (const NODE_ENV of ["production", "development"]) {
      const message = await problemsWith({ NODE_ENV, TOKEN_SECRET: "t".repeat(31), CRON_SECRET: cronSecret });
      expect(message).toMatch(/TOKEN_SECRET: .*32/);
      expect(message).not.toMatch(/CRON_SECRET/);
    }
  });

  it.each([
    ["DATABASE_URL", "mysql://user:pw@db.example/wohnraum"],
    ["SMTP_URL", "http://x"],
    ["APP_URL", "ftp://x.example"],
    ["APP_URL", "localhost:3000"],
    ["JOBS_INTERVAL_SECONDS", "abc"],
    ["JOBS_INTERVAL_SECONDS", "-1"],
    ["JOBS_INTERVAL_SECONDS", "1.5"],
  ] as const)("names %s when it is %j", async (name, value) => {
    const message = await problemsWith({ NODE_ENV: "development", [name]: value });
    expect(message).toMatch(new RegExp(`^\\s*${name}:`, "m"));
    // Only the wrong variable is named.
    expect(message.match(/^\s*[A-Z_]+:/gm)).toHaveLength(1);
  });

  it("counts an empty value as unset", async () => {
    const env = await loadEnvWith({
      NODE_ENV: "development",
      DATABASE_URL: "",
      APP_URL: "",
      SMTP_URL: "",
      JOBS_INTERVAL_SECONDS: "",
      TOKEN_SECRET: "",
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.APP_URL).toBe("http://localhost:3000");
    // Not Number("") = 0, which would switch the scheduled jobs off.
    expect(env.JOBS_INTERVAL_SECONDS).toBe(300);
    expect(env.TOKEN_SECRET.length).toBeGreaterThanOrEqual(32);

    // In production an empty secret is a missing secret.
    const message = await problemsWith({ NODE_ENV: "production", TOKEN_SECRET: "", CRON_SECRET: cronSecret });
    expect(message).toMatch(/TOKEN_SECRET/);
  });

  it("validates once, on first use of env, and not on import", async () => {
    for (const name of variables) delete process.env[name];
    Object.assign(process.env, { NODE_ENV: "production" });
    vi.resetModules();
    const loaded = await import("./env");
    // Importing is fine (the build imports it without secrets); reading a value is not.
    expect(() => loaded.env.APP_URL).toThrow(/TOKEN_SECRET/);

    Object.assign(process.env, { TOKEN_SECRET: tokenSecret, CRON_SECRET: cronSecret, SMTP_URL: "smtp://mail.example", APP_URL: "https://a.example/" });
    expect(loaded.env.APP_URL).toBe("https://a.example");
    expect(loaded.env.TOKEN_SECRET).toBe(tokenSecret);
    // Parsed once: later changes to process.env change nothing.
    process.env.APP_URL = "https://b.example";
    expect(loaded.loadEnv().APP_URL).toBe("https://a.example");
  });
});
