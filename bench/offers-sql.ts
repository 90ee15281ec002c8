import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

type OfferRows = {
  /** Every second offer's display time is over, one in a thousand ends tomorrow (for the expiry job). */
  halfDue?: boolean;
  /** Confirmed but waiting for the municipality's check: not listed, no display time yet. */
  inReview?: boolean;
  /** The offers' contact addresses: one per offer by default; fewer make landlords with several offers. */
  landlords?: number;
  /** The newest offer was confirmed this many days ago (the others a second apart before it). */
  ageDays?: number;
};

/**
 * Inserts `count` confirmed offers into a region in one set-based statement (10,000 offers take well under a
 * second). Titles, types, rents, pets and languages vary with the row number, so every filter finds some; with
 * `halfDue`, every second offer's display time is already over and one in a thousand ends tomorrow, due for its
 * reminder (for the expiry job: a run every 10 minutes meets some dozens of newly due reminders among 100,000).
 */
export async function insertOffers(
  database: Database,
  regionSlug: string,
  count: number,
  { halfDue = false, inReview = false, landlords = count, ageDays = 0 }: OfferRows = {},
) {
  await database.$executeRaw`
    INSERT INTO "Offer" (
      "id", "regionSlug", "status", "tokenHash", "locale", "title", "description", "place", "postalCode", "type",
      "rooms", "areaSqm", "beds", "availableFrom", "availableUntil", "rentType", "coldRent", "runningCosts",
      "deposit", "furnished", "kitchen", "ownBathroom", "barrierFree", "catsAllowed", "dogsAllowed", "otherPetsAllowed",
      "smokingAllowed", "lgbtiqFriendly", "residents", "residentCount", "hostType", "languages",
      "contactName", "contactPhone", "contactEmail", "showName", "showPhone", "showEmail", "durationDays",
      "consentedAt", "privacyPolicyVersion", "createdAt", "confirmedAt", "expiresAt"
    )
    SELECT
      gen_random_uuid(), ${regionSlug}, (CASE WHEN ${inReview} THEN 'IN_REVIEW' ELSE 'ACTIVE' END)::"OfferStatus", ${regionSlug} || '-' || n || '-' || gen_random_uuid(), 'de',
      (ARRAY['Helle', 'Ruhige', 'Möblierte', 'Geräumige'])[n % 4 + 1] || ' ' || (n % 4 + 1) || '-Zimmer-Wohnung, Angebot ' || n,
      'Die Wohnung liegt im ' || (n % 5 + 1) || '. Stock, Bus und Supermarkt sind in wenigen Minuten zu Fuß erreichbar. '
        || 'Küche mit Herd und Kühlschrank, Bad mit Dusche, Waschmaschine im Keller. Einzug nach Absprache; '
        || 'wir freuen uns über Familien und sprechen etwas Englisch. Besichtigung gern am Wochenende.',
      (ARRAY['Innenstadt', 'Nord', 'Süd', 'Am Bahnhof', 'Altstadt'])[n % 5 + 1], lpad((80000 + n % 9000)::text, 5, '0'),
      ((ARRAY['FLAT', 'ROOM', 'SHARED_ROOM', 'HOUSE'])[n % 4 + 1])::"AccommodationType",
      n % 4 + 1, 20 + n % 90, n % 5 + 1, current_date + (n % 30), NULL,
      CASE WHEN n % 7 = 0 THEN 'FREE'::"RentType" ELSE 'RENTED'::"RentType" END,
      CASE WHEN n % 7 = 0 THEN NULL ELSE 300 + n % 700 END, CASE WHEN n % 7 = 0 THEN NULL ELSE 80 + n % 150 END, NULL,
      n % 2 = 0, true, n % 3 <> 0, n % 6 = 0, n % 3 = 0, n % 6 = 0, n % 9 = 0, false, n % 5 = 0,
      CASE WHEN n % 4 = 0 THEN 'LANDLORD'::"Residents" ELSE 'NOBODY'::"Residents" END,
      CASE WHEN n % 4 = 0 THEN 2 END, CASE WHEN n % 4 = 0 THEN 'COUPLE'::"HostType" END,
      string_to_array((ARRAY['de', 'de,en', 'de,uk', 'de,ru,uk'])[n % 4 + 1], ','),
      'Vermieterin ' || n, '+49 170 ' || lpad(n::text, 7, '0'), 'vermieter-' || (1 + (n - 1) % ${landlords}::int) || '@example.test', true, n % 2 = 0, n % 2 = 1, 30,
      now() - interval '1 day', '2026-11', now() - ${ageDays}::int * interval '1 day' - n * interval '1 second',
      now() - ${ageDays}::int * interval '1 day' - n * interval '1 second',
      CASE WHEN ${inReview} THEN NULL
        WHEN ${halfDue} AND n % 2 = 0 THEN now() - interval '1 hour'
        WHEN ${halfDue} AND n % 1000 = 1 THEN now() + interval '1 day' ELSE now() + interval '30 days' END
    FROM generate_series(1, ${count}::int) AS n`;
}

/**
 * Stores each offer's keyed address hash of a region as a submission does (`emailHash` of lib/security/tokens.ts,
 * handed in, as it needs the server's secret): the review queue finds a landlord's other offers by it.
 */
export async function hashContactEmails(database: Database, regionSlug: string, emailHash: (address: string) => string) {
  const addresses = await database.offer.findMany({ where: { regionSlug }, distinct: ["contactEmail"], select: { contactEmail: true } });
  const rows = addresses.map(({ contactEmail }) => Prisma.sql`(${contactEmail}, ${emailHash(contactEmail)})`);
  await database.$executeRaw`
    UPDATE "Offer" SET "contactEmailHash" = address.hash
    FROM (VALUES ${Prisma.join(rows)}) AS address (email, hash)
    WHERE "Offer"."regionSlug" = ${regionSlug} AND "Offer"."contactEmail" = address.email`;
}

/**
 * Removes what earlier runs left in the bench regions. The rows that refer to offers go first, and their tables
 * are vacuumed: offerId has no index there, so each deleted offer's foreign-key check reads the whole table, and
 * 100,000 checks over dead rows would take many minutes.
 */
export async function clearBenchRegions(database: Database) {
  const benchRegion = { startsWith: "bench-" };
  await database.offerReport.deleteMany({ where: { regionSlug: benchRegion } });
  await database.outboxMail.deleteMany({ where: { regionSlug: benchRegion } });
  await database.searchAlert.deleteMany({ where: { regionSlug: benchRegion } });
  await database.offerEvent.deleteMany({ where: { regionSlug: benchRegion } });
  await database.$executeRawUnsafe('VACUUM "OfferReport", "OutboxMail", "OfferEvent"');
  await database.offer.deleteMany({ where: { regionSlug: benchRegion } });
}
