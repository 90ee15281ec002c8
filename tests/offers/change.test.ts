import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import {
  changeContactRequests,
  changeOffer,
  changeOfferByMunicipality,
  confirmOffer,
  deleteOffer,
  extendOffer,
  findOfferByToken,
  submitOffer,
} from "@/lib/offers/lifecycle";
import { parseOfferChange, storedOfferValues } from "@/lib/offers/offer-form-state";
import type { OfferFormValues } from "@/lib/offers/offer-schema";
import { derivedToken } from "@/lib/security/tokens";
import { prepareTestDatabase } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";


function formData(values: Partial<Record<string, string | string[]>>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) data.append(name, item);
  }
  return data;
}

async function eventsOf(offerId: string) {
  return (await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } })).map((event) => event.type);
}

async function lastMailOf(offerId: string) {
  return db().outboxMail.findFirstOrThrow({ where: { offerId }, orderBy: { createdAt: "desc" } });
}

describe("changing an offer", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  async function activeOffer(overrides: Partial<OfferFormValues> = {}) {
    const { offerId } = await submitOffer(region, validOffer(overrides), "uk");
    const token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
    return { offerId, token, offer: await db().offer.findUniqueOrThrow({ where: { id: offerId } }) };
  }

  /** The form as the change page fills it, with some fields typed over. */
  function changedForm(offer: Awaited<ReturnType<typeof activeOffer>>["offer"], typed: Partial<Record<string, string>>) {
    return formData({ ...storedOfferValues(offer), ...typed });
  }

  it("fills the form with the offer's values, so saving it unchanged changes nothing", async () => {
    const { offer } = await activeOffer({ rooms: "2,5", rentType: "FREE_THEN_RENT", coldRent: "380", runningCosts: "90", residents: "LANDLORD", residentCount: "2", hostType: "COUPLE", catsAllowed: "on" });
    const parsed = parseOfferChange(offer, formData(storedOfferValues(offer)));
    if (!("input" in parsed)) throw new Error(`refused: ${JSON.stringify(parsed.state.errors)}`);
    expect(parsed.input).toMatchObject({
      title: offer.title,
      rooms: 2.5,
      rentType: "FREE_THEN_RENT",
      coldRent: 380,
      runningCosts: 90,
      residents: "LANDLORD",
      residentCount: 2,
      hostType: "COUPLE",
      catsAllowed: true,
      dogsAllowed: false,
      languages: ["de", "uk"],
      contactRequests: false,
      showPhone: true,
    });
  });

  it("changes title and rent of an active offer, keeps address, display time and expiry, records it and mails the landlord", async () => {
    const { offerId, token, offer } = await activeOffer();
    // The form cannot change the e-mail address or the display time, whatever it sends.
    const parsed = parseOfferChange(
      offer,
      changedForm(offer, { title: "Helle 2-Zimmer-Wohnung, neu gestrichen", coldRent: "480", contactEmail: "someone@else.test", durationDays: "30" }),
    );
    if (!("input" in parsed)) throw new Error("refused");
    const result = await changeOffer(token, parsed.input);
    expect(result).toEqual({ outcome: "changed", listingChanged: true, regionSlug: region.slug, offerId: offer.id });

    const stored = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(stored).toMatchObject({
      title: "Helle 2-Zimmer-Wohnung, neu gestrichen",
      coldRent: 480,
      contactEmail: offer.contactEmail,
      durationDays: 14,
      expiresAt: offer.expiresAt,
      status: "ACTIVE",
      locale: "uk",
    });
    expect(await eventsOf(offerId)).toEqual(["SUBMITTED", "CONFIRMED", "CHANGED"]);

    const mail = await lastMailOf(offerId);
    expect(mail).toMatchObject({ to: offer.contactEmail, bcc: region.mailbox, replyTo: region.contactEmail });
    expect(mail.subject).toBe("Вашу пропозицію житла «Helle 2-Zimmer-Wohnung, neu gestrichen» змінено");
    for (const segment of ["loeschen", "vermittelt", "verlaengern", "aendern", "anfragen"]) {
      expect(mail.text).toContain(`/uk/${region.slug}/angebot/${token}/${segment}`);
    }
  });

  it("refuses invalid input with field errors in the form's keys", async () => {
    const { offer } = await activeOffer();
    const parsed = parseOfferChange(offer, changedForm(offer, { title: "kurz", coldRent: "viel", postalCode: "861" }));
    expect("state" in parsed && parsed.state.errors).toEqual({
      title: { key: "tooShort", params: { min: 10 } },
      coldRent: { key: "number" },
      postalCode: { key: "postalCode" },
    });
  });

  it("changes nothing of a deleted or expired offer", async () => {
    const deleted = await activeOffer();
    await deleteOffer(deleted.token, "BY_LANDLORD");
    const expired = await activeOffer();
    await db().offer.update({ where: { id: expired.offerId }, data: { expiresAt: new Date(Date.now() - 1000) } });

    for (const { offerId, token } of [deleted, expired]) {
      const result = await changeOffer(token, validOffer({ title: "Ganz anderer Titel für das Angebot" }));
      expect(result).toMatchObject({ outcome: "notActive", listingChanged: false });
      expect((await db().offer.findUniqueOrThrow({ where: { id: offerId } })).title).toBe("Helle 2-Zimmer-Wohnung am Park");
      expect(await eventsOf(offerId)).not.toContain("CHANGED");
    }
  });

  it("keeps paused contact requests paused, and opens them afresh for a landlord who asks for them again", async () => {
    const paused = await activeOffer({ contactRequests: "on" });
    await changeContactRequests(paused.token, "pause");
    await changeOffer(paused.token, validOffer({ contactRequests: "on", description: "Neu" }));
    expect((await db().offer.findUniqueOrThrow({ where: { id: paused.offerId } })).contactRequests).toBe("PAUSED");

    const without = await activeOffer({ contactRequests: "", showPhone: "on" });
    await db().offer.update({ where: { id: without.offerId }, data: { contactRequestCount: 4 } });
    await changeOffer(without.token, validOffer({ contactRequests: "on" }));
    expect(await db().offer.findUniqueOrThrow({ where: { id: without.offerId } })).toMatchObject({
      contactRequests: "OPEN",
      contactRequestsCountedFrom: 4,
    });
    await changeOffer(without.token, validOffer({ contactRequests: "", showPhone: "on" }));
    expect((await db().offer.findUniqueOrThrow({ where: { id: without.offerId } })).contactRequests).toBe("NOT_OFFERED");
  });

  it("two saves at once leave one of them whole, never a mix", async () => {
    const { offerId, token } = await activeOffer();
    const first = validOffer({ title: "Erste Fassung der Wohnung", coldRent: "500", description: "Erste" });
    const second = validOffer({ title: "Zweite Fassung der Wohnung", coldRent: "600", description: "Zweite" });
    const results = await Promise.all([changeOffer(token, first), changeOffer(token, second)]);
    expect(results.map((result) => result?.outcome)).toEqual(["changed", "changed"]);

    const stored = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    const pair = [stored.title, stored.coldRent, stored.description];
    expect([
      [first.title, 500, "Erste"],
      [second.title, 600, "Zweite"],
    ]).toContainEqual(pair);
    expect((await eventsOf(offerId)).filter((type) => type === "CHANGED")).toHaveLength(2);
  });

  it("the municipality's change mails buttons with the derived token, which works for an offer from before it", async () => {
    const { offerId, token, offer } = await activeOffer();
    await db().offer.update({ where: { id: offerId }, data: { derivedTokenHash: null } });
    const derived = derivedToken("offer", offerId);
    expect(await findOfferByToken(derived)).toBeNull();

    expect(await changeOfferByMunicipality("another-region", offerId, validOffer())).toBeNull();
    const parsed = parseOfferChange(offer, changedForm(offer, { coldRent: "395" }));
    if (!("input" in parsed)) throw new Error("refused");
    expect((await changeOfferByMunicipality(region.slug, offerId, parsed.input))?.outcome).toBe("changed");

    expect(await eventsOf(offerId)).toContain("CHANGED_BY_MUNICIPALITY");
    const mail = await lastMailOf(offerId);
    expect(mail.bcc).toBe(region.mailbox);
    expect(mail.text).toContain(`/angebot/${derived}/aendern`);
    expect(mail.text).not.toContain(token);
    // Both tokens open the offer: the landlord's from the first mails, the derived one from this mail.
    expect((await findOfferByToken(derived))?.id).toBe(offerId);
    expect((await findOfferByToken(token))?.id).toBe(offerId);
    expect((await extendOffer(derived))?.outcome).toBe("extended");
  });

  it("a new offer's derived token opens it from the start", async () => {
    const { offerId } = await submitOffer(region, validOffer(), "de");
    expect((await findOfferByToken(derivedToken("offer", offerId)))?.id).toBe(offerId);
    expect(await findOfferByToken(derivedToken("search-alert", offerId))).toBeNull();
  });
});
