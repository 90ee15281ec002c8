import { expect } from "@playwright/test";
import type { MailCatcher } from "./support/mail-catcher";
import { mailsTo, submitOffer, translator, waitForAbsence } from "./support/offers";
import { test } from "./support/test";

/**
 * Twenty landlords' tabs pressing the same confirm button at once: twenty parallel POSTs of the button's form
 * reach the server. Only PostgreSQL runs them on separate connections (PGlite has one), so this runs in
 * CI's second e2e pass, with DATABASE_URL.
 */
test.skip(!process.env.DATABASE_URL, "needs PostgreSQL (DATABASE_URL): PGlite serializes all requests on one connection");

const de = translator("de");
const tabs = 20;
const confirmButton = "Jetzt bestätigen und veröffentlichen";

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

test("twenty simultaneous confirm presses publish the offer once, with one management mail", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const offer = await submitOffer(page, catcher, { titlePrefix: "Wohnung für zwanzig Klicks" });
  const publishedSubject = de("Mail.published.subject", { title: offer.title });

  // Without JavaScript each press is a plain form POST, answered with a redirect to the button's page.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const pages = await Promise.all(Array.from({ length: tabs }, () => context.newPage()));
  for (const tab of pages) {
    await tab.goto(offer.confirmLink);
    await expect(tab.getByRole("button", { name: confirmButton })).toBeVisible();
  }
  await Promise.all(pages.map((tab) => tab.getByRole("button", { name: confirmButton }).click()));

  const statuses = await Promise.all(
    pages.map(async (tab) => {
      const status = tab.getByRole("status");
      await expect(status).toContainText(/Ihr Angebot ist (jetzt|bereits) veröffentlicht/, { timeout: 60_000 });
      return status.innerText();
    }),
  );
  expect(statuses.filter((text) => text.includes("Ihr Angebot ist jetzt veröffentlicht"))).toHaveLength(1);
  expect(statuses.filter((text) => text.includes("Ihr Angebot ist bereits veröffentlicht"))).toHaveLength(tabs - 1);

  await catcher.waitForMail((mail) => mail.envelopeTo.includes(offer.email) && mail.subject === publishedSubject);
  await waitForAbsence(page);
  expect(mailsTo(catcher, offer.email, publishedSubject)).toHaveLength(1);
  expect(mailsTo(catcher, offer.email)).toHaveLength(2);
  await context.close();
});
