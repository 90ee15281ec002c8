import { beforeEach, describe, expect, it } from "vitest";
import { contactRequestSchema, type ContactRequestFormValues } from "@/lib/contact-requests/contact-request-schema";
import { requestContact } from "@/lib/contact-requests/request-contact";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { changeContactRequests, confirmOffer, deleteOffer, submitOffer } from "@/lib/offers/lifecycle";
import { todayInGermany } from "@/lib/offers/offer-schema";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "@/tests/support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "@/tests/support/offers";

const seekerValues = (overrides: Partial<ContactRequestFormValues> = {}): ContactRequestFormValues => ({
  name: "Olena Kovalenko",
  adults: "2",
  children: "1",
  pets: [],
  neededFrom: todayInGermany(),
  stay: "MONTHS_3",
  languages: ["uk", "en"],
  contactPhone: "+49 151 2345678",
  contactEmail: uniqueEmail("olena"),
  message: "Добрий день! Ми родина з Харкова.",
  privacyConsent: "on",
  ...overrides,
});
const seeker = (overrides: Partial<ContactRequestFormValues> = {}) => contactRequestSchema.parse(seekerValues(overrides));

describe("contact requests", () => {
  let region: Region;
  let offerId: string;
  let token: string;
  let landlordEmail: string;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    landlordEmail = uniqueEmail("vermieter");
    ({ offerId } = await submitOffer(
      region,
      validOffer({ contactRequests: "on", showPhone: "", contactEmail: landlordEmail, title: "Helle 2-Zimmer-Wohnung am Park" }),
      "de",
    ));
    token = await tokenFromOutbox(offerId);
    await confirmOffer(token);
  });

  const mailsTo = (to: string) => db().outboxMail.findMany({ where: { offerId, to }, orderBy: { createdAt: "asc" } });
  const contactMailsTo = (to: string) => db().outboxMail.findMany({ where: { offerId, to, carriesSeekerData: true } });
  const contactMails = () => db().outboxMail.findMany({ where: { offerId, carriesSeekerData: true } });
  const request = (input = seeker(), clientKey = uniqueSuffix()) => requestContact(region.slug, offerId, input, "uk", clientKey);

  it("passes a Ukrainian request on in the landlord's German, quotes the seeker's words marked uk, and replies to the seeker", async () => {
    const input = seeker();
    expect(await request(input)).toEqual({ outcome: "sent", listingChanged: false, regionSlug: region.slug });

    const [mail] = await contactMailsTo(landlordEmail);
    expect(mail.subject).toBe("Kontaktanfrage zu Ihrem Angebot „Helle 2-Zimmer-Wohnung am Park“");
    expect(mail.replyTo).toBe(input.contactEmail);
    // Seekers' details reach the municipal mailbox only where the region turned that on.
    expect(mail.bcc).toBeNull();
    expect(mail.text).toContain("Personen: 2 Erwachsene und 1 Kind");
    expect(mail.text).toContain("Haustiere: keine");
    expect(mail.text).toContain("Für: bis zu 3 Monate");
    expect(mail.text).toContain("Spricht: Ukrainisch und Englisch");
    expect(mail.text).toContain("Nachricht, geschrieben auf Ukrainisch:");
    expect(mail.text).toContain("Добрий день! Ми родина з Харкова.");
    expect(mail.text).toContain("+49 151 2345678");
    expect(mail.html).toMatch(/<p[^>]*lang="uk"[^>]*>.*Добрий день/s);
    expect(mail.html).toContain('lang="de"');

    const [confirmation] = await mailsTo(input.contactEmail!);
    expect(confirmation.subject).toBe("Ваш запит щодо «Helle 2-Zimmer-Wohnung am Park» передано");
    expect(confirmation.html).toContain('lang="uk"');
    // The landlord's address reaches the seeker nowhere: not in the text, not as Reply-To.
    expect(`${confirmation.html}${confirmation.text}${confirmation.replyTo}`).not.toContain(landlordEmail);
    expect(confirmation.text).toContain(region.contactEmail);

    const events = await db().offerEvent.findMany({ where: { offerId, type: "CONTACT_REQUESTED" } });
    expect(events).toHaveLength(1);
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ contactRequestCount: 1, contactRequests: "OPEN" });
  });

  it("copies requests to the municipal mailbox only where the region turned that on", async () => {
    await db().region.update({ where: { slug: region.slug }, data: { contactRequestCopies: true } });
    await request();
    const [mail] = await contactMailsTo(landlordEmail);
    expect(mail.bcc).toBe(region.mailbox);
  });

  it("sends no confirmation to a seeker who left only a phone number", async () => {
    expect((await request(seeker({ contactEmail: "" }))).outcome).toBe("sent");
    const mails = await contactMails();
    expect(mails.map((mail) => mail.to)).toEqual([landlordEmail]);
    expect(mails[0].replyTo).toBeNull();
  });

  it("stops taking requests by itself at the region's number, tells the landlord once, and takes them again when asked", async () => {
    await db().region.update({ where: { slug: region.slug }, data: { contactRequestsPerOffer: 2 } });
    expect(await request()).toMatchObject({ outcome: "sent", listingChanged: false });
    expect(await request()).toMatchObject({ outcome: "sent", listingChanged: true });
    expect(await request()).toEqual({ outcome: "notTakingRequests" });

    const notices = (await mailsTo(landlordEmail)).filter((mail) => mail.subject.includes("nimmt keine Anfragen mehr an"));
    expect(notices).toHaveLength(1);
    expect(notices[0].bcc).toBe(region.mailbox);
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ contactRequestCount: 2, contactRequests: "FULL" });

    expect(await changeContactRequests(token, "resume")).toMatchObject({ outcome: "resumed", listingChanged: true });
    expect((await request()).outcome).toBe("sent");
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ contactRequestCount: 3, contactRequests: "OPEN" });
  });

  it("takes no requests while the landlord paused them; pausing twice changes nothing the second time", async () => {
    expect(await changeContactRequests(token, "pause")).toMatchObject({ outcome: "paused", listingChanged: true });
    expect(await changeContactRequests(token, "pause")).toMatchObject({ outcome: "unchanged", listingChanged: false });
    expect(await request()).toEqual({ outcome: "notTakingRequests" });
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ contactRequests: "PAUSED" });
    expect(await contactMails()).toHaveLength(0);
  });

  it("takes no requests for an offer whose landlord chose published contact details only", async () => {
    const { offerId: other } = await submitOffer(region, validOffer({ showPhone: "on" }), "de");
    await confirmOffer(await tokenFromOutbox(other));
    expect(await requestContact(region.slug, other, seeker(), "uk", uniqueSuffix())).toEqual({ outcome: "notTakingRequests" });
  });

  it("limits requests per client address, per offer and per seeker address", async () => {
    const clientKey = uniqueSuffix();
    const email = uniqueEmail("viel");
    for (let i = 0; i < 10; i++) expect((await request(seeker({ contactEmail: email }), uniqueSuffix())).outcome).toBe("sent");
    // The seeker's address has used up its day (10), whatever client address it comes from.
    expect(await request(seeker({ contactEmail: email }), clientKey)).toEqual({ outcome: "rateLimited" });
    // The offer has used up its hour (10) too.
    expect(await request(seeker(), uniqueSuffix())).toEqual({ outcome: "rateLimited" });
  });

  it("erases what seekers sent when the landlord deletes the offer; the count stays", async () => {
    await request();
    await deleteOffer(token, "BY_LANDLORD");
    const mails = await contactMails();
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail).toMatchObject({ to: "", replyTo: null, html: null, text: null });
    expect(await db().offerEvent.count({ where: { offerId, type: "CONTACT_REQUESTED" } })).toBe(1);
    // The landlord's own "deleted" mail is not touched.
    const deleted = (await mailsTo(landlordEmail)).at(-1);
    expect(deleted?.subject).toContain("gelöscht");
  });

  it("refuses a request for an unknown or deleted offer", async () => {
    expect(await requestContact(region.slug, "not-a-uuid", seeker(), "uk", uniqueSuffix())).toEqual({ outcome: "offerUnavailable" });
    await deleteOffer(token, "BY_LANDLORD");
    expect(await request()).toEqual({ outcome: "offerUnavailable" });
  });
});

