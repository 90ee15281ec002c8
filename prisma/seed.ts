/**
 * `npm run db:seed` creates or updates every region in prisma/regions.json (add a municipality there, or pass
 * another file: `npm run db:seed -- --regions=path/to/regions.json`). `--demo` also publishes a few example
 * offers in the demo region "musterhausen" when it has none.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { regionConfigSchema, saveRegion } from "@/lib/regions/region-config";
import { createToken } from "@/lib/security/tokens";

const args = process.argv.slice(2);
const regionsFile = args.find((arg) => arg.startsWith("--regions="))?.slice("--regions=".length) ?? "prisma/regions.json";
const regions = z
  .array(z.preprocess(logoOnThisApp, regionConfigSchema))
  .parse(JSON.parse(await readFile(path.resolve(regionsFile), "utf8")));

/** A logo served from this app's public/ may be given as a path ("/regions/musterhausen.png"): it lives on APP_URL. */
function logoOnThisApp(region: unknown): unknown {
  if (typeof region !== "object" || region === null || !("logoUrl" in region)) return region;
  const { logoUrl } = region;
  if (typeof logoUrl !== "string" || !logoUrl.startsWith("/")) return region;
  return { ...region, logoUrl: `${env.APP_URL}${logoUrl}` };
}

for (const { slug, ...settings } of regions) {
  await saveRegion(slug, settings);
}
console.log(`Regions: ${regions.map((region) => region.slug).join(", ")}`);

if (args.includes("--demo") && (await db().offer.count({ where: { regionSlug: "musterhausen" } })) === 0) {
  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const demoOffers = [
    {
      title: "Helle 2-Zimmer-Wohnung nahe Bahnhof",
      description: "Möbliert, 2. Stock mit Aufzug. Supermarkt und Bushaltestelle in 5 Minuten erreichbar.",
      place: "Musterhausen-Mitte",
      postalCode: "12345",
      type: "FLAT" as const,
      rooms: 2,
      areaSqm: 54,
      beds: 3,
      rentType: "RENTED" as const,
      coldRent: 480,
      runningCosts: 120,
      deposit: 960,
      furnished: true,
      kitchen: true,
      ownBathroom: true,
      barrierFree: true,
      catsAllowed: true,
      smokingAllowed: false,
      residents: "NOBODY" as const,
      languages: ["de", "en"],
      contactName: "Familie Berger",
      contactPhone: "+49 1512 3456789",
      contactEmail: "berger@example.org",
      showName: true,
      showPhone: true,
      showEmail: false,
    },
    {
      title: "Gästezimmer bei älterem Ehepaar",
      description: "Eigenes Zimmer mit Bett und Schrank, Küche und Bad zur Mitbenutzung. Wir sprechen etwas Russisch.",
      place: "Musterhausen-Nord",
      postalCode: "12347",
      type: "ROOM" as const,
      rooms: 1,
      areaSqm: 14,
      beds: 1,
      rentType: "FREE_THEN_RENT" as const,
      coldRent: 250,
      runningCosts: 60,
      deposit: null,
      furnished: true,
      kitchen: true,
      ownBathroom: false,
      barrierFree: false,
      otherPetsAllowed: true,
      smokingAllowed: false,
      lgbtiqFriendly: true,
      residents: "LANDLORD" as const,
      residentCount: 2,
      hostType: "COUPLE" as const,
      languages: ["de", "ru"],
      contactName: "Helga und Peter Schmidt",
      contactPhone: null,
      contactEmail: "schmidt@example.org",
      showName: true,
      showPhone: false,
      showEmail: true,
    },
  ];
  for (const [index, offer] of demoOffers.entries()) {
    const confirmedAt = new Date(now - (index + 1) * day);
    await db().offer.create({
      data: {
        ...offer,
        regionSlug: "musterhausen",
        status: "ACTIVE",
        tokenHash: createToken().tokenHash,
        locale: "de",
        availableFrom: new Date(new Date(now + 7 * day).toISOString().slice(0, 10)),
        availableUntil: null,
        durationDays: 30,
        consentedAt: confirmedAt,
        privacyPolicyVersion: "2026-11",
        createdAt: confirmedAt,
        confirmedAt,
        expiresAt: new Date(confirmedAt.getTime() + 30 * day),
      },
    });
  }
  console.log(`Demo offers published in musterhausen: ${demoOffers.length}`);
}
process.exit(0);
