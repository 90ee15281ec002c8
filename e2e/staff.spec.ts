import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import { linksIn, type CaughtMail, type MailCatcher } from "./support/mail-catcher";
import {
  escapeRegExp,
  linkTo,
  mailsTo,
  municipalMailbox,
  pressAndWaitForPage,
  publishOffer,
  submitOffer,
  translator,
  uniqueSuffix,
  waitForAbsence,
} from "./support/offers";
import { test } from "./support/test";

/**
 * Municipal staff: passwordless sign-in through the region's mailbox (the link only shows a button, and signs in
 * once), a session that opens its own region only, deleting and extending offers with the landlord's mails, the
 * landlords who asked for advice, and signing out. The staff pages run without JavaScript.
 */

const t = translator("de");
const regionName = "Stadt Musterhausen (Demo)";
const signInPath = `/${SEEDED_REGION}/kommune`;
const offersPath = `/${SEEDED_REGION}/kommune/angebote`;
const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

/**
 * axe-core's WCAG 2.1 A and AA rules on a staff page. axe runs as JavaScript in the page, so the page is opened
 * again in a browser with JavaScript and the same cookies.
 */
async function expectNoAxeViolations(browser: Browser, staff: BrowserContext, path: string) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  await context.addCookies(await staff.cookies());
  const page = await context.newPage();
  await page.goto(path);
  const { violations } = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  const found = violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(" ")}`));
  expect(found, `axe-core violations on ${page.url()}`).toEqual([]);
  await context.close();
}

/**
 * A browser of its own for a member of staff, without JavaScript, and with a client address of its own, so that
 * sign-in requests of one test never count against another's limit.
 */
async function staffBrowser(browser: Browser): Promise<BrowserContext> {
  const suffix = uniqueSuffix();
  const address = `2001:db8::${suffix.slice(0, 4)}:${suffix.slice(4)}`;
  return browser.newContext({
    baseURL: E2E_BASE_URL,
    javaScriptEnabled: false,
    locale: "de-DE",
    extraHTTPHeaders: { "x-forwarded-for": address },
  });
}

function mailboxField(page: Page) {
  return page.getByRole("textbox", { name: t("Staff.signIn.mailboxLabel") });
}

async function requestSignInLink(page: Page, address: string, region = SEEDED_REGION) {
  await page.goto(`/${region}/kommune`);
  await mailboxField(page).fill(address);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.signIn.submit") }));
}

function signInLinkIn(mail: CaughtMail): string {
  const link = linksIn(mail).find((href) => href.includes("/kommune/anmelden/"));
  if (!link) throw new Error(`No sign-in link in "${mail.subject}"`);
  return link;
}

/** Requests a link for the seeded region's mailbox, reads it from the mail and presses its button. */
async function signIn(page: Page): Promise<void> {
  const before = catcher.mails.length;
  await requestSignInLink(page, municipalMailbox);
  const mail = await catcher.waitForMail(
    (caught) =>
      catcher.mails.indexOf(caught) >= before &&
      caught.envelopeTo.includes(municipalMailbox) &&
      caught.subject === t("Staff.mail.signIn.subject", { regionName }),
  );
  await page.goto(signInLinkIn(mail));
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.link.button") }));
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);
}

function offerRow(page: Page, title: string) {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(escapeRegExp(title)) }) });
}

test("staff sign in with a link sent to the municipal mailbox: scanner-safe, single use, scoped to the region", async ({
  browser,
}) => {
  const context = await staffBrowser(browser);
  const page = await context.newPage();

  // Not signed in: the staff pages lead to the sign-in page, which leads back once signed in.
  await page.goto(offersPath);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${signInPath}?weiter=%2Fkommune%2Fangebote`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.signIn.title"));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoAxeViolations(browser, context, signInPath);

  // Another site cannot make the app send a sign-in link: its form post is refused, and nothing is sent.
  const before = catcher.mails.length;
  const crossSiteRequest = await context.request.post(`${signInPath}/anfordern`, {
    headers: { "Sec-Fetch-Site": "cross-site" },
    form: { mailbox: municipalMailbox },
    maxRedirects: 0,
  });
  expect(crossSiteRequest.status()).toBe(403);
  expect(await crossSiteRequest.text()).toContain(t("RefusedRequest.crossSiteTitle"));

  // Any other address gets the same answer as the mailbox, and no mail.
  const stranger = `staff-${uniqueSuffix()}@example.test`;
  await requestSignInLink(page, stranger);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${signInPath}/gesendet`);
  const neutral = t("Staff.sent.text", { regionName, minutes: 20 });
  await expect(page.getByRole("status")).toHaveText(neutral);

  await requestSignInLink(page, municipalMailbox.toUpperCase());
  await expect(page).toHaveURL(`${E2E_BASE_URL}${signInPath}/gesendet`);
  await expect(page.getByRole("status")).toHaveText(neutral);
  const mail = await catcher.waitForMail(
    (caught) => caught.envelopeTo.includes(municipalMailbox) && caught.subject === t("Staff.mail.signIn.subject", { regionName }),
  );
  expect(mail.envelopeTo).toEqual([municipalMailbox]);
  expect(catcher.mails.filter((caught) => caught.envelopeTo.includes(stranger))).toEqual([]);
  // Only this request's link was sent, none for the refused post from another site.
  const signInMails = catcher.mails
    .slice(before)
    .filter((caught) => caught.subject === t("Staff.mail.signIn.subject", { regionName }));
  expect(signInMails).toEqual([mail]);
  const link = signInLinkIn(mail);
  expect(link).toMatch(new RegExp(`^${escapeRegExp(E2E_BASE_URL)}/${SEEDED_REGION}/kommune/anmelden/[A-Za-z0-9_-]{43}$`));

  // A mail scanner opens the link: it sees a button, and neither it nor anyone else is signed in by that.
  const scanner = await browser.newContext({ baseURL: E2E_BASE_URL });
  const scannerPage = await scanner.newPage();
  const opened = await scannerPage.goto(link);
  expect(opened?.headers()["cache-control"]).toContain("no-store");
  await expect(scannerPage.getByRole("button", { name: t("Staff.link.button") })).toBeVisible();
  expect(await scanner.cookies()).toEqual([]);
  await scannerPage.goto(offersPath);
  await expect(scannerPage).toHaveURL(`${E2E_BASE_URL}${signInPath}?weiter=%2Fkommune%2Fangebote`);
  await scanner.close();

  // A form on another site posting to the button's address signs no one in and leaves the link usable.
  const linkPath = new URL(link).pathname;
  const crossSite = await context.request.post(`${linkPath}/einloesen`, { headers: { "Sec-Fetch-Site": "cross-site" }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain(t("RefusedRequest.crossSiteTitle"));
  expect(await context.cookies()).toEqual([]);

  // The member of staff presses the button: signed in, with an http-only cookie. The page sends no referrer, so the
  // browser posts its form with "Origin: null".
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.link.title"));
  const posted = page.waitForRequest((each) => each.method() === "POST");
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.link.button") }));
  const post = await posted;
  expect(new URL(post.url()).pathname).toBe(`${linkPath}/einloesen`);
  expect(await post.headerValue("origin")).toBe("null");
  expect((await post.response())?.status()).toBe(303);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.offers.title"));
  const [cookie] = (await context.cookies()).filter((each) => each.name === "staff_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Signed in, the sign-in page leads on to the offers, which no cache keeps.
  const offersResponse = await page.goto(signInPath);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);
  expect(offersResponse?.headers()["cache-control"]).toContain("no-store");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.link.invalidTitle"));
  await expect(page.getByText(t("Staff.link.used"))).toBeVisible();
  await page.getByRole("link", { name: t("Staff.link.requestNew") }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);

  // The session belongs to its region: another region's staff pages stay closed.
  for (const path of ["/augsburg/kommune/angebote", "/augsburg/kommune/beratung", "/augsburg/kommune/angebote/00000000-0000-4000-8000-000000000000/loeschen"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`${E2E_BASE_URL}/augsburg/kommune?weiter=${encodeURIComponent(path.slice("/augsburg".length))}`);
    await expect(page.getByRole("textbox", { name: t("Staff.signIn.mailboxLabel") })).toBeVisible();
  }

  // A made-up token gets a clear message and the way to a new link.
  const linkPage = await page.goto(`${signInPath}/anmelden/${"A".repeat(43)}`);
  await expect(page.getByText(t("Staff.link.unknown"))).toBeVisible();
  // The sign-in link's page gets the token pages' headers (next.config.ts).
  expect(linkPage?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(linkPage?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  await context.close();
});

test("a staff page opened without a session leads back to itself after signing in", async ({ browser }) => {
  const context = await staffBrowser(browser);
  const page = await context.newPage();
  const advicePath = `/${SEEDED_REGION}/kommune/beratung`;

  // The advice mail's link, say, opened by a clerk who is not signed in: the sign-in page says why it is shown.
  await page.goto(advicePath);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${signInPath}?weiter=%2Fkommune%2Fberatung`);
  await expect(page.getByRole("status")).toHaveText(t("Staff.signIn.returnNotice"));

  const before = catcher.mails.length;
  await mailboxField(page).fill(municipalMailbox);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.signIn.submit") }));
  const mail = await catcher.waitForMail(
    (caught) =>
      catcher.mails.indexOf(caught) >= before &&
      caught.envelopeTo.includes(municipalMailbox) &&
      caught.subject === t("Staff.mail.signIn.subject", { regionName }),
  );
  const link = signInLinkIn(mail);
  expect(link).toMatch(/\/kommune\/anmelden\/[A-Za-z0-9_-]{43}\?weiter=%2Fkommune%2Fberatung$/);
  await page.goto(link);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.link.button") }));
  await expect(page).toHaveURL(`${E2E_BASE_URL}${advicePath}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.advice.title"));

  // Only staff pages are return paths: anything else is dropped on the way.
  await page.goto(`${signInPath}?weiter=${encodeURIComponent("//evil.example/kommune/beratung")}`);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);
  await context.close();
});

test("staff extend and delete offers, the landlords get mails, advice requests are listed, and staff sign out", async ({
  browser,
  page: landlord,
}) => {
  // Three offers through the form and their mails first: slow on a busy machine.
  test.slow();
  const extendMe = await submitOffer(landlord, catcher, { titlePrefix: "Zimmer zum Verlängern" });
  const extendMePublished = await publishOffer(landlord, catcher, extendMe);
  const deleteMe = await submitOffer(landlord, catcher, { titlePrefix: "Zimmer zum Löschen" });
  await publishOffer(landlord, catcher, deleteMe);
  const pending = await submitOffer(landlord, catcher, { titlePrefix: "Noch nicht bestätigt" });

  const context = await staffBrowser(browser);
  const page = await context.newPage();
  await signIn(page);

  // Every status is listed, newest first, with the landlord's contact; buttons only for active offers.
  await expect(page.getByRole("table", { name: t("Staff.offers.caption", { regionName }) })).toBeVisible();
  const titles = await page.getByRole("rowheader").allTextContents();
  const position = (title: string) => titles.findIndex((text) => text.includes(title));
  expect(position(pending.title)).toBeGreaterThanOrEqual(0);
  expect(position(pending.title)).toBeLessThan(position(deleteMe.title));
  expect(position(deleteMe.title)).toBeLessThan(position(extendMe.title));
  await expect(offerRow(page, pending.title)).toContainText(t("Staff.offers.status.PENDING_CONFIRMATION"));
  await expect(offerRow(page, pending.title).getByRole("button")).toHaveCount(0);
  await expect(offerRow(page, extendMe.title)).toContainText(t("Staff.offers.status.ACTIVE"));
  await expect(offerRow(page, extendMe.title).getByRole("link", { name: extendMe.email })).toBeVisible();
  await expectNoAxeViolations(browser, context, offersPath);

  // Extend: one press, a clear result, and a mail to the landlord with the offer's buttons.
  await pressAndWaitForPage(
    page,
    offerRow(page, extendMe.title).getByRole("button", { name: t("Staff.offers.extendLabel", { title: extendMe.title }) }),
  );
  await expect(page.getByRole("status")).toContainText(`„${extendMe.title}“ ist jetzt bis`);
  const extended = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(extendMe.email) && mail.subject === t("Mail.extendedByMunicipality.subject", { title: extendMe.title }),
  );
  expect(extended.envelopeTo).toContain(municipalMailbox);
  expect(linksIn(extended).filter((href) => href.includes("/angebot/")).map((href) => href.split("/").pop())).toEqual([
    "verlaengern",
    "aendern",
    "anfragen",
    "loeschen",
    "vermittelt",
  ]);

  // Delete: a confirmation step first; then the landlord's mail, and the offer is gone from the listing.
  await offerRow(page, deleteMe.title).getByRole("link", { name: t("Staff.offers.deleteLabel", { title: deleteMe.title }) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.delete.title"));
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(deleteMe.title);
  await expectNoAxeViolations(browser, context, new URL(page.url()).pathname);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.delete.button") }));
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(offersPath)}\\?ergebnis=deleted`));
  await expect(page.getByRole("status")).toHaveText(t("Staff.offers.result.deleted", { title: deleteMe.title }));
  await expect(offerRow(page, deleteMe.title)).toContainText(t("Staff.offers.deletionReason.BY_MUNICIPALITY"));
  await expect(offerRow(page, deleteMe.title).getByRole("button")).toHaveCount(0);
  const deleted = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(deleteMe.email) && mail.subject === t("Mail.deleted.subject.BY_MUNICIPALITY", { title: deleteMe.title }),
  );
  expect(deleted.envelopeTo).toContain(municipalMailbox);
  await landlord.goto(`/${SEEDED_REGION}/findflats`);
  await expect(landlord.getByRole("link", { name: extendMe.title })).toBeVisible();
  await expect(landlord.getByText(deleteMe.title)).toHaveCount(0);

  // The landlord places the other offer and asks for advice: the mailbox gets a mail of its own …
  await landlord.goto(linkTo(extendMePublished, "vermittelt"));
  await pressAndWaitForPage(landlord, landlord.getByRole("button", { name: t("OfferLink.placed.button") }));
  const advice = await catcher.waitForMail(
    (mail) => mail.subject === t("Staff.mail.advice.subject", { title: extendMe.title }),
  );
  expect(advice.envelopeTo).toEqual([municipalMailbox]);
  expect(advice.text).toContain(extendMe.email);
  expect(advice.text).toContain("Erika Gastfreundlich");
  expect(advice.text).toContain(`${t("Staff.mail.advice.language")}: ${t("Enums.language.de")}`);
  expect(linksIn(advice)).toContain(`${E2E_BASE_URL}/${SEEDED_REGION}/kommune/beratung`);

  // … and the staff's list of requests for advice names the landlord first.
  await page.getByRole("navigation", { name: t("Staff.nav.label") }).getByRole("link", { name: t("Staff.nav.advice") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.advice.title"));
  const firstRequest = page.getByRole("table", { name: t("Staff.advice.caption") }).getByRole("row").nth(1);
  await expect(firstRequest).toContainText(extendMe.email);
  await expect(firstRequest).toContainText(extendMe.title);
  await expect(firstRequest.getByRole("cell", { name: t("Enums.language.de"), exact: true })).toBeVisible();
  await expectNoAxeViolations(browser, context, `/${SEEDED_REGION}/kommune/beratung`);

  // The navigation leads to the statistics too, and to the QR codes and embed snippets that only staff need.
  const staffNav = page.getByRole("navigation", { name: t("Staff.nav.label") });
  await expect(staffNav.getByRole("link", { name: t("Staff.nav.statistics") })).toHaveAttribute("href", `/${SEEDED_REGION}/kommune/statistik`);
  await expect(staffNav.getByRole("link", { name: t("Staff.nav.qr") })).toHaveAttribute("href", `/${SEEDED_REGION}/qr`);
  await expect(staffNav.getByRole("link", { name: t("Staff.nav.embed") })).toHaveAttribute("href", `/${SEEDED_REGION}/einbetten`);

  // Signing out closes the staff pages.
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.nav.signOut") }));
  await expect(page.getByRole("status")).toHaveText(t("Staff.signIn.signedOut"));
  expect((await context.cookies()).filter((each) => each.name === "staff_session")).toEqual([]);
  await page.goto(offersPath);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${signInPath}?weiter=%2Fkommune%2Fangebote`);
  await context.close();
});

/** The page itself scrolls sideways: something is wider than the window. */
function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Scrolls the page down (never sideways) until the element is near the top of the window. */
async function scrollDownTo(locator: Locator) {
  await locator.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 100));
}

async function searchOffers(page: Page, { search = "", status = "" }: { search?: string; status?: string }) {
  const form = page.getByRole("search", { name: t("Staff.offers.filter.label") });
  await form.getByRole("searchbox", { name: t("Staff.offers.filter.search") }).fill(search);
  await form.getByRole("combobox", { name: t("Staff.offers.filter.status") }).selectOption({ value: status });
  await pressAndWaitForPage(page, form.getByRole("button", { name: t("Staff.offers.filter.submit") }));
}

test("on an office screen every offer's buttons are in view; staff filter by status, search and open the public offer", async ({
  browser,
  page: landlord,
}) => {
  test.slow();
  const listed = await submitOffer(landlord, catcher, { titlePrefix: "Gesuchtes Zimmer" });
  await publishOffer(landlord, catcher, listed);
  const pending = await submitOffer(landlord, catcher, { titlePrefix: "Gesuchtes Zimmer" });

  const context = await staffBrowser(browser);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page);

  // The whole list: nothing wider than the window, and every row's buttons within it.
  expect(await pageScrollsSideways(page)).toBe(false);
  const tableBox = page.getByRole("region", { name: t("Staff.offers.caption", { regionName }) });
  expect(await tableBox.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const buttonsOutside = await page
    .getByRole("table", { name: t("Staff.offers.caption", { regionName }) })
    .locator("tbody td:last-child")
    .getByRole("button")
    .evaluateAll((buttons) => buttons.filter((button) => button.getBoundingClientRect().right > window.innerWidth).length);
  expect(buttonsOutside).toBe(0);
  await expect(page.getByText(/^\d+ Angebote insgesamt$/)).toBeVisible();

  // Search by the whole title (without JavaScript: the plain GET form): one row, its buttons in view.
  await searchOffers(page, { search: listed.title });
  expect(new URL(page.url()).searchParams.get("suche")).toBe(listed.title);
  await expect(page.getByText(t("Staff.offers.found", { count: 1 }))).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveCount(1);
  const row = offerRow(page, listed.title);
  for (const action of [
    row.getByRole("button", { name: t("Staff.offers.extendLabel", { title: listed.title }) }),
    row.getByRole("link", { name: t("Staff.offers.changeLabel", { title: listed.title }) }),
    row.getByRole("link", { name: t("Staff.offers.deleteLabel", { title: listed.title }) }),
  ]) {
    await expect(action).toBeInViewport({ ratio: 1 });
  }
  expect(await pageScrollsSideways(page)).toBe(false);
  // The search field keeps what was searched for.
  await expect(page.getByRole("searchbox", { name: t("Staff.offers.filter.search") })).toHaveValue(listed.title);

  // The landlord's address finds the offer too, in any case; the CSV file takes the same filter.
  await searchOffers(page, { search: listed.email.toUpperCase() });
  await expect(page.getByRole("rowheader")).toHaveCount(1);
  await expect(offerRow(page, listed.title)).toBeVisible();
  const download = page.getByRole("link", { name: t("Staff.offers.csv.downloadFound") });
  const csv = await (await context.request.get((await download.getAttribute("href")) ?? "")).text();
  expect(csv.trimEnd().split("\r\n").slice(1).map((line) => line.split(";")[4])).toEqual([listed.title]);

  // By status: the pending offer among the unconfirmed ones, not among the published ones, and the other way round.
  const both = "Gesuchtes Zimmer";
  await searchOffers(page, { search: both, status: "PENDING_CONFIRMATION" });
  expect(new URL(page.url()).searchParams.get("status")).toBe("PENDING_CONFIRMATION");
  await expect(page.getByRole("combobox", { name: t("Staff.offers.filter.status") })).toHaveValue("PENDING_CONFIRMATION");
  await expect(offerRow(page, pending.title)).toBeVisible();
  await expect(offerRow(page, listed.title)).toHaveCount(0);
  // An unconfirmed offer has no public page: its title is no link.
  await expect(offerRow(page, pending.title).getByRole("link", { name: pending.title })).toHaveCount(0);
  await searchOffers(page, { search: both, status: "ACTIVE" });
  await expect(offerRow(page, listed.title)).toBeVisible();
  await expect(offerRow(page, pending.title)).toHaveCount(0);

  // Nothing found: said so, with the way back to all offers.
  await searchOffers(page, { search: `Nichts passt ${uniqueSuffix()}` });
  await expect(page.getByText(t("Staff.offers.found", { count: 0 }))).toBeVisible();
  await expect(page.getByText(t("Staff.offers.noMatch"))).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.getByRole("link", { name: t("Staff.offers.filter.reset") }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}${offersPath}`);

  // A published offer's title opens its public page.
  await offerRow(page, listed.title).getByRole("link", { name: listed.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(E2E_BASE_URL)}/${SEEDED_REGION}/findflats/[0-9a-f-]{36}$`));
  await expect(page.getByText(listed.title, { exact: true })).toBeVisible();

  // With JavaScript the form is the same plain form.
  const scripted = await browser.newContext({ baseURL: E2E_BASE_URL, viewport: { width: 1280, height: 800 } });
  await scripted.addCookies(await context.cookies());
  const scriptedPage = await scripted.newPage();
  await scriptedPage.goto(offersPath);
  await searchOffers(scriptedPage, { search: both, status: "PENDING_CONFIRMATION" });
  await expect(offerRow(scriptedPage, pending.title)).toBeVisible();
  await expect(offerRow(scriptedPage, listed.title)).toHaveCount(0);
  await scripted.close();
  await expectNoAxeViolations(browser, context, `${offersPath}?suche=${encodeURIComponent(both)}`);

  // On a phone each offer is a card: no sideways scrolling, the buttons within the screen.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${offersPath}?suche=${encodeURIComponent(listed.title)}`);
  expect(await pageScrollsSideways(page)).toBe(false);
  expect(await tableBox.evaluate((box) => box.scrollWidth <= box.clientWidth)).toBe(true);
  const extend = offerRow(page, listed.title).getByRole("button", { name: t("Staff.offers.extendLabel", { title: listed.title }) });
  await scrollDownTo(extend);
  await expect(extend).toBeInViewport({ ratio: 1 });
  for (const path of [`/${SEEDED_REGION}/kommune/statistik`, `/${SEEDED_REGION}/kommune/beratung`]) {
    await page.goto(path);
    expect(await pageScrollsSideways(page), path).toBe(false);
  }
  await context.close();
});