describe("the contact request schema", () => {
  const errors = (overrides: Partial<ContactRequestFormValues>) => {
    const result = contactRequestSchema.safeParse(seekerValues(overrides));
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
  };

  it.each([
    ["a web address", "Mehr Fotos: https://example.org/fotos", "messageLink"],
    ["a bare domain", "Schreiben Sie mir auf t.me/olena", "messageLink"],
    ["a domain without scheme", "Siehe meinprofil.com", "messageLink"],
    ["an e-mail address", "Meine Adresse: olena@example.org", "messageAddress"],
    ["markup", "<b>Hallo</b>", "messageMarkup"],
    ["an entity", "Hallo &amp; danke", "messageMarkup"],
  ])("refuses a message with %s", (_case, message, key) => {
    expect(errors({ message })).toEqual({ message: key });
  });

  it("accepts ordinary text in any language, with line breaks and abbreviations", () => {
    expect(errors({ message: "Hallo, z.B. ab Montag.\nДякую! شكرا" })).toEqual({});
  });

  it("needs a phone number or an e-mail address, and one language at least", () => {
    expect(errors({ contactPhone: "", contactEmail: "", languages: [] })).toEqual({ contactPhone: "reachable", languages: "languages" });
  });

  it("refuses line breaks in anything that reaches a header", () => {
    expect(errors({ contactEmail: "olena@example.org\r\nBcc: x@evil.test" })).toEqual({ contactEmail: "email" });
    expect(errors({ name: "Olena\r\nBcc: x@evil.test" })).toEqual({ name: "invalidText" });
  });

  it("keeps messages short and dates ahead", () => {
    expect(errors({ message: "a".repeat(501) })).toEqual({ message: "tooLong" });
    expect(errors({ neededFrom: "2020-01-01" })).toEqual({ neededFrom: "dateInPast" });
  });
});
