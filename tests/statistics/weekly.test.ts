import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { OfferEventType, Region } from "@/lib/db/generated/client";
import { maxDeliveryAttempts } from "@/lib/mail/outbox";
import { confirmOffer, submitOffer } from "@/lib/offers/lifecycle";
import { statisticsCsv, statisticsFileName, type CsvHeadings } from "@/lib/statistics/csv";
import { activeOfferCount, failedMails, maxWeeks, weeklyStatistics, type WeekStatistics } from "@/lib/statistics/weekly";
import { prepareTestDatabase, uniqueEmail, uniqueSuffix } from "../support/database";
import { createTestRegion, tokenFromOutbox, validOffer } from "../support/offers";

/** Thursday of ISO week 48 of 2026 (Monday 23 November). */
const now = new Date("2026-11-26T10:00:00Z");

const zeroCounts = {
  submitted: 0,
  confirmed: 0,
  extended: 0,
  deletedByLandlord: 0,
  placed: 0,
  adviceRequested: 0,
  deletedByMunicipality: 0,
  expired: 0,
  purgedUnconfirmed: 0,
  reports: 0,
  contactRequests: 0,
  activeSearchAlerts: 0,
};

async function recordEvents(region: Region, events: [OfferEventType, string][]) {
  await db().offerEvent.createMany({
    data: events.map(([type, at]) => ({ regionSlug: region.slug, type, createdAt: new Date(at) })),
  });
}

async function recordReports(region: Region, times: string[]) {
  await db().offerReport.createMany({
    data: times.map((at) => ({ regionSlug: region.slug, reason: "SUSPICIOUS" as const, createdAt: new Date(at) })),
  });
}

function byWeek(weeks: WeekStatistics[]) {
  return Object.fromEntries(weeks.map((week) => [week.isoWeek, week]));
}

