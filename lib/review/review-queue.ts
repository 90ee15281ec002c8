import "server-only";
import { db } from "@/lib/db/client";
import type { DeletionReason, Offer, OfferStatus } from "@/lib/db/generated/client";
import { toPublicOffer } from "@/lib/offers/listing";
import type { PublicOffer } from "@/lib/offers/public-offer";
import { landlordChecks } from "./checked-landlords";

/*
 * What the review queue page (/{city}/kommune/pruefen) shows: the offers waiting for the municipality's check, oldest
 * first, with everything the landlord entered and the landlord's earlier offers in the region (with their reports).
 * Only for a region's signed-in staff.
 */

/** At most this many offers on the page; the oldest come first, and the page says how many wait in all. */
export const reviewQueueSize = 20;

/** An earlier offer of the same e-mail address, and how often it was reported. */
export type EarlierOffer = {
  id: string;
  title: string;
  textLanguage: string;
  createdAt: Date;
  status: OfferStatus;
  deletionReason: DeletionReason | null;
  reportCount: number;
};

export type QueuedOffer = {
  /** The offer as seekers would see it once approved. */
  offer: PublicOffer;
  confirmedAt: Date;
  /** The revision of the details shown: the decision buttons send it back (lib/review/review.ts). */
  revision: number;
  durationDays: number;
  landlordLanguage: string;
  contact: { name: string; email: string; phone: string | null };
  /** What the landlord chose to publish of the contact details, and whether the contact form is wanted. */
  shown: { name: boolean; phone: boolean; email: boolean };
  contactRequests: boolean;
  earlierOffers: EarlierOffer[];
  /**
   * For a listed offer whose changed text waits (every-offer mode): the text it is listed with, and since when the
   * change waits; `offer` then carries the new text. Null for an offer waiting to be listed.
   */
  listedText: { title: string; description: string; since: Date } | null;
  /** Whether the landlord can be marked as checked (the address's hash is kept), and the mark if there is one. */
  landlord: { canBeChecked: boolean; check: { checkedBy: string; checkedAt: Date } | null };
};

export type ReviewQueue = { waiting: number; offers: QueuedOffer[] };

const dayMs = 24 * 60 * 60 * 1000;

/** How many earlier offers of an address the page names. */
const earlierOffersShown = 10;

function queuedOffer(row: Offer, earlierOffers: EarlierOffer[], landlord: QueuedOffer["landlord"]): QueuedOffer {
  return {
    // Not listed yet: its display time would start now. A listed offer's changed text: as it would read.
    offer: toPublicOffer({
      ...row,
      title: row.pendingTitle ?? row.title,
      description: row.pendingDescription ?? row.description,
      expiresAt: row.expiresAt ?? new Date(Date.now() + row.durationDays * dayMs),
    }),
    listedText: row.pendingTitle === null ? null : { title: row.title, description: row.description, since: row.pendingSince ?? row.createdAt },
    confirmedAt: row.confirmedAt ?? row.createdAt,
    revision: row.revision,
    durationDays: row.durationDays,
    landlordLanguage: row.locale,
    contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
    shown: { name: row.showName, phone: row.showPhone, email: row.showEmail },
    contactRequests: row.contactRequests !== "NOT_OFFERED",
    earlierOffers,
    landlord,
  };
}

/**
 * The region's offers in review and listed offers whose changed text waits, longest waiting first, each with the
 * landlord's earlier offers (newest first).
 */
export async function reviewQueue(regionSlug: string): Promise<ReviewQueue> {
  const newOffers = { regionSlug, status: "IN_REVIEW" as const };
  const changedTexts = { regionSlug, status: "ACTIVE" as const, pendingTitle: { not: null }, expiresAt: { gt: new Date() } };
  const [waitingOffers, waitingTexts, offerRows, textRows] = await Promise.all([
    db().offer.count({ where: newOffers }),
    db().offer.count({ where: changedTexts }),
    db().offer.findMany({ where: newOffers, orderBy: [{ confirmedAt: "asc" }, { id: "asc" }], take: reviewQueueSize }),
    db().offer.findMany({ where: changedTexts, orderBy: [{ pendingSince: "asc" }, { id: "asc" }], take: reviewQueueSize }),
  ]);
  const waitingSince = (row: Offer) => (row.pendingTitle === null ? (row.confirmedAt ?? row.createdAt) : (row.pendingSince ?? row.createdAt));
  const rows = [...offerRows, ...textRows].sort((a, b) => waitingSince(a).getTime() - waitingSince(b).getTime()).slice(0, reviewQueueSize);
  const waiting = waitingOffers + waitingTexts;
  const hashes = [...new Set(rows.map((row) => row.contactEmailHash).filter((hash) => hash !== null))];
  const checks = await landlordChecks(regionSlug, hashes);
  const others =
    hashes.length === 0
      ? []
      : await db().offer.findMany({
          where: { regionSlug, contactEmailHash: { in: hashes }, status: { not: "PENDING_CONFIRMATION" } },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          select: {
            id: true,
            title: true,
            locale: true,
            createdAt: true,
            status: true,
            deletionReason: true,
            contactEmailHash: true,
            _count: { select: { reports: true } },
          },
        });
  const earlierOf = (row: Offer): EarlierOffer[] =>
    others
      .filter((other) => other.contactEmailHash === row.contactEmailHash && other.id !== row.id && other.createdAt <= row.createdAt)
      .slice(0, earlierOffersShown)
      .map((other) => ({
        id: other.id,
        title: other.title,
        textLanguage: other.locale,
        createdAt: other.createdAt,
        status: other.status,
        deletionReason: other.deletionReason,
        reportCount: other._count.reports,
      }));
  const landlordOf = (row: Offer): QueuedOffer["landlord"] => ({
    canBeChecked: row.contactEmailHash !== null,
    check: (row.contactEmailHash && checks.get(row.contactEmailHash)) || null,
  });
  return { waiting, offers: rows.map((row) => queuedOffer(row, row.contactEmailHash ? earlierOf(row) : [], landlordOf(row))) };
}
