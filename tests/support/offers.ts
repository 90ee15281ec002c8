import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma, Region } from "@/lib/db/generated/client";
import { confirmOffer, submitOffer } from "@/lib/offers/lifecycle";
import type { OfferFormValues } from "@/lib/offers/offer-schema";
import { offerSchema, todayInGermany } from "@/lib/offers/offer-schema";
import { uniqueEmail, uniqueSuffix } from "./database";

/** A region of its own for each test, so tests never see each other's offers. */
export async function createTestRegion() {
  const slug = `testort-${uniqueSuffix()}`;
  return db().region.create({
    data: {
      slug,
      name: "Stadt Testort",
      mailbox: uniqueEmail("kommune"),
      senderName: "Wohnraumbörse Testort",
      hostnames: [],
      listingLocales: ["de", "uk"],
      contactName: "Integrationsbüro Testort",
      contactEmail: uniqueEmail("kontakt"),
      privacyPolicyVersion: "2026-11",
    },
  });
}

const day = 24 * 60 * 60 * 1000;

/**
 * A confirmed offer as a row, for filling a region with many at once (`createMany`): "Wohnung Nummer {index}",
 * published `index` minutes ago, so a higher index is older.
 */
export function offerRow(regionSlug: string, index: number, status: "ACTIVE" | "EXPIRED", expiresAt: Date): Prisma.OfferCreateManyInput {
  const now = Date.now();
  return {
    id: randomUUID(),
    regionSlug,
    status,
    tokenHash: `offer-row-${uniqueSuffix()}-${index}`,
    locale: "de",
    title: `Wohnung Nummer ${index}`,
    description: "",
    place: "Innenstadt",
    postalCode: "86150",
    type: "FLAT",
    rooms: 2,
    beds: 2,
    availableFrom: new Date("2026-12-01"),
    rentType: "FREE",
    furnished: false,
    kitchen: true,
    ownBathroom: true,
    barrierFree: false,
    smokingAllowed: false,
    languages: ["de"],
    contactName: "Anna Beispiel",
    contactEmail: "anna@example.test",
    showName: true,
    showPhone: false,
    showEmail: false,
    durationDays: 30,
    consentedAt: new Date(now - day),
    privacyPolicyVersion: "2026-11",
    confirmedAt: new Date(now - index * 60_000),
    expiresAt,
  };
}

/** What a landlord types into the form, as the browser would send it. */
export function validFormValues(overrides: Partial<OfferFormValues> = {}): OfferFormValues {
  return {
    title: "Helle 2-Zimmer-Wohnung am Park",
    description: "Ruhige Lage, Bus in 3 Minuten.",
    place: "Innenstadt",
    postalCode: "86150",
    type: "FLAT",
    rooms: "2",
    areaSqm: "48",
    beds: "3",
    residents: "NOBODY",
    availableFrom: todayInGermany(),
    availableUntil: "",
    rentType: "RENTED",
    coldRent: "450",
    runningCosts: "120",
    deposit: "",
    furnished: "on",
    kitchen: "on",
    languages: ["de", "uk"],
    contactName: "Anna Beispiel",
    contactPhone: "+49 170 1234567",
    contactEmail: uniqueEmail("vermieterin"),
    showName: "on",
    showPhone: "on",
    durationDays: "14",
    privacyConsent: "on",
    ...overrides,
  };
}

export function validOffer(overrides: Partial<OfferFormValues> = {}) {
  return offerSchema.parse(validFormValues(overrides));
}

/** The link token, read from the offer's confirmation mail in the outbox (the database keeps only its hash). */
export async function tokenFromOutbox(offerId: string): Promise<string> {
  const mail = await db().outboxMail.findFirstOrThrow({ where: { offerId }, orderBy: { createdAt: "asc" } });
  const match = /\/angebot\/([A-Za-z0-9_-]{43})\/bestaetigen/.exec(mail.text ?? "");
  if (!match) throw new Error("No confirmation link in the mail");
  return match[1];
}

/**
 * An offer confirmed `hoursAgo` hours ago in a region that checks offers, waiting for the check since then (its
 * confirmation and its request for review moved back).
 */
export async function offerInReviewSince(region: Region, hoursAgo: number) {
  const { offerId } = await submitOffer(region, validOffer({ contactEmail: uniqueEmail("wartend") }), "de");
  const token = await tokenFromOutbox(offerId);
  if ((await confirmOffer(token))?.outcome !== "inReview") throw new Error("The offer is not in review");
  const since = new Date(Date.now() - hoursAgo * 60 * 60 * 1000);
  await db().offerEvent.updateMany({ where: { offerId, type: "REVIEW_REQUESTED" }, data: { createdAt: since } });
  await db().offer.update({ where: { id: offerId }, data: { confirmedAt: since } });
  return { offerId, token, since };
}
