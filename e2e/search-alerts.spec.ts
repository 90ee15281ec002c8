import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_CRON_SECRET, SEEDED_REGION } from "./support/constants";
import { publishListingOffer, type ListingOfferInput } from "./support/listing-offers";
import { linksIn, type CaughtMail, type MailCatcher } from "./support/mail-catcher";
import { escapeRegExp, expectFieldError, pressAndWaitForPage, startsWith, translator, uniqueSuffix, waitForAbsence } from "./support/offers";
import { test } from "./support/test";

/**
 * Search alerts end to end, in Ukrainian: subscribing from a search (with and without JavaScript), the double
 * opt-in mail, a scanner opening its link, the alert about a matching offer (once, and none for an offer that does
 * not match), the RFC 8058 one-click unsubscribe and nothing after it. The job runs when the spec calls the cron
 * route. Daily mode, expiry and reminders move the clock, which the database tests do (tests/alerts).
 */

const t = translator("uk");
/** The seeded region's name (prisma/regions.json). */
const regionName = "Stadt Musterhausen (Demo)";

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, where).toEqual([]);
}

async function runJob(request: APIRequestContext) {
  const response = await request.get("/api/cron/expire", { headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(response.status()).toBe(200);
}

/** A place of its own per test: the searches match this test's offers only. */
function offerIn(place: string, overrides: Partial<ListingOfferInput>): ListingOfferInput {
  return {
    titlePrefix: "Wohnung",
    type: "FLAT",
    rooms: "2",
    beds: "3",
    areaSqm: "50",
    place,
    postalCode: "86150",
    description: "Ruhige Lage.",
    rent: "free",
    languages: ["de"],
    contactName: "Anna Beispiel",
    ...overrides,
  };
}

function alertForm(page: Page) {
  const consentLink = /<link>(.*)<\/link>/.exec(t.raw("SearchAlert.fields.privacyConsent.label" as never) as string)?.[1] ?? "";
  return {
    email: page.getByRole("textbox", { name: startsWith(t("SearchAlert.fields.contactEmail.label" as never)) }),
    daily: page.getByRole("radio", { name: t("SearchAlert.frequency.DAILY" as never) }),
    consent: page.getByRole("checkbox", { name: new RegExp(escapeRegExp(consentLink)) }),
    submit: page.getByRole("button", { name: t("SearchAlert.submit" as never) }),
  };
}

const confirmationSubject = t("Mail.alertConfirmation.subject" as never, { regionName } as never);

/** The alert mails to `email`: every mail but its confirmation. */
const isAlertFor = (email: string) => (mail: CaughtMail) => mail.envelopeTo.includes(email) && mail.subject !== confirmationSubject;
const alertMails = (email: string) => catcher.mails.filter(isAlertFor(email));

/** A message's text before its {date}, for a status that names a time the test does not know to the minute. */
const beforeDate = (key: string) => (t.raw(key as never) as string).split("{date}")[0];

test("a seeker without JavaScript subscribes from a Ukrainian search, confirms, hears of a matching offer once and unsubscribes with one click", async ({
  browser,
  page: landlordPage,
  request,
}) => {
  // Two landlords publish through the real form and mail links on the way.
  test.setTimeout(180_000);
  const seeker = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false, locale: "uk-UA" });
  const page = await seeker.newPage();
  const place = `Alarmdorf ${uniqueSuffix()}`;
  const email = `seeker-${uniqueSuffix()}@example.test`;

  await page.goto(`/uk/${SEEDED_REGION}/findflats/suche?place=${encodeURIComponent(place)}&beds=2`);
  await pressAndWaitForPage(page, page.getByRole("link", { name: t("SearchAlert.cta" as never) }));
  await expect(page).toHaveURL(new RegExp(`/uk/${SEEDED_REGION}/findflats/benachrichtigen\\?`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("SearchAlert.title" as never, { region: regionName } as never));
  await expect(page.getByText(place)).toBeVisible();
  await expect(page.getByText(t("SearchAlert.filter.beds" as never, { count: 2 } as never))).toBeVisible();

  // Bad input: localized errors, nothing stored, no mail.
  const form = alertForm(page);
  await form.email.fill("not-an-address");
  await pressAndWaitForPage(page, form.submit);
  await expectFieldError(form.email, t("SearchAlert.errors.email" as never));
  await expect(page.getByText(t("SearchAlert.errors.consent" as never))).toBeVisible();

  await form.email.fill(email);
  await form.consent.check();
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/benachrichtigen/gesendet`);
  await expect(page.getByRole("status")).toContainText(t("SearchAlert.sentText" as never));

  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email) && mail.subject === confirmationSubject);
  expect(confirmation.envelopeTo).toEqual([email]);
  expect(confirmation.html).toContain('lang="uk"');
  const confirmLink = linksIn(confirmation).find((link) => link.includes("/suchauftrag/") && link.endsWith("/bestaetigen"))!;
  expect(confirmLink).toContain(`/uk/${SEEDED_REGION}/suchauftrag/`);

  // A mail scanner opens the link: it sees a page with a button, and nothing is confirmed.
  const scanned = await request.get(confirmLink);
  expect(scanned.status()).toBe(200);
  expect(scanned.headers()["referrer-policy"]).toBe("no-referrer");
  await page.goto(confirmLink);
  await expect(page.getByText(t("AlertLink.statusValue.PENDING_CONFIRMATION" as never))).toBeVisible();
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("AlertLink.confirm.button" as never) }));
  await expect(page.getByRole("status")).toContainText(beforeDate("AlertLink.confirm.done"));

  const matching = await publishListingOffer(landlordPage, catcher, offerIn(place, { titlePrefix: "Passende Wohnung", beds: "3" }));
  const tooSmall = await publishListingOffer(landlordPage, catcher, offerIn(place, { titlePrefix: "Zu kleines Zimmer", beds: "1" }));
  await runJob(request);

  const alert = await catcher.waitForMail(isAlertFor(email));
  expect(alert.subject).toBe(t("Mail.alert.subject" as never, { count: 1, regionName } as never));
  expect(alert.text).toContain(matching.title);
  expect(alert.text).not.toContain(tooSmall.title);
  expect(linksIn(alert)).toContain(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/${matching.id}`);
  const header = (name: string) => alert.parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "");
  const oneClick = /^<(https?:\/\/[^>]+)>$/.exec(header("list-unsubscribe") ?? "")?.[1];
  expect(oneClick).toMatch(new RegExp(`/uk/${SEEDED_REGION}/suchauftrag/[A-Za-z0-9_-]{43}/abbestellen/ausfuehren$`));
  expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  expect(linksIn(alert)).toContain(oneClick!.replace(/\/ausfuehren$/, ""));

  // Nothing new: no second mail.
  await runJob(request);
  await waitForAbsence(page);
  expect(alertMails(email)).toHaveLength(1);

  // The one-click URL: a GET only leads to the page with the button, the mail program's POST ends the alert.
  await page.goto(oneClick!);
  await expect(page.getByRole("button", { name: t("AlertLink.unsubscribe.button" as never) })).toBeVisible();
  const unsubscribed = await request.post(oneClick!, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
  expect(unsubscribed.status()).toBe(303);
  await page.reload();
  await expect(page.getByRole("status")).toHaveText(t("AlertLink.ended" as never));

  await publishListingOffer(landlordPage, catcher, offerIn(place, { titlePrefix: "Noch eine passende Wohnung" }));
  await runJob(request);
  await waitForAbsence(page);
  expect(alertMails(email)).toHaveLength(1);
  await seeker.close();
});

