import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { listingUrl, posterLocales, qrFileName } from "./listing-codes";
import { qrPng, qrSvgFile, qrSymbol } from "./qr-code";

const region = { slug: "augsburg", hostnames: [] as string[], listingLocales: ["de", "uk", "en"] };

function decode(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(new Uint8ClampedArray(rgba), width, height)?.data;
}

/** Paints the symbol's path (rows of `M x y h n v1 …z` runs) black on white, `scale` pixels per module. */
function rasterize(symbol: { size: number; path: string }, scale = 6) {
  const width = symbol.size * scale;
  const rgba = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, length] of symbol.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(length)) * scale; px++) {
        rgba.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
      }
    }
  }
  return { rgba, width };
}

describe("QR codes of a region's listing", () => {
  it.each([
    ["de", "http://127.0.0.1:3100/augsburg/findflats"],
    ["uk", "http://127.0.0.1:3100/uk/augsburg/findflats"],
  ] as const)("%s: the PNG is at least 1024 pixels wide and decodes to %s", async (locale, expected) => {
    const url = listingUrl(region, locale);
    expect(url).toBe(expected);

    const png = PNG.sync.read(await qrPng(url));
    expect(png.width).toBeGreaterThanOrEqual(1024);
    expect(png.height).toBe(png.width);
    expect(decode(png.data, png.width, png.height)).toBe(expected);
  });

  it("the SVG drawing decodes to the same URL and carries its label", () => {
    const url = listingUrl(region, "uk");
    const { rgba, width } = rasterize(qrSymbol(url));
    expect(decode(rgba, width, width)).toBe(url);

    const file = qrSvgFile(url, `QR-Code: ${url} & "mehr"`);
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(file).toContain(`role="img" aria-label="QR-Code: ${url} &#38; &#34;mehr&#34;"`);
    expect(file).toContain(qrSymbol(url).path);
  });

  it("names downloads after the region and the language", () => {
    expect(qrFileName(region, "uk", "png")).toBe("wohnraum-augsburg-uk.png");
    expect(qrFileName(region, "de", "svg")).toBe("wohnraum-augsburg-de.svg");
    expect(qrFileName(region, "anbieten", "png")).toBe("wohnraum-augsburg-anbieten.png");
  });
});

describe("poster languages", () => {
  it.each([
    ["uk", ["uk"]],
    ["uk-de", ["uk", "de"]],
    ["de-en", ["de", "en"]],
  ])("%s is a poster in %j", (segment, expected) => {
    expect(posterLocales(region, segment)).toEqual(expected);
  });

  it.each(["ar", "uk-uk", "uk-de-en", "", "UK", "uk-"])("%j is no poster of this region", (segment) => {
    expect(posterLocales(region, segment)).toBeNull();
  });
});
