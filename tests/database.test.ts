import { describe, expect, it } from "vitest";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "./support/database";

describe("test database", () => {
  it("is migrated and stores a region through the app's own client", async () => {
    const database = await prepareTestDatabase();
    const slug = `testort-${uniqueSuffix()}`;
    await database.region.create({
      data: {
        slug,
        name: "Testort",
        mailbox: uniqueEmail("wohnraum"),
        senderName: "Wohnraumbörse Testort",
        hostnames: [`${slug}.example.test`],
        listingLocales: ["de", "uk"],
        contactName: "Erika Mustermann",
        contactEmail: uniqueEmail("kontakt"),
        privacyPolicyVersion: "2026-01",
      },
    });

    const region = await database.region.findUniqueOrThrow({ where: { slug } });
    expect(region.name).toBe("Testort");
    expect(region.listingLocales).toEqual(["de", "uk"]);
    expect(region.contactPhone).toBeNull();
    expect(region.createdAt).toBeInstanceOf(Date);
  });

  it("uses the database the environment selects", async () => {
    const { env } = await import("@/lib/env");
    if (process.env.DATABASE_URL) expect(env.DATABASE_URL).toBe(process.env.DATABASE_URL);
    else expect(env.PGLITE_DIR).toMatch(/wohnraum-test-.*file-.*pglite$/);
  });
});
