import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import { contactForm, fillContactForm } from "./support/contact-requests";
import { linksIn, type CaughtMail, type MailCatcher } from "./support/mail-catcher";
import {
  escapeRegExp,
  expectFieldError,
  listingPath,
  pressAndWaitForPage,
  publishOffer,
  publishedOffer,
  submitOffer,
  tokenOf,
  translator,
  uniqueSuffix,
  waitForAbsence,
  type SubmittedOffer,
  type TestLocale,
} from "./support/offers";
import { test } from "./support/test";

/**
 * playwright.config.ts starts the e2e server with CONTACT_REQUESTS_PER_HOUR=4: the test without JavaScript over the
 * limit uses up the rest of the default client address's hour, the one with JavaScript an address of its own.
 */
const requestsPerHour = 4;

/** The five languages of the pages (messages/), German without a path prefix. */
const languages = ["de", "uk", "en", "ru", "ar"] as const;
const prefixOf = (locale: (typeof languages)[number]) => (locale === "de" ? "" : `/${locale}`);

/** The contact address of the seeded region (prisma/regions.json), which the rate-limited message links to. */
const regionContactEmail = "kommune@musterhausen.example";

/** axe-core's WCAG 2.1 A and AA rules; `where` names the page and state in a failure. */
async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations, where).toEqual([]);
}

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

const requestMailTo = (address: string) => (mail: CaughtMail) =>
  mail.envelopeTo.includes(address) && mail.subject.startsWith("Kontaktanfrage zu Ihrem Angebot");

/** The German mail a landlord gets, and the seeker's confirmation in Ukrainian without the landlord's address. */
async function expectMails(offer: { id: string; title: string; email: string }, seeker: { email: string; message: string }) {
  const toLandlord = await catcher.waitForMail((mail) => requestMailTo(offer.email)(mail) && mail.text.includes(seeker.message));
  expect(toLandlord.subject).toBe(`Kontaktanfrage zu Ihrem Angebot „${offer.title}“`);
  expect(toLandlord.envelopeTo).toEqual([offer.email]);
  expect(toLandlord.parsed.replyTo?.value.map((address) => address.address)).toEqual([seeker.email]);
  expect(toLandlord.text).toContain("Personen: 2 Erwachsene und 1 Kind");
  expect(toLandlord.text).toContain("Haustiere: keine");
  expect(toLandlord.text).toContain("Für: bis zu 3 Monate");
  expect(toLandlord.text).toMatch(/Spricht: (Ukrainisch und Englisch|Englisch und Ukrainisch)/);
  expect(toLandlord.text).toContain("Nachricht, geschrieben auf Ukrainisch:");
  expect(toLandlord.html).toMatch(new RegExp(`lang="uk"[^>]*><span>${escapeRegExp(seeker.message)}</span>`));
  // The municipal mailbox got no copy of the seeker's details, and the footer does not claim it did.
  expect(toLandlord.text).not.toContain("BCC");
  expect(toLandlord.text).toContain("+49 151 2345678");

  const uk = translator("uk");
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(seeker.email));
  expect(confirmation.subject).toBe(uk("Mail.contactRequestSent.subject" as never, { title: offer.title } as never));
  expect(confirmation.envelopeTo).toEqual([seeker.email]);
  const headers = [...confirmation.parsed.headers.values()].map((value) => JSON.stringify(value)).join("\n");
  expect(`${confirmation.html}\n${confirmation.text}\n${headers}`).not.toContain(offer.email);
  expect(confirmation.text).toContain("Olena Kovalenko");
  expect(confirmation.text).not.toContain("BCC");
  expect(linksIn(confirmation)).toContain(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/${offer.id}`);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a seeker on the Ukrainian page sends a request; the landlord gets German facts and the Ukrainian words", async ({
    browser,
    page,
  }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung für Anfragen");
    const seeker = { email: `seeker-${uniqueSuffix()}@example.test`, message: `Добрий день! Ми родина з Харкова ${uniqueSuffix()}` };
    const path = `/uk/${SEEDED_REGION}/findflats/${offer.id}/kontakt`;

    await page.goto(`/uk/${SEEDED_REGION}/findflats/${offer.id}`);
    // The landlord's address is on no page.
    await expect(page.locator("body")).not.toContainText(offer.email);
    await pressAndWaitForPage(page, page.getByRole("link", { name: translator("uk")("Listing.requestContact" as never) }));
    await expect(page).toHaveURL(`${E2E_BASE_URL}${path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "uk");

    // Sent empty: localized field errors, nothing sent.
    const form = contactForm(page, "uk");
    await pressAndWaitForPage(page, form.submit);
    await expectFieldError(form.name, form.t("ContactRequest.errors.required" as never));
    await expectFieldError(form.phone, form.t("ContactRequest.errors.reachable" as never));

    await fillContactForm(page, "uk", seeker);
    await pressAndWaitForPage(page, form.submit);
    await expect(page).toHaveURL(`${E2E_BASE_URL}${path}/gesendet`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.t("ContactRequest.sent.heading" as never));
    await expectMails(offer, seeker);
  });

  test("a message with a link is refused with a field error and nothing is sent", async ({ browser, page }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung ohne Spam");
    const seeker = { email: `spam-${uniqueSuffix()}@example.test`, message: "Günstige Kredite: https://kredite.example" };
    await page.goto(`/${SEEDED_REGION}/findflats/${offer.id}/kontakt`);
    const form = await fillContactForm(page, "de", seeker);
    await pressAndWaitForPage(page, form.submit);
    await expectFieldError(form.message, "Bitte schreiben Sie keine Links oder Internetadressen in die Nachricht.");
    await expect(form.message).toHaveValue(seeker.message);
    await expect(form.consent).toBeChecked();
    await waitForAbsence(page);
    expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(seeker.email) || mail.text.includes("kredite"))).toEqual([]);
  });
});