test("beyond the sign-in limit per region, the 429 page says so and no link is sent", async ({ browser }) => {
  // Another region than the other tests', so that its limit (per region and hour) does not get in their way.
  const region = "bayreuth";
  const mailbox = "wohnraum@stadt.bayreuth.de";
  const context = await staffBrowser(browser);
  const page = await context.newPage();

  // Counted per fixed hour: should the hour turn during the test, a second round gets through. Each request from
  // another client address, so that the region's limit is reached, not the client's (5 per hour).
  let refused = false;
  for (let attempt = 1; attempt <= 2 * 10 + 1 && !refused; attempt++) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `2001:db8::${uniqueSuffix().slice(0, 4)}:${attempt}` });
    await requestSignInLink(page, `guess-${attempt}@example.test`, region);
    refused = !page.url().endsWith("/gesendet");
  }
  expect(refused, "the rate limit never refused a request").toBe(true);
  // The proxy answers once the limit is used up, with a link back to the sign-in page.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("RefusedRequest.tooManyRequestsTitle"));
  await expect(page.getByRole("link", { name: t("RefusedRequest.tooManyRequestsBack") })).toHaveAttribute(
    "href",
    `/${region}/kommune`,
  );

  // Also the right address gets nothing now.
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await requestSignInLink(page, mailbox, region);
  expect((await answer).status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("RefusedRequest.tooManyRequestsTitle"));

  // With JavaScript the form is the same plain form, and gets the same 429 page.
  const scripted = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: true });
  const scriptedPage = await scripted.newPage();
  const scriptedAnswer = scriptedPage.waitForResponse((response) => response.request().method() === "POST");
  await requestSignInLink(scriptedPage, mailbox, region);
  expect((await scriptedAnswer).status()).toBe(429);
  await expect(scriptedPage.getByRole("heading", { level: 1 })).toHaveText(t("RefusedRequest.tooManyRequestsTitle"));

  await waitForAbsence(page);
  expect(mailsTo(catcher, mailbox)).toEqual([]);
  await scripted.close();
  await context.close();
});

