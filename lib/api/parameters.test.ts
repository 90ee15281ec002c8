import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { readOffersQuery, readRegionsQuery } from "./parameters";

const query = (search: string) => new URLSearchParams(search);

describe("readOffersQuery", () => {
  it("takes no lang or any of the app's locales", () => {
    expect(readOffersQuery(query(""))).toEqual({ ok: true, value: { lang: undefined } });
    for (const locale of routing.locales) {
      expect(readOffersQuery(query(`lang=${locale}`))).toEqual({ ok: true, value: { lang: locale } });
    }
  });

  it("refuses an unknown, empty or repeated lang, naming the parameter", () => {
    for (const search of ["lang=xx", "lang=", "lang=UK", "lang=uk&lang=de"]) {
      expect(readOffersQuery(query(search))).toMatchObject({ ok: false, parameter: "lang" });
    }
  });

  it("refuses an unknown parameter, naming it", () => {
    expect(readOffersQuery(query("language=uk"))).toMatchObject({ ok: false, parameter: "language" });
  });
});

describe("readRegionsQuery", () => {
  it("takes no parameters", () => {
    expect(readRegionsQuery(query(""))).toEqual({ ok: true, value: {} });
    expect(readRegionsQuery(query("lang=uk"))).toMatchObject({ ok: false, parameter: "lang" });
  });
});
