import { expect, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import { linksIn, type MailCatcher } from "./support/mail-catcher";
import {
  expectFieldError,
  mailsTo,
  municipalMailbox,
  pressAndWaitForPage,
  publishedOffer,
  uniqueSuffix,
  waitForAbsence,
} from "./support/offers";
import { test } from "./support/test";

// The report form must work for people whose phone runs no JavaScript (or loads it too slowly).
test.use({ javaScriptEnabled: false });

/** playwright.config.ts starts the e2e server with REPORTS_PER_HOUR=3. */
const reportsPerHour = 3;

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

function reportForm(page: Page) {
  return {
    reasonGroup: page.getByRole("group", { name: /^Was möchten Sie melden\?/ }),
    reason: (name: string) => page.getByRole("radio", { name, exact: true }),
    message: page.getByLabel("Ihre Nachricht"),
    contact: page.getByLabel("Ihre E-Mail-Adresse oder Telefonnummer"),
    submit: page.getByRole("button", { name: "Meldung senden" }),
  };
}

test("without JavaScript, a visitor reports an offer and the municipal mailbox gets a German mail with the offer's link", async ({
  browser,
  page,
}) => {
  const offer = await publishedOffer(browser, catcher, "Zimmer zum Melden");
  const reportPath = `/${SEEDED_REGION}/findflats/${offer.id}/melden`;
  const form = reportForm(page);
  const message = `Die Vermieterin sagt, das Zimmer sei seit gestern vergeben. ${uniqueSuffix()}`;

  // The offer's detail page leads to the form.
  await page.goto(`/${SEEDED_REGION}/findflats/${offer.id}`);
  await pressAndWaitForPage(page, page.locator(`main a[href="${reportPath}"]`));
  await expect(page).toHaveURL(`${E2E_BASE_URL}${reportPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebot melden");
  await expect(page.getByRole("main")).toContainText(offer.title);
  await expect(page.getByRole("main")).toContainText("12349 Musterhausen-Süd");

  // No reason and an unusable contact: the same page with localized errors, the typed text kept, nothing sent.
  await form.message.fill(message);
  await form.contact.fill("erika at example");
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${reportPath}`);
  await expectFieldError(form.reason("Bereits vergeben"), "Bitte wählen Sie einen Grund aus.", form.reasonGroup);
  await expectFieldError(form.contact, "Bitte geben Sie eine gültige E-Mail-Adresse");
  await expect(form.message).toHaveValue(message);
  await expect(form.contact).toHaveValue("erika at example");

  await form.reason("Bereits vergeben").check();
  await form.contact.fill("helfer@example.test");
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${reportPath}/gesendet`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank für Ihre Meldung");

  const mail = await catcher.waitForMail(
    (caught) => caught.envelopeTo.includes(municipalMailbox) && caught.text.includes(message),
  );
  expect(mail.subject).toBe(`Meldung zu Angebot „${offer.title}“: Bereits vergeben`);
  expect(mail.envelopeTo).toEqual([municipalMailbox]);
  expect(linksIn(mail)).toContain(`${E2E_BASE_URL}/${SEEDED_REGION}/findflats/${offer.id}`);
  expect(mail.text).toContain("Kontakt für Rückfragen: helfer@example.test");

  // What the reporter wrote appears nowhere public.
  await page.goto(`/${SEEDED_REGION}/findflats`);
  await expect(page.getByText("helfer@example.test")).toHaveCount(0);
});

test("a filled-in honeypot looks like success to a bot, but nothing is sent", async ({ browser, page }) => {
  const offer = await publishedOffer(browser, catcher, "Zimmer zum Melden");
  const reportPath = `/${SEEDED_REGION}/findflats/${offer.id}/melden`;
  const form = reportForm(page);
  const message = `Günstige Kredite! ${uniqueSuffix()}`;

  await page.goto(reportPath);
  const honeypot = page.locator('input[name="website"]');
  await expect(honeypot).toHaveAttribute("tabindex", "-1");
  await expect(honeypot).toHaveAttribute("autocomplete", "off");
  await honeypot.fill("https://kredite.example", { force: true });
  await form.reason("Anderer Grund").check();
  await form.message.fill(message);
  await pressAndWaitForPage(page, form.submit);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vielen Dank für Ihre Meldung");
  await waitForAbsence(page);
  expect(catcher.mails.filter((mail) => mail.text.includes(message))).toEqual([]);
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the form answers in place, moves the focus to what needs correcting and then leads on", async ({ browser, page }) => {
    const offer = await publishedOffer(browser, catcher, "Zimmer zum Melden");
    const reportPath = `/${SEEDED_REGION}/findflats/${offer.id}/melden`;
    const form = reportForm(page);
    const message = `Die Telefonnummer ist falsch. ${uniqueSuffix()}`;

    await page.goto(reportPath);
    await form.message.fill(message);
    await form.submit.click();
    await expectFieldError(form.reason("Verdächtig oder betrügerisch"), "Bitte wählen Sie einen Grund aus.", form.reasonGroup);
    await expect(form.reason("Verdächtig oder betrügerisch")).toBeFocused();
    await expect(form.message).toHaveValue(message);

    await form.reason("Falsche Angaben").check();
    await form.submit.click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}${reportPath}/gesendet`);
    await expect(page.getByRole("status")).toContainText("Ihre Meldung ist bei der Kommune angekommen");
    const mail = await catcher.waitForMail((caught) => caught.text.includes(message));
    expect(mail.subject).toBe(`Meldung zu Angebot „${offer.title}“: Falsche Angaben`);
  });
});

