import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { confirmOffer, submitOffer } from "@/lib/offers/lifecycle";
import { reportOffer } from "@/lib/reports/report-offer";
import { reportSchema, type ReportInput } from "@/lib/reports/report-schema";
import { prepareTestDatabase, uniqueSuffix } from "@/tests/support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "@/tests/support/offers";

const report = (values: Record<string, string>): ReportInput => reportSchema.parse(values);

describe("reportOffer", () => {
  let region: Region;
  let offerId: string;
  let clientKey: string;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
    ({ offerId } = await submitOffer(region, validOffer({ title: "Helle 2-Zimmer-Wohnung am Park" }), "uk"));
    await confirmOffer(await tokenFromOutbox(offerId));
    clientKey = uniqueSuffix();
  });

  const reportMails = () => db().outboxMail.findMany({ where: { offerId, to: region.mailbox } });
  const storedReports = () => db().offerReport.findMany({ where: { offerId } });

  it("stores the report and queues one German mail to the municipal mailbox with the offer's link and the staff's link to remove it", async () => {
    const input = report({
      reason: "TAKEN",
      message: "Die Wohnung ist laut Vermieterin seit gestern vergeben.\nBitte prüfen.",
      contact: "+49 170 7654321",
    });
    expect(await reportOffer(region.slug, offerId, input, clientKey)).toBe("reported");

    expect(await storedReports()).toMatchObject([{ regionSlug: region.slug, reason: "TAKEN" }]);
    const mails = await reportMails();
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.bcc).toBeNull();
    expect(mail.subject).toBe("Meldung zu Angebot „Helle 2-Zimmer-Wohnung am Park“: Bereits vergeben");
    const link = `http://127.0.0.1:3100/${region.slug}/findflats/${offerId}`;
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.text).toContain(link);
    // Staff remove the offer on their own page, so that the landlord hears it was the municipality.
    const removeLink = `http://127.0.0.1:3100/${region.slug}/kommune/angebote/${offerId}/loeschen`;
    expect(mail.html).toContain(`href="${removeLink}"`);
    expect(mail.text).toContain(`Angebot als Kommune entfernen ${removeLink}`);
    expect(mail.text).not.toContain("Ihr Wohnraumangebot … ist online");
    expect(mail.text).toContain("Die Wohnung ist laut Vermieterin seit gestern vergeben.\nBitte prüfen.");
    expect(mail.text).toContain("Kontakt für Rückfragen: +49 170 7654321");
    expect(mail.text).toContain("Grund: Bereits vergeben");
    // A phone number cannot be answered by mail: no Reply-To.
    expect(mail.replyTo).toBeNull();
  });

  it("lets staff answer a reporter who left an e-mail address", async () => {
    expect(await reportOffer(region.slug, offerId, report({ reason: "SUSPICIOUS", contact: "helfer@example.org" }), clientKey)).toBe(
      "reported",
    );
    const [mail] = await reportMails();
    expect(mail.replyTo).toBe("helfer@example.org");
    expect(mail.text).toContain("Kontakt für Rückfragen: helfer@example.org");
  });

  it("keeps the reporter's text out of the headers and renders it as text, not markup", async () => {
    const input = report({ reason: "OTHER", message: 'Hallo\r\nBcc: spam@example.test\n<script>alert("x")</script>' });
    expect(await reportOffer(region.slug, offerId, input, clientKey)).toBe("reported");
    const [mail] = await reportMails();
    expect(mail.subject).toBe("Meldung zu Angebot „Helle 2-Zimmer-Wohnung am Park“: Anderer Grund");
    expect(mail.bcc).toBeNull();
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.text).toContain("Kontakt für Rückfragen: nicht angegeben");
  });

  it("answers a filled-in honeypot like a report, but stores and sends nothing", async () => {
    const input = report({ reason: "SUSPICIOUS", message: "Buy now", website: "https://spam.example" });
    expect(await reportOffer(region.slug, offerId, input, clientKey)).toBe("reported");
    expect(await storedReports()).toEqual([]);
    expect(await reportMails()).toEqual([]);
    expect(await db().rateLimit.count({ where: { key: `report:${clientKey}` } })).toBe(0);
  });

  it("refuses the sixth report from one client within an hour (REPORTS_PER_HOUR defaults to 5) and stores nothing for it", async () => {
    const input = report({ reason: "WRONG_INFORMATION" });
    // Half past the current hour: the six reports cannot straddle the start of a new window.
    const now = new Date();
    now.setUTCMinutes(30, 0, 0);
    const outcomes = [];
    for (let attempt = 0; attempt < 6; attempt++) outcomes.push(await reportOffer(region.slug, offerId, input, clientKey, now));
    expect(outcomes).toEqual(["reported", "reported", "reported", "reported", "reported", "rateLimited"]);
    expect(await storedReports()).toHaveLength(5);
    expect(await reportMails()).toHaveLength(5);
    // Another client is not affected.
    expect(await reportOffer(region.slug, offerId, input, uniqueSuffix(), now)).toBe("reported");
  });

  it("refuses offers that are not listed: pending, of another region, unknown or malformed ids", async () => {
    const input = report({ reason: "SUSPICIOUS" });
    const { offerId: pendingId } = await submitOffer(region, validOffer(), "de");
    const otherRegion = await createTestRegion();
    expect(await reportOffer(region.slug, pendingId, input, clientKey)).toBe("offerUnavailable");
    expect(await reportOffer(otherRegion.slug, offerId, input, clientKey)).toBe("offerUnavailable");
    expect(await reportOffer(region.slug, "00000000-0000-4000-8000-000000000000", input, clientKey)).toBe("offerUnavailable");
    expect(await reportOffer(region.slug, "'; DROP TABLE \"Offer\"; --", input, clientKey)).toBe("offerUnavailable");
    expect(await db().offerReport.count({ where: { regionSlug: { in: [region.slug, otherRegion.slug] } } })).toBe(0);
  });
});

describe("reportSchema", () => {
  const errorsOf = (values: Record<string, unknown>) =>
    Object.fromEntries((reportSchema.safeParse(values).error?.issues ?? []).map((issue) => [issue.path[0], issue.message]));

  it("requires a known reason and accepts an optional message and contact (e-mail or phone)", () => {
    expect(errorsOf({})).toEqual({ reason: "choice" });
    expect(errorsOf({ reason: "SPAM" })).toEqual({ reason: "choice" });
    expect(reportSchema.parse({ reason: "TAKEN", message: "  ", contact: "" })).toEqual({
      reason: "TAKEN",
      message: "",
      contact: undefined,
      website: "",
    });
    expect(reportSchema.parse({ reason: "TAKEN", contact: " helfer@example.org " }).contact).toBe("helfer@example.org");
    expect(reportSchema.parse({ reason: "TAKEN", contact: "0821 123456" }).contact).toBe("0821 123456");
  });

  it("names the field and the problem for each bad value", () => {
    expect(errorsOf({ reason: "OTHER", message: "x".repeat(1001) })).toEqual({ message: "messageTooLong" });
    expect(errorsOf({ reason: "OTHER", message: "Angebot \u202Egnuhow" })).toEqual({ message: "invalidText" });
    expect(errorsOf({ reason: "OTHER", contact: "not an address" })).toEqual({ contact: "contact" });
    expect(errorsOf({ reason: "OTHER", contact: "a@b.de\r\nBcc: x@y.de" })).toEqual({ contact: "contact" });
  });
});
