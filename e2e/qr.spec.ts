import { readFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";

/** The seeded region as prisma/regions.json describes it: its name and the languages of its listing. */
const seeded = (
  JSON.parse(readFileSync(new URL("../prisma/regions.json", import.meta.url), "utf8")) as {
    slug: string;
    name: string;
    listingLocales: string[];
  }[]
).find((region) => region.slug === SEEDED_REGION)!;
const localeNames = JSON.parse(readFileSync(new URL("../messages/de.json", import.meta.url), "utf8")).LocaleName as Record<
  string,
  string
>;

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

const qrPage = `/${SEEDED_REGION}/qr`;

test("the QR page offers one code per listing language, each leading to that language's listing", async ({ page }) => {
  const response = await page.goto(qrPage);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`QR-Codes und Plakate: ${seeded.name}`);
  // For municipal staff only: search engines must not list it.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  expect(seeded.listingLocales).toEqual(expect.arrayContaining(["de", "uk"]));
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(seeded.listingLocales.length);
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
    expect(await scan(poster.getByRole("img"))).toBe(listingUrl("uk"));

    // Printed, only the poster remains, with a code at least 12 cm wide.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("link", { name: "Zurück zu allen QR-Codes" })).toBeHidden();
    expect(await printedCodeWidth(poster.getByRole("img"))).toBeGreaterThanOrEqual(12);

    const pdf = await page.pdf({ format: "A4" });
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  test("the bilingual poster carries both languages and the code to the Ukrainian listing", async ({ page }) => {
    await page.goto(`${qrPage}/plakat/uk-de`);
    await expect(page.locator('p[lang="uk"]')).toHaveText(
      `Житло для вас у ${seeded.name}: скануйте код, щоб переглянути пропозиції.`,
    );
    await expect(page.locator('p[lang="de"]')).toHaveText(
      `${seeded.name} – Wohnraum für Sie: Scannen Sie den Code, um die Angebote anzusehen.`,
    );
    const code = page.locator("article").getByRole("img");
    expect(await scan(code)).toBe(listingUrl("uk"));
    await page.emulateMedia({ media: "print" });
    expect(await printedCodeWidth(code)).toBeGreaterThanOrEqual(12);
    expect(pdfPageCount(await page.pdf({ format: "A4" }))).toBe(1);
  });

  test("the Arabic poster reads right to left", async ({ page }) => {
    expect(seeded.listingLocales).toContain("ar");
    await page.goto(`${qrPage}/plakat/ar`);
    const poster = page.locator('article[lang="ar"]');
    await expect(poster).toHaveAttribute("dir", "rtl");
    await expect(poster.getByRole("heading", { level: 1 })).toHaveText("هل تبحث عن سكن؟");
    // The Latin region name keeps its own order inside the Arabic sentence.
    await expect(poster.locator("p[lang=ar] bdi")).toHaveText(seeded.name);
    expect(await scan(poster.getByRole("img"))).toBe(listingUrl("ar"));
    expect(pdfPageCount(await page.pdf({ format: "A4" }))).toBe(1);
  });

  test("a poster in a language the region does not list does not exist", async ({ page }) => {
    const response = await page.goto(`${qrPage}/plakat/fr`);
    expect(response?.status()).toBe(404);
  });
});
