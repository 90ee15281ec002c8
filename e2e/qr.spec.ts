import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_BASE_URL, FEW_LANGUAGES_REGION, HOSTNAME_REGION, REGION_HOST_URL, SEEDED_REGION } from "./support/constants";

type SeededRegion = {
  slug: string;
  name: string;
  listingLocales: string[];
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  logoUrl?: string;
  accentColor?: string;
};
const regions = JSON.parse(readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8")) as SeededRegion[];
/** The seeded region as prisma/regions.json describes it: its name, the languages of its listing, logo and colour. */
const seeded = regions.find((region) => region.slug === SEEDED_REGION)!;
/** A region without logo and colour of its own. */
const plain = regions.find((region) => region.slug === FEW_LANGUAGES_REGION)!;
const localeNames = JSON.parse(readFileSync(new URL("../messages/de.json", import.meta.url), "utf8")).LocaleName as Record<
  string,
  string
>;

/** What the landlords' code carries: the region's offer form, in German. */
function offerFormUrl(region = SEEDED_REGION): string {
  return `${E2E_BASE_URL}/${region}/anbieten`;
}

function rgb(hex: string): string {
  return `rgb(${[1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)).join(", ")})`;
}

function listingUrl(locale: string): string {
  return `${E2E_BASE_URL}${locale === "de" ? "" : `/${locale}`}/${SEEDED_REGION}/findflats`;
}

function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** What a phone would read from the code as the browser draws it. */
async function scan(image: Locator): Promise<string | undefined> {
  return decodePng(await image.screenshot());
}

/** Printed width in cm of a code's dark part (the SVG adds a white margin of 4 modules each side; 96 px an inch). */
async function printedCodeWidth(image: Locator): Promise<number> {
  const { width } = (await image.boundingBox())!;
  const size = Number((await image.getAttribute("viewBox"))!.split(" ")[2]);
  return ((width * (size - 8)) / size / 96) * 2.54;
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** The printable part of an A4 page (210 × 297 mm less 12 mm of margin each side), in CSS pixels (96 an inch). */
const printable = { width: Math.floor(((210 - 24) / 25.4) * 96), height: Math.floor(((297 - 24) / 25.4) * 96) };

/**
 * Printed, the poster fills its A4 page: laid out as wide as the page's printable part, it is as tall as that part,
 * nothing of it is cut off (its content fits its height), the region's contact sits at its foot, and the PDF has one
 * page.
 */
async function expectOneFilledPage(page: Page, poster: Locator) {
  await page.setViewportSize(printable);
  await page.emulateMedia({ media: "print" });
  const sheet = (await poster.boundingBox())!;
  expect(sheet.height).toBeGreaterThan(printable.height * 0.97);
  expect(sheet.height).toBeLessThanOrEqual(printable.height);
  expect(await poster.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(0);
  const contact = (await poster.locator("footer").boundingBox())!;
  expect(sheet.y + sheet.height - (contact.y + contact.height)).toBeLessThan(10);
  expect(pdfPageCount(await page.pdf({ format: "A4" }))).toBe(1);
}

const qrPage = `/${SEEDED_REGION}/qr`;

test("the QR page offers one code per listing language, each leading to that language's listing", async ({ page }) => {
  const response = await page.goto(qrPage);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`QR-Codes und Plakate: ${seeded.name}`);
  // For municipal staff only: search engines must not list it.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  expect(seeded.listingLocales).toEqual(expect.arrayContaining(["de", "uk"]));
  // One heading per listing language, and the landlords' code.
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(seeded.listingLocales.length + 1);
  for (const locale of seeded.listingLocales) {
    const url = listingUrl(locale);
    const code = page.getByRole("region", { name: localeNames[locale] });
    const image = code.getByRole("img", { name: `QR-Code zu ${url}` });
    await expect(image).toBeVisible();
    await expect(code.getByRole("link", { name: url })).toHaveAttribute("href", url);
    expect(await scan(image)).toBe(url);
    await expect(code.getByRole("link", { name: /^SVG herunterladen/ })).toHaveAttribute(
      "href",
      `/api/qr/${SEEDED_REGION}/${locale}.svg`,
    );
    await expect(code.getByRole("link", { name: /^PNG herunterladen/ })).toHaveAttribute(
      "href",
      `/api/qr/${SEEDED_REGION}/${locale}.png`,
    );
  }
});

test("the QR page offers the landlords' code to the offer form, with its posters", async ({ page }) => {
  await page.goto(qrPage);
  const landlords = page.getByRole("region", { name: "Wohnraum anbieten: Plakat für Vermieterinnen und Vermieter" });
  const image = landlords.getByRole("img", { name: `QR-Code zu ${offerFormUrl()}` });
  expect(await scan(image)).toBe(offerFormUrl());
  await expect(landlords.getByRole("link", { name: offerFormUrl() })).toHaveAttribute("href", offerFormUrl());
  // Downloads for the municipality's own flyers, labelled in German like the poster.
  const png = await page.request.get((await landlords.getByRole("link", { name: /^PNG herunterladen/ }).getAttribute("href"))!);
  expect(png.headers()["content-disposition"]).toBe(`attachment; filename="wohnraum-${SEEDED_REGION}-anbieten.png"`);
  expect(decodePng(await png.body())).toBe(offerFormUrl());
  const svg = await page.request.get((await landlords.getByRole("link", { name: /^SVG herunterladen/ }).getAttribute("href"))!);
  expect(svg.url()).toBe(`${E2E_BASE_URL}/api/qr/${SEEDED_REGION}/anbieten.svg`);
  expect(await svg.text()).toContain(`<title>QR-Code zu ${offerFormUrl()}</title>`);
  await expect(landlords.getByRole("link", { name: "A4-Plakat auf Deutsch" })).toHaveAttribute(
    "href",
    `/${SEEDED_REGION}/qr/plakat-anbieten/de`,
  );
  await expect(landlords.getByRole("link", { name: "A4-Plakat, zweisprachig Deutsch und Englisch" })).toHaveAttribute(
    "href",
    `/${SEEDED_REGION}/qr/plakat-anbieten/de-en`,
  );
});

test("the Ukrainian code downloads as PNG and SVG that both carry the Ukrainian listing URL", async ({ page, request }) => {
  const ukrainianListing = listingUrl("uk");
  await page.goto(qrPage);
  const ukrainian = page.getByRole("region", { name: localeNames.uk });

  // From the keyboard, the link saves the file under a name that says what it is.
  const pngLink = ukrainian.getByRole("link", { name: /^PNG herunterladen/ });
  const download = page.waitForEvent("download");
  await pngLink.focus();
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toBe(`wohnraum-${SEEDED_REGION}-uk.png`);

  const png = await request.get((await pngLink.getAttribute("href"))!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["content-disposition"]).toBe(`attachment; filename="wohnraum-${SEEDED_REGION}-uk.png"`);
  const pngBytes = await png.body();
  expect(PNG.sync.read(pngBytes).width).toBeGreaterThanOrEqual(1024);
  expect(decodePng(pngBytes)).toBe(ukrainianListing);

  const svgHref = await ukrainian.getByRole("link", { name: /^SVG herunterladen/ }).getAttribute("href");
  const svg = await request.get(svgHref!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toBe("image/svg+xml");
  expect(svg.headers()["content-disposition"]).toBe(`attachment; filename="wohnraum-${SEEDED_REGION}-uk.svg"`);
  // The file stands on its own: a browser draws it, and the drawing scans.
  await page.setContent(`<body style="margin:0">${await svg.text()}</body>`);
  const drawn = page.getByRole("img", { name: `QR-код із посиланням ${ukrainianListing}` });
  await drawn.evaluate((element) => element.setAttribute("width", "400"));
  expect(await scan(drawn)).toBe(ukrainianListing);

  expect((await request.get(`/api/qr/${SEEDED_REGION}/xx.png`)).status()).toBe(404);
  expect((await request.get(`/api/qr/unbekannt/uk.png`)).status()).toBe(404);
});

test.describe("posters, rendered without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Ukrainian poster speaks Ukrainian, scans, and prints on one A4 page", async ({ page }) => {
    await page.goto(qrPage);
    await page.getByRole("region", { name: localeNames.uk }).getByRole("link", { name: "A4-Plakat", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/qr/plakat/uk$`));

    const poster = page.locator('article[lang="uk"]');
    await expect(poster).toHaveAttribute("dir", "ltr");
    await expect(poster.getByRole("heading", { level: 1 })).toHaveText("Шукаєте житло?");
    await expect(poster).toContainText(`Житло для вас у ${seeded.name}: скануйте код, щоб переглянути пропозиції.`);
    await expect(poster).toContainText(listingUrl("uk"));
    expect(await scan(poster.getByRole("img", { name: /^QR/ }))).toBe(listingUrl("uk"));

    // Printed, only the poster remains, with a code at least 12 cm wide.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Zurück zu allen QR-Codes" })).toBeHidden();
    expect(await printedCodeWidth(poster.getByRole("img", { name: /^QR/ }))).toBeGreaterThanOrEqual(12);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.length).toBeGreaterThan(10_000);
    await expectOneFilledPage(page, poster);
    // The region's logo and colour, and its contact at the foot.
    await expect(poster.getByRole("img", { name: seeded.name })).toBeVisible();
    await expect(poster.getByRole("heading", { level: 1 })).toHaveCSS("color", rgb(seeded.accentColor!));
    await expect(poster.locator("footer")).toContainText(`Запитання? ${seeded.contactName}`);
    await expect(poster.locator("footer")).toContainText(seeded.contactEmail);
  });

  test("the bilingual poster carries both languages and the code to the Ukrainian listing", async ({ page }) => {
    await page.goto(`${qrPage}/plakat/uk-de`);
    await expect(page.locator('p[lang="uk"]')).toHaveText(
      `Житло для вас у ${seeded.name}: скануйте код, щоб переглянути пропозиції.`,
    );
    await expect(page.locator('p[lang="de"]')).toHaveText(
      `${seeded.name} – Wohnraum für Sie: Scannen Sie den Code, um die Angebote anzusehen.`,
    );
    const code = page.locator("article").getByRole("img", { name: /^QR/ });
    expect(await scan(code)).toBe(listingUrl("uk"));
    await page.emulateMedia({ media: "print" });
    expect(await printedCodeWidth(code)).toBeGreaterThanOrEqual(12);
    await expectOneFilledPage(page, page.locator("article"));
  });

  test("the Arabic poster reads right to left", async ({ page }) => {
    expect(seeded.listingLocales).toContain("ar");
    await page.goto(`${qrPage}/plakat/ar`);
    const poster = page.locator('article[lang="ar"]');
    await expect(poster).toHaveAttribute("dir", "rtl");
    await expect(poster.getByRole("heading", { level: 1 })).toHaveText("هل تبحث عن سكن؟");
    // The Latin region name keeps its own order inside the Arabic sentence.
    await expect(poster.locator("p[lang=ar] bdi")).toHaveText(seeded.name);
    expect(await scan(poster.getByRole("img", { name: /QR/ }))).toBe(listingUrl("ar"));
    await expectOneFilledPage(page, poster);
  });

  test("a poster in a language the region does not list does not exist", async ({ page }) => {
    const response = await page.goto(`${qrPage}/plakat/fr`);
    expect(response?.status()).toBe(404);
  });
});

test.describe("the landlords' poster, rendered without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("in German: the region's logo and colour, a code to the offer form, one filled A4 page", async ({ page }) => {
    await page.goto(qrPage);
    await page.getByRole("link", { name: "A4-Plakat auf Deutsch" }).click();
    await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/qr/plakat-anbieten/de$`));
    expect(await page.title()).toContain(`Plakat „Wohnraum anbieten“: ${seeded.name}`);

    const poster = page.locator('article[lang="de"]');
    await expect(poster.getByRole("heading", { level: 1 })).toHaveText("Wohnraum anbieten");
    await expect(poster).toContainText(`${seeded.name} sucht Wohnraum für Geflüchtete.`);
    await expect(poster).toContainText(offerFormUrl());
    const code = poster.getByRole("img", { name: `QR-Code zu ${offerFormUrl()}` });
    expect(await scan(code)).toBe(offerFormUrl());

    // prisma/regions.json gives the demo region a logo and a colour.
    expect(seeded.logoUrl && seeded.accentColor).toBeTruthy();
    const logo = poster.getByRole("img", { name: seeded.name });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    await expect(poster.getByRole("heading", { level: 1 })).toHaveCSS("color", rgb(seeded.accentColor!));
    await expect(poster.locator("header")).toHaveCSS("border-bottom-color", rgb(seeded.accentColor!));
    await expect(poster.locator("footer")).toContainText(`Fragen? ${seeded.contactName}`);
    await expect(poster.locator("footer")).toContainText(seeded.contactEmail);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Zurück zu allen QR-Codes" })).toBeHidden();
    expect(await printedCodeWidth(code)).toBeGreaterThanOrEqual(12);
    await expectOneFilledPage(page, poster);
  });

  test("in German and English, on one page", async ({ page }) => {
    await page.goto(`${qrPage}/plakat-anbieten/de-en`);
    const poster = page.locator("article");
    await expect(poster.getByRole("heading", { level: 1 })).toHaveText("Wohnraum anbietenOffer housing");
    await expect(poster.locator('p[lang="en"]')).toContainText(`${seeded.name} is looking for housing for refugees.`);
    await expect(poster.locator("footer")).toContainText("Fragen? / Questions?");
    const code = poster.getByRole("img", { name: /^QR/ });
    expect(await scan(code)).toBe(offerFormUrl());
    await page.emulateMedia({ media: "print" });
    expect(await printedCodeWidth(code)).toBeGreaterThanOrEqual(12);
    await expectOneFilledPage(page, poster);
  });

  test("a region without logo and colour shows its name in the default colour", async ({ page }) => {
    expect(plain.logoUrl ?? plain.accentColor).toBeUndefined();
    await page.goto(`/${plain.slug}/qr/plakat-anbieten/de`);
    const poster = page.locator("article");
    // The code is the only picture: no broken logo.
    await expect(poster.getByRole("img")).toHaveCount(1);
    await expect(poster.locator("header")).toHaveText(plain.name);
    await expect(poster.getByRole("heading", { level: 1 })).toHaveCSS("color", rgb("#1f4e79"));
    expect(await scan(poster.getByRole("img"))).toBe(offerFormUrl(plain.slug));
  });

  test("the code of a region with its own hostname leads to the form there", async ({ page }) => {
    await page.goto(`/${HOSTNAME_REGION}/qr/plakat-anbieten/de`);
    expect(await scan(page.locator("article").getByRole("img", { name: /^QR/ }))).toBe(`${REGION_HOST_URL}/anbieten`);
  });

  test("other languages do not exist", async ({ page }) => {
    for (const languages of ["en", "uk", "en-de", "de-de"]) {
      expect((await page.goto(`${qrPage}/plakat-anbieten/${languages}`))?.status(), languages).toBe(404);
    }
  });

});

test("axe finds nothing on the landlords' poster and the QR page, in German and in Arabic", async ({ page }) => {
  for (const path of [`${qrPage}/plakat-anbieten/de`, `/ar${qrPage}/plakat-anbieten/de-en`, `/ar${qrPage}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