describe("weekly statistics", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  it("counts the search alerts running at each week's end and now, never who subscribed", async () => {
    const alert = (confirmedAt: string | null, endedAt: string | null) => ({
      regionSlug: region.slug,
      tokenHash: uniqueSuffix().repeat(8),
      locale: "uk",
      email: endedAt ? "" : uniqueEmail("seeker"),
      search: "",
      frequency: "IMMEDIATE" as const,
      consentedAt: new Date("2026-11-01T00:00:00Z"),
      privacyPolicyVersion: "2026-11",
      status: endedAt ? ("ENDED" as const) : confirmedAt ? ("ACTIVE" as const) : ("PENDING_CONFIRMATION" as const),
      confirmedAt: confirmedAt && new Date(confirmedAt),
      expiresAt: confirmedAt && new Date(new Date(confirmedAt).getTime() + 30 * 24 * 60 * 60 * 1000),
      endedAt: endedAt && new Date(endedAt),
    });
    await recordEvents(region, [["SUBMITTED", "2026-11-10T09:00:00Z"]]);
    await db().searchAlert.createMany({
      data: [
        alert("2026-11-10T10:00:00Z", null),
        alert("2026-11-10T10:00:00Z", "2026-11-19T10:00:00Z"),
        alert("2026-11-17T10:00:00Z", null),
        // Sunday 22 November, 23:30 in Germany: week 47 ends with it running.
        alert("2026-11-22T22:30:00Z", "2026-11-25T10:00:00Z"),
        // Never confirmed: never counted.
        alert(null, null),
        // Confirmed after "now".
        alert("2026-11-26T11:00:00Z", null),
      ],
    });
    const weeks = byWeek(await weeklyStatistics(region.slug, now));
    expect(weeks["2026-W46"].activeSearchAlerts).toBe(2);
    expect(weeks["2026-W47"].activeSearchAlerts).toBe(3);
    expect(weeks["2026-W48"].activeSearchAlerts).toBe(2);
  });

  it("counts each kind of event in its week, weeks starting Monday 00:00 German time", async () => {
    await recordEvents(region, [
      // Sunday 22 November, 23:30 in Germany (UTC+1): still week 47.
      ["SUBMITTED", "2026-11-22T22:30:00Z"],
      // Monday 23 November, 00:30 in Germany, though still Sunday in UTC: week 48.
      ["SUBMITTED", "2026-11-22T23:30:00Z"],
      ["SUBMITTED", "2026-11-24T09:00:00Z"],
      ["CONFIRMED", "2026-11-24T09:05:00Z"],
      ["CONFIRMED", "2026-11-17T09:05:00Z"],
      ["EXTENDED", "2026-11-25T08:00:00Z"],
      ["EXTENDED_BY_MUNICIPALITY", "2026-11-25T08:10:00Z"],
      ["DELETED_BY_LANDLORD", "2026-11-25T09:00:00Z"],
      ["PLACED", "2026-11-25T10:00:00Z"],
      ["ADVICE_REQUESTED", "2026-11-25T10:00:00Z"],
      ["DELETED_BY_MUNICIPALITY", "2026-11-25T11:00:00Z"],
      ["EXPIRED", "2026-11-26T01:00:00Z"],
      ["PURGED_UNCONFIRMED", "2026-11-26T02:00:00Z"],
      // Summer time (UTC+2): Sunday 28 June, 23:30 in Germany is week 26; Monday 29 June, 00:30 is week 27.
      ["SUBMITTED", "2026-06-28T21:30:00Z"],
      ["CONFIRMED", "2026-06-28T22:30:00Z"],
    ]);
    await recordReports(region, ["2026-11-23T07:00:00Z", "2026-11-26T07:00:00Z", "2026-11-16T07:00:00Z"]);

    const weeks = await weeklyStatistics(region.slug, now);
    const week = byWeek(weeks);

    expect(week["2026-W48"]).toEqual({
      isoWeek: "2026-W48",
      weekStart: "2026-11-23",
      submitted: 2,
      confirmed: 1,
      extended: 2,
      deletedByLandlord: 1,
      placed: 1,
      adviceRequested: 1,
      deletedByMunicipality: 1,
      expired: 1,
      purgedUnconfirmed: 1,
      reports: 2,
      contactRequests: 0,
      activeSearchAlerts: 0,
    });
    expect(week["2026-W47"]).toEqual({
      ...zeroCounts,
      isoWeek: "2026-W47",
      weekStart: "2026-11-16",
      submitted: 1,
      confirmed: 1,
      reports: 1,
    });
    expect(week["2026-W26"]).toMatchObject({ weekStart: "2026-06-22", submitted: 1, confirmed: 0 });
    expect(week["2026-W27"]).toMatchObject({ weekStart: "2026-06-29", submitted: 0, confirmed: 1 });
  });

  it("shows every week from the first to the current one, quiet weeks as zeros", async () => {
    await recordEvents(region, [["SUBMITTED", "2026-06-28T21:30:00Z"]]);

    const weeks = await weeklyStatistics(region.slug, now);

    // Week 26 to week 48, oldest first, without gaps.
    expect(weeks.map((week) => week.isoWeek)).toEqual(
      Array.from({ length: 23 }, (_, index) => `2026-W${String(26 + index).padStart(2, "0")}`),
    );
    expect(weeks[1]).toEqual({ ...zeroCounts, isoWeek: "2026-W27", weekStart: "2026-06-29" });
    expect(weeks.at(-1)).toEqual({ ...zeroCounts, isoWeek: "2026-W48", weekStart: "2026-11-23" });
  });

  it("shows the current week alone for a region without any events", async () => {
    expect(await weeklyStatistics(region.slug, now)).toEqual([{ ...zeroCounts, isoWeek: "2026-W48", weekStart: "2026-11-23" }]);
  });

  it("labels weeks by ISO week-numbering year across New Year", async () => {
    await recordEvents(region, [
      ["SUBMITTED", "2026-12-27T12:00:00Z"],
      ["SUBMITTED", "2026-12-31T12:00:00Z"],
    ]);
    const weeks = await weeklyStatistics(region.slug, new Date("2027-01-05T12:00:00Z"));
    expect(weeks.map((week) => [week.isoWeek, week.weekStart, week.submitted])).toEqual([
      ["2026-W52", "2026-12-21", 1],
      ["2026-W53", "2026-12-28", 1],
      ["2027-W01", "2027-01-04", 0],
    ]);
  });

  it(`goes back at most ${maxWeeks} weeks`, async () => {
    await recordEvents(region, [
      ["SUBMITTED", "2024-06-01T12:00:00Z"],
      ["SUBMITTED", "2025-01-07T12:00:00Z"],
    ]);
    const weeks = await weeklyStatistics(region.slug, now);
    expect(weeks).toHaveLength(maxWeeks);
    expect(weeks[0]).toMatchObject({ isoWeek: "2024-W49", weekStart: "2024-12-02" });
    expect(weeks.reduce((sum, week) => sum + week.submitted, 0)).toBe(1);
  });

  it("counts only the region's own events, reports, offers and mails", async () => {
    const other = await createTestRegion();
    await recordEvents(other, [
      ["SUBMITTED", "2026-11-24T09:00:00Z"],
      ["PLACED", "2026-11-24T09:00:00Z"],
    ]);
    await recordReports(other, ["2026-11-24T09:00:00Z"]);
    await recordEvents(region, [["CONFIRMED", "2026-11-24T09:00:00Z"]]);

    expect(await weeklyStatistics(region.slug, now)).toEqual([
      { ...zeroCounts, isoWeek: "2026-W48", weekStart: "2026-11-23", confirmed: 1 },
    ]);
    expect(byWeek(await weeklyStatistics(other.slug, now))["2026-W48"]).toMatchObject({
      submitted: 1,
      placed: 1,
      confirmed: 0,
      reports: 1,
    });
  });
});

