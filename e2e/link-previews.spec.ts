import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { E2E_BASE_URL, REGION_HOST_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { publishedOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * What a link shared in a messenger group shows, and the Atom feeds of listings and searches: in every language of
 * the seeded region, for an offer published through the real form (a free room for 2, see fillOfferForm), with
 * the generated picture each page's tags point at.
 */

const locales = ["de", "uk", "en", "ru", "ar"] as const;
type Locale = (typeof locales)[number];
const messages = (locale: Locale) => JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
const prefix = (locale: Locale) => (locale === "de" ? "" : `/${locale}`);
const regionName = "Stadt Musterhausen (Demo)";

let catcher: MailCatcher;
let offer: { title: string; id: string };

test.beforeAll(async ({ browser, mailCatcher }) => {
  catcher = mailCatcher;
  offer = await publishedOffer(browser, catcher, "Zimmer für die Vorschau");
});

const meta = (page: Page, key: string) =>
  page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute("content");

/**
 * The page's picture as its tags declare it (one og:image, the same for Twitter's large card), fetched like a
 * messenger would: a PNG of the declared size, cacheable.
 */
async function expectPreviewImage(page: Page, url: string, alt: string | null, { cached }: { cached: boolean }) {
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
  expect(await meta(page, "og:image")).toBe(url);
  expect(await meta(page, "og:image:type")).toBe("image/png");
  expect(await meta(page, "og:image:width")).toBe("1200");
  expect(await meta(page, "og:image:height")).toBe("630");
  expect(await meta(page, "og:image:alt")).toBe(alt);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  expect(await meta(page, "twitter:image")).toBe(url);
  expect(await meta(page, "twitter:image:alt")).toBe(alt);
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cache-control"]).toMatch(/public/);
  const png = PNG.sync.read(await response.body());
  expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
  // The listing's and an offer's picture are drawn once and then served from the cache, like their pages.
  if (cached) expect((await page.request.get(url)).headers()["x-nextjs-cache"]).toBe("HIT");
}

type ParsedFeed = {
  error: string | null;
  root: string;
  ns: string;
  title: string;
  id: string;
  updated: string;
  /** Each entry's texts with the language they are marked with (xml:lang, inherited as XML has it). */
  entries: { id: string; title: string; titleLanguage: string; href: string; summary: string; summaryLanguage: string; content: string; contentLanguage: string }[];
};

/** The feed as Chromium's XML parser reads it: a document that is not well-formed XML reports a parser error. */
async function parseFeed(page: Page, url: string): Promise<ParsedFeed> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, "application/xml");
    const child = (element: Element, name: string) => element.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name)[0];
    const text = (element: Element, name: string) => child(element, name)?.textContent ?? "";
    const language = (element: Element | null): string =>
      !element ? "" : (element.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang") ?? language(element.parentElement));
    const root = document.documentElement;
    return {
      error: document.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI ?? "",
      title: text(root, "title"),
      id: text(root, "id"),
      updated: text(root, "updated"),
      entries: [...root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")].map((entry) => ({
        id: text(entry, "id"),
        title: text(entry, "title"),
        titleLanguage: language(child(entry, "title")),
        href: child(entry, "link")?.getAttribute("href") ?? "",
        summary: text(entry, "summary"),
        summaryLanguage: language(child(entry, "summary")),
        content: text(entry, "content"),
        contentLanguage: language(child(entry, "content")),
      })),
    };
  }, xml);
}

