import { expect, test } from "@playwright/test";
import { SEEDED_REGION } from "./support/constants";

/**
 * Every page says which scripts may run (Content-Security-Policy) and who may frame it. Pages rendered per request
 * allow only scripts with this request's nonce; cached pages cannot know one (lib/security/content-security-policy.ts).
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

test("cached pages are served from the cache and allow Next.js's inline payload, nothing from elsewhere", async ({ request }) => {
  for (const path of cached) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    const policy = directives(response.headers()["content-security-policy"] ?? "");
    expect(policy.get("script-src"), path).toBe("'self' 'unsafe-inline'");
    expect(policy.get("default-src"), path).toBe("'self'");
    expect(policy.get("frame-ancestors"), path).toBe("'self'");
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
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
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
