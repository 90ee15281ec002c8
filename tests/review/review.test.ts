import { beforeEach, describe, expect, it } from "vitest";
import { linksIn } from "@/e2e/support/mail-catcher";
import { runSearchAlerts } from "@/lib/alerts/alert-job";
import { db } from "@/lib/db/client";
import type { Region, ReviewMode } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { changeOffer, confirmOffer, deleteOffer, submitOffer } from "@/lib/offers/lifecycle";
import { getListedOffer, getListing } from "@/lib/offers/listing";
import { approveOffer, rejectOffer } from "@/lib/review/review";
import { reviewQueue } from "@/lib/review/review-queue";
import { emailHash } from "@/lib/security/tokens";
import { deliverRegionMails } from "../reliability/support/own-mails";
import { prepareTestDatabase, uniqueEmail } from "../support/database";
import { catchMails } from "../support/mail-catcher";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;

async function eventsOf(offerId: string) {
  return (await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

describe("the municipality's check before publishing", () => {
  const catcher = catchMails();
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function withReview(review: ReviewMode) {
    region = await db().region.update({ where: { slug: region.slug }, data: { review } });
  }

  async function submitAndConfirm(contactEmail = uniqueEmail("vermieterin"), locale: "de" | "uk" = "de") {
    const { offerId } = await submitOffer(region, validOffer({ contactEmail, title: `Wohnung von ${contactEmail}` }), locale);
    const token = await tokenFromOutbox(offerId);
    const result = await confirmOffer(token);
    return { offerId, token, outcome: result?.outcome, listingChanged: result?.listingChanged };
  }

  /** What the listing, the API, the feed and the preview pictures read (tests run without Next.js's data cache). */
  async function isListed(offerId: string) {
    const listed = (await getListing(region.slug)).some((offer) => offer.id === offerId);
    expect((await getListedOffer(region.slug, offerId)) !== null).toBe(listed);
    return listed;
  }

  it("lists a confirmed offer at once when the region checks nothing (the default)", async () => {
    expect(region.review).toBe("OFF");
    const contactEmail = uniqueEmail("Vermieterin");
    const { offerId, outcome } = await submitAndConfirm(contactEmail);
    expect(outcome).toBe("confirmed");
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "ACTIVE", approvedAt: null, contactEmailHash: emailHash(contactEmail.toLowerCase()) });
    expect(await isListed(offerId)).toBe(true);
  });

  it("every-offer: puts a confirmed offer in review, unlisted and without a display time, and mails landlord and mailbox", async () => {
    await withReview("EVERY_OFFER");
    const contactEmail = uniqueEmail("vermieterin");
    const { offerId, token, outcome, listingChanged } = await submitAndConfirm(contactEmail, "uk");
    expect({ outcome, listingChanged }).toEqual({ outcome: "inReview", listingChanged: false });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "IN_REVIEW", expiresAt: null, approvedAt: null });
    expect(offer.confirmedAt).toBeInstanceOf(Date);
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "REVIEW_REQUESTED"]);
    expect(await isListed(offerId)).toBe(false);
    // Pressed again: nothing more happens.
    expect((await confirmOffer(token))?.outcome).toBe("alreadyInReview");

    await deliverRegionMails(region.slug);
    const mails = catcher().mails.filter((mail) => mail.envelopeTo.includes(contactEmail) || mail.envelopeTo.includes(region.mailbox));
    const landlordMail = mails.find((mail) => mail.to.includes(contactEmail) && mail.subject.includes("перевіряється"));
    expect(landlordMail, "the landlord's mail, in Ukrainian").toBeDefined();
    expect(landlordMail?.envelopeTo).toContain(region.mailbox);
    expect(landlordMail?.text).toContain(region.name);
    const buttons = linksIn(landlordMail!);
    expect(buttons).toContain(`${env.APP_URL}/uk/${region.slug}/angebot/${token}/loeschen`);
    expect(buttons).toContain(`${env.APP_URL}/uk/${region.slug}/angebot/${token}/aendern`);
    expect(buttons.some((link) => link.includes("/verlaengern"))).toBe(false);

    const staffMails = mails.filter((mail) => mail.to.includes(region.mailbox));
    expect(staffMails).toHaveLength(1);
    const [staffMail] = staffMails;
    expect(staffMail.subject).toBe(`Angebot zur Prüfung: Wohnung von ${contactEmail}`);
    // To the mailbox itself, no copy to anyone else; an answer goes to the landlord.
    expect(staffMail.envelopeTo).toEqual([region.mailbox]);
    expect(staffMail.parsed.replyTo?.text).toContain(contactEmail);
    expect(linksIn(staffMail)).toContain(`${env.APP_URL}/${region.slug}/kommune/pruefen#angebot-${offerId}`);
    expect(staffMail.text).not.toContain(token);
  });

  it("first-offer: reviews a landlord's first offer; once approved, later offers of the address are listed at once", async () => {
    await withReview("FIRST_OFFER");
    const contactEmail = uniqueEmail("vermieter");
    const first = await submitAndConfirm(contactEmail);
    expect(first.outcome).toBe("inReview");
    // A second offer before any approval waits too.
    expect((await submitAndConfirm(contactEmail)).outcome).toBe("inReview");

    expect((await approveOffer(region.slug, first.offerId, 0))?.outcome).toBe("approved");
    const later = await submitAndConfirm(contactEmail.toUpperCase());
    expect(later.outcome).toBe("confirmed");
    expect(await isListed(later.offerId)).toBe(true);
    // The approval passes on, so the landlord stays known once the first offer's data is erased.
    expect((await db().offer.findUniqueOrThrow({ where: { id: later.offerId } })).approvedAt).toBeInstanceOf(Date);

    expect((await submitAndConfirm(uniqueEmail("andere"))).outcome).toBe("inReview");
    // Another region's approval counts for nothing here.
    const otherRegion = region;
    region = await createTestRegion();
    await withReview("FIRST_OFFER");
    expect((await submitAndConfirm(contactEmail)).outcome).toBe("inReview");
    expect(otherRegion.slug).not.toBe(region.slug);
  });

  it("approves once: listed at once for its display time from now, with the management mail", async () => {
    await withReview("EVERY_OFFER");
    const contactEmail = uniqueEmail("vermieterin");
    const { offerId } = await submitAndConfirm(contactEmail);
    const before = Date.now();
    const result = await approveOffer(region.slug, offerId, 0);
    expect(result).toMatchObject({ outcome: "approved", listingChanged: true });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer.status).toBe("ACTIVE");
    expect(offer.alertsMatchedAt).toBeNull();
    expect(offer.expiresAt!.getTime()).toBeGreaterThanOrEqual(before + offer.durationDays * dayMs);
    expect(offer.expiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + offer.durationDays * dayMs);
    expect(await isListed(offerId)).toBe(true);
    // Listed as new from its approval: the listing's order and the feed go by it.
    expect(Date.parse((await getListedOffer(region.slug, offerId))!.publishedAt)).toBeGreaterThanOrEqual(before);

    expect((await approveOffer(region.slug, offerId, 0))?.outcome).toBe("alreadyDecided");
    expect((await rejectOffer(region.slug, offerId, { reason: "DOUBTFUL", note: "", revision: 0 }))?.outcome).toBe("alreadyDecided");
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "REVIEW_REQUESTED", "APPROVED"]);

    await deliverRegionMails(region.slug);
    const published = catcher().mails.filter((mail) => mail.to.includes(contactEmail) && mail.subject.includes("ist online"));
    expect(published).toHaveLength(1);
    expect(published[0].envelopeTo).toContain(region.mailbox);
    expect(linksIn(published[0]).some((link) => link.endsWith("/verlaengern"))).toBe(true);
    // Neither the other region's staff nor a wrong id decide anything.
    expect(await approveOffer((await createTestRegion()).slug, offerId, 0)).toBeNull();
    expect(await approveOffer(region.slug, "kein-angebot", 0)).toBeNull();
  });

  it("leaves an offer in review to the search alerts until it is approved, then matches it like a fresh offer", async () => {
    await withReview("EVERY_OFFER");
    const { offerId } = await submitAndConfirm();
    await runSearchAlerts();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).alertsMatchedAt).toBeNull();
    await approveOffer(region.slug, offerId, 0);
    await runSearchAlerts();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).alertsMatchedAt).toBeInstanceOf(Date);
  });

  it("rejects once: never listed, deleted for the retention rules, the reason and the note mailed in the landlord's language", async () => {
    await withReview("EVERY_OFFER");
    const contactEmail = uniqueEmail("vermieterin");
    const { offerId } = await submitAndConfirm(contactEmail, "uk");
    const note = "Bitte geben Sie an, ab wann die Wohnung frei ist.";
    expect(await rejectOffer(region.slug, offerId, { reason: "INCOMPLETE", note, revision: 0 })).toMatchObject({ outcome: "rejected", listingChanged: false });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "DELETED", deletionReason: "REJECTED", expiresAt: null });
    // The reason stays with the event, for the statistics.
    expect(await db().offerEvent.findFirst({ where: { offerId, type: "REJECTED" } })).toMatchObject({ rejectionReason: "INCOMPLETE" });
    expect(offer.deletedAt).toBeInstanceOf(Date);
    expect(await isListed(offerId)).toBe(false);
    expect((await approveOffer(region.slug, offerId, 0))?.outcome).toBe("alreadyDecided");
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "REVIEW_REQUESTED", "REJECTED"]);

    await deliverRegionMails(region.slug);
    const [mail] = catcher().mails.filter((caught) => caught.to.includes(contactEmail) && caught.subject.includes("не опубліковано"));
    expect(mail.text).toContain("Дані неповні.");
    expect(mail.text).toContain(note);
    expect(mail.envelopeTo).toContain(region.mailbox);
  });

  it("decides nothing on details the landlord changed after the queue showed them", async () => {
    await withReview("EVERY_OFFER");
    const { offerId, token } = await submitAndConfirm();
    const read = (await reviewQueue(region.slug)).offers.find((queued) => queued.offer.id === offerId);
    expect(read?.revision).toBe(0);
    await changeOffer(token, validOffer({ title: "Nachträglich geändert" }));

    expect(await approveOffer(region.slug, offerId, 0)).toMatchObject({ outcome: "changedMeanwhile", listingChanged: false });
    expect((await rejectOffer(region.slug, offerId, { reason: "DOUBTFUL", note: "", revision: 0 }))?.outcome).toBe("changedMeanwhile");
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: "IN_REVIEW", revision: 1, approvedAt: null });
    expect(await db().offerEvent.count({ where: { offerId, type: { in: ["APPROVED", "REJECTED"] } } })).toBe(0);

    const reread = (await reviewQueue(region.slug)).offers.find((queued) => queued.offer.id === offerId);
    expect(reread).toMatchObject({ revision: 1, offer: { title: "Nachträglich geändert" } });
    expect((await approveOffer(region.slug, offerId, 1))?.outcome).toBe("approved");
    expect(await isListed(offerId)).toBe(true);
  });

  it("answers 'deleted' for an offer its landlord deleted while it waited, and lets the landlord change it meanwhile", async () => {
    await withReview("EVERY_OFFER");
    const { offerId, token } = await submitAndConfirm();
    const changed = await changeOffer(token, validOffer({ title: "Neuer Titel während der Prüfung" }));
    expect(changed).toMatchObject({ outcome: "changedInReview", listingChanged: false });
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: "IN_REVIEW", title: "Neuer Titel während der Prüfung" });

    expect((await deleteOffer(token, "BY_LANDLORD"))?.outcome).toBe("deleted");
    expect((await approveOffer(region.slug, offerId, 1))?.outcome).toBe("deleted");
    expect((await rejectOffer(region.slug, offerId, { reason: "OTHER", note: "", revision: 1 }))?.outcome).toBe("deleted");
    expect(await isListed(offerId)).toBe(false);
  });

  it("queues the offers in review oldest first, each with the landlord's earlier offers and their reports", async () => {
    await withReview("EVERY_OFFER");
    const contactEmail = uniqueEmail("vermieterin");
    const earlier = await submitAndConfirm(contactEmail);
    expect((await approveOffer(region.slug, earlier.offerId, 0))?.outcome).toBe("approved");
    await db().offerReport.create({ data: { regionSlug: region.slug, offerId: earlier.offerId, reason: "SUSPICIOUS" } });
    const first = await submitAndConfirm(uniqueEmail("andere"));
    const second = await submitAndConfirm(contactEmail);
    await db().offer.update({ where: { id: first.offerId }, data: { confirmedAt: new Date(Date.now() - dayMs) } });

    const queue = await reviewQueue(region.slug);
    expect(queue.waiting).toBe(2);
    expect(queue.offers.map((queued) => queued.offer.id)).toEqual([first.offerId, second.offerId]);
    const [, withHistory] = queue.offers;
    expect(withHistory.contact.email).toBe(contactEmail);
    expect(withHistory.earlierOffers).toEqual([
      expect.objectContaining({ id: earlier.offerId, status: "ACTIVE", reportCount: 1, title: `Wohnung von ${contactEmail}` }),
    ]);
    expect(queue.offers[0].earlierOffers).toEqual([]);
    // Another region's queue holds none of them.
    expect((await reviewQueue((await createTestRegion()).slug)).waiting).toBe(0);
  });

  describe("a listed offer's changed text, where every offer is checked", () => {
    async function listedInReviewRegion(contactEmail = uniqueEmail("vermieterin")) {
      await withReview("EVERY_OFFER");
      const { offerId, token } = await submitAndConfirm(contactEmail);
      await approveOffer(region.slug, offerId, 0);
      return { offerId, token, contactEmail, original: await db().offer.findUniqueOrThrow({ where: { id: offerId } }) };
    }

    const listed = async (offerId: string) => getListedOffer(region.slug, offerId);

    it("waits for the check while the offer stays listed with its text; other facts change at once", async () => {
      const { offerId, token, original } = await listedInReviewRegion();
      const result = await changeOffer(token, validOffer({ title: "Neuer Titel", description: "Neue Beschreibung", beds: "5" }));
      expect(result).toMatchObject({ outcome: "changedTextInReview", listingChanged: true });
      expect(await listed(offerId)).toMatchObject({ title: original.title, description: original.description, beds: 5 });
      expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({
        pendingTitle: "Neuer Titel",
        pendingDescription: "Neue Beschreibung",
      });
      // Changed again before the check: one entry, one mail to the mailbox.
      await changeOffer(token, validOffer({ title: "Noch neuerer Titel", description: "Neue Beschreibung", beds: "5" }));
      expect((await db().outboxMail.findMany({ where: { offerId, to: region.mailbox } })).length).toBe(2);
      const queue = await reviewQueue(region.slug);
      expect(queue.offers).toHaveLength(1);
      expect(queue.offers[0]).toMatchObject({ offer: { title: "Noch neuerer Titel" }, listedText: { title: original.title }, revision: 2 });

      // Approving the first new text, read before the second change, approves nothing.
      expect(await approveOffer(region.slug, offerId, 1)).toMatchObject({ outcome: "changedMeanwhile", listingChanged: false });
      expect(await listed(offerId)).toMatchObject({ title: original.title });
      expect(await approveOffer(region.slug, offerId, 2)).toMatchObject({ outcome: "textApproved", listingChanged: true });
      expect(await listed(offerId)).toMatchObject({ title: "Noch neuerer Titel", description: "Neue Beschreibung" });
      expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).pendingTitle).toBeNull();
      expect((await approveOffer(region.slug, offerId, 2))?.outcome).toBe("alreadyDecided");
      expect((await reviewQueue(region.slug)).waiting).toBe(0);
    });

    it("keeps the listed text when the check rejects the new one, and tells the landlord why", async () => {
      const { offerId, token, original, contactEmail } = await listedInReviewRegion();
      await changeOffer(token, validOffer({ title: "Zweifelhafter Titel", contactEmail }));
      expect(await rejectOffer(region.slug, offerId, { reason: "DOUBTFUL", note: "Bitte sachlich beschreiben.", revision: 1 })).toMatchObject({
        outcome: "textRejected",
        listingChanged: false,
      });
      expect(await listed(offerId)).toMatchObject({ title: original.title });
      expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: "ACTIVE", pendingTitle: null });

      await deliverRegionMails(region.slug);
      const [mail] = catcher().mails.filter((caught) => caught.to.includes(contactEmail) && caught.subject.includes("nicht übernommen"));
      expect(mail.text).toContain("Es gibt Zweifel an dem Angebot.");
      expect(mail.text).toContain("Bitte sachlich beschreiben.");
    });

    it("takes a change back to the listed text, the municipality's own change, and other modes' changes at once", async () => {
      const { offerId, token, original } = await listedInReviewRegion();
      await changeOffer(token, validOffer({ title: "Vorübergehend" }));
      expect((await changeOffer(token, validOffer({ title: original.title, description: original.description })))?.outcome).toBe("changed");
      expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).pendingTitle).toBeNull();

      await withReview("FIRST_OFFER");
      expect((await changeOffer(token, validOffer({ title: "Sofort online" })))?.outcome).toBe("changed");
      expect(await listed(offerId)).toMatchObject({ title: "Sofort online" });
    });
  });
});
