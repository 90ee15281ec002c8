import { beforeEach, describe, expect, it } from "vitest";
import { formatMailDate } from "@/emails/components/i18n";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import {
  confirmOffer,
  deleteOffer,
  deleteOfferByMunicipality,
  extendOffer,
  extendOfferByMunicipality,
  maxDaysAhead,
  submitOffer,
} from "@/lib/offers/lifecycle";
import { derivedToken } from "@/lib/security/tokens";
import {
  listAdviceRequests,
  listRegionOffers,
  regionOffersForCsv,
  staffOfferFilter,
  staffOfferQuery,
  staffPageHref,
} from "@/lib/staff/offers";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

const dayMs = 24 * 60 * 60 * 1000;

async function mailsOf(offerId: string) {
  return db().outboxMail.findMany({ where: { offerId }, orderBy: { createdAt: "asc" } });
}

async function eventsOf(offerId: string) {
  return (await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

describe("the municipality's buttons and the landlords' wish for advice", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer(locale: "de" | "uk" = "de", overrides = {}) {
    const input = validOffer(overrides);
    const { offerId } = await submitOffer(region, input, locale);
    const token = await tokenFromOutbox(offerId);
    expect((await confirmOffer(token))?.outcome).toBe("confirmed");
    return { offerId, token, input };
  }

  it("deletes an active offer once, records it and tells the landlord, with a BCC to the municipality", async () => {
    const { offerId, input } = await activeOffer();

    expect(await deleteOfferByMunicipality(region.slug, offerId)).toEqual({
      outcome: "deleted",
      listingChanged: true,
      regionSlug: region.slug,
      offerId,
    });
    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "DELETED", deletionReason: "BY_MUNICIPALITY", wantsAdvice: false });
    expect(offer.deletedAt).toBeInstanceOf(Date);
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "DELETED_BY_MUNICIPALITY"]);

    const mail = (await mailsOf(offerId)).at(-1)!;
    expect(mail.to).toBe(input.contactEmail);
    expect(mail.bcc).toBe(region.mailbox);
    expect(mail.subject).toBe(`Ihr Wohnraumangebot „${input.title}“ wurde von der Kommune entfernt`);
    expect(mail.text).toContain(region.contactEmail);

    expect(await deleteOfferByMunicipality(region.slug, offerId)).toMatchObject({ outcome: "notActive", listingChanged: false });
    expect(await eventsOf(offerId)).toHaveLength(3);
    expect(await mailsOf(offerId)).toHaveLength(3);
  });

  it("acts only on offers of its own region, and only on active ones", async () => {
    const { offerId } = await activeOffer();
    const other = await createTestRegion();
    expect(await deleteOfferByMunicipality(other.slug, offerId)).toBeNull();
    expect(await extendOfferByMunicipality(other.slug, offerId)).toBeNull();
    expect(await deleteOfferByMunicipality(region.slug, "not-a-uuid")).toBeNull();
    expect(await extendOfferByMunicipality(region.slug, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("ACTIVE");

    const { offerId: pending } = await submitOffer(region, validOffer(), "de");
    expect(await deleteOfferByMunicipality(region.slug, pending)).toMatchObject({ outcome: "notActive" });
    expect(await extendOfferByMunicipality(region.slug, pending)).toMatchObject({ outcome: "notActive" });
    expect((await db().offer.findUniqueOrThrow({ where: { id: pending } })).status).toBe("PENDING_CONFIRMATION");
  });

  it("extends by 7 days with the landlord's limit and mails the landlord in the offer's language, with the buttons", async () => {
    const { offerId, input } = await activeOffer("uk");
    const before = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;

    expect(await extendOfferByMunicipality(region.slug, offerId)).toEqual({
      outcome: "extended",
      listingChanged: true,
      regionSlug: region.slug,
      offerId,
    });
    const after = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;
    expect(after.getTime() - before.getTime()).toBe(7 * dayMs);
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "EXTENDED_BY_MUNICIPALITY"]);

    const mail = (await mailsOf(offerId)).at(-1)!;
    expect(mail.to).toBe(input.contactEmail);
    expect(mail.bcc).toBe(region.mailbox);
    expect(mail.subject).toBe(`Громада продовжила показ вашої пропозиції житла «${input.title}»`);
    expect(mail.text).toContain(formatMailDate(after, "uk"));
    // The landlord's token is not stored: the mail's buttons carry the offer's derived token, and they work.
    const derived = derivedToken("offer", offerId);
    for (const segment of ["loeschen", "vermittelt", "verlaengern", "aendern", "anfragen"]) {
      expect(mail.text).toContain(`/uk/${region.slug}/angebot/${derived}/${segment}`);
    }
    expect((await extendOffer(derived))?.outcome).toBe("extended");

    // The same cap as the landlord's extension: never more than 60 days ahead.
    let outcome: string | undefined = "extended";
    for (let press = 0; press < 12 && outcome === "extended"; press++) {
      outcome = (await extendOfferByMunicipality(region.slug, offerId))?.outcome;
    }
    expect(outcome).toBe("limitReached");
    const last = (await db().offer.findUniqueOrThrow({ where: { id: offerId } })).expiresAt!;
    expect(last.getTime()).toBeLessThanOrEqual(Date.now() + maxDaysAhead * dayMs);

    await deleteOfferByMunicipality(region.slug, offerId);
    expect(await extendOfferByMunicipality(region.slug, offerId)).toMatchObject({ outcome: "notActive", listingChanged: false });
  });

  it("simultaneous presses extend once when only one extension fits", async () => {
    const { offerId, token } = await activeOffer();
    // 14 days confirmed + 5 × 7 = 49 days ahead; one more fits (56), a second would not (63).
    for (let press = 0; press < 5; press++) expect((await extendOffer(token))?.outcome).toBe("extended");
    const outcomes = await Promise.all([
      extendOfferByMunicipality(region.slug, offerId),
      extendOfferByMunicipality(region.slug, offerId),
    ]);
    expect(outcomes.map((result) => result?.outcome).sort()).toEqual(["extended", "limitReached"]);
    expect((await eventsOf(offerId)).filter((type) => type === "EXTENDED_BY_MUNICIPALITY")).toHaveLength(1);
  });

  it("a landlord's 'placed' sends the municipal mailbox a mail of its own with the contact details", async () => {
    const { offerId, token, input } = await activeOffer("uk", { contactPhone: "+49 170 7654321" });

    expect(await deleteOffer(token, "PLACED")).toMatchObject({ outcome: "deleted" });
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "PLACED", "ADVICE_REQUESTED"]);

    const advice = (await mailsOf(offerId)).filter((mail) => mail.to === region.mailbox);
    expect(advice).toHaveLength(1);
    // German, whatever language the landlord used: municipal staff read it.
    expect(advice[0].subject).toBe(`Beratungswunsch: ${input.title}`);
    expect(advice[0].bcc).toBeNull();
    for (const detail of [input.contactName, input.contactEmail, "+49 170 7654321", input.place, offerId]) {
      expect(advice[0].text).toContain(detail);
    }
    expect(advice[0].text).toContain(`/${region.slug}/kommune/beratung`);

    // Pressed again: nothing more.
    expect((await deleteOffer(token, "PLACED"))?.outcome).toBe("alreadyDeleted");
    expect((await mailsOf(offerId)).filter((mail) => mail.to === region.mailbox)).toHaveLength(1);
  });

  it("a plain deletion by the landlord asks for no advice", async () => {
    const { offerId, token } = await activeOffer();
    await deleteOffer(token, "BY_LANDLORD");
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "DELETED_BY_LANDLORD"]);
    expect((await mailsOf(offerId)).filter((mail) => mail.to === region.mailbox)).toHaveLength(0);
  });

  it("lists every offer of the region for staff, and the requests for advice newest first", async () => {
    const first = await activeOffer("de", { contactName: "Erste Vermieterin" });
    const second = await activeOffer("de", { contactName: "Zweiter Vermieter", contactPhone: "+49 151 000000" });
    const { offerId: pending } = await submitOffer(region, validOffer(), "de");
    const deleted = await activeOffer();
    await deleteOfferByMunicipality(region.slug, deleted.offerId);
    await deleteOffer(first.token, "PLACED");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await deleteOffer(second.token, "PLACED");
    const elsewhere = await createTestRegion();
    await submitOffer(elsewhere, validOffer(), "de");

    const { items, page, pageCount } = await listRegionOffers(region.slug, 1);
    expect({ page, pageCount }).toEqual({ page: 1, pageCount: 1 });
    expect(items.map((offer) => offer.id).sort()).toEqual([first.offerId, second.offerId, pending, deleted.offerId].sort());
    expect(items.find((offer) => offer.id === pending)).toMatchObject({ status: "PENDING_CONFIRMATION", active: false });
    expect(items.find((offer) => offer.id === deleted.offerId)).toMatchObject({
      status: "DELETED",
      deletionReason: "BY_MUNICIPALITY",
      active: false,
    });
    const createdAt = items.map((offer) => offer.createdAt.getTime());
    expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a));

    const advice = await listAdviceRequests(region.slug, 1);
    expect(advice.items.map((request) => [request.name, request.phone])).toEqual([
      ["Zweiter Vermieter", "+49 151 000000"],
      ["Erste Vermieterin", "+49 170 1234567"],
    ]);
    expect((await listAdviceRequests(elsewhere.slug, 1)).items).toEqual([]);
  });

  it("narrows the staff's list to a status as staff see it, and finds a title, a place, a postal code or an address", async () => {
    const shown = await activeOffer("de", { title: "Dachzimmer mit Blick", place: "Altstadt", postalCode: "86152" });
    const over = await activeOffer("de", { title: "Souterrain 50% möbliert", contactEmail: "Vermieter.Huber@Example.test" });
    // The display time is over, the expiry job has not run yet: staff see it as expired, as in the list's status.
    await db().offer.update({ where: { id: over.offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { offerId: pending } = await submitOffer(region, validOffer({ place: "Haunstetten" }), "de");
    const deleted = await activeOffer();
    await deleteOfferByMunicipality(region.slug, deleted.offerId);
    const elsewhere = await createTestRegion();
    await submitOffer(elsewhere, validOffer({ title: "Dachzimmer anderswo" }), "de");

    const ids = async (query: { status?: string; suche?: string }) =>
      (await listRegionOffers(region.slug, 1, staffOfferFilter(query))).items.map((offer) => offer.id).sort();

    expect(await ids({})).toEqual([shown.offerId, over.offerId, pending, deleted.offerId].sort());
    expect(await ids({ status: "ACTIVE" })).toEqual([shown.offerId]);
    expect(await ids({ status: "EXPIRED" })).toEqual([over.offerId]);
    expect(await ids({ status: "PENDING_CONFIRMATION" })).toEqual([pending]);
    expect(await ids({ status: "DELETED" })).toEqual([deleted.offerId]);
    expect(await ids({ status: "anything" })).toHaveLength(4);

    expect(await ids({ suche: "  dachZIMMER " })).toEqual([shown.offerId]);
    expect(await ids({ suche: "altstadt" })).toEqual([shown.offerId]);
    expect(await ids({ suche: "8615" })).toEqual([shown.offerId, over.offerId, pending, deleted.offerId].sort());
    expect(await ids({ suche: "86152" })).toEqual([shown.offerId]);
    expect(await ids({ suche: "vermieter.huber@example.test" })).toEqual([over.offerId]);
    expect(await ids({ suche: "haunstetten", status: "ACTIVE" })).toEqual([]);
    expect(await ids({ suche: "haunstetten", status: "PENDING_CONFIRMATION" })).toEqual([pending]);
    // The search is text, not a pattern: "%" and "_" find themselves only.
    expect(await ids({ suche: "50%" })).toEqual([over.offerId]);
    expect(await ids({ suche: "%" })).toEqual([over.offerId]);
    expect(await ids({ suche: "_" })).toEqual([]);

    const found = await listRegionOffers(region.slug, 1, staffOfferFilter({ status: "EXPIRED" }));
    expect(found).toMatchObject({ total: 1, page: 1, pageCount: 1 });
    expect(found.items[0]).toMatchObject({ status: "EXPIRED", active: false });
    // The CSV file takes the same filter.
    expect((await regionOffersForCsv(region.slug, staffOfferFilter({ suche: "Dachzimmer" }))).map((offer) => offer.id)).toEqual([
      shown.offerId,
    ]);
  });

  it("reads the list's filter from its address: known statuses only, the search trimmed and cut to length", () => {
    expect(staffOfferFilter({})).toEqual({});
    expect(staffOfferFilter({ status: "DELETED", suche: "  Musterweg " })).toEqual({ status: "DELETED", search: "Musterweg" });
    expect(staffOfferFilter({ status: "deleted", suche: "   " })).toEqual({});
    expect(staffOfferFilter({ status: ["ACTIVE", "DELETED"], suche: ["a", "b"] })).toEqual({});
    expect(staffOfferFilter({ suche: "x".repeat(300) }).search).toHaveLength(100);
  });

  it("keeps the filter in the addresses of the list's pages", () => {
    const path = "/musterhausen/kommune/angebote";
    const query = staffOfferQuery(staffOfferFilter({ status: "EXPIRED", suche: "Zimmer & Küche" }));
    expect(staffPageHref(path, 2, query)).toBe(`${path}?status=EXPIRED&suche=Zimmer%20%26%20K%C3%BCche&seite=2`);
    expect(staffPageHref(path, 1, query)).toBe(`${path}?status=EXPIRED&suche=Zimmer%20%26%20K%C3%BCche`);
    expect(staffPageHref(path, 1, staffOfferQuery({}))).toBe(path);
    expect(staffPageHref(path, 3)).toBe(`${path}?seite=3`);
  });
});
