import { readFileSync } from "node:fs";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import {
  E2E_BASE_URL,
  FIRST_OFFER_REVIEW_MAILBOX,
  FIRST_OFFER_REVIEW_REGION,
  FIRST_OFFER_REVIEW_REGION_NAME,
  REVIEW_MAILBOX,
  REVIEW_REGION,
  REVIEW_REGION_NAME,
  SEEDED_REGION,
} from "./support/constants";
import { linksIn, type CaughtMail, type MailCatcher } from "./support/mail-catcher";
import {
  escapeRegExp,
  linkPath,
  listingPath,
  offerForm,
  pressAndWaitForPage,
  publishOffer,
  submitOffer,
  translator,
  uniqueSuffix,
  type SubmittedOffer,
} from "./support/offers";
import { test } from "./support/test";

/**
 * The municipality's check before publishing, in a region that checks every offer (set up by the e2e server with
 * `npm run region -- pruefstadt --review=every-offer`): a confirmed offer waits unlisted, the mailbox's mail leads
 * to the queue only through the staff sign-in, and staff approve (listed at once) or reject (the landlord hears
 * why), with and without JavaScript.
 */

const t = translator("de");
const locales = ["de", "uk", "en", "ru", "ar"] as const;

/** "Checked by <region>" as the listing says it in `locale`. */
function checkedBadge(locale: (typeof locales)[number]): string {
  const messages = JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8"));
  return (messages.Listing.checkedBy as string).replace("{regionName}", REVIEW_REGION_NAME);
}
const queuePath = `/${REVIEW_REGION}/kommune/pruefen`;

/** A region that checks offers, with its municipal mailbox: the one checking every offer, or only a landlord's first. */
type ReviewRegion = { slug: string; name: string; mailbox: string };
const everyOffer: ReviewRegion = { slug: REVIEW_REGION, name: REVIEW_REGION_NAME, mailbox: REVIEW_MAILBOX };
const firstOffer: ReviewRegion = { slug: FIRST_OFFER_REVIEW_REGION, name: FIRST_OFFER_REVIEW_REGION_NAME, mailbox: FIRST_OFFER_REVIEW_MAILBOX };

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

/** A browser for a member of staff, with a client address of its own (sign-in requests count per address). */
function staffBrowser(browser: Browser, javaScriptEnabled: boolean): Promise<BrowserContext> {
  const suffix = uniqueSuffix();
  return browser.newContext({
    baseURL: E2E_BASE_URL,
    javaScriptEnabled,
    locale: "de-DE",
    extraHTTPHeaders: { "x-forwarded-for": `2001:db8::${suffix.slice(0, 4)}:${suffix.slice(4)}` },
  });
}

/** On the sign-in page a staff page sent the browser to: requests the mailbox's link and presses its button. */
async function signInFromHere(page: Page, region = everyOffer): Promise<void> {
  const before = catcher.mails.length;
  await page.getByRole("textbox", { name: t("Staff.signIn.mailboxLabel") }).fill(region.mailbox);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.signIn.submit") }));
  const mail = await catcher.waitForMail(
    (caught) =>
      catcher.mails.indexOf(caught) >= before &&
      caught.envelopeTo.includes(region.mailbox) &&
      caught.subject === t("Staff.mail.signIn.subject", { regionName: region.name }),
  );
  const link = linksIn(mail).find((href) => href.includes("/kommune/anmelden/"));
  if (!link) throw new Error("No sign-in link");
  await page.goto(link);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.link.button") }));
}

/**
 * A landlord (with JavaScript) submits and confirms an offer that waits for the check (in the every-offer region
 * unless told otherwise); returns it and the mailbox's mail.
 */
