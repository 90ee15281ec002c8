import { createHash } from "node:crypto";
import { expect, type Page, type Response } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import { publishListingOffer } from "./support/listing-offers";
import { publishedOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * Every page says which scripts may run (Content-Security-Policy) and who may frame it. Pages rendered per request
 * allow only scripts with this request's nonce; cached pages cannot know one and add a second policy with the hashes
 * of their inline scripts (lib/security/content-security-policy.ts, lib/cache-handlers/page-cache.mjs).
 */
const renderedPerRequest = [
  "/",
  `/${SEEDED_REGION}`,
  `/${SEEDED_REGION}/anbieten`,
  `/uk/${SEEDED_REGION}/anbieten`,
  `/${SEEDED_REGION}/qr`,
  `/${SEEDED_REGION}/angebot/${"x".repeat(43)}/bestaetigen`,
  `/${SEEDED_REGION}/findflats/suche?beds=2`,
];
const cached = [`/${SEEDED_REGION}/findflats`, `/ar/${SEEDED_REGION}/findflats`, `/${SEEDED_REGION}/datenschutz`];

/** Collects what the browser reports as blocked by a page's policy. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")] as [string, string];
    }),
  );
}

test("pages rendered per request allow only scripts with a fresh nonce, which every script of the page carries", async ({
  request,
}) => {
  for (const path of renderedPerRequest) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const policy = directives(first.headers()["content-security-policy"] ?? "");
    const scripts = policy.get("script-src") ?? "";
    expect(scripts, path).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
    expect(policy.get("frame-ancestors"), path).toBe("'self'");
    expect(policy.get("object-src"), path).toBe("'none'");
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1];
    expect(second.headers()["content-security-policy"], path).not.toContain(nonce);

    const html = await first.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length, path).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag, path).toContain(`nonce="${nonce}"`);
    expect(first.headers()["cache-control"], path).not.toMatch(/s-maxage/);
  }
});

/** The policies of an answer; a cached page has two, and a browser enforces both. */
function policiesOf(headers: { name: string; value: string }[]): Map<string, string>[] {
  return headers.filter(({ name }) => name.toLowerCase() === "content-security-policy").map(({ value }) => directives(value));
}

/** What a cached page's second policy must allow: exactly the page's own inline scripts, by their hashes. */
function expectScriptsAllowedByHash(html: string, policies: Map<string, string>[], path: string) {
  expect(policies.map((policy) => policy.get("script-src")), path).toEqual(["'self' 'unsafe-inline'", expect.stringMatching(/^'self'( 'sha256-[A-Za-z0-9+/]+={0,2}')+$/)]);
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  expect(inline.length, path).toBeGreaterThan(1);
  for (const body of inline) {
    expect(policies[1].get("script-src"), path).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }
}

test("cached pages are served from the cache and run only their own inline scripts, allowed by hash", async ({ request }) => {
  for (const path of cached) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    const policies = policiesOf(response.headersArray());
    expect(policies[0].get("default-src"), path).toBe("'self'");
    expect(policies[0].get("frame-ancestors"), path).toBe("'self'");
    expectScriptsAllowedByHash(await response.text(), policies, path);
  }
});

test("the first visitor after a change gets the new page with its hashes too, and an offer's markup stays text", async ({
  browser,
  mailCatcher,
}) => {
  test.setTimeout(120_000);
  const page = await browser.newPage({ baseURL: E2E_BASE_URL });
  try {
    const violations = watchPolicyViolations(page);
    const listing = `/${SEEDED_REGION}/findflats`;
    const listingAnswers: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document" && new URL(response.url()).pathname === listing) listingAnswers.push(response);
    });
    // The confirmation page links to the listing, and the router prefetches that link: such a prefetch would render
    // the changed listing before the visitor does. Only the visitor's own page loads reach it here.
    await page.route(`**${listing}*`, (route) =>
      route.request().resourceType() === "document" ? route.continue() : route.abort(),
    );
    await page.goto(listing);
    // The helper ends on the listing, rendered anew because the confirmation changed it.
    const offer = await publishListingOffer(page, mailCatcher, {
      titlePrefix: '<script>document.title="x"</script>',
      type: "ROOM",
      rooms: "1",
      beds: "1",
      areaSqm: "14",
      place: "Musterhausen",
      postalCode: "12345",
      description: '<img src=x onerror="document.title=1">',
      rent: "free",
      languages: ["de"],
      contactName: "Erika Muster",
    });
    const fresh = listingAnswers.at(-1)!;
    expect(listingAnswers.length).toBeGreaterThan(1);
    expect(fresh.headers()["x-nextjs-cache"]).not.toBe("HIT");
    expectScriptsAllowedByHash(await fresh.text(), policiesOf(await fresh.headersArray()), listing);
    await expect(page.getByRole("article").getByText(offer.title, { exact: true })).toBeVisible();
    const offerPage = (await page.goto(offer.path))!;
    expectScriptsAllowedByHash(await offerPage.text(), policiesOf(await offerPage.headersArray()), offer.path);
    await expect(page.getByText('<img src=x onerror="document.title=1">')).toBeVisible();
    expect(await page.title()).not.toMatch(/^(x|1)$/);
    expect(violations).toEqual([]);
  } finally {
    await page.close();
  }
});

test("every response says nosniff and restricts browser features; plain HTTP gets no HSTS", async ({ request }) => {
  for (const path of [...renderedPerRequest, ...cached, "/api/v1/regions"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("no page breaks its own policy: scripts run, the form validates in the browser, nothing is blocked", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  for (const path of [...renderedPerRequest, ...cached]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Client-side validation runs only when the page's scripts were allowed to run.
  await page.goto(`/${SEEDED_REGION}/anbieten`);
  await page.getByRole("button", { name: "Angebot absenden" }).click();
  await expect(page.getByLabel("Überschrift")).toHaveAttribute("aria-invalid", "true");
  expect(violations).toEqual([]);
});

/** The longest a shared cache may keep an answer, fresh and stale together, by its Cache-Control. */
function sharedCacheSeconds(cacheControl: string): number {
  const seconds = (name: string) => Number(new RegExp(`(?:^|,)\\s*${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
  if (/no-store|private/.test(cacheControl)) return 0;
  return (cacheControl.includes("s-maxage") ? seconds("s-maxage") : seconds("max-age")) + seconds("stale-while-revalidate");
}

test("caches in front keep no public answer longer than a minute in all, so a deleted offer is gone from them within one", async ({
  browser,
  request,
  mailCatcher,
}) => {
  test.setTimeout(120_000);
  const offer = await publishedOffer(browser, mailCatcher, "Zimmer hinter einem CDN");
  const answers = [
    ...cached,
    `/${SEEDED_REGION}/findflats/seite/2`,
    `/${SEEDED_REGION}/findflats/${offer.id}`,
    `/uk/${SEEDED_REGION}/findflats/${offer.id}`,
    `/${SEEDED_REGION}/findflats/feed`,
    `/${SEEDED_REGION}/findflats/vorschaubild`,
    `/${SEEDED_REGION}/findflats/${offer.id}/vorschaubild`,
    `/api/v1/${SEEDED_REGION}/offers`,
  ];
  for (const path of answers) {
    // Twice: the first answer may be rendered, the second comes from the app's cache.
    for (let round = 0; round < 2; round++) {
      const response = await request.get(path);
      const cacheControl = response.headers()["cache-control"] ?? "";
      expect(cacheControl, path).toMatch(/^public, s-maxage=\d+/);
      expect(sharedCacheSeconds(cacheControl), `${path}: ${cacheControl}`).toBeLessThanOrEqual(60);
    }
  }
});