for (const locale of locales) {
  test(`${locale}: listing and offer links show what they are, and the listing's feed parses and lists the offer`, async ({ page }) => {
    const { Listing } = messages(locale);
    const listingUrl = `${E2E_BASE_URL}${prefix(locale)}/${SEEDED_REGION}/findflats`;
    await page.goto(listingUrl);

    expect(await meta(page, "og:title")).toBe(Listing.title.replace("{region}", regionName));
    expect(await meta(page, "og:url")).toBe(listingUrl);
    expect(await meta(page, "og:type")).toBe("website");
    const description = await meta(page, "description");
    expect(description).toContain(regionName);
    expect(await meta(page, "og:description")).toBe(description);
    await expectPreviewImage(page, `${listingUrl}/vorschaubild`, description, { cached: true });

    const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feedLink).toHaveAttribute("href", `${listingUrl}/feed`);
    const feed = await parseFeed(page, `${listingUrl}/feed`);
    expect(feed).toMatchObject({ error: null, root: "feed", ns: "http://www.w3.org/2005/Atom", id: `${listingUrl}/feed` });
    expect(feed.title).toBe(Listing.title.replace("{region}", regionName));
    expect(Date.parse(feed.updated)).not.toBeNaN();
    const entry = feed.entries.find((each) => each.id === `urn:uuid:${offer.id}`);
    // The app's heading and facts are in the feed's language; the landlord wrote in the German form.
    expect(entry).toMatchObject({ titleLanguage: locale, href: `${listingUrl}/${offer.id}`, summaryLanguage: locale, contentLanguage: "de" });
    expect(entry!.title).toContain(Listing.freeOfCharge);
    expect(entry!.content).toContain(offer.title);
    expect(entry!.summary).toContain("12349 Musterhausen-Süd");
    expect(entry!.summary).toContain(Listing.freeOfCharge);

    await page.goto(`${listingUrl}/${offer.id}`);
    expect(await meta(page, "og:title")).toContain(offer.title);
    expect(await meta(page, "og:url")).toBe(`${listingUrl}/${offer.id}`);
    expect(await meta(page, "og:description")).toBe(entry!.summary);
    await expectPreviewImage(page, `${listingUrl}/${offer.id}/vorschaubild`, entry!.summary, { cached: true });
    // The contact and report forms below the offer name no picture (none inherited from the offer's).
    for (const form of ["kontakt", "melden"]) {
      await page.goto(`${listingUrl}/${offer.id}/${form}`);
      await expect(page.locator('meta[property="og:image"], meta[name="twitter:image"]')).toHaveCount(0);
    }
    await page.goto(`${listingUrl}/${offer.id}`);
    // Nothing of the landlord's contact in what a messenger shows.
    expect(await meta(page, "og:description")).not.toContain("Erika");
  });
}

test("a search's feed lists the offers of that search only", async ({ page }) => {
  const search = `${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/suche?beds=2&free=1`;
  await page.goto(search);
  const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute("href", `${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/feed?beds=2&free=1`);
  await expectPreviewImage(page, `${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/suche/vorschaubild?beds=2&free=1`, await meta(page, "description"), {
    cached: false,
  });
  const matching = await parseFeed(page, (await feedLink.getAttribute("href"))!);
  expect(matching.title).toBe(messages("uk").Filters.searchTitle.replace("{region}", regionName));
  expect(matching.entries.map((entry) => entry.id)).toContain(`urn:uuid:${offer.id}`);

  const tooSmall = await parseFeed(page, `${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/feed?beds=30`);
  expect(tooSmall).toMatchObject({ error: null, entries: [] });
  expect((await page.request.get(`${E2E_BASE_URL}/${SEEDED_REGION}/findflats/feed?lang=xx`)).status()).toBe(200);
  expect((await page.request.get(`${E2E_BASE_URL}/nirgendwo/findflats/feed`)).status()).toBe(404);
  expect((await page.request.get(`${E2E_BASE_URL}/nirgendwo/findflats/suche/vorschaubild`)).status()).toBe(404);
  expect((await page.request.get(`${E2E_BASE_URL}/nirgendwo/findflats/vorschaubild`)).status()).toBe(404);
  const unknownOffer = `${E2E_BASE_URL}/${SEEDED_REGION}/findflats/00000000-0000-4000-8000-000000000000/vorschaubild`;
  expect((await page.request.get(unknownOffer)).status()).toBe(404);
});

test("publishing an offer expires the listing's cached picture with the listing", async ({ page, browser }) => {
  const url = `${E2E_BASE_URL}/ar/${SEEDED_REGION}/findflats/vorschaubild`;
  await page.request.get(url);
  const cached = await page.request.get(url);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const before = await cached.body();
  await publishedOffer(browser, catcher, "Noch ein Zimmer für die Vorschau");
  const after = await page.request.get(url);
  expect(after.status()).toBe(200);
  expect(after.headers()["x-nextjs-cache"]).not.toBe("HIT");
  // One offer more on the picture.
  expect((await after.body()).equals(before)).toBe(false);
});

