import { expect, request as requestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { E2E_BASE_URL, REGION_HOSTNAME, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { mailsTo, municipalMailbox, pressAndWaitForPage, publishedOffer, translator, uniqueSuffix, waitForAbsence } from "./support/offers";
import { test } from "./support/test";

/**
 * A used-up limit answered with 429: a form posted without JavaScript to a page whose limit the client address has
 * used up gets a 429 page from the proxy, in the page's language, before the Server Action runs. With JavaScript
 * the action answers in place, keeping what was typed, and the proxy gives that answer the status 429. The report form stands for all limited forms (the page →
 * limit mapping is tested in tests/abuse/page-rate-limits.test.ts). playwright.config.ts: REPORTS_PER_HOUR=3.
 */

const reportsPerHour = 3;
const uk = translator("uk");

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

/** A client address of this spec's own (documentation range), so that its reports count against no other spec. */
function clientAddress(): string {
  const suffix = uniqueSuffix();
  return `2001:db8::${suffix.slice(0, 4)}:${suffix.slice(4)}`;
}

function visitor(browser: Browser, address: string, javaScriptEnabled: boolean): Promise<BrowserContext> {
  return browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": address } });
}

/** Fills in the Ukrainian report form with a unique message and returns the message. */
async function fillReport(page: Page, path: string): Promise<string> {
  const message = `Повідомлення ${uniqueSuffix()}`;
  await page.goto(path);
  await page.getByRole("radio", { name: uk("Report.reasons.WRONG_INFORMATION"), exact: true }).check();
  await page.getByLabel(uk("Report.messageLabel")).fill(message);
  return message;
}

test("without JavaScript, the report after the limit gets a Ukrainian 429 page and is neither stored nor sent; with JavaScript the form answers in place, with 429", async ({
  browser,
}) => {
  const offerId = (await publishedOffer(browser, catcher, "Zimmer mit Limit")).id;
  const reportPath = `/uk/${SEEDED_REGION}/findflats/${offerId}/melden`;
  const address = clientAddress();
  const context = await visitor(browser, address, false);
  const page = await context.newPage();
  const submit = page.getByRole("button", { name: uk("Report.submit") });

  // Counted per fixed hour: should the hour turn during the test, a second round of reports gets through.
  let refused: { message: string; status: number; headers: Record<string, string> } | undefined;
  for (let attempt = 1; attempt <= 2 * reportsPerHour + 1 && !refused; attempt++) {
    const message = await fillReport(page, reportPath);
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await pressAndWaitForPage(page, submit);
    const response = await answer;
    if (response.status() === 429) refused = { message, status: response.status(), headers: response.headers() };
    else await expect(page).toHaveURL(`${E2E_BASE_URL}${reportPath}/gesendet`);
  }
  expect(refused, "the proxy never answered 429").toBeDefined();
  const { message: refusedMessage, headers } = refused!;

  const retryAfter = Number(headers["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  expect(headers["cache-control"]).toBe("no-store");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page).toHaveTitle(uk("RefusedRequest.tooManyRequestsTitle"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("RefusedRequest.tooManyRequestsTitle"));
  await expect(page.getByRole("main")).toContainText(
    uk("RefusedRequest.tooManyRequestsText", { minutes: Math.ceil(retryAfter / 60) }),
  );
  const back = page.getByRole("link", { name: uk("RefusedRequest.tooManyRequestsBack") });
  await expect(back).toHaveAttribute("href", reportPath);

  // The link leads back to the form: reading the page stays possible.
  await pressAndWaitForPage(page, back);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("Report.heading"));

  // With JavaScript the same address reaches the action (Next-Action header): it refuses in place, keeping the text;
  // the answer's status is 429 all the same.
  const scripted = await visitor(browser, address, true);
  const scriptedPage = await scripted.newPage();
  const typed = await fillReport(scriptedPage, reportPath);
  const actionAnswer = scriptedPage.waitForResponse((response) => response.request().method() === "POST");
  await scriptedPage.getByRole("button", { name: uk("Report.submit") }).click();
  const actionResponse = await actionAnswer;
  expect(await actionResponse.request().headerValue("next-action")).toBeTruthy();
  expect(actionResponse.status()).toBe(429);
  expect(Number(actionResponse.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  await expect(scriptedPage.getByRole("alert").filter({ hasText: uk("Report.errors.rateLimited") })).toBeVisible();
  await expect(scriptedPage.getByLabel(uk("Report.messageLabel"))).toHaveValue(typed);
  await expect(scriptedPage).toHaveURL(`${E2E_BASE_URL}${reportPath}`);

  // Neither refused report reached the municipality.
  await waitForAbsence(page);
  expect(catcher.mails.filter((mail) => mail.text.includes(refusedMessage) || mail.text.includes(typed))).toEqual([]);
  expect(mailsTo(catcher, municipalMailbox).filter((mail) => mail.text.includes(offerId)).length).toBeLessThanOrEqual(
    2 * reportsPerHour,
  );
  await scripted.close();
  await context.close();
});

test("on a region's own hostname, and in German, the same address is refused with a 429 page too", async ({ browser }) => {
  const address = clientAddress();
  const offerId = "00000000-0000-4000-8000-000000000000";
  const api = await requestContext.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { "x-forwarded-for": address } });
  // The proxy reads the counts only, so the limit is used up through the form itself, on the main host.
  const context = await visitor(browser, address, false);
  const page = await context.newPage();
  const listedOfferId = (await publishedOffer(browser, catcher, "Zimmer mit Limit")).id;
  const mainPath = `/${SEEDED_REGION}/findflats/${listedOfferId}/melden`;
  let refused = false;
  for (let attempt = 1; attempt <= 2 * reportsPerHour + 1 && !refused; attempt++) {
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await fillReport(page, `/uk${mainPath}`);
    await pressAndWaitForPage(page, page.getByRole("button", { name: uk("Report.submit") }));
    refused = (await answer).status() === 429;
  }
  expect(refused, "the proxy never answered 429").toBe(true);

  const de = translator("de");
  // On the region's own hostname (no city segment), German without a prefix.
  const onHostname = await api.post(`/findflats/${offerId}/melden`, {
    headers: { "x-forwarded-host": REGION_HOSTNAME },
    multipart: { reason: "OTHER" },
  });
  expect(onHostname.status()).toBe(429);
  expect(Number(onHostname.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  const html = await onHostname.text();
  expect(html).toContain('<html lang="de" dir="ltr">');
  expect(html).toContain(de("RefusedRequest.tooManyRequestsTitle"));
  expect(html).toContain(`href="/findflats/${offerId}/melden"`);

  // Reading stays possible.
  expect((await api.get(mainPath)).status()).toBe(200);
  await api.dispose();
  await context.close();
});
