import { describe, expect, it } from "vitest";
import { contrastRatio, defaultAccentColor, isReadableAccent, regionIdentity } from "./identity";

describe("contrastRatio", () => {
  it("gives WCAG's extremes and known pairs", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // Values from the WebAIM contrast checker.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#1f4e79", "#ffffff")).toBeCloseTo(8.66, 2);
  });

  it("does not depend on the order or the case of the colours", () => {
    expect(contrastRatio("#FFFFFF", "#0B6E4F")).toBe(contrastRatio("#0b6e4f", "#ffffff"));
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => contrastRatio("red", "#ffffff")).toThrow(/#rrggbb/);
    expect(() => contrastRatio("#fff", "#ffffff")).toThrow(/#rrggbb/);
  });
});

describe("isReadableAccent", () => {
  it("accepts colours white text reaches 4.5:1 on, and nothing lighter", () => {
    expect(isReadableAccent("#767676")).toBe(true);
    expect(isReadableAccent("#777777")).toBe(false);
    expect(isReadableAccent("#ffcc00")).toBe(false);
    expect(isReadableAccent("not a colour")).toBe(false);
  });
});

describe("regionIdentity", () => {
  const region = { name: "Stadt Musterhausen", logoUrl: "https://www.musterhausen.example/logo.svg" };

  it("keeps a readable colour and the logo", () => {
    expect(regionIdentity({ ...region, accentColor: "#0B6E4F" })).toEqual({
      name: "Stadt Musterhausen",
      logoUrl: "https://www.musterhausen.example/logo.svg",
      accentColor: "#0b6e4f",
    });
  });

  it("falls back to the default colour when there is none or white text would be unreadable on it", () => {
    expect(regionIdentity({ ...region, accentColor: null }).accentColor).toBe(defaultAccentColor);
    expect(regionIdentity({ ...region, accentColor: "#ffcc00" }).accentColor).toBe(defaultAccentColor);
    expect(regionIdentity({ ...region, logoUrl: null, accentColor: null }).logoUrl).toBeNull();
  });
});