test("staff correct an offer a landlord phoned in: the same form, and the landlord's mail has working buttons", async ({
  browser,
  page: landlord,
}) => {
  const offer = await submitOffer(landlord, catcher, { titlePrefix: "Zimmer zum Korrigieren" });
  await publishOffer(landlord, catcher, offer);

  const context = await staffBrowser(browser);
  const page = await context.newPage();
  await signIn(page);
  await offerRow(page, offer.title).getByRole("link", { name: t("Staff.offers.changeLabel", { title: offer.title }) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.change.title"));
  const title = page.getByLabel(new RegExp(`^${escapeRegExp(t("OfferForm.fields.title.label"))}`));
  await expect(title).toHaveValue(offer.title);
  await expectNoAxeViolations(browser, context, new URL(page.url()).pathname);

  // An invalid value comes back as a field error, and nothing is saved.
  const rent = page.getByLabel(new RegExp(`^${escapeRegExp(t("OfferForm.fields.coldRent.label"))}`));
  // Free at first, with the rent later: the municipality's change form asks for it as the landlord's does.
  await page.getByRole("radio", { name: t("OfferForm.fields.rentType.option.FREE_THEN_RENT"), exact: true }).check();
  await rent.fill("viel");
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("OfferForm.change.submit") }));
  await expect(rent).toHaveAttribute("aria-invalid", "true");

  await rent.fill("390");
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("OfferForm.change.submit") }));
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(offersPath)}\\?ergebnis=changed`));
  await expect(page.getByRole("status")).toHaveText(t("Staff.offers.result.changed", { title: offer.title }));

  const mail = await catcher.waitForMail(
    (caught) =>
      caught.envelopeTo.includes(offer.email) && caught.subject === t("Mail.changedByMunicipality.subject", { title: offer.title }),
  );
  expect(mail.envelopeTo).toContain(municipalMailbox);
  // The landlord's own token is not stored: the buttons carry the offer's derived one, and it opens the offer.
  const changeLink = linksIn(mail).find((href) => href.endsWith("/aendern"));
  expect(changeLink).toBeDefined();
  expect(changeLink).not.toContain(offer.token);
  await landlord.goto(changeLink ?? "");
  // The landlord's change form keeps the later rent the municipality entered.
  await expect(landlord.getByRole("radio", { name: t("OfferForm.fields.rentType.option.FREE_THEN_RENT"), exact: true })).toBeChecked();
  await expect(
    landlord.getByRole("textbox", { name: new RegExp(`^${escapeRegExp(t("OfferForm.fields.coldRent.laterLabel"))}`) }),
  ).toHaveValue("390");
  await context.close();
});