test("on a region's own hostname the picture is on that hostname", async ({ page }) => {
  await page.goto(`${REGION_HOST_URL}/uk/findflats`);
  const url = `${REGION_HOST_URL}/uk/findflats/vorschaubild`;
  expect(await meta(page, "og:image")).toBe(url);
  // The browser, as *.localhost is the loopback address to it.
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-type"]).toBe("image/png");
  expect(PNG.sync.read(await response!.body()).width).toBe(1200);
});

/**
 * Every absolute address the page's head names (Open Graph and Twitter tags, canonical and alternate links), and its
 * pictures for Open Graph and Twitter (null without).
 */
async function headAddresses(page: Page): Promise<{ urls: string[]; ogImage: string | null; twitterImage: string | null }> {
  return page.locator("head").evaluate((head) => {
    const content = (selector: string) => head.querySelector(selector)?.getAttribute("content") ?? null;
    const urls = [
      ...[...head.querySelectorAll("meta[property], meta[name]")].map((meta) => meta.getAttribute("content") ?? ""),
      ...[...head.querySelectorAll("link[rel='canonical'], link[rel='alternate']")].map((link) => link.getAttribute("href") ?? ""),
    ].filter((value) => /^[a-z]+:\/\//i.test(value));
    return { urls, ogImage: content('meta[property="og:image"]'), twitterImage: content('meta[name="twitter:image"]') };
  });
}

for (const locale of locales) {
  test(`${locale}: every page names addresses on its region's origin only, and its picture where it names one`, async ({ page }) => {
    const mainSite = `${E2E_BASE_URL}${prefix(locale)}`;
    const unknownOffer = "00000000-0000-4000-8000-000000000000";
    const region = `${mainSite}/${SEEDED_REGION}`;
    const pages: [string, string][] = [
      [mainSite, E2E_BASE_URL],
      [`${mainSite}/nirgendwo/findflats`, E2E_BASE_URL],
      ...["", "/anbieten", "/findflats", `/findflats/${offer.id}`, "/findflats/suche?beds=2", "/impressum", "/datenschutz"].map(
        (path): [string, string] => [`${region}${path}`, E2E_BASE_URL],
      ),
      // The pages that named their picture on http://localhost:<port>/de/… (Next.js's guess and internal path).
      ...["/findflats/benachrichtigen", "/findflats/benachrichtigen/gesendet", `/findflats/${unknownOffer}`, "/findflats/seite/1"].map(
        (path): [string, string] => [`${region}${path}`, E2E_BASE_URL],
      ),
      ...[`/findflats/${offer.id}/kontakt`, `/findflats/${offer.id}/melden`].map((path): [string, string] => [`${region}${path}`, E2E_BASE_URL]),
      // A region with its own hostname: its pages there, and on the main site, name the hostname.
      ...["/findflats", "/findflats/benachrichtigen", `/findflats/${unknownOffer}`].map((path): [string, string] => [
        `${REGION_HOST_URL}${prefix(locale)}${path}`,
        REGION_HOST_URL,
      ]),
      [`${mainSite}/heidenheim/findflats/benachrichtigen`, REGION_HOST_URL],
    ];
    const pictures = new Set<string>();
    for (const [url, origin] of pages) {
      await page.goto(url);
      const { urls, ogImage, twitterImage } = await headAddresses(page);
      expect(urls.filter((named) => !named.startsWith(`${origin}/`) && named !== origin), url).toEqual([]);
      expect(twitterImage, url).toBe(ogImage);
      if (ogImage) pictures.add(ogImage);
    }
    // Where a page names a picture, it is there: on its origin, at its public address (opened by the browser, as
    // *.localhost is the loopback address to it).
    for (const picture of pictures) {
      const response = await page.goto(picture);
      expect({ picture, status: response?.status(), type: response?.headers()["content-type"] }).toEqual({ picture, status: 200, type: "image/png" });
    }
  });
}
