import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  matchPage,
  pagePath,
  sitePages,
  tokenFormPages,
  tokenLinkPath,
  tokenLinkRunPath,
  tokenPagePrefixes,
} from "./site-routes";

const regionFolder = path.join("app", "[locale]", "[city]");

/** Every page and route handler below a region's folder, as a path template ("/findflats/[offerId]/melden"). */
function regionRoutes(folder = regionFolder): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return regionRoutes(path.join(folder, entry.name));
    if (!/^(page\.tsx|route\.ts)$/.test(entry.name)) return [];
    const below = path.relative(regionFolder, folder).split(path.sep).filter(Boolean).join("/");
    return [`/${below}`];
  });
}

describe("the route table", () => {
  it("names every page and route handler of a region's folder, and nothing else", () => {
    // The token links' pages are one folder with the action as a parameter ([action]).
    const tokenPages = new Set(["/angebot/[token]/[action]", "/suchauftrag/[token]/[action]"]);
    const tablePaths: string[] = Object.values(sitePages);
    for (const route of regionRoutes()) expect(tablePaths, route).toContain(route);
    for (const template of tablePaths) {
      if (tokenPages.has(template)) continue;
      expect(regionRoutes(), template).toContain(template);
    }
  });

  it("builds paths with their parameters and query, encoded", () => {
    expect(pagePath("listing")).toBe("/findflats");
    expect(pagePath("listingPage", { page: 2 })).toBe("/findflats/seite/2");
    expect(pagePath("search", { query: "beds=2&free=1" })).toBe("/findflats/suche?beds=2&free=1");
    expect(pagePath("search", { query: "" })).toBe("/findflats/suche");
    expect(pagePath("contactSent", { offerId: "a b", query: { telefon: 1 } })).toBe("/findflats/a%20b/kontakt/gesendet?telefon=1");
    expect(pagePath("staffOffers", { query: { ergebnis: "deleted", angebot: undefined } })).toBe("/kommune/angebote?ergebnis=deleted");
    expect(tokenLinkPath("offer", { token: "T", action: "confirm" })).toBe("/angebot/T/bestaetigen");
    expect(tokenLinkPath("offer", { token: "T", action: "change", query: { ergebnis: "changed" } })).toBe("/angebot/T/aendern?ergebnis=changed");
    expect(tokenLinkRunPath("alert", { token: "T", action: "unsubscribe" })).toBe("/suchauftrag/T/abbestellen/ausfuehren");
    expect(tokenLinkPath("staffSignIn", { token: "T" })).toBe("/kommune/anmelden/T");
    expect(tokenLinkRunPath("staffSignIn", { token: "T" })).toBe("/kommune/anmelden/T/einloesen");
  });

  it("matches a path to its page, pages without parameters first", () => {
    expect(matchPage("/findflats/suche")?.name).toBe("search");
    expect(matchPage("/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11")).toEqual({
      name: "offer",
      params: { offerId: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11" },
    });
    expect(matchPage("/angebot/T/aendern")?.name).toBe("offerChange");
    expect(matchPage("/angebot/T/loeschen/ausfuehren")).toEqual({ name: "offerLinkRun", params: { token: "T", action: "loeschen" } });
    expect(matchPage("/findflats/seite/zwei")).toBeNull();
  });

  it("gives next.config.ts the token pages' prefixes and their form pages", () => {
    expect(tokenPagePrefixes()).toEqual(["/angebot", "/suchauftrag", "/kommune/anmelden"]);
    expect(tokenFormPages()).toEqual(["/angebot/[token]/aendern"]);
  });

  it("is the only place that writes a path of a region's page", () => {
    const sources = ["app", "components", "lib"].flatMap((folder) => sourceFiles(folder)).concat(["proxy.ts", "next.config.ts"]);
    const firstSegments = [...new Set(Object.values(sitePages).map((template) => template.split("/")[1]).filter(Boolean))];
    const pathLiteral = new RegExp(`["'\`]/(?:${firstSegments.join("|")})(?:[/?"'\`$]|$)`);
    const offenders = sources.filter((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .some((line) => !/^\s*(\*|\/\/|\/\*|\{\/\*)/.test(line) && pathLiteral.test(line)),
    );
    expect(offenders).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(path.join("lib", "routes")) && !file.startsWith(path.join("lib", "db", "generated")));
}
