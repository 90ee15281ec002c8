import { expect, type Browser, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import {
  escapeRegExp,
  expectFieldError,
  linkPath,
  listingPath,
  mailsTo,
  municipalMailbox,
  offerForm,
  pressAndWaitForPage,
  publishOffer,
  submitOffer,
  translator,
  type SubmittedOffer,
} from "./support/offers";
import { test } from "./support/test";

/**
 * The mail's "change" button: a page with the offer form filled with the offer's values. Opening it changes nothing;
 * saving it changes the offer at once in the listing, on the offer's page and in the API, with and without
 * JavaScript, and mails the landlord (BCC the municipality).
 */

const de = translator("de");
const changePath = (offer: SubmittedOffer) => linkPath(offer.token, "aendern");
const changeLink = new RegExp(`/angebot/[A-Za-z0-9_-]{43}/aendern$`);

/** The notice that the change is saved (the form's submit button has a status region of its own). */
const savedNotice = (page: Page) => page.getByRole("status").filter({ hasText: de("OfferLink.change.done") });

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

async function publishedOffer(page: Page, titlePrefix: string) {
  const offer = await submitOffer(page, catcher, { titlePrefix });
  const published = await publishOffer(page, catcher, offer);
  return { offer, published };
}

/** The offer as the region's API gives it. */
async function apiOffer(page: Page, title: string) {
  const body = (await (await page.request.get(`/api/v1/${SEEDED_REGION}/offers`)).json()) as {
    offers: {
      title: string;
      rentType: string;
      coldRent: number | null;
      runningCosts: number | null;
      freeOfCharge: boolean;
      rentLater: boolean;
      url: string;
    }[];
  };
  return body.offers.find((offer) => offer.title === title);
}

/** What seekers see at once: the listing's card, the offer's own page and the API, all with the new title and rent. */
async function expectShownEverywhere(page: Page, title: string, rent: string, oldTitle: string) {
  await page.goto(listingPath("de"));
  const card = page.getByRole("article").filter({ hasText: title });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(rent);
  await expect(page.getByRole("article").filter({ hasText: oldTitle })).toHaveCount(0);
  await card.getByRole("link", { name: title }).click();
  await expect(page.getByRole("article").getByText(title, { exact: true })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(rent);
  expect(await apiOffer(page, title)).toMatchObject({ title, rentType: "RENTED", coldRent: 420, freeOfCharge: false });
  expect(await apiOffer(page, oldTitle)).toBeUndefined();
}

async function changeTitleAndRent(page: Page, offer: SubmittedOffer, title: string, { javaScript }: { javaScript: boolean }) {
  await page.goto(changePath(offer));
  const form = offerForm(page, de);
  await expect(form.title).toHaveValue(offer.title);
  await form.title.fill(title);
  await form.rentType("RENTED").check();
  await form.coldRent.fill("420");
  const save = page.getByRole("button", { name: de("OfferForm.change.submit") });
  if (javaScript) await save.click();
  else await pressAndWaitForPage(page, save);
  await expect(savedNotice(page)).toBeVisible();
  await expect(form.title).toHaveValue(title);
}

test("the mails carry the change button, and opening its page (as mail scanners do) changes nothing", async ({ page, request }) => {
  const { offer, published } = await publishedOffer(page, "Zimmer zum Ändern");
  const link = published.text.match(/\S+\/aendern\b/)?.[0] ?? "";
  expect(link).toMatch(changeLink);
  expect(link).toContain(offer.token);

  const opened = await request.get(changePath(offer));
  expect(opened.status()).toBe(200);
  // Its form saves through a Server Action, so it sends a referrer to its own origin only; never cached or indexed.
  expect(opened.headers()["referrer-policy"]).toBe("same-origin");
  expect(opened.headers()["cache-control"]).toContain("no-store");
  expect(opened.headers()["x-robots-tag"]).toContain("noindex");
  expect((await request.head(changePath(offer))).status()).toBe(200);
  // The buttons' route handler has no change button: a POST there is a 404 and no deletion.
  expect((await request.post(`${changePath(offer)}/ausfuehren`)).status()).toBe(404);
  await page.goto(changePath(offer));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(de("OfferLink.change.title"));
  // What a change cannot touch is not in the form.
  await expect(offerForm(page, de).contactEmail).toHaveCount(0);
  await expect(page.getByText(de.markup("OfferForm.change.email", { email: offer.email, ltr: (chunks) => chunks }))).toBeVisible();
  await expect(offerForm(page, de).duration(7)).toHaveCount(0);
  await expect(offerForm(page, de).privacyConsent).toHaveCount(0);

  expect(await apiOffer(page, offer.title)).toMatchObject({ title: offer.title, freeOfCharge: true });
  expect(mailsTo(catcher, offer.email).map((mail) => mail.subject)).toEqual([
    de("Mail.confirmation.subject", { title: offer.title }),
    de("Mail.published.subject", { title: offer.title }),
  ]);

  // The other buttons' pages lead there too.
  await page.goto(linkPath(offer.token, "verlaengern"));
  await page.getByRole("link", { name: de("OfferLink.change.link") }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(changePath(offer))}$`));
});

for (const javaScript of [true, false]) {
  test(`a landlord changes title and rent ${javaScript ? "with" : "without"} JavaScript: listing, offer page and API show it at once`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const { offer } = await publishedOffer(page, javaScript ? "Zimmer mit Skript" : "Zimmer ohne Skript");
    // A title that does not contain the old one, so that the old one is found nowhere afterwards.
    const title = `Jetzt mit Miete: ${offer.title.split(" ").at(-1)}`;
    await changeTitleAndRent(page, offer, title, { javaScript });
    await expectShownEverywhere(page, title, "420", offer.title);

    const subject = de("Mail.changed.subject", { title });
    const mail = await catcher.waitForMail((caught) => caught.subject === subject);
    expect(mail.to).toEqual([offer.email]);
    expect(mail.envelopeTo).toContain(municipalMailbox);
    for (const segment of ["loeschen", "vermittelt", "verlaengern", "aendern", "anfragen"]) {
      expect(mail.text).toContain(`/angebot/${offer.token}/${segment}`);
    }
    await context.close();
  });

  test(`free at first, rent later ${javaScript ? "with" : "without"} JavaScript: the later rent is stored, shown and kept; free stores none`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const { offer } = await publishedOffer(page, javaScript ? "Zimmer erst kostenlos mit Skript" : "Zimmer erst kostenlos ohne Skript");
    const form = offerForm(page, de);
    const save = async () => {
      const button = page.getByRole("button", { name: de("OfferForm.change.submit") });
      if (javaScript) await button.click();
      else await pressAndWaitForPage(page, button);
      await expect(savedNotice(page)).toBeVisible();
    };
    await page.goto(changePath(offer));
    // A free offer asks no rent.
    await expect(form.rentType("FREE")).toBeChecked();
    await expect(form.coldRent).toHaveCount(0);
    // Free at first: the rent fields ask for the rent after the free time.
    await form.rentType("FREE_THEN_RENT").check();
    await form.laterColdRent.fill("450");
    await form.laterRunningCosts.fill("120");
    await save();

    const later = /zunächst kostenlos, später 450\s€ \+ 120\s€ Nebenkosten/;
    await page.goto(listingPath("de"));
    const card = page.getByRole("article").filter({ hasText: offer.title });
    await expect(card).toContainText(later);
    await card.getByRole("link", { name: offer.title }).click();
    await expect(page.getByRole("main")).toContainText(later);
    expect(await apiOffer(page, offer.title)).toMatchObject({
      rentType: "FREE_THEN_RENT",
      coldRent: 450,
      runningCosts: 120,
      freeOfCharge: true,
      rentLater: true,
    });
    expect(await (await page.request.get(`${listingPath("de")}/feed`)).text()).toMatch(later);

    // The change form starts from the later rent.
    await page.goto(changePath(offer));
    await expect(form.rentType("FREE_THEN_RENT")).toBeChecked();
    await expect(form.laterColdRent).toHaveValue("450");
    await expect(form.laterRunningCosts).toHaveValue("120");
    // Free after all: the figures go out of sight, stay as typed while choosing, and are not stored.
    await form.rentType("FREE").check();
    await expect(form.coldRent).toHaveCount(0);
    await form.rentType("RENTED").check();
    await expect(form.coldRent).toHaveValue("450");
    await form.rentType("FREE").check();
    await save();
    expect(await apiOffer(page, offer.title)).toMatchObject({ rentType: "FREE", coldRent: null, runningCosts: null, rentLater: false });
    await context.close();
  });

  test(`invalid input ${javaScript ? "with" : "without"} JavaScript shows field errors and keeps the old offer`, async ({ browser }) => {
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const { offer } = await publishedOffer(page, javaScript ? "Zimmer bleibt mit Skript" : "Zimmer bleibt ohne Skript");
    await page.goto(changePath(offer));
    const form = offerForm(page, de);
    await form.title.fill("kurz");
    await form.rentType("RENTED").check();
    await form.coldRent.fill("viel");
    const save = page.getByRole("button", { name: de("OfferForm.change.submit") });
    if (javaScript) await save.click();
    else await pressAndWaitForPage(page, save);
    await expectFieldError(form.title, de("OfferForm.errors.tooShort", { min: 10 }));
    await expectFieldError(form.coldRent, de("OfferForm.errors.number"));
    await expect(form.title).toHaveValue("kurz");

    expect(await apiOffer(page, offer.title)).toMatchObject({ title: offer.title, rentType: "FREE", coldRent: null });
    await page.goto(listingPath("de"));
    await expect(page.getByRole("article").filter({ hasText: offer.title })).toHaveCount(1);
    expect(mailsTo(catcher, offer.email, de("Mail.changed.subject", { title: "kurz" }))).toHaveLength(0);
    await context.close();
  });
}

test("a deleted offer's change page says it is gone, and offers no form", async ({ page }) => {
  const { offer } = await publishedOffer(page, "Zimmer schon weg");
  await page.goto(linkPath(offer.token, "loeschen"));
  await page.getByRole("button", { name: de("OfferLink.delete.button") }).click();
  await expect(page.getByRole("status")).toHaveText(de("OfferLink.delete.done"));

  await page.goto(changePath(offer));
  await expect(page.getByRole("status")).toHaveText(de("OfferLink.change.gone"));
  await expect(page.getByRole("main").locator("form")).toHaveCount(0);
  await expect(page.getByRole("link", { name: de("OfferLink.newOffer") })).toBeVisible();
});

test("an edit left open after the offer was deleted saves nothing and says the offer is gone", async ({ browser, page }) => {
  const { offer } = await publishedOffer(page, "Zimmer im zweiten Tab");
  const other = await openChangeTab(browser, offer);
  await page.goto(linkPath(offer.token, "loeschen"));
  await page.getByRole("button", { name: de("OfferLink.delete.button") }).click();
  await expect(page.getByRole("status")).toHaveText(de("OfferLink.delete.done"));

  await offerForm(other, de).title.fill(`${offer.title} geändert`);
  await other.getByRole("button", { name: de("OfferForm.change.submit") }).click();
  await expect(other.getByRole("status")).toHaveText(de("OfferLink.change.gone"));
  expect(mailsTo(catcher, offer.email, de("Mail.changed.subject", { title: `${offer.title} geändert` }))).toHaveLength(0);
  await other.context().close();
});

async function openChangeTab(browser: Browser, offer: SubmittedOffer) {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL });
  const page = await context.newPage();
  await page.goto(changePath(offer));
  await expect(offerForm(page, de).title).toHaveValue(offer.title);
  return page;
}

test("two tabs saving at once leave one of the two versions whole", async ({ browser, page }) => {
  const { offer } = await publishedOffer(page, "Zimmer in zwei Tabs");
  const tabs = await Promise.all([openChangeTab(browser, offer), openChangeTab(browser, offer)]);
  const versions = [
    { title: `${offer.title} erste Fassung`, rent: "410" },
    { title: `${offer.title} zweite Fassung`, rent: "430" },
  ];
  for (const [index, tab] of tabs.entries()) {
    const form = offerForm(tab, de);
    await form.title.fill(versions[index].title);
    await form.rentType("RENTED").check();
    await form.coldRent.fill(versions[index].rent);
  }
  await Promise.all(tabs.map((tab) => tab.getByRole("button", { name: de("OfferForm.change.submit") }).click()));
  for (const tab of tabs) await expect(savedNotice(tab)).toBeVisible();

  const shown = await Promise.all(versions.map((version) => apiOffer(page, version.title)));
  const stored = shown.filter((found) => found !== undefined);
  expect(stored).toHaveLength(1);
  expect(versions.map((version) => [version.title, Number(version.rent)])).toContainEqual([stored[0]?.title, stored[0]?.coldRent]);
  for (const tab of tabs) await tab.context().close();
});
