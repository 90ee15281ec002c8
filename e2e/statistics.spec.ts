import { createHmac } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_TOKEN_SECRET, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { linkTo, publishOffer, submitOffer, todayInGermany, translator } from "./support/offers";
import { test } from "./support/test";

/**
 * The statistics page and its CSV file for a region's signed-in staff. The session cookie is built here the way
 * lib/staff/session.ts signs it (with the e2e server's TOKEN_SECRET), so the test needs no sign-in mail.
 */

const statisticsPath = `/${SEEDED_REGION}/kommune/statistik`;
const signInUrl = `${E2E_BASE_URL}/${SEEDED_REGION}/kommune`;
const t = translator("de");

function staffCookie(regionSlug: string, expiresAt = new Date(Date.now() + 60 * 60 * 1000)): string {
  const payload = `${regionSlug}.${expiresAt.getTime()}`;
  const signature = createHmac("sha256", E2E_TOKEN_SECRET).update(`staff-session:${payload}`).digest("base64url");
  return `${payload}.${signature}`;
}

async function signInAsStaff(context: BrowserContext, regionSlug: string, expiresAt?: Date) {
  await context.addCookies([
    { name: "staff_session", value: staffCookie(regionSlug, expiresAt), domain: "127.0.0.1", path: "/", httpOnly: true, sameSite: "Lax" },
  ]);
}

/** The ISO week of today in Germany, e.g. "2026-W48", and its Monday, "2026-11-23". */
function currentWeek(): { isoWeek: string; weekStart: string } {
  const today = new Date(`${todayInGermany()}T12:00:00Z`);
  const monday = new Date(today);
  monday.setUTCDate(today.getUTCDate() - ((today.getUTCDay() + 6) % 7));
  // The ISO week-numbering year is the year of the week's Thursday.
  const thursday = new Date(monday);
  thursday.setUTCDate(monday.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 24 * 60 * 60 * 1000)) + 1;
  return { isoWeek: `${year}-W${String(week).padStart(2, "0")}`, weekStart: monday.toISOString().slice(0, 10) };
}

