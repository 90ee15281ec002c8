import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { HOSTNAME_REGION, REGION_HOST_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { fillOfferForm, linkTo, offerForm, publishOffer, submitOffer, translator as formTranslator, uniqueSuffix } from "./support/offers";
import { test } from "./support/test";
import { frontCacheControl } from "../lib/security/front-cache";

/**
 * Where alert mails, feeds and links shared in messenger groups lead once an offer is deleted or expired: the
 * region's page in the reader's language saying so, answering 410 Gone, with the way to the region's current offers
 * and to an alert for offers like it. An id never published stays the generic 404. (Expiry is tested with the
 * database in tests/offers/gone-offer.test.ts: the expiry job cannot be moved in time against a running server.)
 */

const locales = ["de", "uk", "en", "ru", "ar"] as const;
type Language = (typeof locales)[number];

function translator(locale: Language) {
  const messages = JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
  return createTranslator({ locale, messages });
}

const regionName = "Stadt Musterhausen (Demo)";
const prefix = (locale: Language) => (locale === "de" ? "" : `/${locale}`);
const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let catcher: MailCatcher;
/** The deleted offer's id, in the seeded region. */
let goneId: string;

/** Opens the deletion link of a published offer's mail and presses its button: the offer is gone at once. */
async function deleteOffer(page: Page, published: Parameters<typeof linkTo>[0]) {
  await page.goto(linkTo(published, "loeschen"));
  await page.getByRole("button", { name: "Angebot jetzt löschen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wurde gelöscht");
}

/** The id of the offer the listing at `listingUrl` links to with `title`. */
async function listedId(page: Page, listingUrl: string, title: string): Promise<string> {
  await page.goto(listingUrl);
  const href = await page.getByRole("link", { name: title }).getAttribute("href");
  const id = /\/findflats\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
  if (!id) throw new Error(`No offer id in the listing's link ${href}`);
  return id;
}

test.beforeAll(async ({ browser, mailCatcher }) => {
  catcher = mailCatcher;
  const page = await browser.newPage();
  const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer, das vergeben ist" });
  const published = await publishOffer(page, catcher, offer);
  goneId = await listedId(page, `/${SEEDED_REGION}/findflats`, offer.title);
  await deleteOffer(page, published);
  await page.close();
});

function expectGoneHeaders(response: { status(): number; headers(): Record<string, string> } | null, path: string) {
  expect(response?.status(), path).toBe(410);
  // No cache in front keeps it longer than any public page; the app's own cache keeps it until the listing changes.
  expect(response?.headers()["cache-control"], path).toBe(frontCacheControl);
}

for (const locale of ["de", "uk"] as const) {
  test(`a deleted offer's page answers 410 in ${locale}, in the region's colours, with its listing and a similar alert`, async ({
    page,
  }) => {
    const t = translator(locale);
    const path = `${prefix(locale)}/${SEEDED_REGION}/findflats/${goneId}`;
    // Twice: the first answer is rendered, the second comes from the cache; both say 410.
    for (let answer = 0; answer < 2; answer++) expectGoneHeaders(await page.goto(path), path);

    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(`${t("GoneOffer.metaTitle", { region: regionName })} · ${t("Common.siteName")}`);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("GoneOffer.title"));
    // The region's identity: its logo (named by the region) and its accent colour.
    await expect(page.getByRole("banner").getByRole("img", { name: regionName })).toBeVisible();
    await expect(page.locator(".page")).toHaveAttribute("style", /--color-accent:\s*#0b6e4f/);
    const listing = page.getByRole("link", { name: t.markup("GoneOffer.listing", { region: regionName, name: (chunks) => chunks }) });
    await expect(listing).toHaveAttribute("href", `${prefix(locale)}/${SEEDED_REGION}/findflats`);
    // The alert form gets the gone offer's type and place as its search.
    const alert = page.getByRole("link", { name: t("GoneOffer.alert") });
    await expect(alert).toHaveAttribute(
      "href",
      `${prefix(locale)}/${SEEDED_REGION}/findflats/benachrichtigen?type=ROOM&place=Musterhausen-S%C3%BCd`,
    );
    await alert.click();
    await expect(page.getByText(t("Enums.type.ROOM"), { exact: true })).toBeVisible();
    await expect(page.getByText("Musterhausen-Süd", { exact: true })).toBeVisible();
  });
}

test("the gone page is served from the cache with its scripts allowed by hash, and they run", async ({ page, request }) => {
  const path = `/uk/${SEEDED_REGION}/findflats/${goneId}`;
  const response = await request.get(path);
  expect(response.status()).toBe(410);
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(2);
  const html = await response.text();
  for (const [, body] of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    expect(policies[1].value).toContain(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
  }

  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(path);
  // The language switcher is a client component: it works only once the page's scripts ran.
  await page.getByRole("banner").getByRole("navigation").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${SEEDED_REGION}/findflats/${goneId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator("en")("GoneOffer.title"));
  expect(violations).toEqual([]);
});

test("an id never published gets the generic 404, not the gone page", async ({ request }) => {
  for (const path of [
    `/${SEEDED_REGION}/findflats/00000000-0000-4000-8000-000000000000`,
    `/uk/${SEEDED_REGION}/findflats/00000000-0000-4000-8000-000000000000`,
    `/${SEEDED_REGION}/findflats/not-an-id`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain(translator("de")("GoneOffer.title"));
  }
});

test("on a region's own hostname a deleted offer's page answers 410 with that region's name", async ({ page }) => {
  const de = formTranslator("de");
  const suffix = uniqueSuffix();
  const title = `Wohnung an der Brenz, vergeben ${suffix}`;
  const email = `brenz-gone-${suffix}@example.test`;
  await page.goto(`${REGION_HOST_URL}/anbieten`);
  await fillOfferForm(page, de, { title, email });
  await offerForm(page, de).submit.click();
  await expect(page).toHaveURL(`${REGION_HOST_URL}/anbieten/gesendet`);
  const confirmation = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === de("Mail.confirmation.subject", { title }),
  );
  const published = await publishOffer(page, catcher, { title, email, confirmation, confirmLink: linkTo(confirmation, "bestaetigen"), token: "" });
  const id = await listedId(page, `${REGION_HOST_URL}/findflats`, title);
  await deleteOffer(page, published);

  const t = translator("uk");
  const response = await page.goto(`${REGION_HOST_URL}/uk/findflats/${id}`);
  expectGoneHeaders(response, `${HOSTNAME_REGION} ${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("GoneOffer.title"));
  const hostRegion = "Landkreis Heidenheim";
  await expect(page.getByRole("banner")).toContainText(hostRegion);
  const listing = page.getByRole("link", { name: t.markup("GoneOffer.listing", { region: hostRegion, name: (chunks) => chunks }) });
  await expect(listing).toHaveAttribute("href", "/uk/findflats");
});

for (const locale of locales) {
  test(`axe finds nothing on the gone page in ${locale}`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/${SEEDED_REGION}/findflats/${goneId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(translator(locale)("GoneOffer.title"));
    const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
