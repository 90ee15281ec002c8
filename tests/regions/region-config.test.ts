import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { parseRegionArguments } from "@/lib/regions/region-arguments";
import { RegionConfigError, saveRegion } from "@/lib/regions/region-config";
import { regionSites } from "@/lib/regions/region-sites";
import { prepareTestDatabase, uniqueSuffix } from "../support/database";

let database: Database;

/**
 * Postal codes no other test of this run holds: the seeded regions' are German ones, these are above 99000, each
 * test taking its own ten (a range of four of them: low, inside, high, and one outside).
 */
let nextPostalCode = 99000 + Math.floor(Math.random() * 90) * 10;
function freePostalCodes(count: number): string[] {
  const base = nextPostalCode;
  nextPostalCode += 10;
  return [0, 4, 8, 9].slice(0, count).map((step) => String(base + step));
}
beforeAll(async () => {
  database = await prepareTestDatabase();
});

describe("npm run region: arguments", () => {
  it("reads the slug and each option into the setting it changes", () => {
    expect(
      parseRegionArguments([
        "musterhausen",
        "--name=Stadt Musterhausen",
        "--hostnames=wohnraum.musterhausen.de, raum.musterhausen.de",
        "--embed-origins=",
        "--languages=de,uk",
        "--contact-phone=",
        "--search-indexing=yes",
        "--contact-requests-per-offer=20",
        "--contact-request-copies=no",
        "--reminders=no",
        "--postal-codes=86150-86199, 86316",
        "--review=every-offer",
      ]),
    ).toEqual({
      slug: "musterhausen",
      changes: {
        name: "Stadt Musterhausen",
        hostnames: ["wohnraum.musterhausen.de", "raum.musterhausen.de"],
        embedOrigins: [],
        listingLocales: ["de", "uk"],
        contactPhone: null,
        searchIndexing: true,
        contactRequestsPerOffer: 20,
        contactRequestCopies: false,
        reminders: false,
        postalCodes: ["86150-86199", "86316"],
        review: "every-offer",
      },
    });
  });

  it.each([[[]], [["--name=x"]], [["augsburg", "--colour=red"]], [["augsburg", "name=x"]], [["augsburg", "--search-indexing=maybe"]]])(
    "refuses %j with a message naming what is wrong",
    (argv) => {
      expect(() => parseRegionArguments(argv)).toThrow(RegionConfigError);
    },
  );
});

