import { randomInt } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { contactRequestSchema, type ContactRequestFormValues, type ContactRequestInput } from "@/lib/contact-requests/contact-request-schema";
import { requestContact } from "@/lib/contact-requests/request-contact";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { runExpiry } from "@/lib/offers/expiry";
import { changeContactRequests, confirmOffer, deleteOffer, deleteOfferByMunicipality, submitOffer } from "@/lib/offers/lifecycle";
import { todayInGermany } from "@/lib/offers/offer-schema";
import { derivedToken } from "@/lib/security/tokens";
import { deliverRegionMails } from "@/tests/reliability/support/own-mails";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "@/tests/support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "@/tests/support/offers";

const dayMs = 24 * 60 * 60 * 1000;

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

/** A seeker whose name, phone, e-mail address and message appear nowhere else in the database (also shared PostgreSQL). */
const uniqueSeeker = (overrides: Partial<ContactRequestFormValues> = {}) => {
  const suffix = uniqueSuffix();
  return seeker({
    name: `Olena Kovalenko ${suffix}`,
    contactPhone: `+49 151 ${randomInt(1_000_000, 10_000_000)}`,
    contactEmail: uniqueEmail("olena"),
    message: `Добрий день! Ми родина з Харкова ${suffix}.`,
    ...overrides,
  });
};

/** What a seeker typed that identifies them: name, e-mail address, phone (as typed and as digits only), message. */
const tracesOf = (input: ContactRequestInput) =>
  [input.name, input.contactEmail, input.contactPhone, input.contactPhone?.replace(/\D/g, ""), input.message].filter(
    (trace): trace is string => Boolean(trace),
  );

/**
 * The tables (of all tables of the database, not only where the code puts seekers' data) with rows whose text
 * contains `needle`, as "table: rows"; only counts, so a failing test prints no personal data.
 */
async function tablesContaining(needle: string): Promise<string[]> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS "name" FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`;
  const found: string[] = [];
  for (const { name } of tables) {
    const [{ count }] = await db().$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS "count" FROM "${name.replaceAll('"', '""')}" AS row WHERE strpos(row::text, $1) > 0`,
      needle,
    );
    if (count > 0) found.push(`${name}: ${count}`);
  }
  return found;
}

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
    // Its own button pauses requests, on the offer's derived token (not the token of the landlord's first mail).
    const derived = derivedToken("offer", offerId);
    expect(mail.text).toContain(`Keine Anfragen mehr ${env.APP_URL}/${region.slug}/angebot/${derived}/anfragen`);
    expect(mail.text).not.toContain(token);

    const [confirmation] = await mailsTo(input.contactEmail!);
    expect(confirmation.subject).toBe("Ваш запит щодо «Helle 2-Zimmer-Wohnung am Park» передано");
    expect(confirmation.html).toContain('lang="uk"');
    // The landlord's address reaches the seeker nowhere: not in the text, not as Reply-To.
    expect(`${confirmation.html}${confirmation.text}${confirmation.replyTo}`).not.toContain(landlordEmail);
    expect(confirmation.text).toContain(region.contactEmail);

    const events = await db().offerEvent.findMany({ where: { offerId, type: "CONTACT_REQUESTED" } });
    expect(events).toHaveLength(1);
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ contactRequestCount: 1, contactRequests: "OPEN" });
    expect(await changeContactRequests(derived, "pause")).toMatchObject({ outcome: "paused" });
  });

  it("gives an offer from before the derived token its hash, so the request mail's button opens it", async () => {
    await db().offer.update({ where: { id: offerId }, data: { derivedTokenHash: null } });
    expect((await request()).outcome).toBe("sent");
    expect(await changeContactRequests(derivedToken("offer", offerId), "pause")).toMatchObject({ outcome: "paused" });
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

    // The notice's button takes requests again.
    const derived = derivedToken("offer", offerId);
    expect(notices[0].text).toContain(`Wieder Anfragen annehmen ${env.APP_URL}/${region.slug}/angebot/${derived}/anfragen`);
    expect(await changeContactRequests(derived, "resume")).toMatchObject({ outcome: "resumed", listingChanged: true });
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

  it(`erases what seekers sent, delivered or not, with the offer's personal data ${env.RETENTION_DAYS} days after it expired; the counts stay`, async () => {
    const byMail = uniqueSeeker();
    const byPhone = uniqueSeeker({ contactEmail: "" });
    expect((await request(byMail)).outcome).toBe("sent");
    // Delivered: bodies and Reply-To are gone, the seeker's address is left as the confirmation's recipient.
    await deliverRegionMails(region.slug);
    // Not delivered yet (say, the landlord's mail server is down): the whole request is still in the outbox.
    expect((await request(byPhone)).outcome).toBe("sent");
    const mailsBefore = await contactMails();
    expect(mailsBefore).toHaveLength(3);
    expect(mailsBefore.filter((mail) => mail.sentAt !== null)).toHaveLength(2);
    // The search finds what is stored, so its empty answer below means something.
    for (const trace of [byMail.contactEmail!, byPhone.name, byPhone.contactPhone!, byPhone.message]) {
      expect(await tablesContaining(trace), trace).toContain("OutboxMail: 1");
    }
    const eventsBefore = await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } });

    // Expired a day more than the retention period ago: the job expires the offer and erases its personal data.
    await db().offer.update({ where: { id: offerId }, data: { expiresAt: new Date(Date.now() - (env.RETENTION_DAYS + 1) * dayMs) } });
    await runExpiry();

    const offer = await db().offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(offer).toMatchObject({ status: "EXPIRED", contactEmail: "", contactRequestCount: 2 });
    expect(offer.personalDataErasedAt).toBeInstanceOf(Date);
    const mails = await contactMails();
    expect(mails).toHaveLength(3);
    for (const mail of mails) expect(mail).toMatchObject({ to: "", replyTo: null, subject: "", html: null, text: null });
    // Nothing a seeker typed is left in any table.
    for (const trace of [...tracesOf(byMail), ...tracesOf(byPhone)]) expect(await tablesContaining(trace), trace).toEqual([]);

    // The statistics stay: both CONTACT_REQUESTED events, untouched; the run only adds the EXPIRED event.
    const events = await db().offerEvent.findMany({ where: { offerId }, orderBy: { id: "asc" } });
    expect(events.slice(0, eventsBefore.length)).toEqual(eventsBefore);
    expect(events.slice(eventsBefore.length).map((event) => event.type)).toEqual(["EXPIRED"]);
    expect(events.filter((event) => event.type === "CONTACT_REQUESTED")).toHaveLength(2);
  });

  it("erases what seekers sent when the municipality deletes the offer, also where the region gets copies; the count stays", async () => {
    await db().region.update({ where: { slug: region.slug }, data: { contactRequestCopies: true } });
    const input = uniqueSeeker();
    expect((await request(input)).outcome).toBe("sent");
    expect((await contactMailsTo(landlordEmail))[0].bcc).toBe(region.mailbox);

    expect(await deleteOfferByMunicipality(region.slug, offerId)).toMatchObject({ outcome: "deleted" });
    const mails = await contactMails();
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail).toMatchObject({ to: "", bcc: null, replyTo: null, subject: "", html: null, text: null });
    for (const trace of tracesOf(input)) expect(await tablesContaining(trace), trace).toEqual([]);
    expect(await db().offer.findUniqueOrThrow({ where: { id: offerId } })).toMatchObject({ status: "DELETED", contactRequestCount: 1 });
    expect(await db().offerEvent.count({ where: { offerId, type: "CONTACT_REQUESTED" } })).toBe(1);
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