async function confirmedOffer(
  browser: Browser,
  titlePrefix: string,
  { region = everyOffer, email = undefined as string | undefined } = {},
): Promise<{ offer: SubmittedOffer & { id: string }; staffMail: CaughtMail }> {
  const landlord = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await landlord.newPage();
  const offer = await submitOffer(page, catcher, { titlePrefix, region: region.slug, email });
  await page.goto(offer.confirmLink);
  await expect(page.getByRole("main")).toContainText(t("OfferLink.confirm.textInReview", { days: 14 }).slice(0, 40));
  await page.getByRole("button", { name: t("OfferLink.confirm.buttonInReview"), exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(t("OfferLink.confirm.inReview"));
  // Not public yet, so no link to its page; but it can be changed while it waits.
  await expect(page.getByRole("link", { name: t("OfferLink.toOffer") })).toHaveCount(0);
  await expect(page.getByRole("link", { name: t("OfferLink.change.link") })).toBeVisible();
  await landlord.close();

  const inReview = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(offer.email) && mail.subject === t("Mail.inReview.subject", { title: offer.title }),
  );
  expect(inReview.envelopeTo).toContain(region.mailbox);
  expect(linksIn(inReview).some((link) => link.endsWith("/aendern"))).toBe(true);
  expect(linksIn(inReview).some((link) => link.endsWith("/verlaengern"))).toBe(false);
  const staffMail = await catcher.waitForMail(
    (mail) => mail.to.includes(region.mailbox) && mail.subject === t("Staff.mail.review.subject", { title: offer.title }),
  );
  const id = /#angebot-([0-9a-f-]{36})$/.exec(linksIn(staffMail).find((link) => link.includes(`/${region.slug}/kommune/pruefen`)) ?? "")?.[1];
  if (!id) throw new Error("No offer id in the mailbox's link");
  return { offer: { ...offer, id }, staffMail };
}

/**
 * Whether seekers find the offer: in the listing, on its own page, its preview picture and in the API. (The app has no
 * sitemap; search engines follow the listing's links, where the region allows indexing.)
 */
async function expectListed(page: Page, offer: { title: string; id: string }, listed: boolean, region = everyOffer) {
  await page.goto(listingPath("de", region.slug));
  await expect(page.getByRole("link", { name: offer.title })).toHaveCount(listed ? 1 : 0);
  const offerPage = await page.request.get(`/${region.slug}/findflats/${offer.id}`);
  expect(offerPage.status()).toBe(listed ? 200 : 404);
  const picture = await page.request.get(`/uk/${region.slug}/findflats/${offer.id}/vorschaubild`);
  expect(picture.status()).toBe(listed ? 200 : 404);
  const api = (await (await page.request.get(`/api/v1/${region.slug}/offers`)).json()) as { offers: { id: string }[] };
  expect(api.offers.some((listedOffer) => listedOffer.id === offer.id)).toBe(listed);
}

function queuedOffer(page: Page, title: string) {
  return page.getByRole("article", { name: title });
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`a confirmed offer waits unlisted until staff approve it from the queue (${mode})`, async ({ browser }) => {
    const { offer, staffMail } = await confirmedOffer(browser, `Prüfwohnung ${javaScriptEnabled ? "js" : "html"}`);
    const staff = await staffBrowser(browser, javaScriptEnabled);
    const page = await staff.newPage();
    await expectListed(page, offer, false);

    // The mailbox's link decides nothing by itself: it needs the staff session first, then leads to the queue.
    const queueLink = linksIn(staffMail).find((link) => link.includes(queuePath));
    expect(queueLink).toMatch(new RegExp(`${escapeRegExp(queuePath)}#angebot-[0-9a-f-]{36}$`));
    await page.goto(queueLink!);
    // (The browser keeps the link's fragment across the redirect.)
    await expect(page).toHaveURL(new RegExp(`^${escapeRegExp(`${E2E_BASE_URL}/${REVIEW_REGION}/kommune?weiter=%2Fkommune%2Fpruefen`)}(#|$)`));
    await signInFromHere(page);
    await expect(page).toHaveURL(`${E2E_BASE_URL}${queuePath}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.review.title"));

    const entry = queuedOffer(page, offer.title);
    await expect(entry).toContainText(offer.email);
    await expect(entry).toContainText(t("Staff.review.historyNone", { regionName: REVIEW_REGION_NAME }));
    // axe runs as JavaScript in the page: checked where the page has it.
    if (javaScriptEnabled) await expectNoAxeViolations(page);
    // A second member of staff has the queue open at the same time.
    const colleague = await staff.newPage();
    await colleague.goto(queuePath);

    // Staff phoned the landlord: they mark them as checked, with who did it.
    await entry.getByRole("textbox", { name: t("Staff.review.landlord.checkedByLabel") }).fill("M. Weber");
    await pressAndWaitForPage(page, entry.getByRole("button", { name: t("Staff.review.landlord.markLabel", { title: offer.title }) }));
    await expect(page.getByRole("status")).toHaveText(t("Staff.review.result.checked", { title: offer.title }));
    await expect(queuedOffer(page, offer.title)).toContainText("Als geprüft markiert von M. Weber");

    await pressAndWaitForPage(page, queuedOffer(page, offer.title).getByRole("button", { name: t("Staff.review.approveLabel", { title: offer.title }) }));
    await expect(page.getByRole("status")).toContainText(`„${offer.title}“ ist freigegeben`);
    await expect(queuedOffer(page, offer.title)).toHaveCount(0);
    await catcher.waitForMail((mail) => mail.envelopeTo.includes(offer.email) && mail.subject === t("Mail.published.subject", { title: offer.title }));

    // The colleague's press on the page opened before changes nothing and says so.
    await pressAndWaitForPage(
      colleague,
      queuedOffer(colleague, offer.title).getByRole("button", { name: t("Staff.review.approveLabel", { title: offer.title }) }),
    );
    await expect(colleague.getByRole("status")).toContainText(`„${offer.title}“ wurde bereits geprüft`);
    await expectListed(page, offer, true);

    // Its card and its page say "checked by" the region, in every language; so does the API.
    for (const locale of locales) {
      await page.goto(`${locale === "de" ? "" : `/${locale}`}/${REVIEW_REGION}/findflats`);
      const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: offer.title }) });
      await expect(card).toContainText(checkedBadge(locale));
    }
    await page.goto(`/ar/${REVIEW_REGION}/findflats/${offer.id}`);
    await expect(page.getByRole("main")).toContainText(checkedBadge("ar"));
    const api = (await (await page.request.get(`/api/v1/${REVIEW_REGION}/offers`)).json()) as { offers: { id: string; checkedByRegion: boolean }[] };
    expect(api.offers.find((listed) => listed.id === offer.id)?.checkedByRegion).toBe(true);
    expect(await (await page.request.get(`/${REVIEW_REGION}/findflats/feed`)).text()).toContain(checkedBadge("de"));
    // Seekers can ask for checked landlords only.
    await page.goto(`/${REVIEW_REGION}/findflats`);
    await page.getByText(t("Filters.toggle"), { exact: true }).click();
    await page.getByRole("checkbox", { name: t("Filters.checked") }).check();
    await pressAndWaitForPage(page, page.getByRole("button", { name: t("Filters.submit") }));
    await expect(page).toHaveURL(/[?&]checked=1/);
    await expect(page.getByRole("link", { name: offer.title })).toHaveCount(1);
    await staff.close();
  });

  test(`staff reject an offer with a reason the landlord is told, and it is never listed (${mode})`, async ({ browser }) => {
    const { offer } = await confirmedOffer(browser, `Abgelehnt ${javaScriptEnabled ? "js" : "html"}`);
    const staff = await staffBrowser(browser, javaScriptEnabled);
    const page = await staff.newPage();
    await page.goto(queuePath);
    await signInFromHere(page);
    await expect(page).toHaveURL(`${E2E_BASE_URL}${queuePath}`);

    const entry = queuedOffer(page, offer.title);
    const note = `Bitte tragen Sie das Angebot mit dem Einzugsdatum neu ein. ${uniqueSuffix()}`;
    await entry.getByRole("combobox", { name: t("Staff.review.reject.reason") }).selectOption({ label: t("Staff.review.reject.reasons.INCOMPLETE") });
    await entry.getByRole("textbox", { name: t("Staff.review.reject.note", { max: 1000 }) }).fill(note);

    // Signed out meanwhile (the session ended): the press leads to the sign-in and changes nothing.
    await staff.clearCookies();
    await pressAndWaitForPage(page, entry.getByRole("button", { name: t("Staff.review.reject.buttonLabel", { title: offer.title }) }));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Staff.signIn.title"));
    await signInFromHere(page);
    await expect(page).toHaveURL(`${E2E_BASE_URL}${queuePath}`);

    const again = queuedOffer(page, offer.title);
    await again.getByRole("combobox", { name: t("Staff.review.reject.reason") }).selectOption({ label: t("Staff.review.reject.reasons.INCOMPLETE") });
    await again.getByRole("textbox", { name: t("Staff.review.reject.note", { max: 1000 }) }).fill(note);
    await pressAndWaitForPage(page, again.getByRole("button", { name: t("Staff.review.reject.buttonLabel", { title: offer.title }) }));
    await expect(page.getByRole("status")).toContainText(`„${offer.title}“ ist abgelehnt`);
    await expect(queuedOffer(page, offer.title)).toHaveCount(0);

    const rejected = await catcher.waitForMail(
      (mail) => mail.envelopeTo.includes(offer.email) && mail.subject === t("Mail.rejected.subject", { title: offer.title }),
    );
    expect(rejected.text).toContain(t("Mail.rejected.reason.INCOMPLETE"));
    expect(rejected.text).toContain(note);
    expect(rejected.envelopeTo).toContain(REVIEW_MAILBOX);
    expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(offer.email) && mail.subject === t("Mail.rejected.subject", { title: offer.title }))).toHaveLength(1);
    await expectListed(page, offer, false);

    // The statistics page counts the decisions, with the rejections by reason.
    await page.goto(`/${REVIEW_REGION}/kommune/statistik`);
    const decisions = page.getByRole("table", { name: t("Statistics.review.caption") });
    await expect(decisions).toBeVisible();
    const reasonColumn = await decisions.getByRole("columnheader").allTextContents();
    const incomplete = reasonColumn.indexOf(t("Statistics.review.rejectedBy.INCOMPLETE"));
    const thisWeek = decisions.getByRole("row").nth(1);
    expect(Number(await thisWeek.getByRole("cell").nth(incomplete - 1).textContent())).toBeGreaterThanOrEqual(1);
    if (javaScriptEnabled) await expectNoAxeViolations(page);
    // The CSV file has the decisions after the weekly counts.
    const csv = await (await page.request.get(`/${REVIEW_REGION}/kommune/statistik/export`)).text();
    const [headings, ...rows] = csv.slice(1).trimEnd().split("\r\n");
    const column = headings.split(";").indexOf(t("Statistics.review.rejectedBy.INCOMPLETE"));
    expect(column).toBeGreaterThan(0);
    expect(Number(rows.at(-1)!.split(";")[column])).toBeGreaterThanOrEqual(1);
    await staff.close();
  });
}

/** The approve form of an offer on the queue page, as a browser without JavaScript would send it: its hidden fields. */
async function approveFormFields(page: Page, offerId: string): Promise<[string, string][]> {
  const html = await (await page.request.get(queuePath)).text();
  const entry = html.slice(html.indexOf(`id="angebot-${offerId}"`));
  const forms = [...entry.slice(0, entry.indexOf("</article>")).matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([form]) => form);
  const approve = forms.find((form) => form.includes('name="revision"') && !form.includes('name="reason"'));
  if (!approve) throw new Error("No approve form for the offer on the queue");
  const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, "&");
  return [...approve.matchAll(/<input\b[^>]*>/g)].map(([input]) => [
    unescape(/\bname="([^"]*)"/.exec(input)?.[1] ?? ""),
    unescape(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? ""),
  ]);
}

/** Posts the fields to the queue's address; `forge` rewrites each value first, `headers` adds to the browser's. */
async function postToQueue(page: Page, fields: [string, string][], headers: Record<string, string>, forge = (value: string) => value) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, forge(value));
  return page.request.post(queuePath, { multipart: form, headers, maxRedirects: 0 });
}

test("the queue's buttons decide nothing posted from another site or for an offer the form does not name truly", async ({ browser }) => {
  const { offer } = await confirmedOffer(browser, "Gefälschte Freigabe");
  const staff = await staffBrowser(browser, false);
  const page = await staff.newPage();
  await page.goto(queuePath);
  await signInFromHere(page);
  const fields = await approveFormFields(page, offer.id);
  // The offer is named in the action's bound arguments, which the browser sends back.
  expect(fields.some(([, value]) => value.includes(offer.id))).toBe(true);
  const sameSite = { Origin: E2E_BASE_URL };
  const stillWaiting = async () => {
    await page.goto(queuePath);
    await expect(queuedOffer(page, offer.title)).toHaveCount(1);
    await expectListed(page, offer, false);
  };

  // Another site's form, with the staff session's cookie: refused before anything is decided.
  const crossSiteHeaders: Record<string, string>[] = [{ Origin: "https://boese.example", "Sec-Fetch-Site": "cross-site" }, { Origin: "https://boese.example" }];
  for (const headers of crossSiteHeaders) {
    const crossSite = await postToQueue(page, fields, headers);
    expect(crossSite.status(), JSON.stringify(headers)).toBeGreaterThanOrEqual(400);
    expect(await crossSite.text()).not.toMatch(/\n\s+at .+\.(js|ts):\d+/);
  }
  await stillWaiting();

  // A forged offer: not an id, or another region's listed offer. The queue says it knows no such offer.
  const elsewhere = await page.context().newPage();
  const otherOffer = await submitOffer(elsewhere, catcher, { titlePrefix: "Andere Region" });
  const published = await publishOffer(elsewhere, catcher, otherOffer);
  const otherId = /\/findflats\/([0-9a-f-]{36})/.exec(linksIn(published).join(" "))?.[1];
  if (!otherId) throw new Error("No id of the other region's offer");
  await elsewhere.close();
  for (const forged of ["kein-angebot", "'; DROP TABLE \"Offer\"; --", otherId]) {
    // Written into the bound arguments as JSON, as a forger who wants them read would.
    const answer = await postToQueue(page, fields, sameSite, (value) => value.replaceAll(offer.id, JSON.stringify(forged).slice(1, -1)));
    expect(answer.status(), forged).toBe(303);
    await page.goto(answer.headers().location);
    await expect(page.getByRole("status")).toHaveText(t("Staff.review.result.notFound", { regionName: REVIEW_REGION_NAME }));
  }
  // Bound arguments that are no JSON at all: an error answer without internals.
  const broken = await postToQueue(page, fields, sameSite, (value) => value.replaceAll(offer.id, '"}'));
  expect(broken.status()).toBeGreaterThanOrEqual(400);
  expect(await broken.text()).not.toMatch(/\n\s+at .+\.(js|ts):\d+|SyntaxError/);
  await stillWaiting();
  expect((await page.request.get(`/${SEEDED_REGION}/findflats/${otherId}`)).status()).toBe(200);

  // A revision the page never showed, or none: nothing is decided, and the form says so.
  for (const revision of ["7", ""]) {
    const answer = await postToQueue(
      page,
      fields.map(([name, value]) => [name, name === "revision" ? revision : value]),
      sameSite,
    );
    if (revision === "") expect(await answer.text()).toContain(t("Staff.review.errors.unexpected"));
    else expect(answer.headers().location).toContain("ergebnis=changedMeanwhile");
  }
  await stillWaiting();

  // The same fields, unforged, from the page's own site: approved. (So the refusals above were the forgeries'.)
  const genuine = await postToQueue(page, fields, sameSite);
  expect(genuine.status()).toBe(303);
  expect(genuine.headers().location).toContain("ergebnis=approved");
  await expectListed(page, offer, true);
  await staff.close();
});

test("the offers list leads to the queue, filters offers in review, and marks and withdraws a checked landlord (without JavaScript)", async ({
  browser,
}) => {
  const { offer } = await confirmedOffer(browser, "Liste in Prüfung");
  const staff = await staffBrowser(browser, false);
  const page = await staff.newPage();
  const offersPath = `/${REVIEW_REGION}/kommune/angebote`;
  await page.goto(offersPath);
  await signInFromHere(page);
  await page.getByRole("combobox", { name: t("Staff.offers.filter.status") }).selectOption({ label: t("Staff.offers.status.IN_REVIEW") });
  await page.getByRole("searchbox", { name: t("Staff.offers.filter.search") }).fill(offer.title);
  await pressAndWaitForPage(page, page.getByRole("button", { name: t("Staff.offers.filter.submit") }));
  await expect(page).toHaveURL(/[?&]status=IN_REVIEW/);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(escapeRegExp(offer.title)) }) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(t("Staff.offers.status.IN_REVIEW"));

  // Marked from the list: the disclosure opens the same form as on the queue.
  await row.locator("summary", { hasText: t("Staff.review.landlord.mark") }).click();
  await row.getByRole("textbox", { name: t("Staff.review.landlord.checkedByLabel") }).fill("K. Yilmaz");
  await pressAndWaitForPage(page, row.getByRole("button", { name: t("Staff.review.landlord.markLabel", { title: offer.title }) }));
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(offersPath)}\\?ergebnis=checked`));
  await expect(page.getByRole("status")).toHaveText(t("Staff.review.result.checked", { title: offer.title }));
  const marked = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(escapeRegExp(offer.title)) }) });
  await expect(marked).toContainText("geprüft von K. Yilmaz am");

  // The queue knows the mark, and the list's link leads to the offer's entry there.
  await pressAndWaitForPage(page, marked.getByRole("link", { name: t("Staff.offers.reviewLabel", { title: offer.title }) }));
  await expect(page).toHaveURL(`${E2E_BASE_URL}${queuePath}#angebot-${offer.id}`);
  await expect(queuedOffer(page, offer.title)).toContainText("Als geprüft markiert von K. Yilmaz");

  await page.goto(`${offersPath}?suche=${encodeURIComponent(offer.title)}`);
  const again = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(escapeRegExp(offer.title)) }) });
  await pressAndWaitForPage(page, again.getByRole("button", { name: t("Staff.review.landlord.withdrawLabel", { title: offer.title }) }));
  await expect(page.getByRole("status")).toHaveText(t("Staff.review.result.unchecked", { title: offer.title }));
  await expect(page.getByRole("row").filter({ hasText: offer.title }).locator("summary")).toHaveText(t("Staff.review.landlord.mark"));
  await page.goto(queuePath);
  await expect(queuedOffer(page, offer.title)).toContainText(t("Staff.review.landlord.unchecked"));
  await staff.close();
});

