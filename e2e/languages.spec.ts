import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { E2E_BASE_URL, FEW_LANGUAGES_REGION, SEEDED_REGION } from "./support/constants";
import { publishListingOffer } from "./support/listing-offers";
import type { MailCatcher } from "./support/mail-catcher";
import { publishOffer, submitOffer } from "./support/offers";
import { test } from "./support/test";

/** The app's own texts in one language, read from the same message files as the app. */
function translator(locale: "de" | "uk" | "en" | "ru" | "ar") {
  const messages = JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
  return createTranslator({ locale, messages });
}

const de = translator("de");
const uk = translator("uk");
const ru = translator("ru");
const ar = translator("ar");
const regionName = "Stadt Musterhausen (Demo)";
const languageNames = { de: "Deutsch", uk: "Українська", en: "English", ru: "Русский", ar: "العربية" };

function switcher(page: Page) {
  return page.getByRole("banner").getByRole("navigation");
}

async function expectDocumentLanguage(page: Page, lang: string, dir: "ltr" | "rtl") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
}

test("the Arabic listing is right to left, in Arabic, and its header is mirrored", async ({ page }) => {
  await page.goto(`/ar/${SEEDED_REGION}/findflats`);

  await expectDocumentLanguage(page, "ar", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar("Listing.title", { region: regionName }));
  await expect(page.getByRole("link", { name: ar("Common.skipToContent") })).toBeAttached();
  await expect(page.getByRole("navigation", { name: ar("Common.languages") })).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText(ar("Common.operator"));

  // Mirrored: the site's name starts at the right edge, the language links follow to its left.
  const name = await page.locator(".site-name").boundingBox();
  const links = await switcher(page).boundingBox();
  const width = page.viewportSize()!.width;
  expect(name!.x + name!.width).toBeGreaterThan(width - 40);
  expect(links!.x).toBeLessThan(name!.x);
});

test("the Russian listing and landlord form are in Russian, left to right", async ({ page }) => {
  await page.goto(`/ru/${SEEDED_REGION}/findflats`);
  await expectDocumentLanguage(page, "ru", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru("Listing.title", { region: regionName }));

  await page.goto(`/ru/${SEEDED_REGION}/anbieten`);
  await expectDocumentLanguage(page, "ru", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru("OfferForm.heading"));
  await expect(page.getByLabel(new RegExp(`^${ru("OfferForm.fields.title.label")}`))).toBeVisible();
  await expect(page.getByRole("group", { name: new RegExp(`^${ru("OfferForm.fields.type.label")}`) })).toBeVisible();

  // An empty form, checked in the browser: each field's error in Russian.
  await page.getByRole("button", { name: ru("OfferForm.submit") }).click();
  const title = page.getByLabel(new RegExp(`^${ru("OfferForm.fields.title.label")}`));
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(new RegExp(ru("OfferForm.errors.required")));
});

test("the switcher names each language in itself and leads with the current one, marked", async ({ page }) => {
  await page.goto(`/uk/${SEEDED_REGION}/findflats`);
  const links = switcher(page).getByRole("link");
  const { uk: current, ...others } = languageNames;
  await expect(links).toHaveText([current, ...Object.values(others)]);
  for (const [locale, name] of Object.entries(languageNames)) {
    const link = switcher(page).getByRole("link", { name, exact: true });
    await expect(link).toHaveAttribute("lang", locale);
    await expect(link).toHaveAttribute("hreflang", locale);
  }
  await expect(switcher(page).locator("[aria-current]")).toHaveText(languageNames.uk);
  await expect(switcher(page).locator("[aria-current]")).toHaveAttribute("aria-current", "page");
});