/** The current week's dates as the page shows them: "30.11.–6.12.". */
function currentWeekDates(): string {
  const monday = new Date(`${currentWeek().weekStart}T12:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * 24 * 60 * 60 * 1000);
  const dayAndMonth = (date: Date) => `${date.getUTCDate()}.${date.getUTCMonth() + 1}.`;
  return t("Statistics.weekDates", { start: dayAndMonth(monday), end: dayAndMonth(sunday) });
}

/** The current week's row of the table (newest first), as numbers under their column titles. */
async function currentWeekRow(page: Page): Promise<Record<string, number>> {
  const table = page.getByRole("table", { name: t("Statistics.tableCaption") });
  const titles = await table.getByRole("columnheader").allTextContents();
  const row = table.getByRole("row").nth(1);
  const { isoWeek } = currentWeek();
  const [year, week] = isoWeek.split("-W");
  await expect(row.getByRole("rowheader")).toHaveText(`${t("Statistics.weekLabel", { week: Number(week), year })}${currentWeekDates()}`);
  const cells = await row.getByRole("cell").allTextContents();
  // Column 0 is the row header (the week and its dates); the numbers from column 1 on.
  return Object.fromEntries(titles.slice(1).map((title, index) => [title, Number(cells[index])]));
}

/** A column title as the CSV files have it: its soft hyphens are for the page's narrow columns. */
const withoutSoftHyphens = (text: string) => text.replaceAll("\u00AD", "");

/** The page itself scrolls sideways: something is wider than the window. */
function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

async function activeOffers(page: Page): Promise<number> {
  const term = page.getByRole("term").filter({ hasText: t("Statistics.activeOffers") });
  return Number(await term.locator("xpath=following-sibling::dd[1]").textContent());
}

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

test("without a session of this region the page and the file lead to the sign-in page", async ({ page, context }) => {
  await page.goto(statisticsPath);
  await expect(page).toHaveURL(`${signInUrl}?weiter=%2Fkommune%2Fstatistik`);

  await signInAsStaff(context, "augsburg");
  await page.goto(statisticsPath);
  await expect(page).toHaveURL(`${signInUrl}?weiter=%2Fkommune%2Fstatistik`);

  // An expired session and a forged signature count as no session.
  await signInAsStaff(context, SEEDED_REGION, new Date(Date.now() - 1000));
  await page.goto(statisticsPath);
  await expect(page).toHaveURL(`${signInUrl}?weiter=%2Fkommune%2Fstatistik`);
  await context.addCookies([
    { name: "staff_session", value: `${staffCookie(SEEDED_REGION).slice(0, -4)}AAAA`, domain: "127.0.0.1", path: "/" },
  ]);
  const file = await page.request.get(`${statisticsPath}/export`, { maxRedirects: 0 });
  expect(file.status()).toBe(303);
  expect(file.headers()["location"]).toBe(`/${SEEDED_REGION}/kommune`);
  expect(await file.text()).toBe("");

  await signInAsStaff(context, "augsburg");
  const otherRegion = await page.request.get(`/uk${statisticsPath}/export`, { maxRedirects: 0 });
  expect(otherRegion.status()).toBe(303);
  expect(otherRegion.headers()["location"]).toBe(`/uk/${SEEDED_REGION}/kommune`);
});

test("staff see a confirmed offer counted on the page and in the CSV file", async ({ page, context }) => {
  await signInAsStaff(context, SEEDED_REGION);
  const response = await page.goto(statisticsPath);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Statistics.title", { region: "Stadt Musterhausen (Demo)" }));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  const before = await currentWeekRow(page);
  const activeBefore = await activeOffers(page);

  // A landlord submits and confirms an offer through the form and the mail link.
  const offer = await submitOffer(page, catcher, { titlePrefix: "Statistikzimmer" });
  const published = await publishOffer(page, catcher, offer);

  await page.goto(statisticsPath);
  const after = await currentWeekRow(page);
  const submitted = t("Statistics.columns.submitted");
  const confirmed = t("Statistics.columns.confirmed");
  expect(after[submitted]).toBe(before[submitted] + 1);
  expect(after[confirmed]).toBe(before[confirmed] + 1);
  expect(after[t("Statistics.columns.placed")]).toBe(before[t("Statistics.columns.placed")]);
  expect(await activeOffers(page)).toBe(activeBefore + 1);
  await expect(page.getByRole("term").filter({ hasText: t("Statistics.failedMails") })).toBeVisible();

  // The landlord found a tenant through the exchange: counted as placed, no longer listed.
  await page.goto(linkTo(published, "vermittelt"));
  await page.getByRole("button", { name: "Löschen und Beratung anfragen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wurde gelöscht");
  await page.goto(statisticsPath);
  const placed = t("Statistics.columns.placed");
  expect((await currentWeekRow(page))[placed]).toBe(before[placed] + 1);
  expect(await activeOffers(page)).toBe(activeBefore);

  // The chart is one image with a name and a legend; each week is labelled with its dates, each column with its
  // value. The table carries the same numbers.
  const chart = page.getByRole("figure");
  await expect(chart.getByRole("img", { name: t("Statistics.chartTitle") })).toBeVisible();
  await expect(chart.getByRole("listitem")).toHaveText(
    (["submitted", "confirmed", "placed"] as const).map((count) => t(`Statistics.columns.${count}`)),
  );
  const labels = await chart.locator("svg text").allTextContents();
  const current = await currentWeekRow(page);
  // The current week is the last one drawn: its dates, then its three values before them.
  expect(labels.slice(-4)).toEqual([
    String(current[submitted]),
    String(current[confirmed]),
    String(current[placed]),
    currentWeekDates(),
  ]);
  const staffNav = page.getByRole("navigation", { name: t("Staff.nav.label") });
  await expect(staffNav.getByRole("link", { name: t("Staff.nav.offers") })).toHaveAttribute("href", `/${SEEDED_REGION}/kommune/angebote`);
  await expect(staffNav.getByRole("link", { name: t("Staff.nav.statistics") })).toHaveAttribute("aria-current", "page");

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: t("Statistics.download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`wohnraum-${SEEDED_REGION}-statistik.csv`);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const lines = csv.slice(1).trimEnd().split("\r\n");
  const columns = ["submitted", "confirmed", "extended", "deletedByLandlord", "placed", "adviceRequested"] as const;
  expect(lines[0].split(";").slice(0, 2 + columns.length)).toEqual(
    [t("Statistics.columns.isoWeek"), t("Statistics.columns.weekStart"), ...columns.map((column) => t(`Statistics.columns.${column}`))].map(
      withoutSoftHyphens,
    ),
  );
  const { isoWeek, weekStart } = currentWeek();
  const [week, start, submittedCount, confirmedCount, , , placedCount] = lines.at(-1)!.split(";");
  expect([week, start]).toEqual([isoWeek, weekStart]);
  expect(Number(submittedCount)).toBe(after[submitted]);
  expect(Number(confirmedCount)).toBe(after[confirmed]);
  expect(Number(placedCount)).toBe(before[placed] + 1);

  const file = await page.request.get(`${statisticsPath}/export`);
  expect(file.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(file.headers()["content-disposition"]).toBe(`attachment; filename="wohnraum-${SEEDED_REGION}-statistik.csv"`);
});

test("on an office screen the statistics fit without sideways scrolling, on a phone only the chart and table boxes scroll", async ({
  page,
  context,
}) => {
  await signInAsStaff(context, SEEDED_REGION);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(statisticsPath);
  expect(await pageScrollsSideways(page)).toBe(false);
  const tableBox = page.getByRole("region", { name: t("Statistics.tableCaption") });
  expect(await tableBox.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const chartBox = page.getByRole("region", { name: t("Statistics.chartTitle") });
  expect(await chartBox.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const lastColumn = page.getByRole("table", { name: t("Statistics.tableCaption") }).getByRole("columnheader").last();
  await expect(lastColumn).toHaveText(t("Statistics.columns.activeSearchAlerts"));
  // Scrolled down to it (the page cannot scroll sideways, nor can the table's box): the last column is in view.
  await lastColumn.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 100));
  await expect(lastColumn).toBeInViewport({ ratio: 1 });

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(statisticsPath);
  expect(await pageScrollsSideways(page)).toBe(false);
  // The wide table scrolls in its own box, which keyboard users can reach.
  await expect(tableBox).toHaveAttribute("tabindex", "0");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`)).toEqual([]);
});