test("first-offer: a landlord's first offer waits for the check; once it is approved, their next one is listed at once", async ({ browser }) => {
  const email = `erstvermieterin-${uniqueSuffix()}@example.test`;
  const { offer: first } = await confirmedOffer(browser, "Erstes Angebot", { region: firstOffer, email });
  const staff = await staffBrowser(browser, true);
  const page = await staff.newPage();
  await expectListed(page, first, false, firstOffer);
  const firstOfferQueue = `/${firstOffer.slug}/kommune/pruefen`;
  await page.goto(firstOfferQueue);
  await signInFromHere(page, firstOffer);
  await expect(page.getByRole("main")).toContainText(t("Staff.review.mode.FIRST_OFFER", { regionName: firstOffer.name }));
  await pressAndWaitForPage(page, queuedOffer(page, first.title).getByRole("button", { name: t("Staff.review.approveLabel", { title: first.title }) }));
  await expect(page.getByRole("status")).toContainText(`„${first.title}“ ist freigegeben`);
  await expectListed(page, first, true, firstOffer);

  // The same address's next offer is published by its confirmation, with the usual mail and no mail to check it.
  const landlord = await browser.newContext({ baseURL: E2E_BASE_URL });
  const landlordPage = await landlord.newPage();
  const second = await submitOffer(landlordPage, catcher, { titlePrefix: "Zweites Angebot", region: firstOffer.slug, email });
  await publishOffer(landlordPage, catcher, second);
  await landlord.close();
  await page.goto(listingPath("de", firstOffer.slug));
  await expect(page.getByRole("link", { name: second.title })).toHaveCount(1);
  expect(catcher.mails.some((mail) => mail.subject === t("Staff.mail.review.subject", { title: second.title }))).toBe(false);

  // Another landlord's first offer waits, as the first did.
  const { offer: stranger } = await confirmedOffer(browser, "Fremdes erstes Angebot", { region: firstOffer });
  await expectListed(page, stranger, false, firstOffer);
  await page.goto(firstOfferQueue);
  await expect(queuedOffer(page, stranger.title)).toHaveCount(1);
  await expect(queuedOffer(page, second.title)).toHaveCount(0);
  await staff.close();
});