test.describe("with JavaScript", () => {
  test.use({ javaScriptEnabled: true });

  test("the form checks in place, then sends and leads on", async ({ browser, page }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung mit Skript");
    const seeker = { email: `seeker-${uniqueSuffix()}@example.test`, message: `Дякуємо за пропозицію ${uniqueSuffix()}` };
    const path = `/uk/${SEEDED_REGION}/findflats/${offer.id}/kontakt`;
    await page.goto(path);
    const form = contactForm(page, "uk");
    await form.submit.click();
    await expectFieldError(form.name, form.t("ContactRequest.errors.required" as never));
    // The summary of what to correct takes the focus, as it does without JavaScript; its first link leads to the name.
    const summary = page.getByRole("alert").filter({ has: page.getByRole("link") });
    await expect(summary).toBeFocused();
    await summary.getByRole("link").first().click();
    await expect(form.name).toBeFocused();
    expect(page.url()).toBe(`${E2E_BASE_URL}${path}`);

    await fillContactForm(page, "uk", seeker);
    await form.submit.click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}${path}/gesendet`);
    await expectMails(offer, seeker);
  });

  test("the contact page has no accessibility violations in any language", async ({ browser, page }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung barrierefrei");
    for (const prefix of ["", "/uk", "/en", "/ru", "/ar"]) {
      await page.goto(`${prefix}/${SEEDED_REGION}/findflats/${offer.id}/kontakt`);
      await page.getByRole("button").last().waitFor();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations, prefix || "/de").toEqual([]);
    }
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  });
});

test.describe("with JavaScript, accessibility of what comes after the form", () => {
  test.use({ javaScriptEnabled: true });

  /** One offer for the five languages, published through the real form and mail links; its requests page's token. */
  let offer: SubmittedOffer;
  let token: string;
  let offerPath: string;
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage({ baseURL: E2E_BASE_URL });
    offer = await submitOffer(page, catcher, { titlePrefix: "Wohnung mit barrierefreien Anfragen" });
    const published = await publishOffer(page, catcher, offer);
    const requestsLink = linksIn(published).find((link) => link.endsWith("/anfragen"));
    if (!requestsLink) throw new Error("No requests link in the management mail");
    token = tokenOf(requestsLink);
    await page.goto(listingPath("de"));
    offerPath = (await page.getByRole("link", { name: offer.title }).getAttribute("href")) ?? "";
    expect(offerPath).toMatch(/\/findflats\/[0-9a-f-]{36}$/);
    await page.close();
  });

  for (const locale of languages) {
    test(`${locale}: the sent page, and the landlord's requests page taking requests and paused, have no accessibility violations`, async ({
      page,
    }) => {
      const t = translator(locale as TestLocale);
      const prefix = prefixOf(locale);

      // Where the form leads after sending: for a seeker who left an e-mail address, and one who left only a phone number.
      for (const [query, note] of [["", "byMail"], ["?telefon=1", "byPhone"]] as const) {
        const sentPath = `${prefix}${offerPath}/kontakt/gesendet${query}`;
        await page.goto(sentPath);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ContactRequest.sent.heading" as never));
        await expect(page.getByRole("status")).toContainText(t(`ContactRequest.sent.${note}` as never));
        await expectNoAxeViolations(page, sentPath);
      }

      // The page behind the management mail's requests button: taking requests, then paused, then taking them again.
      const linkPath = `${prefix}/${SEEDED_REGION}/angebot/${token}/anfragen`;
      await page.goto(linkPath);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("OfferLink.requests.title" as never));
      await expect(page.getByText(offer.title)).toBeVisible();
      const pause = page.getByRole("button", { name: t("OfferLink.requests.pauseButton" as never) });
      await expect(pause).toBeVisible();
      await expectNoAxeViolations(page, `${linkPath} (taking requests)`);

      await pressAndWaitForPage(page, pause);
      await expect(page.getByRole("status")).toHaveText(t("OfferLink.requests.paused" as never));
      const resume = page.getByRole("button", { name: t("OfferLink.requests.resumeButton" as never) });
      await expect(resume).toBeVisible();
      await expectNoAxeViolations(page, `${linkPath} (paused)`);

      await pressAndWaitForPage(page, resume);
      await expect(page.getByRole("status")).toHaveText(t("OfferLink.requests.resumed" as never));
      await expect(pause).toBeVisible();
      await expectNoAxeViolations(page, `${linkPath} (taking requests again)`);
    });
  }
});