test("the page and the file speak the staff member's language", async ({ page, context }) => {
  const uk = translator("uk");
  await signInAsStaff(context, SEEDED_REGION);
  await page.goto(`/uk${statisticsPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("Statistics.title", { region: "Stadt Musterhausen (Demo)" }));
  const file = await page.request.get(`/uk${statisticsPath}/export`);
  expect((await file.text()).slice(1).split(";")[0]).toBe(withoutSoftHyphens(uk("Statistics.columns.isoWeek")));
});

test("staff download their region's offers as a CSV file with the facts seekers decide by, without contact details", async ({
  page,
  context,
}) => {
  await signInAsStaff(context, SEEDED_REGION);
  // A room in a couple's flat, free at first, cats welcome (fillOfferForm), published through the form and the mail link.
  const offer = await submitOffer(page, catcher, {
    titlePrefix: "Zimmer für die Tabelle",
    rent: { type: "FREE_THEN_RENT", cold: "450", running: "120" },
  });
  await publishOffer(page, catcher, offer);

  await page.goto(`/${SEEDED_REGION}/kommune/angebote`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: t("Staff.offers.csv.download") }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`wohnraum-${SEEDED_REGION}-angebote.csv`);
  const csv = await readFile(await download.path(), "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  const [headings, ...rows] = csv.slice(1).trimEnd().split("\r\n").map((line) => line.split(";"));
  expect(headings).toEqual([
    t("Staff.offers.csv.id"),
    t("Staff.offers.columns.status"),
    t("Staff.offers.csv.submitted"),
    t("Staff.offers.csv.until"),
    t("OfferForm.fields.title.label"),
    t("Listing.place"),
    t("OfferForm.fields.type.label"),
    t("Listing.rooms"),
    t("Listing.beds"),
    t("Listing.residents"),
    t("Listing.household"),
    t("Listing.totalRent"),
    t("Listing.features"),
    withoutSoftHyphens(t("Statistics.columns.contactRequests")),
  ]);
  const row = rows.find((cells) => cells[4] === offer.title);
  expect(row).toEqual([
    expect.stringMatching(/^[0-9a-f-]{36}$/),
    t("Staff.offers.status.ACTIVE"),
    todayInGermany(),
    expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    offer.title,
    "12349 Musterhausen-Süd",
    t("Enums.type.ROOM"),
    "1",
    "2",
    t("Listing.residentsValue.LANDLORD", { count: 2 }),
    t("Enums.hostType.COUPLE"),
    // With the rent later, as seekers read it.
    expect.stringMatching(/^zunächst kostenlos, später 450\s€ \+ 120\s€ Nebenkosten$/),
    `${t("Listing.feature.furnished")}, ${t("Listing.feature.catsAllowed")}`,
    "0",
  ]);
  expect(csv).not.toContain(offer.email);
  expect(csv).not.toContain("Erika Gastfreundlich");

  const uk = translator("uk");
  const file = await page.request.get(`/uk/${SEEDED_REGION}/kommune/angebote/export`);
  expect(file.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await file.text()).slice(1).split(";")[0]).toBe(uk("Staff.offers.csv.id"));
  // Signed out, the file is not there: back to the sign-in page.
  await context.clearCookies();
  const signedOut = await page.request.get(`/${SEEDED_REGION}/kommune/angebote/export`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
});
