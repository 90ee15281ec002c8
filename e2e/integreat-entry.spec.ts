import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, FEW_LANGUAGES, FEW_LANGUAGES_REGION, HOSTNAME_REGION, REGION_HOST_URL } from "./support/constants";

/**
 * The Integreat app's entry address against the real server: the Integreat CMS holds one url for every language
 * of the app (`/findflats?plz=` with the region's postal code appended, or `/findflats?region={slug}`), and the
 * app's in-app browser sends the phone's languages in Accept-Language. The regions are prisma/regions.json's, as
 * the e2e server seeds them; bayreuth lists in German and English only, heidenheim has its own hostname
 * (e2e/support/start-server.ts).
 */

type SeededRegion = { slug: string; name: string; hostnames: string[]; listingLocales: string[]; postalCodes: string[] };
const seededRegions: SeededRegion[] = JSON.parse(readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8"));

type RegionChoiceMessages = Record<"title" | "unknownPostalCode" | "invalidPostalCode" | "unknownRegion" | "find" | "postalCode", string>;
function regionChoiceMessages(locale: string): RegionChoiceMessages {
  return JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")).RegionChoice;
}
/** A message as the page shows it: placeholders filled, the left-to-right tag gone. */
function shown(message: string, values: Record<string, string> = {}): string {
  return message.replace(/<\/?ltr>/g, "").replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

const languages = ["uk", "ar", "ru", "en", "de"] as const;
/** What each visitor's browser sends and the language the entry address must choose for them. */
const visitors = [
  { acceptLanguage: "uk-UA,uk;q=0.9,de;q=0.5", locale: "uk" },
  { acceptLanguage: "ar-SY,ar;q=0.9,en;q=0.3", locale: "ar" },
  { acceptLanguage: "ru", locale: "ru" },
  { acceptLanguage: "en-GB,en;q=0.9", locale: "en" },
  { acceptLanguage: "de-DE,de;q=0.9,en;q=0.8", locale: "de" },
  // Klingon: no language of the app, so German.
  { acceptLanguage: "tlh", locale: "de" },
];

/** No postal code of any seeded region. */
const unknownPostalCode = "99998";

const prefix = (locale: string) => (locale === "de" ? "" : `/${locale}`);
const listingUrl = (slug: string, locale: string) => `${E2E_BASE_URL}${prefix(locale)}/${slug}/findflats`;
/** The listing on a region's own hostname (the e2e server gives heidenheim one), as APP_URL's scheme and port. */
function hostnameListingUrl(region: SeededRegion, locale: string): string | undefined {
  const origin = region.slug === HOSTNAME_REGION ? REGION_HOST_URL : region.hostnames[0] && `http://${region.hostnames[0]}:${E2E_PORT}`;
  return origin ? `${origin}${prefix(locale)}/findflats` : undefined;
}

function entry(request: APIRequestContext, path: string, acceptLanguage: string): Promise<APIResponse> {
  return request.get(path, { headers: { "Accept-Language": acceptLanguage }, maxRedirects: 0 });
}

/**
 * No cache may keep an answer that depends on the visitor's languages for another visitor. The redirect also names
 * the header it depends on; the region list is a page, whose Vary Next.js sets itself, and no-store keeps it out
 * of every cache.
 */
function expectKeptByNoCache(response: Pick<APIResponse, "headers" | "url">, { vary }: { vary: boolean }) {
  const headers = response.headers();
  expect(headers["cache-control"], response.url()).toContain("no-store");
  expect(headers["cache-control"], response.url()).toContain("private");
  expect(headers["cache-control"], response.url()).not.toMatch(/public|s-maxage/);
  if (vary) expect(headers.vary?.toLowerCase(), response.url()).toContain("accept-language");
}

/** Where a redirect leads; Next.js sends a Location on the same host as a path. */
function locationOf(response: APIResponse): string | undefined {
  const location = response.headers().location;
  return location && new URL(location, response.url()).href;
}

test("by postal code and by slug, the entry address leads to the region's listing in the visitor's language", async ({ request }) => {
  for (const path of ["/findflats?plz=86152", "/findflats?plz=86199", "/findflats?region=augsburg"]) {
    for (const { acceptLanguage, locale } of visitors) {
      const response = await entry(request, path, acceptLanguage);
      expect(response.status(), `${path} for ${acceptLanguage}`).toBe(303);
      expect(locationOf(response), `${path} for ${acceptLanguage}`).toBe(listingUrl("augsburg", locale));
      expectKeptByNoCache(response, { vary: true });
    }
  }
});

test("a language the region does not list falls back to German, or to the next language the visitor reads", async ({ request }) => {
  const [postalCode] = seededRegions.find((region) => region.slug === FEW_LANGUAGES_REGION)!.postalCodes[0].split("-");
  for (const path of [`/findflats?plz=${postalCode}`, `/findflats?region=${FEW_LANGUAGES_REGION}`]) {
    for (const acceptLanguage of ["ar", "uk-UA,uk;q=0.9", "ru,tlh;q=0.5"]) {
      const response = await entry(request, path, acceptLanguage);
      expect(locationOf(response), `${path} for ${acceptLanguage}`).toBe(listingUrl(FEW_LANGUAGES_REGION, "de"));
    }
    const response = await entry(request, path, "uk-UA,uk;q=0.9,en;q=0.5");
    expect(locationOf(response), path).toBe(listingUrl(FEW_LANGUAGES_REGION, "en"));
  }
});

test("a region with its own hostname is reached there", async ({ request }) => {
  const [postalCode] = seededRegions.find((region) => region.slug === HOSTNAME_REGION)!.postalCodes[0].split("-");
  const response = await entry(request, `/findflats?plz=${postalCode}`, "ar");
  expect(locationOf(response)).toBe(`${REGION_HOST_URL}/ar/findflats`);
  expect(locationOf(await entry(request, `/findflats?region=${HOSTNAME_REGION}`, "tlh"))).toBe(`${REGION_HOST_URL}/findflats`);
});

test("a language in the path comes before the browser's", async ({ request }) => {
  const response = await entry(request, "/ru/findflats?plz=86152", "uk-UA,uk;q=0.9");
  expect(response.status()).toBe(303);
  expect(locationOf(response)).toBe(listingUrl("augsburg", "ru"));
  expect(locationOf(await entry(request, "/de/findflats?plz=86152", "uk"))).toBe(listingUrl("augsburg", "de"));
});

test("Chromium with a Ukrainian or Arabic phone setting lands on the listing in that language", async ({ browser }) => {
  for (const [browserLocale, locale, direction] of [
    ["uk-UA", "uk", "ltr"],
    ["ar", "ar", "rtl"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    const response = await page.goto("/findflats?plz=86152");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(listingUrl("augsburg", locale));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", direction);
    await context.close();
  }
});

/**
 * Opens the entry address in a browser that asks for these languages. Chromium sends the Accept-Language of its
 * locale (de-DE, playwright.config.ts) over any extra header, so the requests get it on their way out.
 */
async function openAs(browser: Browser, acceptLanguage: string, path: string) {
  const context = await browser.newContext();
  await context.route("**/*", (route) =>
    route.continue({ headers: { ...route.request().headers(), "accept-language": acceptLanguage } }),
  );
  const page = await context.newPage();
  const response = await page.goto(path);
  return { context, page, response };
}

test("an unknown or missing postal code and an unknown slug get the region list in the visitor's language", async ({ browser }) => {
  const cases = [
    { path: `/findflats?plz=${unknownPostalCode}`, notice: (t: RegionChoiceMessages) => shown(t.unknownPostalCode, { postalCode: unknownPostalCode }) },
    { path: "/findflats?plz=", notice: null },
    { path: "/findflats", notice: null },
    { path: "/findflats?region=atlantis", notice: (t: RegionChoiceMessages) => t.unknownRegion },
  ];
  for (const { acceptLanguage, locale } of visitors) {
    const t = regionChoiceMessages(locale);
    for (const { path, notice } of cases) {
      const { context, page, response } = await openAs(browser, acceptLanguage, path);
      const where = `${path} for ${acceptLanguage}`;
      expect(response?.status(), where).toBe(200);
      expectKeptByNoCache(response!, { vary: false });
      expect(page.url(), where).toBe(`${E2E_BASE_URL}${path}`);
      await expect(page.locator("html"), where).toHaveAttribute("lang", locale);
      await expect(page.locator("html"), where).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await expect(page.locator('meta[name="robots"]'), where).toHaveAttribute("content", /noindex/);
      await expect(page.getByRole("heading", { level: 1 }), where).toHaveText(t.title);
      if (notice) await expect(page.getByText(notice(t)), where).toBeVisible();
      // Every region's listing, in the page's language where the region lists in it, otherwise in German.
      for (const region of seededRegions) {
        const listed = region.slug === FEW_LANGUAGES_REGION ? FEW_LANGUAGES : region.listingLocales;
        const language = listed.includes(locale) ? locale : "de";
        const expected = hostnameListingUrl(region, language) ?? listingUrl(region.slug, language);
        await expect(page.getByRole("link", { name: region.name, exact: true }), `${where}: ${region.slug}`).toHaveAttribute("href", expected);
      }
      await context.close();
    }
  }
});

test("the region list's links lead to listings that exist", async ({ browser }) => {
  const { context, page } = await openAs(browser, "ar", `/findflats?plz=${unknownPostalCode}`);
  for (const slug of ["augsburg", FEW_LANGUAGES_REGION]) {
    const region = seededRegions.find((each) => each.slug === slug)!;
    const href = await page.getByRole("link", { name: region.name, exact: true }).getAttribute("href");
    const listing = await page.request.get(href!);
    expect(listing.status(), href!).toBe(200);
  }
  await context.close();
});

test("bad input gets the region list, never an error or the input itself", async ({ browser }) => {
  const t = regionChoiceMessages("en");
  for (const value of ["<script>alert(1)</script>", "86152-86160", "1234x", "x".repeat(3000)]) {
    const path = `/findflats?plz=${encodeURIComponent(value)}&region=${encodeURIComponent(value)}`;
    const { context, page, response } = await openAs(browser, "en", path);
    page.on("dialog", () => expect.soft(false, `a script of the address ran: ${value}`).toBe(true));
    expect(response?.status(), value).toBe(200);
    await expect(page.getByText(t.invalidPostalCode), value).toBeVisible();
    // The page says what a postal code is; it does not repeat what the link carried.
    expect(await page.locator("main").innerText(), value).not.toContain(value.slice(0, 100));
    const html = await page.content();
    expect(html, value).not.toContain("<script>alert(1)</script>");
    expect(html, value).not.toMatch(/\bat \S+:\d+:\d+/);
    await context.close();
  }
});

test("the region list's postal code field and language links work", async ({ browser }) => {
  const { context, page } = await openAs(browser, "uk-UA,uk;q=0.9", `/findflats?plz=${unknownPostalCode}`);
  const t = regionChoiceMessages("uk");
  await page.getByLabel(t.postalCode).fill("86152");
  await page.getByRole("button", { name: t.find }).click();
  await expect(page).toHaveURL(listingUrl("augsburg", "uk"));

  // German named in the path: the address without a language would choose Ukrainian again.
  await page.goto(`/findflats?plz=${unknownPostalCode}`);
  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/de/findflats?plz=${unknownPostalCode}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(regionChoiceMessages("de").title);
  await context.close();
});

test.describe("accessibility", () => {
  const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
  for (const locale of languages) {
    test(`axe finds nothing on the region list in ${locale}`, async ({ browser }) => {
      const { context, page } = await openAs(browser, locale, `/findflats?plz=${unknownPostalCode}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
      const found = violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${violation.help}: ${node.target.join(" ")}\n    ${node.html}`),
      );
      expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
      await context.close();
    });
  }
});