test("switching from the Ukrainian search to German keeps the city, the filters and the sorting", async ({ page }) => {
  const query = "beds=2&pets=1&sort=rent";
  await page.goto(`/uk/${SEEDED_REGION}/findflats/suche?${query}`);
  await expectDocumentLanguage(page, "uk", "ltr");

  await switcher(page).getByRole("link", { name: languageNames.de }).click();

  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/findflats/suche?${query}`);
  await expectDocumentLanguage(page, "de", "ltr");
  await expect(switcher(page).getByRole("link", { name: languageNames.ar })).toHaveAttribute(
    "href",
    `/ar/${SEEDED_REGION}/findflats/suche?${query}`,
  );
});

test("on the cached listing page, the browser adds the query string to the language links", async ({ page }) => {
  // The page is rendered once for all visitors, so the server cannot know the query; the switcher adds it.
  await page.goto(`/uk/${SEEDED_REGION}/findflats?source=poster`);
  await expect(switcher(page).getByRole("link", { name: languageNames.de })).toHaveAttribute(
    "href",
    `/${SEEDED_REGION}/findflats?source=poster`,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the language links are plain links that keep path and query", async ({ page }) => {
    await page.goto(`/ar/${SEEDED_REGION}/findflats/suche?free=1&sort=newest`);
    await switcher(page).getByRole("link", { name: languageNames.ru }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/ru/${SEEDED_REGION}/findflats/suche?free=1&sort=newest`);
    await expectDocumentLanguage(page, "ru", "ltr");

    await page.goto(`/ar/${SEEDED_REGION}/anbieten`);
    await switcher(page).getByRole("link", { name: languageNames.de }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de("OfferForm.heading"));
  });

  test("a region's page names its language versions in <link rel=alternate hreflang> for search engines", async ({
    page,
  }) => {
    const alternates = () =>
      page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${link.getAttribute("href")}`));

    await page.goto(`/ru/${SEEDED_REGION}/findflats/suche?beds=2`);
    expect(await alternates()).toEqual([
      `de ${E2E_BASE_URL}/${SEEDED_REGION}/findflats/suche?beds=2`,
      `uk ${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/suche?beds=2`,
      `en ${E2E_BASE_URL}/en/${SEEDED_REGION}/findflats/suche?beds=2`,
      `ru ${E2E_BASE_URL}/ru/${SEEDED_REGION}/findflats/suche?beds=2`,
      `ar ${E2E_BASE_URL}/ar/${SEEDED_REGION}/findflats/suche?beds=2`,
      `x-default ${E2E_BASE_URL}/${SEEDED_REGION}/findflats/suche?beds=2`,
    ]);

    await page.goto(`/ar/${SEEDED_REGION}/anbieten`);
    expect(await alternates()).toContain(`uk ${E2E_BASE_URL}/uk/${SEEDED_REGION}/anbieten`);
  });

  test("the server answers an empty Russian form in Russian, with Russian plural forms", async ({ page }) => {
    await page.goto(`/ru/${SEEDED_REGION}/anbieten`);
    await page.getByRole("button", { name: ru("OfferForm.submit") }).click();

    await expect(page).toHaveURL(`${E2E_BASE_URL}/ru/${SEEDED_REGION}/anbieten`);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading")).toHaveText(/^Пожалуйста, проверьте следующие \d+ (поля|полей):$/);
    await expect(
      summary.getByRole("link", { name: `${ru("OfferForm.fields.title.label")}: ${ru("OfferForm.errors.required")}` }),
    ).toBeVisible();
  });
});

test.describe("with a published offer", () => {
  let catcher: MailCatcher;
  test.beforeAll(({ mailCatcher }) => {
    catcher = mailCatcher;
  });

  test("the switcher on an offer's page leads to the same offer in the other language", async ({ page }) => {
    const offer = await submitOffer(page, catcher, { titlePrefix: "Zimmer für die Sprachprobe" });
    await publishOffer(page, catcher, offer);

    await page.goto(`/ar/${SEEDED_REGION}/findflats`);
    await page.getByRole("link", { name: offer.title }).click();
    await expect(page).toHaveURL(new RegExp(`/ar/${SEEDED_REGION}/findflats/[0-9a-f-]{36}$`));
    const offerPath = new URL(page.url()).pathname.replace(/^\/ar/, "");
    await expectDocumentLanguage(page, "ar", "rtl");

    await switcher(page).getByRole("link", { name: languageNames.en }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/en${offerPath}`);
    await expectDocumentLanguage(page, "en", "ltr");
    await expect(page.getByText(offer.title)).toBeVisible();
  });

  test("the landlord's own text is marked with the language it was written in, for screen readers", async ({ page }) => {
    const offer = await submitOffer(page, catcher, { titlePrefix: "Wohnung mit deutschem Text" });
    await publishOffer(page, catcher, offer);

    // Written in the German form, shown on the Ukrainian pages: a screen reader reads it with a German voice.
    await page.goto(`/uk/${SEEDED_REGION}/findflats`);
    await expectDocumentLanguage(page, "uk", "ltr");
    await expect(page.getByRole("article").getByText(offer.title, { exact: true })).toHaveAttribute("lang", "de");
    await page.getByRole("link", { name: offer.title }).click();
    // The heading, composed by the app, is Ukrainian; the landlord's title below it German.
    expect(await page.getByRole("heading", { level: 1 }).getAttribute("lang")).toBeNull();
    await expect(page.getByRole("article").getByText(offer.title, { exact: true })).toHaveAttribute("lang", "de");
    await expect(page.getByText("Ruhige Lage, Bus in 3 Minuten.")).toHaveAttribute("lang", "de");
    // The page's own texts stay in the page's language.
    await expect(page.getByRole("heading", { level: 2, name: uk("Listing.description") })).not.toHaveAttribute(
      "lang",
    );
  });

  test("Arabic pages keep phone numbers and prices left to right and join lists as Arabic does; prices read with €", async ({
    page,
  }) => {
    const offer = await publishListingOffer(page, catcher, {
      titlePrefix: "Wohnung für die Schreibrichtung",
      type: "FLAT",
      rooms: "2",
      beds: "3",
      areaSqm: "52",
      place: "Musterhausen-Nord",
      postalCode: "12345",
      description: "Zwei Zimmer, Küche, Bad.",
      rent: { cold: "400", running: "80", deposit: "900" },
      languages: ["de", "uk"],
      contactName: "Olena Beispiel",
      phone: "+49 170 1234567",
    });
    const fact = (label: string) =>
      page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");
    const languages = (t: typeof ar) => [t("Enums.language.de"), t("Enums.language.uk")];

    await page.goto(`/ar${offer.path}`);
    await expectDocumentLanguage(page, "ar", "rtl");
    // "+49 170 1234567" in right-to-left text would come out as "1234567 170 49+".
    await expect(page.locator('bdi[dir="ltr"]', { hasText: "+49 170 1234567" })).toBeVisible();
    await expect(fact(ar("Listing.totalRent")).locator('bdi[dir="ltr"]')).toHaveText(/^\u200f?480\s€$/);
    const spoken = fact(ar("Listing.spokenLanguages"));
    await expect(spoken).toHaveText(new Intl.ListFormat("ar", { type: "conjunction" }).format(languages(ar)));
    await expect(spoken).not.toContainText(",");

    // Ukrainian: "480 €" (not "480 EUR"), the language names in lower case, joined with "і".
    await page.goto(`/uk${offer.path}`);
    await expect(fact(uk("Listing.totalRent"))).toHaveText(/^480\s€$/);
    await expect(fact(uk("Listing.spokenLanguages"))).toHaveText("німецька і українська");
  });

  test("Arabic forms align the phone and e-mail fields like the others, with their content left to right", async ({ page }) => {
    await page.goto(`/ar/${SEEDED_REGION}/anbieten`);
    const style = (name: string) =>
      page.locator(`input[name="${name}"]`).evaluate((input) => {
        const { direction, textAlign } = getComputedStyle(input);
        return { direction, textAlign };
      });
    expect(await style("contactPhone")).toEqual({ direction: "ltr", textAlign: "right" });
    expect(await style("contactEmail")).toEqual({ direction: "ltr", textAlign: "right" });
    expect((await style("contactName")).direction).toBe("rtl");
  });
});

test("a region's pages name only the languages it lists, in the page's head and not in a Link header", async ({ page }) => {
  const response = await page.goto(`/en/${FEW_LANGUAGES_REGION}/findflats`);
  expect(response?.headers()["link"]).toBeUndefined();
  const alternates = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => `${link.getAttribute("hreflang")} ${link.getAttribute("href")}`));
  expect(alternates).toEqual([
    `de ${E2E_BASE_URL}/${FEW_LANGUAGES_REGION}/findflats`,
    `en ${E2E_BASE_URL}/en/${FEW_LANGUAGES_REGION}/findflats`,
    `x-default ${E2E_BASE_URL}/${FEW_LANGUAGES_REGION}/findflats`,
  ]);
});
