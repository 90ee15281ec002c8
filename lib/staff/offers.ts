import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { ContactRequestStatus, DeletionReason, OfferStatus, Prisma } from "@/lib/db/generated/client";
import { isStillActive } from "@/lib/offers/lifecycle";
import { pageOfList, type PageOfList } from "@/lib/pagination";

/**
 * What the staff pages of a region show of its offers: every status, with the landlord's contact details
 * (staff act on offers and advise landlords). Only for a region's signed-in staff (lib/staff/session.ts).
 */

export const staffPageSize = 50;

/** The address of a page of the staff table at `path`: `?seite=N`, the first page being the table's own address. */
export function staffPageHref(path: string, page: number): string {
  return page === 1 ? path : `${path}?seite=${page}`;
}

/** An offer as the staff list shows it; `status` is EXPIRED as soon as the display time is over. */
export type StaffOffer = {
  id: string;
  title: string;
  /** The language of the form the landlord wrote the title in. */
  textLanguage: string;
  place: string;
  postalCode: string;
  status: OfferStatus;
  deletionReason: DeletionReason | null;
  createdAt: Date;
  expiresAt: Date | null;
  deletedAt: Date | null;
  contact: { name: string; email: string; phone: string | null } | null;
  /** Whether the municipality's buttons (delete, extend) apply. */
  active: boolean;
  /** Contact requests passed on to the landlord (a count only: staff never see who asked). */
  contactRequestCount: number;
  contactRequests: ContactRequestStatus;
};

export type StaffPage<Item> = PageOfList & { items: Item[] };

const staffOfferFields = {
  id: true,
  title: true,
  locale: true,
  place: true,
  postalCode: true,
  status: true,
  deletionReason: true,
  createdAt: true,
  expiresAt: true,
  deletedAt: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  personalDataErasedAt: true,
  contactRequestCount: true,
  contactRequests: true,
} satisfies Prisma.OfferSelect;

type StaffOfferRow = Prisma.OfferGetPayload<{ select: typeof staffOfferFields }>;

/** The status staff see: EXPIRED as soon as the display time is over. */
const shownStatus = (row: { status: OfferStatus; expiresAt: Date | null }, now: Date): OfferStatus =>
  row.status === "ACTIVE" && !isStillActive(row, now) ? "EXPIRED" : row.status;

function toStaffOffer(row: StaffOfferRow, now: Date): StaffOffer {
  const active = isStillActive(row, now);
  return {
    id: row.id,
    title: row.title,
    textLanguage: row.locale,
    place: row.place,
    postalCode: row.postalCode,
    status: shownStatus(row, now),
    deletionReason: row.deletionReason,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    deletedAt: row.deletedAt,
    contact: row.personalDataErasedAt
      ? null
      : { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    active,
    contactRequestCount: row.contactRequestCount,
    contactRequests: row.contactRequests,
  };
}

/** All offers of the region in every status, newest first, one page at a time. */
export async function listRegionOffers(regionSlug: string, requestedPage: number, now = new Date()): Promise<StaffPage<StaffOffer>> {
  const total = await db().offer.count({ where: { regionSlug } });
  const { page, pageCount, start } = pageOfList(requestedPage, total, staffPageSize);
  const rows = await db().offer.findMany({
    where: { regionSlug },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: start,
    take: staffPageSize,
    select: staffOfferFields,
  });
  return { items: rows.map((row) => toStaffOffer(row, now)), page, pageCount };
}

/** One offer of the region, or null (also for an id that is not a UUID: it comes from the URL). */
export async function findStaffOffer(regionSlug: string, offerId: string, now = new Date()): Promise<StaffOffer | null> {
  if (!z.uuid().safeParse(offerId).success) return null;
  const row = await db().offer.findFirst({ where: { id: offerId, regionSlug }, select: staffOfferFields });
  return row && toStaffOffer(row, now);
}

/** A landlord who placed the accommodation and asked for further advice. */
export type AdviceRequest = {
  offerId: string;
  requestedAt: Date;
  name: string;
  email: string;
  phone: string | null;
  title: string;
  /** The language of the form the landlord wrote the title in. */
  textLanguage: string;
  place: string;
  postalCode: string;
};

/**
 * The landlords of the region who asked for further advice, newest first. Once an offer's personal data is erased
 * (retention period over) there is nobody left to contact, so it is no longer listed.
 */
export async function listAdviceRequests(regionSlug: string, requestedPage: number): Promise<StaffPage<AdviceRequest>> {
  const where = { regionSlug, wantsAdvice: true, deletionReason: "PLACED", personalDataErasedAt: null } as const;
  const total = await db().offer.count({ where });
  const { page, pageCount, start } = pageOfList(requestedPage, total, staffPageSize);
  const rows = await db().offer.findMany({
    where,
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    skip: start,
    take: staffPageSize,
    select: {
      id: true,
      deletedAt: true,
      createdAt: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      title: true,
      locale: true,
      place: true,
      postalCode: true,
    },
  });
  const items = rows.map((row) => ({
    offerId: row.id,
    requestedAt: row.deletedAt ?? row.createdAt,
    name: row.contactName,
    email: row.contactEmail,
    phone: row.contactPhone,
    title: row.title,
    textLanguage: row.locale,
    place: row.place,
    postalCode: row.postalCode,
  }));
  return { items, page, pageCount };
}

const csvOfferFields = {
  id: true,
  status: true,
  title: true,
  place: true,
  postalCode: true,
  type: true,
  rooms: true,
  beds: true,
  rentType: true,
  coldRent: true,
  runningCosts: true,
  residents: true,
  residentCount: true,
  hostType: true,
  furnished: true,
  kitchen: true,
  ownBathroom: true,
  barrierFree: true,
  catsAllowed: true,
  dogsAllowed: true,
  otherPetsAllowed: true,
  smokingAllowed: true,
  lgbtiqFriendly: true,
  createdAt: true,
  expiresAt: true,
  contactRequestCount: true,
} satisfies Prisma.OfferSelect;

/** An offer as the staff's CSV file lists it: the facts seekers decide by, no contact details (a file travels). */
export type StaffCsvOffer = Prisma.OfferGetPayload<{ select: typeof csvOfferFields }>;

/** Every offer of the region, newest first, for the CSV file; `status` as on the offers page. */
export async function regionOffersForCsv(regionSlug: string, now = new Date()): Promise<StaffCsvOffer[]> {
  const rows = await db().offer.findMany({
    where: { regionSlug },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: csvOfferFields,
  });
  return rows.map((row) => ({ ...row, status: shownStatus(row, now) }));
}