describe("current figures", () => {
  let region: Region;

  beforeEach(async () => {
    await prepareTestDatabase();
    region = await createTestRegion();
  });

  it("counts the offers listed right now", async () => {
    const listed = async () => {
      const { offerId } = await submitOffer(region, validOffer(), "de");
      await confirmOffer(await tokenFromOutbox(offerId));
      return offerId;
    };
    await listed();
    const overdue = await listed();
    await submitOffer(region, validOffer(), "de");
    // Past its display time but not yet expired by the job: the listing no longer shows it.
    await db().offer.update({ where: { id: overdue }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await activeOfferCount(region.slug)).toBe(1);
    expect(await activeOfferCount((await createTestRegion()).slug)).toBe(0);
  });

  it("lists the mails the outbox gave up on, newest first, and no others", async () => {
    const other = await createTestRegion();
    const mail = (
      regionSlug: string,
      subject: string,
      fields: { attempts: number; sentAt?: Date; createdAt?: Date; searchAlertId?: string },
    ) =>
      db().outboxMail.create({
        data: {
          regionSlug,
          to: uniqueEmail("vermieter"),
          subject,
          html: "<p>…</p>",
          text: "…",
          messageId: `<${uniqueSuffix()}@example.test>`,
          ...fields,
        },
      });
    await mail(region.slug, "Gave up, older", { attempts: maxDeliveryAttempts, createdAt: new Date("2026-11-20T10:00:00Z") });
    await mail(region.slug, "Gave up, newer", { attempts: maxDeliveryAttempts, createdAt: new Date("2026-11-21T10:00:00Z") });
    await mail(region.slug, "Still retrying", { attempts: maxDeliveryAttempts - 1 });
    await mail(region.slug, "Delivered at the last attempt", { attempts: maxDeliveryAttempts, sentAt: new Date() });
    await mail(other.slug, "Another region's", { attempts: maxDeliveryAttempts });
    const alert = await db().searchAlert.create({
      data: {
        regionSlug: region.slug,
        tokenHash: uniqueSuffix(),
        locale: "uk",
        email: uniqueEmail("seeker"),
        search: "",
        frequency: "DAILY",
        consentedAt: new Date(),
        privacyPolicyVersion: "1",
      },
    });
    // A seeker's alert: staff see alerts as counts only.
    await mail(region.slug, "A seeker's alert", { attempts: maxDeliveryAttempts, searchAlertId: alert.id });

    const failed = await failedMails(region.slug);
    expect(failed.count).toBe(2);
    expect(failed.latest.map((one) => one.subject)).toEqual(["Gave up, newer", "Gave up, older"]);
  });
});

describe("CSV export", () => {
  const headings: CsvHeadings = {
    isoWeek: "Kalenderwoche",
    weekStart: "Wochenbeginn",
    submitted: "Abgeschickt",
    confirmed: "Bestätigt",
    extended: "Verlängert",
    deletedByLandlord: "Gelöscht durch Vermietende",
    placed: "Erfolgreich vermittelt",
    adviceRequested: "Beratung gewünscht",
    deletedByMunicipality: "Gelöscht durch die Kommune",
    expired: "Abgelaufen",
    purgedUnconfirmed: "Unbestätigt gelöscht",
    reports: "Meldungen",
    contactRequests: "Kontaktanfragen",
    activeSearchAlerts: "Aktive Benachrichtigungen",
  };

  it("writes one row per week for German Excel: BOM, semicolons, CRLF", async () => {
    await prepareTestDatabase();
    const region = await createTestRegion();
    await recordEvents(region, [
      ["SUBMITTED", "2026-11-17T09:00:00Z"],
      ["PLACED", "2026-11-24T09:00:00Z"],
      ["CONTACT_REQUESTED", "2026-11-24T10:00:00Z"],
      ["CONTACT_REQUESTED", "2026-11-25T10:00:00Z"],
    ]);
    await recordReports(region, ["2026-11-24T09:00:00Z"]);

    const csv = statisticsCsv(await weeklyStatistics(region.slug, now), headings);

    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Kalenderwoche;Wochenbeginn;Abgeschickt;Bestätigt;Verlängert;Gelöscht durch Vermietende;Erfolgreich vermittelt;" +
        "Beratung gewünscht;Gelöscht durch die Kommune;Abgelaufen;Unbestätigt gelöscht;Meldungen;Kontaktanfragen;" +
        "Aktive Benachrichtigungen",
      "2026-W47;2026-11-16;1;0;0;0;0;0;0;0;0;0;0;0",
      "2026-W48;2026-11-23;0;0;0;0;1;0;0;0;0;1;2;0",
      "",
    ]);
    expect(statisticsFileName(region.slug)).toBe(`wohnraum-${region.slug}-statistik.csv`);
  });

  it("keeps cells from running as formulas, quotes separators and drops soft hyphens", () => {
    const csv = statisticsCsv([], {
      ...headings,
      isoWeek: "=HYPERLINK(\"http://evil.example\")",
      weekStart: "+1",
      submitted: "-2",
      confirmed: "@SUM(A1)",
      extended: "a;b",
      reports: "Mel\u00ADdungen",
    });
    const [header] = csv.slice(1).split("\r\n");
    expect(header.startsWith(`"'=HYPERLINK(""http://evil.example"")";'+1;'-2;'@SUM(A1);"a;b";`)).toBe(true);
    // The page's soft hyphens stay on the page.
    expect(header).toContain(";Meldungen;");
  });
});