test("the privacy page of a region that checks offers says what the check and the checked mark store", async ({ page }) => {
  await page.goto(`/${REVIEW_REGION}/datenschutz`);
  await expect(page.getByRole("heading", { level: 2, name: t("Privacy.review.heading") })).toBeVisible();
  // The region's name stands isolated in the text (first strong isolate … pop directional isolate).
  await expect(page.getByRole("main")).toContainText(t("Privacy.review.checked", { region: `\u2068${REVIEW_REGION_NAME}\u2069`, days: 30 }));
  // A region that lists at once has nothing of the kind to say.
  await page.goto(`/${SEEDED_REGION}/datenschutz`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("Privacy.heading"));
  await expect(page.getByRole("heading", { name: t("Privacy.review.heading") })).toHaveCount(0);
});

test("a listed offer's changed title waits for the check while the old one stays listed", async ({ browser }) => {
  const { offer } = await confirmedOffer(browser, "Textprüfung");
  const staff = await staffBrowser(browser, false);
  const page = await staff.newPage();
  await page.goto(queuePath);
  await signInFromHere(page);
  await pressAndWaitForPage(page, queuedOffer(page, offer.title).getByRole("button", { name: t("Staff.review.approveLabel", { title: offer.title }) }));
  await expectListed(page, offer, true);

  // The landlord changes the title and the beds with the change button of their mails.
  const landlord = await browser.newContext({ baseURL: E2E_BASE_URL });
  const landlordPage = await landlord.newPage();
  await landlordPage.goto(linkPath(offer.token, "aendern", { region: REVIEW_REGION }));
  const newTitle = `${offer.title} mit Garten`;
  await offerForm(landlordPage, t).title.fill(newTitle);
  await landlordPage.getByRole("button", { name: t("OfferForm.change.submit") }).click();
  await expect(landlordPage.getByRole("status").filter({ hasText: t("OfferLink.change.doneTextInReview") })).toBeVisible();
  // Opened again, the form shows what the landlord last wrote.
  await landlordPage.reload();
  await expect(offerForm(landlordPage, t).title).toHaveValue(newTitle);
  await landlord.close();

  await expectListed(page, offer, true);
  await expect(page.getByRole("link", { name: newTitle })).toHaveCount(0);
  await catcher.waitForMail((mail) => mail.to.includes(REVIEW_MAILBOX) && mail.subject === t("Staff.mail.review.subject", { title: newTitle }));

  await page.goto(queuePath);
  const entry = queuedOffer(page, newTitle);
  await expect(entry).toContainText(t("Staff.review.listedTitle"));
  await expect(entry).toContainText(offer.title);
  await pressAndWaitForPage(page, entry.getByRole("button", { name: t("Staff.review.approveTextLabel", { title: newTitle }) }));
  await expect(page.getByRole("status")).toHaveText(t("Staff.review.result.textApproved", { title: newTitle }));
  await page.goto(`/${REVIEW_REGION}/findflats`);
  await expect(page.getByRole("link", { name: newTitle })).toHaveCount(1);
  await staff.close();
});
