import { describe, expect, it } from "vitest";
import { sitePath } from "./site";
import { canonicalSite, postalCodeEntryUrl, regionEntryUrl, regionUrl } from "./urls";

// vitest runs with the development default APP_URL unless the environment sets one.
const app = new URL(process.env.APP_URL || "http://localhost:3000");

describe("regionUrl", () => {
  it("puts a region without its own hostname under its slug on the main site", () => {
    const region = { slug: "augsburg", hostnames: [] };
    expect(regionUrl(region, "de", "/findflats")).toBe(`${app.origin}/augsburg/findflats`);
    expect(regionUrl(region, "uk", "/findflats")).toBe(`${app.origin}/uk/augsburg/findflats`);
  });

  it("puts a region with its own hostname at its root, on the deployment's scheme and port", () => {
    const region = { slug: "neuburg", hostnames: ["raumfrei.neuburg.example", "alt.neuburg.example"] };
    const origin = `${app.protocol}//raumfrei.neuburg.example${app.port ? `:${app.port}` : ""}`;
    expect(regionUrl(region, "de", "/findflats")).toBe(`${origin}/findflats`);
    expect(regionUrl(region, "ar", "/angebot/abc/loeschen")).toBe(`${origin}/ar/angebot/abc/loeschen`);
    expect(canonicalSite(region)).toEqual({ origin, slug: "neuburg", citySegment: false });
  });
});

describe("regionEntryUrl", () => {
  it("is on the main site in no language, also for a region with its own hostname", () => {
    expect(regionEntryUrl({ slug: "neuburg" })).toBe(`${app.origin}/findflats?region=neuburg`);
    expect(postalCodeEntryUrl()).toBe(`${app.origin}/findflats?plz=`);
  });
});

describe("sitePath", () => {
  it("keeps the city segment on the main site and drops it on a hostname", () => {
    expect(sitePath("augsburg", "/findflats")).toBe("/augsburg/findflats");
    expect(sitePath("raumfrei.neuburg.example", "/findflats")).toBe("/findflats");
    expect(sitePath("raumfrei.neuburg.example", "")).toBe("/");
  });
});