test("with JavaScript the form checks in place; the alert's own unsubscribe page ends it", async ({ page, request }) => {
  const email = `seeker-js-${uniqueSuffix()}@example.test`;
  await page.goto(`/uk/${SEEDED_REGION}/findflats/benachrichtigen?free=1`);
  await expect(page.getByText(t("SearchAlert.filter.free" as never))).toBeVisible();
  const form = alertForm(page);
  await form.email.fill("still-not-an-address");
  await form.submit.click();
  await expectFieldError(form.email, t("SearchAlert.errors.email" as never));
  await expect(page).toHaveURL(/\/benachrichtigen\?free=1$/);

  await form.email.fill(email);
  await form.daily.check();
  await form.consent.check();
  await form.submit.click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/benachrichtigen/gesendet`);
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email) && mail.subject === confirmationSubject);
  expect(confirmation.text).toContain(t("Mail.alert.frequency.DAILY" as never));
  expect(confirmation.text).toContain(`/uk/${SEEDED_REGION}/findflats/suche?free=1`);
  const confirmLink = linksIn(confirmation).find((link) => link.endsWith("/bestaetigen"))!;

  await page.goto(confirmLink);
  await expectNoAxeViolations(page, "confirm page");
  await page.getByRole("button", { name: t("AlertLink.confirm.button" as never) }).click();
  await expect(page.getByText(t("AlertLink.frequency" as never) + ": " + t("SearchAlert.frequency.DAILY" as never))).toBeVisible();

  await page.goto(confirmLink.replace(/\/bestaetigen$/, "/abbestellen"));
  await expectNoAxeViolations(page, "unsubscribe page");
  await page.getByRole("button", { name: t("AlertLink.unsubscribe.button" as never) }).click();
  await expect(page.getByRole("status")).toHaveText(t("AlertLink.unsubscribe.done" as never));
  await expect(page.getByRole("button")).toHaveCount(0);
  // The address is gone: the page has nothing more to act on, and a runaway job sends nothing.
  await runJob(request);
});
