import { describe, expect, it } from "vitest";
import { acceptedLanguages, bestLanguage } from "./accept-language";
import { routing } from "./routing";

describe("acceptedLanguages", () => {
  it("orders the ranges by weight, keeping the header's order among equal weights", () => {
    expect(acceptedLanguages("de;q=0.5, uk-UA, ru;q=0.9, en")).toEqual(["uk-ua", "en", "ru", "de"]);
    expect(acceptedLanguages("ar-SY,ar;q=0.9,en-US;q=0.8,en;q=0.7")).toEqual(["ar-sy", "ar", "en-us", "en"]);
  });

  it("reads weights with spaces and up to three decimals", () => {
    expect(acceptedLanguages("en ; q = 0.001, uk;q=1.000")).toEqual(["uk", "en"]);
  });

  it("leaves out refused ranges, the wildcard and malformed entries", () => {
    expect(acceptedLanguages("uk;q=0, *;q=0.5, en")).toEqual(["en"]);
    expect(acceptedLanguages("en;q=2, ru;q=0.5x, de;level=1, ;;, uk")).toEqual(["uk"]);
    expect(acceptedLanguages("<script>, ru")).toEqual(["ru"]);
  });

  it("is empty for no header or an empty one", () => {
    expect(acceptedLanguages(null)).toEqual([]);
    expect(acceptedLanguages("")).toEqual([]);
    expect(acceptedLanguages(" , ")).toEqual([]);
  });

  it("reads a very long header only as far as a browser's would go", () => {
    expect(acceptedLanguages([...Array(1000).fill("tlh"), "uk"].join(","))).toEqual(Array(30).fill("tlh"));
  });
});

describe("bestLanguage", () => {
  const locales = routing.locales;

  it("matches a range with subtags to its language", () => {
    expect(bestLanguage(["uk-ua"], locales)).toBe("uk");
    expect(bestLanguage(["ar-sy"], locales)).toBe("ar");
    expect(bestLanguage(["ru-cyrl-ru"], locales)).toBe("ru");
  });

  it("takes the most preferred language that is available", () => {
    expect(bestLanguage(["tlh", "fr", "ru", "en"], locales)).toBe("ru");
    expect(bestLanguage(["uk", "en"], ["de", "en"])).toBe("en");
  });

  it("does not match a language by a mere prefix or a range by a longer tag", () => {
    expect(bestLanguage(["ukr", "english", "e"], locales)).toBeUndefined();
  });

  it("finds nothing for an unknown language or none", () => {
    expect(bestLanguage(["tlh"], locales)).toBeUndefined();
    expect(bestLanguage([], locales)).toBeUndefined();
  });
});