test.describe("the landlord stays in control", () => {
  test.use({ javaScriptEnabled: false });

  test("the management mail's requests button opens a page that changes nothing, and its button pauses and resumes", async ({
    page,
  }) => {
    const offer = await submitOffer(page, catcher, { titlePrefix: "Wohnung mit Pause" });
    const published = await publishOffer(page, catcher, offer);
    expect(published.text).toContain("Bisher: keine Anfrage.");
    const requestsLink = linksIn(published).find((link) => link.endsWith("/anfragen"));
    expect(requestsLink).toBeDefined();
    await page.goto(listingPath("de"));
    const offerPath = await page.getByRole("link", { name: offer.title }).getAttribute("href");
    const card = page.getByRole("article").filter({ hasText: offer.title });
    await expect(card).not.toContainText("Nimmt gerade keine Kontaktanfragen an");

    // A mail scanner's GET changes nothing: the offer page still leads to the form.
    await page.goto(requestsLink!);
    await expect(page.getByRole("main")).toContainText("Kontaktanfragen: werden angenommen, bisher 0");
    await page.goto(offerPath!);
    await expect(page.getByRole("link", { name: "Kontakt anfragen" })).toBeVisible();

    await page.goto(requestsLink!);
    await pressAndWaitForPage(page, page.getByRole("button", { name: "Keine Anfragen mehr" }));
    await expect(page.getByRole("status")).toHaveText("Ihr Angebot nimmt jetzt keine Kontaktanfragen mehr an. Es bleibt online.");
    await page.goto(offerPath!);
    await expect(page.getByRole("link", { name: "Kontakt anfragen" })).toHaveCount(0);
    await expect(page.getByRole("main")).toContainText("Bitte wenden Sie sich an die Kommune");
    await page.goto(`${offerPath}/kontakt`);
    await expect(page.getByRole("main")).toContainText("Dieses Angebot nimmt gerade keine Kontaktanfragen an.");
    await expect(page.getByRole("button", { name: "Anfrage senden" })).toHaveCount(0);
    await page.goto(listingPath("de"));
    await expect(card).toContainText("Nimmt gerade keine Kontaktanfragen an");

    await page.goto(requestsLink!);
    await pressAndWaitForPage(page, page.getByRole("button", { name: "Wieder Anfragen annehmen" }));
    await expect(page.getByRole("status")).toHaveText("Ihr Angebot nimmt jetzt wieder Kontaktanfragen an.");
    await page.goto(offerPath!);
    await expect(page.getByRole("link", { name: "Kontakt anfragen" })).toBeVisible();
  });
});

