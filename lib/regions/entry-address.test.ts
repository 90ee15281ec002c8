import { describe, expect, it } from "vitest";
import { entryRegion, entryTarget, isEntryPath, preferredLanguages, regionListLanguage } from "./entry-address";
import { listingLanguage } from "./listing-language";

const app = new URL(process.env.APP_URL || "http://localhost:3000");

const augsburg = { slug: "augsburg", hostnames: [], listingLocales: ["de", "uk", "en", "ru", "ar"], postalCodes: ["86150-86199", "86316"] };
const bayreuth = { slug: "bayreuth", hostnames: [], listingLocales: ["de", "en"], postalCodes: ["95444-95448"] };
const neuburg = {
  slug: "neuburg",
  hostnames: ["raumfrei.neuburg.example"],
  listingLocales: ["uk", "de"],
  postalCodes: ["86633"],
};
const regions = [augsburg, bayreuth, neuburg];
const query = (text: string) => new URLSearchParams(text);

describe("isEntryPath", () => {
  it("is /findflats with or without a language", () => {
    expect(isEntryPath(["findflats"])).toBe(true);
    expect(isEntryPath(["uk", "findflats"])).toBe(true);
    expect(isEntryPath(["de", "findflats"])).toBe(true);
  });

  it("is not a region's page or another language's segment", () => {
    expect(isEntryPath(["augsburg", "findflats"])).toBe(false);
    expect(isEntryPath(["findflats", "123"])).toBe(false);
    expect(isEntryPath(["uk", "augsburg", "findflats"])).toBe(false);
    expect(isEntryPath([])).toBe(false);
  });
});

describe("entryRegion", () => {
  it("finds the region by a postal code inside a range, at its ends and by a single code", () => {
    for (const code of ["86150", "86152", "86199", "86316"]) expect(entryRegion(regions, query(`plz=${code}`))?.slug).toBe("augsburg");
    expect(entryRegion(regions, query("plz=95448"))?.slug).toBe("bayreuth");
    expect(entryRegion(regions, query("plz=%2086633%20"))?.slug).toBe("neuburg");
  });

  it("finds the region by its slug, which comes before a postal code", () => {
    expect(entryRegion(regions, query("region=bayreuth"))?.slug).toBe("bayreuth");
    expect(entryRegion(regions, query("region=Bayreuth&plz=86150"))?.slug).toBe("bayreuth");
    expect(entryRegion(regions, query("region=atlantis&plz=86150"))?.slug).toBe("augsburg");
  });

  it("finds none for an unknown, malformed or missing postal code or slug", () => {
    for (const text of ["plz=86200", "plz=", "plz=8615", "plz=86150-86199", "plz=abc", "region=atlantis", "", "plz=00150"]) {
      expect(entryRegion(regions, query(text)), text).toBeUndefined();
    }
  });

  it("takes the first region in the given order if two ever claimed a code", () => {
    const twin = { ...bayreuth, slug: "zzz", postalCodes: ["86152"] };
    expect(entryRegion([augsburg, twin], query("plz=86152"))?.slug).toBe("augsburg");
  });
});

describe("preferredLanguages", () => {
  it("puts the path's language before the browser's", () => {
    expect(preferredLanguages(["ar", "findflats"], "uk-UA, en;q=0.5")).toEqual(["ar", "uk-ua", "en"]);
    expect(preferredLanguages(["findflats"], "uk-UA, en;q=0.5")).toEqual(["uk-ua", "en"]);
    expect(preferredLanguages(["findflats"], null)).toEqual([]);
  });
});

describe("listingLanguage and entryTarget", () => {
  it("sends to the listing in the best language the region lists", () => {
    expect(entryTarget(augsburg, ["uk-ua"])).toBe(`${app.origin}/uk/augsburg/findflats`);
    expect(entryTarget(augsburg, ["tlh", "ar"])).toBe(`${app.origin}/ar/augsburg/findflats`);
    expect(entryTarget(bayreuth, ["uk", "en"])).toBe(`${app.origin}/en/bayreuth/findflats`);
  });

  it("sends to German where the region does not list a language asked for", () => {
    expect(entryTarget(bayreuth, ["ar"])).toBe(`${app.origin}/bayreuth/findflats`);
    expect(entryTarget(augsburg, ["tlh"])).toBe(`${app.origin}/augsburg/findflats`);
    expect(entryTarget(augsburg, [])).toBe(`${app.origin}/augsburg/findflats`);
  });

  it("sends to the region's own hostname as its URL helper builds it", () => {
    const origin = `${app.protocol}//raumfrei.neuburg.example${app.port ? `:${app.port}` : ""}`;
    expect(entryTarget(neuburg, ["uk"])).toBe(`${origin}/uk/findflats`);
    expect(entryTarget(neuburg, ["ru"])).toBe(`${origin}/findflats`);
  });

  it("falls back to a region's first language where it has no German listing", () => {
    expect(listingLanguage({ listingLocales: ["uk", "en"] }, ["ar"])).toBe("uk");
    expect(listingLanguage({ listingLocales: ["xx", "en"] }, ["xx"])).toBe("en");
  });
});

describe("regionListLanguage", () => {
  it("is any of the app's languages the visitor asks for, German otherwise", () => {
    expect(regionListLanguage(["ar-sy"])).toBe("ar");
    expect(regionListLanguage(["tlh", "ru"])).toBe("ru");
    expect(regionListLanguage(["tlh"])).toBe("de");
    expect(regionListLanguage([])).toBe("de");
  });
});
