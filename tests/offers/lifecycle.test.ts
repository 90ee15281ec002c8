import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import {
  confirmOffer,
  deleteOffer,
  extendOffer,
  findOfferByToken,
  maxDaysAhead,
  submitOffer,
} from "@/lib/offers/lifecycle";
import { hashToken } from "@/lib/security/tokens";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;

async function mailsOf(offerId: string) {
  return db().outboxMail.findMany({ where: { offerId }, orderBy: { createdAt: "asc" } });
}

async function eventsOf(offerId: string) {
  return (await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

describe("offer lifecycle", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function submitAndConfirm() {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    const token = await tokenFromOutbox(offerId);
    expect((await confirmOffer(token))?.outcome).toBe("confirmed");
    return { offerId, token };
  }

  it("stores a submitted offer as pending, with consent, and queues the confirmation mail with a BCC", async () => {
    const input = validOffer();
    const { offerId } = await submitOffer(region, input, "de");

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe("PENDING_CONFIRMATION");
    expect(offer.title).toBe(input.title);
    expect(offer.privacyPolicyVersion).toBe("2026-11");
    expect(offer.consentedAt).toBeInstanceOf(Date);
    expect(offer.expiresAt).toBeNull();
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED"]);

    const [mail] = await mailsOf(offerId);
    expect(mail.to).toBe(input.contactEmail);
    expect(mail.bcc).toBe(region.mailbox);
    // A landlord who answers the mail reaches the municipality's contact, not the sender address.
    expect(mail.replyTo).toBe(region.contactEmail);
    const token = await tokenFromOutbox(offerId);
    expect(mail.html).toContain(`/${region.slug}/angebot/${token}/bestaetigen`);
    // Only a keyed hash of the token is kept with the offer.
    expect(offer.tokenHash).toBe(hashToken(token));
    expect(offer.tokenHash).not.toContain(token);
  });

  it("stores who lives there and the costs as the form meant them, leaving out what does not apply", async () => {
    const stored = async (overrides: Parameters<typeof validOffer>[0]) => {
      const { offerId } = await submitOffer(region, validOffer(overrides), "de");
      return db().offer.findUniqueOrThrow({ where: { id: offerId } });
    };
    // Free at first: the rent typed is the rent later, and it is kept.
    expect(
      await stored({ residents: "OTHERS", residentCount: "3", hostType: "SHARED_FLAT", rentType: "FREE_THEN_RENT", deposit: "900" }),
    ).toMatchObject({ residents: "OTHERS", residentCount: 3, hostType: "SHARED_FLAT", rentType: "FREE_THEN_RENT", coldRent: 450, runningCosts: 120, deposit: 900 });
    // Free: figures typed before choosing "free" are not stored.
    expect(await stored({ rentType: "FREE", deposit: "900" })).toMatchObject({ rentType: "FREE", coldRent: null, runningCosts: null, deposit: null });
    // Nobody there: a count and household left in the form say nothing.
    expect(await stored({ residents: "NOBODY", residentCount: "2", hostType: "COUPLE" })).toMatchObject({
      residents: "NOBODY",
      residentCount: null,
      hostType: null,
      rentType: "RENTED",
      coldRent: 450,
    });
    expect(await stored({ dogsAllowed: "on", lgbtiqFriendly: "on" })).toMatchObject({
      catsAllowed: false,
      dogsAllowed: true,
      otherPetsAllowed: false,
      lgbtiqFriendly: true,
    });
  });

  it("publishes on confirmation once, with one management mail carrying the buttons and the published offer", async () => {
    const { offerId, token } = await submitAndConfirm();

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe("ACTIVE");
    expect(offer.expiresAt!.getTime() - offer.confirmedAt!.getTime()).toBe(14 * dayMs);

    const again = await confirmOffer(token);
    expect(again).toMatchObject({ outcome: "alreadyActive", listingChanged: false });
    const mails = await mailsOf(offerId);
    expect(mails).toHaveLength(2);
    for (const segment of ["verlaengern", "aendern", "loeschen", "vermittelt"]) {
      expect(mails[1].text).toContain(`/angebot/${token}/${segment}`);
    }
    expect(mails[1].text).toContain(`/${region.slug}/findflats/${offerId}`);
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED"]);
  });

  it("refuses a confirmation after the 48-hour window", async () => {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    const token = await tokenFromOutbox(offerId);
    await db().offer.update({ where: { id: offerId }, data: { createdAt: new Date(Date.now() - 49 * 60 * 60 * 1000) } });

    expect((await confirmOffer(token))?.outcome).toBe("windowPassed");
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("PENDING_CONFIRMATION");
  });

  it("extends by exactly seven days per request, up to the limit", async () => {
    const { offerId, token } = await submitAndConfirm();
    const before = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;

    expect((await extendOffer(token))?.outcome).toBe("extended");
    const after = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;
    expect(after.getTime() - before.getTime()).toBe(7 * dayMs);

    let outcome: string | undefined;
    for (let i = 0; i < 10 && outcome !== "limitReached"; i++) outcome = (await extendOffer(token))?.outcome;
    expect(outcome).toBe("limitReached");
    const last = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;
    expect(last.getTime()).toBeLessThanOrEqual(Date.now() + maxDaysAhead * dayMs);
    expect(last.getTime()).toBeGreaterThan(Date.now() + (maxDaysAhead - 7) * dayMs);
  });

  it("deletes as 'placed' with the wish for advice; the token then only reports the state", async () => {
    const { offerId, token } = await submitAndConfirm();

    expect(await deleteOffer(token, "PLACED")).toMatchObject({ outcome: "deleted", listingChanged: true });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "DELETED", deletionReason: "PLACED", wantsAdvice: true });
    expect(offer.deletedAt).toBeInstanceOf(Date);

    expect((await deleteOffer(token, "BY_LANDLORD"))?.outcome).toBe("alreadyDeleted");
    expect((await extendOffer(token))?.outcome).toBe("notActive");
    expect((await confirmOffer(token))?.outcome).toBe("deleted");
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).deletionReason).toBe("PLACED");
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "PLACED", "ADVICE_REQUESTED"]);
    // Three mails to the landlord and, written in the same transaction as the last, the advice request to the
    // municipal mailbox (same timestamp, so matched by recipient rather than position).
    const mails = await mailsOf(offerId);
    expect(mails.filter((mail) => mail.to === offer.contactEmail)).toHaveLength(3);
    expect(mails.filter((mail) => mail.to !== offer.contactEmail).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Beratungswunsch: /),
    ]);
    // Staff who answer the advice request reach the landlord.
    expect(mails.find((mail) => mail.to === region.mailbox)?.replyTo).toBe(offer.contactEmail);
  });

  it("rejects unknown, malformed and foreign tokens without touching anything", async () => {
    expect(await findOfferByToken("not-a-token")).toBeNull();
    expect(await findOfferByToken("A".repeat(43))).toBeNull();
    expect(await confirmOffer("A".repeat(43))).toBeNull();
    expect(await deleteOffer("'; DROP TABLE \"Offer\"; --", "BY_LANDLORD")).toBeNull();
  });
});