test.describe("without JavaScript, over the limit", () => {
  test.use({ javaScriptEnabled: false });

  test("requests beyond the client address's hour get the 429 page and send nothing", async ({ browser, page }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung mit Grenze");
    let refused = false;
    for (let attempt = 0; attempt <= requestsPerHour && !refused; attempt++) {
      const seeker = { email: `limit-${uniqueSuffix()}@example.test`, message: `Versuch ${attempt}` };
      await page.goto(`/${SEEDED_REGION}/findflats/${offer.id}/kontakt`);
      const form = await fillContactForm(page, "de", seeker);
      const answer = page.waitForResponse((response) => response.request().method() === "POST");
      await form.submit.click();
      const response = await answer;
      if (response.status() === 429) {
        refused = true;
        expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
        await waitForAbsence(page);
        expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(seeker.email))).toEqual([]);
      }
    }
    expect(refused).toBe(true);
  });
});

test.describe("with JavaScript, over the limit", () => {
  test("the request beyond the client address's hour is refused in place, with 429: what was typed stays and nothing is sent", async ({
    browser,
  }) => {
    const offer = await publishedOffer(browser, catcher, "Wohnung mit Grenze und Skript");
    // A client address of this test's own (documentation range), so that no other test's requests count against it.
    const suffix = uniqueSuffix();
    const address = `2001:db8::${suffix.slice(0, 4)}:${suffix.slice(4)}`;
    const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: true, extraHTTPHeaders: { "x-forwarded-for": address } });
    const page = await context.newPage();
    const path = `/uk/${SEEDED_REGION}/findflats/${offer.id}/kontakt`;
    const form = contactForm(page, "uk");

    // Counted per fixed hour: should the hour turn during the test, a second round of requests gets through.
    let sent = 0;
    let refused: { seeker: { email: string; message: string }; status: number; headers: Record<string, string>; action: string | null } | undefined;
    for (let attempt = 1; attempt <= 2 * requestsPerHour + 1 && !refused; attempt++) {
      const seeker = { email: `limit-js-${uniqueSuffix()}@example.test`, message: `Спроба ${attempt} ${uniqueSuffix()}` };
      await page.goto(path);
      await fillContactForm(page, "uk", seeker);
      const answer = page.waitForResponse((response) => response.request().method() === "POST");
      await form.submit.click();
      const response = await answer;
      if (response.status() === 429) {
        refused = { seeker, status: response.status(), headers: response.headers(), action: await response.request().headerValue("next-action") };
      } else {
        await expect(page).toHaveURL(`${E2E_BASE_URL}${path}/gesendet`);
        sent++;
      }
    }
    expect(refused, "the request was never refused").toBeDefined();
    const { seeker, headers, action } = refused!;
    expect(sent).toBeGreaterThanOrEqual(requestsPerHour);
    // The Server Action answered (the form did not fall back to a plain post and the proxy's 429 page).
    expect(action).toBeTruthy();
    expect(Number(headers["retry-after"])).toBeGreaterThanOrEqual(1);

    // In place, in Ukrainian, focused, with the region's address to write to instead.
    const alert = page.getByRole("alert").filter({ hasText: form.t("ContactRequest.errors.rateLimited" as never) });
    await expect(alert).toBeVisible();
    await expect(alert).toBeFocused();
    await expect(alert.getByRole("link", { name: regionContactEmail })).toHaveAttribute("href", `mailto:${regionContactEmail}`);
    expect(page.url()).toBe(`${E2E_BASE_URL}${path}`);
    await expect(form.email).toHaveValue(seeker.email);
    await expect(form.message).toHaveValue(seeker.message);
    await expect(form.name).toHaveValue("Olena Kovalenko");
    await expect(form.consent).toBeChecked();

    // The landlord got the requests sent before, and not the refused one; the seeker got no confirmation.
    await expect.poll(() => catcher.mails.filter(requestMailTo(offer.email)).length).toBe(sent);
    await waitForAbsence(page);
    expect(catcher.mails.filter(requestMailTo(offer.email))).toHaveLength(sent);
    expect(catcher.mails.filter((mail) => mail.envelopeTo.includes(seeker.email) || mail.text.includes(seeker.message))).toEqual([]);
    await context.close();
  });
});
