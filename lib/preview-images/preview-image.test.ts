import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { rightToLeftPieces, shapeArabic } from "./arabic-text";
import { previewImage, previewImageSize, shortened } from "./preview-image";

const messages = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));
const region = { name: "Stadt Musterhausen (Demo)", logoUrl: null, accentColor: "#8a1538" };

/** PREVIEW_IMAGE_DIR=<folder> keeps the pictures to look at. */
async function rendered(name: string, content: Parameters<typeof previewImage>[0]) {
  const response = await previewImage(content);
  expect(response.headers.get("content-type")).toBe("image/png");
  const bytes = Buffer.from(await response.arrayBuffer());
  if (process.env.PREVIEW_IMAGE_DIR) {
    mkdirSync(process.env.PREVIEW_IMAGE_DIR, { recursive: true });
    writeFileSync(path.join(process.env.PREVIEW_IMAGE_DIR, `${name}.png`), bytes);
  }
  return PNG.sync.read(bytes);
}

/** How many pixels differ from the white background in the part below the region's band. */
function inkBelowBand(png: PNG): number {
  let ink = 0;
  for (let y = 200; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      if (png.data[at] < 200 || png.data[at + 1] < 200 || png.data[at + 2] < 200) ink++;
    }
  }
  return ink;
}

describe("preview images", () => {
  it("draws an Arabic offer and a Ukrainian listing at the declared size, with text in them", async () => {
    const ar = messages("ar");
    const arabic = await rendered("offer-ar", {
      locale: "ar",
      region,
      siteName: ar.Common.siteName,
      heading: "غرفة مفروشة قريبة من محطة القطار في وسط المدينة مع مطبخ مشترك",
      facts: [
        { label: ar.Listing.place, value: "12349 Musterhausen-Süd" },
        { label: ar.Listing.beds, value: "2" },
        { label: ar.Listing.rent, value: ar.Listing.freeAtFirst },
        { label: ar.Listing.availableFrom, value: new Intl.DateTimeFormat("ar", { dateStyle: "medium" }).format(new Date(2026, 11, 3)) },
      ],
    });
    const uk = messages("uk");
    const ukrainian = await rendered("listing-uk", {
      locale: "uk",
      region,
      siteName: uk.Common.siteName,
      heading: uk.Listing.title.replace("{region}", region.name),
      lead: "3 пропозиції",
    });
    for (const png of [arabic, ukrainian]) {
      expect({ width: png.width, height: png.height }).toEqual(previewImageSize);
      expect(inkBelowBand(png)).toBeGreaterThan(5_000);
    }
  });

  it("shapes Arabic letters by their neighbours and orders a right-to-left line's words for drawing", () => {
    // بيت: beh initial, yeh medial, teh final; لا is one ligature.
    expect(shapeArabic("بيت")).toBe("\ufe91\ufef4\ufe96");
    expect(shapeArabic("لا")).toBe("\ufefb");
    // Dal and alef join only to the letter before them.
    expect(shapeArabic("دار")).toBe("\ufea9\ufe8d\ufead");
    expect(shapeArabic("سار")).toBe("\ufeb3\ufe8e\ufead");
    expect(rightToLeftPieces("متاح من 12349 Musterhausen-Süd")).toEqual([
      [...shapeArabic("متاح")].reverse().join(""),
      [...shapeArabic("من")].reverse().join(""),
      "12349 Musterhausen-Süd",
    ]);
    // Direction marks of formatted dates are dropped, the date stays as written.
    expect(rightToLeftPieces("‏03‏/12‏/2026")).toEqual(["03/12/2026"]);
  });

  it("leaves out emoji and shortens long titles", () => {
    expect(shortened("🏠 Zimmer  frei")).toBe("Zimmer frei");
    expect([...shortened("x".repeat(200))]).toHaveLength(70);
  });
});
