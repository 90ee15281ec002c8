import { expect, type Browser, type Locator } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import { publishedOffer, translator } from "./support/offers";
import { test } from "./support/test";

/**
 * A refugee on a phone, in Ukrainian: what matters is on the first screen. On a filtered search the first result
 * (not the filters) is; on an offer page the way to get in touch is. The offer leads with a heading in Ukrainian
 * composed from its facts; the landlord's German words follow, marked as German, so a screen reader pronounces them
 * right and the browser can offer to translate them. Checked on two common phone screens, with and without
 * JavaScript.
 */

const uk = translator("uk");
const phones = [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
];

let catcher: MailCatcher;
let offer: { title: string; id: string };

test.beforeAll(async ({ browser, mailCatcher }) => {
  catcher = mailCatcher;
  // Filled in on the German form: a free room for two in Musterhausen-Süd.
  offer = await publishedOffer(browser, catcher, "Zimmer fürs Telefon");
});

/** Whether the element ends within the first screen, without scrolling. */
async function expectOnFirstScreen(element: Locator, height: number, what: string) {
  await expect(element, what).toBeVisible();
  const box = await element.boundingBox();
  expect(box, what).not.toBeNull();
  expect(box!.y + box!.height, `${what} ends at ${box!.y + box!.height}px of ${height}px`).toBeLessThanOrEqual(height);
}

function phoneContext(browser: Browser, viewport: { width: number; height: number }, javaScriptEnabled: boolean) {
  return browser.newContext({ baseURL: E2E_BASE_URL, viewport, isMobile: true, hasTouch: true, javaScriptEnabled, locale: "uk-UA" });
}

for (const viewport of phones) {
  for (const javaScriptEnabled of [true, false]) {
    const setting = `${viewport.width}×${viewport.height}, ${javaScriptEnabled ? "with" : "without"} JavaScript`;

    test(`${setting}: a filtered Ukrainian search shows its first result on the first screen, the filters folded into one line`, async ({
      browser,
    }) => {
      const context = await phoneContext(browser, viewport, javaScriptEnabled);
      const page = await context.newPage();
      await page.goto(`/uk/${SEEDED_REGION}/findflats/suche?beds=2`);
      const filters = page.locator("details").filter({ has: page.getByText(uk("Filters.toggle")) });
      await expect(filters).not.toHaveAttribute("open");
      // The folded line names the active filter.
      await expect(filters.locator("summary")).toContainText(uk("SearchAlert.filter.beds", { count: 2 }));
      const firstResult = page.getByRole("article").first().getByRole("heading", { level: 2 });
      await expectOnFirstScreen(firstResult, viewport.height, "the first result's heading");
      // The filters open in place.
      await filters.locator("summary").click();
      await expect(page.getByRole("button", { name: uk("Filters.submit") })).toBeVisible();
      await context.close();
    });

    test(`${setting}: an offer page shows how to get in touch on the first screen, below a Ukrainian heading and the landlord's German title`, async ({
      browser,
    }) => {
      const context = await phoneContext(browser, viewport, javaScriptEnabled);
      const page = await context.newPage();
      await page.goto(`/uk/${SEEDED_REGION}/findflats/${offer.id}`);
      const heading = page.getByRole("heading", { level: 1 });
      await expect(heading).toHaveText(
        [uk("Enums.type.ROOM"), uk("Listing.headingRooms", { count: 1 }), uk("Listing.headingBeds", { count: 2 }), "16 м²", "Musterhausen-Süd", uk("Listing.freeOfCharge")].join(" · "),
      );
      const landlordTitle = page.getByText(offer.title, { exact: true });
      await expect(landlordTitle).toHaveAttribute("lang", "de");
      expect(await heading.getAttribute("lang")).toBeNull();
      await expect(page.locator("html")).toHaveAttribute("lang", "uk");
      await expect(page.getByText(uk("Listing.originalText", { language: "de" })).first()).toBeVisible();
      expect((await heading.boundingBox())!.y).toBeLessThan((await landlordTitle.boundingBox())!.y);
      // The description too is marked as the landlord's German.
      await expect(page.getByText("Ruhige Lage, Bus in 3 Minuten.", { exact: false })).toHaveAttribute("lang", "de");

      const contact = page.locator("section[aria-labelledby=offer-contact]").locator(".button").first();
      await expectOnFirstScreen(contact, viewport.height, "the first contact action");
      await context.close();
    });
  }
}

test("on a Ukrainian card the heading is Ukrainian, the landlord's title German, and both lead to the offer", async ({ page }) => {
  await page.goto(`/uk/${SEEDED_REGION}/findflats/suche?place=${encodeURIComponent("Musterhausen-Süd")}`);
  const card = page.getByRole("article").filter({ hasText: offer.title });
  await expect(card.getByRole("heading", { level: 2 })).toContainText(uk("Enums.type.ROOM"));
  await expect(card.getByText(offer.title, { exact: true })).toHaveAttribute("lang", "de");
  await expect(card.getByText(uk("Listing.originalText", { language: "de" }))).toBeVisible();
  // Five facts decide: rent, beds and rooms, place, free from, type.
  await expect(card.locator("dt")).toHaveText([
    uk("Listing.rent"),
    uk("Listing.bedsAndRooms"),
    uk("Listing.place"),
    uk("Listing.availableFrom"),
    uk("Listing.type"),
  ]);
  await card.getByRole("link").click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/findflats/${offer.id}`);
});

for (const [prefix, name] of [["", "Deutsch"], ["/uk", "Українська"], ["/ar", "العربية"]]) {
  test(`${prefix || "/de"}: the language switcher takes one line at 360 px and shows the page's language without scrolling`, async ({
    browser,
  }) => {
    const context = await phoneContext(browser, phones[1], false);
    const page = await context.newPage();
    await page.goto(`${prefix}/${SEEDED_REGION}/findflats`);
    const switcher = page.getByRole("banner").getByRole("navigation");
    const current = switcher.getByRole("link", { name, exact: true });
    await expect(current).toHaveAttribute("aria-current", "page");
    const [line, box] = [await switcher.locator("ul").boundingBox(), await current.boundingBox()];
    expect(line!.height, "one line of links").toBeLessThan(3 * 16);
    expect(box!.x, `${name} starts within the screen`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${name} ends within the screen`).toBeLessThanOrEqual(phones[1].width);
    await context.close();
  });
}

for (const prefix of ["", "/uk", "/en", "/ru", "/ar"]) {
  test(`${prefix || "/de"}: axe finds nothing on the phone's listing, search with its filters open, and offer page`, async ({ browser }) => {
    const context = await phoneContext(browser, phones[1], true);
    const page = await context.newPage();
    await page.goto(`${prefix}/${SEEDED_REGION}/findflats`);
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/${SEEDED_REGION}/findflats/suche?beds=2&free=1`);
    await page.locator("details summary").first().click();
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/${SEEDED_REGION}/findflats/${offer.id}`);
    await expectNoAxeViolations(page);
    await context.close();
  });
}