describe("npm run region: saving", () => {
  it("creates a region from a name and a mailbox, with sensible defaults", async () => {
    const slug = `ort-${uniqueSuffix()}`;
    const region = await saveRegion(slug, { name: "Stadt Testort", mailbox: "wohnraum@testort.example" });
    expect(region).toMatchObject({
      slug,
      name: "Stadt Testort",
      senderName: "Wohnraumbörse Stadt Testort",
      contactName: "Stadt Testort",
      contactEmail: "wohnraum@testort.example",
      hostnames: [],
      embedOrigins: [],
      listingLocales: ["de", "uk", "en", "ru", "ar"],
      searchIndexing: false,
      contactRequestsPerOffer: 15,
      contactRequestCopies: false,
      reminders: true,
      postalCodes: [],
      review: "OFF",
    });
    expect(region.privacyPolicyVersion).toMatch(/^\d{4}-\d{2}$/);
  });

  it("changes only the given settings of an existing region, normalizing hostnames and origins", async () => {
    const slug = `ort-${uniqueSuffix()}`;
    await saveRegion(slug, { name: "Stadt Testort", mailbox: "wohnraum@testort.example", contactPhone: "0821 1" });
    await saveRegion(slug, { hostnames: [`Wohnraum.${slug}.Example`], embedOrigins: ["HTTPS://www.Testort.example"] });
    const stored = await database.region.findUniqueOrThrow({ where: { slug } });
    expect(stored).toMatchObject({
      name: "Stadt Testort",
      contactPhone: "0821 1",
      hostnames: [`wohnraum.${slug}.example`],
      embedOrigins: ["https://www.testort.example"],
    });
  });

  it.each([
    [{ name: "Stadt Testort" }, "mailbox"],
    [{ name: "Stadt Testort", mailbox: "kein-postfach" }, "mailbox"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", contactRequestsPerOffer: 0 }, "contactRequestsPerOffer"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", contactRequestsPerOffer: "viele" }, "contactRequestsPerOffer"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", embedOrigins: ["https://www.example.de/seite"] }, "embedOrigins"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", hostnames: ["https://wohnraum.example.de"] }, "hostnames"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", accentColor: "red" }, "accentColor"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", listingLocales: ["fr"] }, "listingLocales"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", postalCodes: ["8615"] }, "postalCodes"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", postalCodes: ["86199-86150"] }, "postalCodes"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", postalCodes: ["00999"] }, "postalCodes"],
    [{ name: "Stadt Testort", mailbox: "a@b.example", review: "sometimes" }, "review"],
  ] as const)("refuses %j, naming %s, and stores nothing", async (changes, setting) => {
    const slug = `ort-${uniqueSuffix()}`;
    await expect(saveRegion(slug, changes as never)).rejects.toThrow(new RegExp(`^${setting}`, "m"));
    expect(await database.region.findUnique({ where: { slug } })).toBeNull();
  });

  it("sets the review mode as the command writes it and keeps it when other settings change", async () => {
    const slug = `ort-${uniqueSuffix()}`;
    await saveRegion(slug, { name: "Stadt Testort", mailbox: "a@testort.example", ...parseRegionArguments([slug, "--review=first-offer"]).changes });
    expect((await database.region.findUniqueOrThrow({ where: { slug } })).review).toBe("FIRST_OFFER");
    await saveRegion(slug, { name: "Stadt Testort an der Brenz" });
    expect((await database.region.findUniqueOrThrow({ where: { slug } })).review).toBe("FIRST_OFFER");
    await saveRegion(slug, parseRegionArguments([slug, "--review=off"]).changes);
    expect((await database.region.findUniqueOrThrow({ where: { slug } })).review).toBe("OFF");
    await expect(saveRegion(slug, parseRegionArguments([slug, "--review=every"]).changes)).rejects.toThrow(
      /^review: must be off, first-offer or every-offer/m,
    );
  });

  it("gives a hostname to one region only", async () => {
    const hostname = `wohnraum.${uniqueSuffix()}.example`;
    const first = `ort-${uniqueSuffix()}`;
    const second = `ort-${uniqueSuffix()}`;
    await saveRegion(first, { name: "Erster Ort", mailbox: "a@erster.example", hostnames: [hostname] });
    await saveRegion(second, { name: "Zweiter Ort", mailbox: "a@zweiter.example" });
    await expect(saveRegion(second, { hostnames: [hostname] })).rejects.toThrow(`already belongs to region "${first}"`);
    expect((await database.region.findUniqueOrThrow({ where: { slug: second } })).hostnames).toEqual([]);
  });

  it.each(["findflats", "uk", "de"])("refuses the slug %j, a path of the main site", async (slug) => {
    await expect(saveRegion(slug, { name: "Stadt Testort", mailbox: "a@b.example" })).rejects.toThrow(/^slug: must not be one of findflats, de, uk/m);
  });

  it("stores postal codes without spaces and keeps them when other settings change", async () => {
    const slug = `ort-${uniqueSuffix()}`;
    const [code] = freePostalCodes(1);
    await saveRegion(slug, { name: "Stadt Testort", mailbox: "a@testort.example", postalCodes: [` ${code} - ${code} `] });
    await saveRegion(slug, { name: "Stadt Testort an der Brenz" });
    expect((await database.region.findUniqueOrThrow({ where: { slug } })).postalCodes).toEqual([`${code}-${code}`]);
    await saveRegion(slug, { postalCodes: [] });
    expect((await database.region.findUniqueOrThrow({ where: { slug } })).postalCodes).toEqual([]);
  });

  it("gives a postal code to one region only, naming the region that has it", async () => {
    const [low, inside, high, outside] = freePostalCodes(4);
    const first = `ort-${uniqueSuffix()}`;
    const second = `ort-${uniqueSuffix()}`;
    await saveRegion(first, { name: "Erster Ort", mailbox: "a@erster.example", postalCodes: [`${low}-${high}`] });
    await saveRegion(second, { name: "Zweiter Ort", mailbox: "a@zweiter.example", postalCodes: [outside] });
    await expect(saveRegion(second, { postalCodes: [outside, inside] })).rejects.toThrow(
      `postalCodes: ${inside} overlaps ${low}-${high} of region "${first}"`,
    );
    expect((await database.region.findUniqueOrThrow({ where: { slug: second } })).postalCodes).toEqual([outside]);
    // Giving up the code frees it for the other region.
    await saveRegion(first, { postalCodes: [] });
    expect((await saveRegion(second, { postalCodes: [outside, inside] })).postalCodes).toEqual([outside, inside]);
    // A shared PostgreSQL database keeps the regions of earlier runs: leave the codes free for them.
    await saveRegion(second, { postalCodes: [] });
  });

  it("is what the proxy finds by hostname and by slug, with the embed origins", async () => {
    const slug = `ort-${uniqueSuffix()}`;
    const hostname = `wohnraum.${slug}.example`;
    await saveRegion(slug, {
      name: "Stadt Testort",
      mailbox: "a@testort.example",
      hostnames: [hostname],
      embedOrigins: ["https://www.testort.example"],
    });
    // A fresh load (the cache keeps the list for a minute).
    const sites = await regionSites(Date.now() + 10 * 60_000);
    expect(sites.byHostname.get(hostname)).toMatchObject({ slug, embedOrigins: ["https://www.testort.example"] });
    expect(sites.bySlug.get(slug)?.hostnames).toEqual([hostname]);
  });
});
