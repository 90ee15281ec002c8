import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { ContactRequestStatus, DeletionReason, OfferStatus, Prisma } from "@/lib/db/generated/client";
import { isStillActive } from "@/lib/offers/lifecycle";
import { pageOfList, type PageOfList } from "@/lib/pagination";
import { queryString } from "@/lib/routes/site-routes";

/**
 * What the staff pages of a region show of its offers: every status, with the landlord's contact details
 * (staff act on offers and advise landlords). Only for a region's signed-in staff (lib/staff/session.ts).
 */

export const staffPageSize = 50;

/**
 * The address of a page of the staff table at `path`, keeping the table's filter (`query`): `?…&seite=N`, the first
 * page without a number.
 */
export function staffPageHref(path: string, page: number, query: Record<string, string | undefined> = {}): string {
  return `${path}${queryString({ ...query, seite: page > 1 ? page : undefined })}`;
}

/** What the offers list is narrowed to: a status as staff see it, and a text in title, place or the landlord's address. */
export type StaffOfferFilter = { status?: OfferStatus; search?: string };

export const staffOfferStatuses = ["ACTIVE", "IN_REVIEW", "PENDING_CONFIRMATION", "EXPIRED", "DELETED"] as const satisfies readonly OfferStatus[];

/** Longer than any title, place or address worth typing; a longer text is cut, not refused. */
export const maxSearchLength = 100;

/** The filter from the list's GET form (`?status=EXPIRED&suche=…`); unknown statuses and empty searches are no filter. */
export function staffOfferFilter(query: { status?: string | string[]; suche?: string | string[] }): StaffOfferFilter {
  const status = staffOfferStatuses.find((known) => known === query.status);
  const search = (typeof query.suche === "string" ? query.suche : "").trim().slice(0, maxSearchLength);
  return { ...(status && { status }), ...(search && { search }) };
}

/** The filter as the query of the list's address (and of its CSV file), the names the form sends. */
export function staffOfferQuery(filter: StaffOfferFilter): Record<string, string | undefined> {
  return { status: filter.status, suche: filter.search };
}

/** The offers in a status as staff see it: an active offer whose display time is over counts as expired. */
function statusWhere(status: OfferStatus, now: Date): Prisma.OfferWhereInput {
  if (status === "ACTIVE") return { status, expiresAt: { gt: now } };
  if (status === "EXPIRED") {
    return { OR: [{ status }, { status: "ACTIVE", OR: [{ expiresAt: null }, { expiresAt: { lte: now } }] }] };
  }
  return { status };
}

/** A part of the title, the place or the landlord's e-mail address (stored as typed), or the postal code's start; any case. */
function searchWhere(search: string): Prisma.OfferWhereInput {
  // Prisma hands the text to LIKE as it is: "%" and "_" would be wildcards.
  const literal = search.replace(/[\\%_]/g, "\\$&");
  const text = { contains: literal, mode: "insensitive" } as const;
  return { OR: [{ title: text }, { place: text }, { contactEmail: text }, { postalCode: { startsWith: literal } }] };
}

function staffOfferWhere(regionSlug: string, { status, search }: StaffOfferFilter, now: Date): Prisma.OfferWhereInput {
  return { regionSlug, AND: [status ? statusWhere(status, now) : {}, search ? searchWhere(search) : {}] };
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
  /**
   * The landlord, by the keyed hash of the address (null once erased, or for offers from before it): whether staff
   * marked them as checked (lib/review/checked-landlords.ts).
   */
  landlord: { key: string; checked: boolean } | null;
  /** Whether the municipality's buttons (delete, extend) apply. */
  active: boolean;
  /** Whether the offer, or a listed offer's changed text, waits on the review queue. */
  waitsForReview: boolean;
  /** Contact requests passed on to the landlord (a count only: staff never see who asked). */
  contactRequestCount: number;
  contactRequests: ContactRequestStatus;
};

/** A page of a staff table, and how many items the whole table has. */
export type StaffPage<Item> = PageOfList & { items: Item[]; total: number };

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
  contactEmailHash: true,
  landlordChecked: true,
  pendingTitle: true,
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
    landlord: row.contactEmailHash ? { key: row.contactEmailHash, checked: row.landlordChecked } : null,
    active,
    waitsForReview: row.status === "IN_REVIEW" || (active && row.pendingTitle !== null),
    contactRequestCount: row.contactRequestCount,
    contactRequests: row.contactRequests,
  };
}

/** The offers of the region that match the filter (without one: all, in every status), newest first, a page at a time. */
export async function listRegionOffers(
  regionSlug: string,
  requestedPage: number,
  filter: StaffOfferFilter = {},
  now = new Date(),
): Promise<StaffPage<StaffOffer>> {
  const where = staffOfferWhere(regionSlug, filter, now);
  const total = await db().offer.count({ where });
  const { page, pageCount, start } = pageOfList(requestedPage, total, staffPageSize);
  const rows = await db().offer.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: start,
    take: staffPageSize,
    select: staffOfferFields,
  });
  return { items: rows.map((row) => toStaffOffer(row, now)), page, pageCount, total };
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
  return { items, page, pageCount, total };
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

/** The offers of the region that match the filter, newest first, for the CSV file; `status` as on the offers page. */
export async function regionOffersForCsv(regionSlug: string, filter: StaffOfferFilter = {}, now = new Date()): Promise<StaffCsvOffer[]> {
  const rows = await db().offer.findMany({
    where: staffOfferWhere(regionSlug, filter, now),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: csvOfferFields,
  });
  return rows.map((row) => ({ ...row, status: shownStatus(row, now) }));
}
