import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { publishOffer, submitOffer, type SubmittedOffer } from "./support/offers";
import { test } from "./support/test";

/**
 * axe-core's WCAG 2.1 A and AA rules on every public page, in German and in Arabic (right to left), with an
 * offer in the listing so that cards, detail and report pages have content. Plus the keyboard path through
 * the page's top.
 */

/** Opens a page that must answer 2xx: a 404 fails the test like any other error. */
async function openPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} answers ${response?.status()}`).toBe(true);
}

let catcher: MailCatcher;
let offer: SubmittedOffer;
/** Path of the published offer's page below the language prefix, e.g. "/musterhausen/findflats/<id>". */
let offerPath: string;

test.beforeAll(async ({ browser, mailCatcher }) => {
  catcher = mailCatcher;
  const page = await browser.newPage();
  offer = await submitOffer(page, catcher, { titlePrefix: "Barrierefreies Zimmer zur Prüfung" });
  await publishOffer(page, catcher, offer);
  await page.goto(`/${SEEDED_REGION}/findflats`);
  const href = await page.getByRole("link", { name: offer.title }).getAttribute("href");
  offerPath = href ?? "";
  await page.close();
});

for (const prefix of ["", "/ar"]) {
  const language = prefix ? "Arabic" : "German";

  test.describe(`${language} pages`, () => {
    test(`the listing`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/findflats`);
      await expect(page.getByRole("link", { name: offer.title })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`the filtered listing`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/findflats/suche?beds=1&sort=rent`);
      await expectNoAxeViolations(page);
    });

    test(`the landlord form, empty and after a failed submit`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/anbieten`);
      await expectNoAxeViolations(page);
      await page.locator("form button[type=submit]").click();
      // The error summary (Next.js's route announcer is an alert too).
      await expect(page.getByRole("alert").filter({ has: page.getByRole("link") })).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test(`the landlord form with a restored draft and its sections marked complete or open`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/anbieten`);
      await page.locator("form input[name=title]").fill("Helles Zimmer mit Balkon");
      await page.reload();
      await expect(page.locator("form input[name=title]")).toHaveValue("Helles Zimmer mit Balkon");
      await expect(page.getByRole("status").filter({ has: page.getByRole("button") })).toBeVisible();
      await expect(page.locator("form progress")).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`the "mail sent" page, naming the address the mail went to`, async ({ page }) => {
      const sent = await submitOffer(page, catcher, { locale: prefix ? "ar" : "de" });
      await expect(page.getByRole("main").locator("bdi", { hasText: sent.email })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`a mail link page, valid and invalid`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/angebot/${offer.token}/verlaengern`);
      await expect(page.getByText(offer.title)).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`${prefix}/${SEEDED_REGION}/angebot/not-a-real-token/bestaetigen`);
      await expectNoAxeViolations(page);
    });

    test(`the search alert form, empty and after a failed submit, its "mail sent" page and an alert's invalid link`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/findflats/benachrichtigen?beds=2&free=1`);
      await expectNoAxeViolations(page);
      await page.locator("form button[type=submit]").click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`${prefix}/${SEEDED_REGION}/findflats/benachrichtigen/gesendet`);
      await expectNoAxeViolations(page);
      await page.goto(`${prefix}/${SEEDED_REGION}/suchauftrag/not-a-real-token/abbestellen`);
      await expectNoAxeViolations(page);
    });

    test(`the change page, filled and after a failed save`, async ({ page }) => {
      await page.goto(`${prefix}/${SEEDED_REGION}/angebot/${offer.token}/aendern`);
      await expect(page.locator("form input[name=title]")).toHaveValue(offer.title);
      await expectNoAxeViolations(page);
      await page.locator("form input[name=title]").fill("");
      await page.locator("form button[type=submit]").click();
      await expect(page.locator("form input[name=title]")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page);
    });

    test(`the offer's page`, async ({ page }) => {
      await openPage(page, `${prefix}${offerPath}`);
      await expectNoAxeViolations(page);
    });

    test(`the report form, empty and after a failed submit`, async ({ page }) => {
      await openPage(page, `${prefix}${offerPath}/melden`);
      await expectNoAxeViolations(page);
      await page.locator("form button[type=submit]").click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`the privacy policy and the imprint`, async ({ page }) => {
      for (const path of ["datenschutz", "impressum"]) {
        await page.goto(`${prefix}/${SEEDED_REGION}/${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
      }
    });

    test(`the QR code page`, async ({ page }) => {
      await openPage(page, `${prefix}/${SEEDED_REGION}/qr`);
      await expectNoAxeViolations(page);
    });

    test(`a poster, in one language and bilingual`, async ({ page }) => {
      await openPage(page, `${prefix}/${SEEDED_REGION}/qr/plakat/${prefix ? "ar" : "de"}`);
      await expectNoAxeViolations(page);
      await openPage(page, `${prefix}/${SEEDED_REGION}/qr/plakat/uk-de`);
      await expectNoAxeViolations(page);
    });
  });
}

/** The focused element, its text and whether it shows a focus outline. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    return {
      text: element.textContent?.trim(),
      inSwitcher: Boolean(element.closest("header nav")),
      // Yellow outline and a dark inner ring: one of the two stands out on any background.
      outline:
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && style.boxShadow.includes("rgb(26, 26, 26)"),
    };
  });
}

for (const [prefix, skipText, firstLanguage] of [
  ["", "Zum Inhalt springen", "Deutsch"],
  ["/ar", "الانتقال إلى المحتوى", "العربية"],
] as const) {
  test(`keyboard (${prefix || "/de"}): the skip link comes first, then the languages, the page's own first, each with a visible focus outline`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/${SEEDED_REGION}/findflats`);

    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ text: skipText, inSwitcher: false, outline: true });
    await expect(page.getByRole("link", { name: skipText })).toBeInViewport();

    await page.keyboard.press("Tab");
    expect(await focused(page)).toEqual({ text: firstLanguage, inSwitcher: true, outline: true });

    // The skip link moves on to the main content: the next Tab lands inside <main>.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  });
}

/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels nothing scrolls sideways, in every language (Ukrainian and Russian words
 * are long, Arabic runs right to left), with the listing's filters open.
 */
test.describe("at 320 CSS pixels wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const prefix of ["", "/uk", "/en", "/ru", "/ar"]) {
    test(`${prefix || "/de"}: the listing with its filters open, an offer, its report form and the landlord form fit the width`, async ({
      page,
    }) => {
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

      await page.goto(`${prefix}/${SEEDED_REGION}/findflats`);
      await page.locator("details summary").first().click();
      await expect(page.locator("details").first()).toHaveAttribute("open", "");
      expect(await overflow(), "the listing scrolls sideways").toBe(0);

      for (const path of [offerPath, `${offerPath}/melden`, `/${SEEDED_REGION}/anbieten`]) {
        await page.goto(`${prefix}${path}`);
        expect(await overflow(), `${prefix}${path} scrolls sideways`).toBe(0);
      }
    });
  }
});
