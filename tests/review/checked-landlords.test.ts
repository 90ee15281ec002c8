import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { runExpiry } from "@/lib/offers/expiry";
import { confirmOffer, submitOffer } from "@/lib/offers/lifecycle";
import { getListedOffer, getListing } from "@/lib/offers/listing";
import { markLandlordChecked, withdrawLandlordCheck } from "@/lib/review/checked-landlords";
import { emailHash } from "@/lib/security/tokens";
import { prepareTestDatabase, uniqueEmail } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;

describe("checked landlords", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function listedOffer(contactEmail: string, inRegion = region) {
    const { offerId } = await submitOffer(inRegion, validOffer({ contactEmail }), "de");
    expect((await confirmOffer(await tokenFromOutbox(offerId)))?.outcome).toBe("confirmed");
    return offerId;
  }

  const checkedOnListing = async (offerId: string, regionSlug = region.slug) =>
    (await getListing(regionSlug)).find((offer) => offer.id === offerId)?.checkedByRegion;

  it("marks every offer of the address in the region, also later ones, and keeps who set it first", async () => {
    const contactEmail = uniqueEmail("vermieter");
    const first = await listedOffer(contactEmail);
    const other = await listedOffer(uniqueEmail("andere"));
    const elsewhere = await createTestRegion();
    const otherRegionsOffer = await listedOffer(contactEmail, elsewhere);
    expect(await checkedOnListing(first)).toBe(false);

    expect(await markLandlordChecked(region.slug, first, "M. Weber")).toMatchObject({ outcome: "checked", listingChanged: true });
    expect(await markLandlordChecked(region.slug, first, "A. Schmidt")).toMatchObject({ outcome: "checked", listingChanged: false });
    const marks = await db().checkedLandlord.findMany({ where: { regionSlug: region.slug } });
    expect(marks).toEqual([expect.objectContaining({ contactEmailHash: emailHash(contactEmail), checkedBy: "M. Weber" })]);
    expect(marks[0].checkedAt).toBeInstanceOf(Date);

    expect(await checkedOnListing(first)).toBe(true);
    expect((await getListedOffer(region.slug, first))?.checkedByRegion).toBe(true);
    expect(await checkedOnListing(other)).toBe(false);
    expect(await checkedOnListing(otherRegionsOffer, elsewhere.slug)).toBe(false);
    // A later offer of the same address (any case) says so from the start.
    expect(await checkedOnListing(await listedOffer(contactEmail.toUpperCase()))).toBe(true);
  });

  it("withdraws the mark from every offer of the address", async () => {
    const contactEmail = uniqueEmail("vermieterin");
    const offerId = await listedOffer(contactEmail);
    await markLandlordChecked(region.slug, offerId, "Team Wohnen");
    expect(await withdrawLandlordCheck(region.slug, offerId)).toMatchObject({ outcome: "unchecked", listingChanged: true });
    expect(await checkedOnListing(offerId)).toBe(false);
    expect(await db().checkedLandlord.count({ where: { regionSlug: region.slug } })).toBe(0);
    expect(await withdrawLandlordCheck(region.slug, offerId)).toMatchObject({ outcome: "unchecked", listingChanged: false });
  });

  it("marks nothing for an unknown offer, another region's, or one whose address is erased", async () => {
    const offerId = await listedOffer(uniqueEmail("vermieter"));
    expect(await markLandlordChecked((await createTestRegion()).slug, offerId, "X")).toBeNull();
    expect(await markLandlordChecked(region.slug, "kein-angebot", "X")).toBeNull();
    await db().offer.update({ where: { id: offerId }, data: { contactEmailHash: null } });
    expect(await markLandlordChecked(region.slug, offerId, "X")).toBeNull();
  });

  it(`is erased once the last offer of the address is erased, ${env.RETENTION_DAYS} days after it ended`, async () => {
    const contactEmail = uniqueEmail("vermieter");
    const older = await listedOffer(contactEmail);
    const newer = await listedOffer(contactEmail);
    await markLandlordChecked(region.slug, older, "M. Weber");
    const endedLongAgo = new Date(Date.now() - (env.RETENTION_DAYS + 1) * dayMs);

    await db().offer.update({ where: { id: older }, data: { expiresAt: endedLongAgo } });
    await runExpiry();
    expect((await db().offer.findUniqueOrThrow({ where: { id: older } })).contactEmailHash).toBeNull();
    // The newer offer still carries the address: the mark stays.
    expect(await db().checkedLandlord.count({ where: { regionSlug: region.slug } })).toBe(1);

    await db().offer.update({ where: { id: newer }, data: { expiresAt: endedLongAgo } });
    await runExpiry();
    expect(await db().checkedLandlord.count({ where: { regionSlug: region.slug } })).toBe(0);
  });
});
