import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT, HOSTNAME_REGION, REGION_HOST_URL } from "./support/constants";
import { linksIn, type MailCatcher } from "./support/mail-catcher";
import { fillOfferForm, linkTo, offerForm, pressAndWaitForPage, translator, uniqueSuffix } from "./support/offers";
import { test } from "./support/test";

/**
 * A region with its own hostname (e2e/support/start-server.ts gives the seeded region "heidenheim" one with
 * `npm run region`): served at "/" without the city segment, and every absolute URL of the region (mails, QR
 * codes, API, canonical links) is on that hostname.
 */
const region = (
  JSON.parse(readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8")) as { slug: string; name: string }[]
).find((candidate) => candidate.slug === HOSTNAME_REGION)!;
const de = translator("de");
const hostPattern = REGION_HOST_URL.replaceAll(".", "\\.");
const uk = translator("uk");

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

test("the region's hostname serves its pages at / in every language, with links that keep to that hostname", async ({
  page,
}) => {
  const response = await page.goto(`${REGION_HOST_URL}/findflats`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de("Listing.title", { region: region.name }));
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${REGION_HOST_URL}/findflats`);
  await expect(page.locator('link[rel="alternate"][hreflang="uk"]')).toHaveAttribute("href", `${REGION_HOST_URL}/uk/findflats`);

  // The language switcher leads to the Ukrainian listing on the same hostname, without a city segment.
  await page.getByRole("navigation", { name: de("Common.languages") }).getByRole("link", { name: de("LocaleName.uk") }).click();
  await expect(page).toHaveURL(`${REGION_HOST_URL}/uk/findflats`);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("Listing.title", { region: region.name }));

  // The region's start page is the hostname's root.
  await page.goto(`${REGION_HOST_URL}/`);
  await expect(page.getByRole("link", { name: de("Region.offer") })).toHaveAttribute("href", "/anbieten");
});

test("the main site's pages of such a region name the hostname as canonical", async ({ page }) => {
  await page.goto(`/${HOSTNAME_REGION}/findflats`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${REGION_HOST_URL}/findflats`);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute("href", `${REGION_HOST_URL}/ar/findflats`);
});

test("on the hostname, /de/… and /{slug}/… addresses lead to the page without them", async ({ page }) => {
  const redirects: [string, string][] = [
    ["/de/findflats", "/findflats"],
    [`/${HOSTNAME_REGION}/anbieten`, "/anbieten"],
    [`/uk/${HOSTNAME_REGION}/findflats/suche?sort=rent`, "/uk/findflats/suche?sort=rent"],
  ];
  for (const [path, target] of redirects) {
    const response = await page.goto(`${REGION_HOST_URL}${path}`);
    expect(response?.request().redirectedFrom()?.url(), path).toBe(`${REGION_HOST_URL}${path}`);
    expect(page.url(), path).toBe(`${REGION_HOST_URL}${target}`);
    expect(response?.status(), path).toBe(200);
  }
});

test("an unknown host gets the main site", async ({ page }) => {
  await page.goto(`http://unbekannt.localhost:${E2E_PORT}/`);
  await expect(page.getByRole("link", { name: region.name })).toHaveAttribute("href", `/${HOSTNAME_REGION}`);
});

test("an offer made on the hostname: its mails, confirmation, listing, QR code and API all use the hostname", async ({
  browser,
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const title = `Wohnung am Brenzufer ${suffix}`;
  const email = `brenz-${suffix}@example.test`;

  await page.goto(`${REGION_HOST_URL}/anbieten`);
  await expect(page.getByRole("link", { name: /Datenschutzerklärung/ })).toHaveAttribute("href", "/datenschutz");
  await fillOfferForm(page, de, { title, email });
  await offerForm(page, de).submit.click();
  await expect(page).toHaveURL(`${REGION_HOST_URL}/anbieten/gesendet`);
  // The address the mail went to reaches the sent page under the hostname's path as well.
  await expect(page.getByRole("main")).toContainText(email);

  const confirmation = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === de("Mail.confirmation.subject", { title }),
  );
  const confirmLink = linkTo(confirmation, "bestaetigen");
  expect(confirmLink).toMatch(new RegExp(`^${hostPattern}/angebot/[A-Za-z0-9_-]{43}/bestaetigen$`));

  const confirmPage = await page.goto(confirmLink);
  // The token pages' headers apply on the hostname too, where the path has no city segment.
  expect(confirmPage?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(confirmPage?.headers()["cache-control"]).toContain("no-store");
  await page.getByRole("button", { name: "Jetzt bestätigen und veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot ist jetzt veröffentlicht");
  await expect(page).toHaveURL(`${confirmLink}?ergebnis=confirmed`);
  const published = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === de("Mail.published.subject", { title }),
  );
  for (const segment of ["loeschen", "vermittelt", "verlaengern"] as const) {
    expect(linkTo(published, segment).startsWith(`${REGION_HOST_URL}/angebot/`)).toBe(true);
  }

  // Without JavaScript and in Ukrainian, the button leads back to its page on the hostname, with the language prefix.
  const withoutScripts = await browser.newContext({ javaScriptEnabled: false });
  const plain = await withoutScripts.newPage();
  const extendPage = `${REGION_HOST_URL}/uk${new URL(linkTo(published, "verlaengern")).pathname}`;
  await plain.goto(extendPage);
  await pressAndWaitForPage(plain, plain.getByRole("button", { name: uk("OfferLink.extend.button") }));
  await expect(plain).toHaveURL(`${extendPage}?ergebnis=extended`);
  await expect(plain.getByRole("status")).toHaveClass(/notice-success/);
  await withoutScripts.close();

  // The change page saves on the hostname too, without JavaScript: its Server Action posts to the short path.
  const changeLink = linksIn(published).find((href) => href.endsWith("/aendern")) ?? "";
  expect(changeLink).toMatch(new RegExp(`^${hostPattern}/angebot/[A-Za-z0-9_-]{43}/aendern$`));
  const changing = await browser.newContext({ javaScriptEnabled: false });
  const changePage = await changing.newPage();
  expect((await changePage.goto(changeLink))?.headers()["referrer-policy"]).toBe("same-origin");
  await offerForm(changePage, de).description.fill("Frisch renoviert, mit Balkon zur Brenz.");
  await pressAndWaitForPage(changePage, changePage.getByRole("button", { name: de("OfferForm.change.submit") }));
  await expect(changePage).toHaveURL(`${changeLink}?ergebnis=changed`);
  await expect(changePage.getByRole("status").filter({ hasText: de("OfferLink.change.done") })).toBeVisible();
  await changing.close();

  await page.goto(`${REGION_HOST_URL}/findflats`);
  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`^${hostPattern}/findflats/[0-9a-f-]{36}$`));
  await expect(page.getByRole("article").getByText(title, { exact: true })).toBeVisible();
  const offerUrl = page.url();

  const api = await (await request.get(`${E2E_BASE_URL}/api/v1/${HOSTNAME_REGION}/offers`)).json();
  expect(api.offers.find((offer: { title: string }) => offer.title === title)?.detailUrl).toBe(offerUrl);
  const regions = await (await request.get(`${E2E_BASE_URL}/api/v1/regions`)).json();
  const listed = regions.regions.find((candidate: { slug: string }) => candidate.slug === HOSTNAME_REGION);
  expect(listed.listingUrls.uk).toBe(`${REGION_HOST_URL}/uk/findflats`);

  await page.goto(`/${HOSTNAME_REGION}/qr`);
  await expect(page.getByRole("img", { name: `QR-Code zu ${REGION_HOST_URL}/uk/findflats` })).toBeVisible();
});