test("after REPORTS_PER_HOUR reports from one address, the next one gets the 429 page and sends nothing", async ({ browser, page }) => {
  // Without JavaScript the proxy answers (lib/rate-limit/page-limits.ts); with it, the form says so inline and keeps
  // what was typed (e2e/rate-limit-page.spec.ts).
  const offer = await publishedOffer(browser, catcher, "Zimmer zum Melden");
  const reportPath = `/${SEEDED_REGION}/findflats/${offer.id}/melden`;
  const form = reportForm(page);
  const sentBefore = mailsTo(catcher, municipalMailbox).length;

  // Counted per fixed hour: should the hour turn during the test, a second round of reports gets through.
  let refusedMessage: string | undefined;
  for (let attempt = 1; attempt <= 2 * reportsPerHour + 1 && !refusedMessage; attempt++) {
    const message = `Meldung ${attempt} ${uniqueSuffix()}`;
    await page.goto(reportPath);
    await form.reason("Falsche Angaben").check();
    await form.message.fill(message);
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await pressAndWaitForPage(page, form.submit);
    if (page.url().endsWith("/gesendet")) continue;
    expect((await answer).status()).toBe(429);
    refusedMessage = message;
  }
  expect(refusedMessage, "the rate limit never refused a report").toBeDefined();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zu viele Anfragen");
  await expect(page.getByRole("link", { name: "Zurück zur Seite" })).toHaveAttribute("href", reportPath);

  await waitForAbsence(page);
  expect(catcher.mails.filter((mail) => mail.text.includes(refusedMessage!))).toEqual([]);
  expect(mailsTo(catcher, municipalMailbox).length - sentBefore).toBeLessThanOrEqual(2 * reportsPerHour);
});

test("the report page exists in every listing language and only for listed offers", async ({ browser, page }) => {
  const offer = await publishedOffer(browser, catcher, "Zimmer zum Melden");
  const headings = {
    uk: "Поскаржитися на оголошення",
    en: "Report this offer",
    ru: "Пожаловаться на объявление",
    ar: "الإبلاغ عن هذا العرض",
  };
  for (const [locale, heading] of Object.entries(headings)) {
    await page.goto(`/${locale}/${SEEDED_REGION}/findflats/${offer.id}/melden`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByRole("main")).toContainText(offer.title);
  }

  const unknown = await page.goto(`/${SEEDED_REGION}/findflats/00000000-0000-4000-8000-000000000000/melden`);
  expect(unknown?.status()).toBe(404);
  const malformed = await page.goto(`/${SEEDED_REGION}/findflats/nicht-da/melden`);
  expect(malformed?.status()).toBe(404);
});
