import { expect, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import {
  fillOfferForm,
  formPath,
  linkPath,
  offerForm,
  publishOffer,
  startsWith,
  submitOffer,
  translator,
  uniqueSuffix,
} from "./support/offers";
import { test } from "./support/test";

/**
 * The offer form with JavaScript, as a landlord on a phone meets it: what is typed survives a reload as a draft in
 * the browser (never on the server), the form shows its sections and which of them are complete, and a failed send
 * lists every error at the top, each a link into its field. (Without JavaScript: offer-form-no-js.spec.ts.)
 */

const de = translator("de");
const draftKey = `offer-draft:${SEEDED_REGION}`;

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

const draftNotice = (page: Page) => page.getByRole("status").filter({ hasText: /^Ihr Entwurf vom .+ wurde wiederhergestellt\./ });
const startAgain = (page: Page) => page.getByRole("button", { name: de("OfferForm.draft.startAgain") });
const storedDraft = (page: Page) => page.evaluate((key) => localStorage.getItem(key), draftKey);

test("a draft survives a reload, without the consent, and is gone once the offer is sent", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Zimmer mit Entwurf ${suffix}`;
  const email = `entwurf-${suffix}@example.test`;
  const form = offerForm(page, de);

  await page.goto(formPath("de"));
  await expect(draftNotice(page)).toHaveCount(0);
  await fillOfferForm(page, de, { title, email, durationDays: 30 });
  await expect(form.privacyConsent).toBeChecked();

  // The browser keeps the offer's fields, but neither the consent nor the bot check's fields.
  const draft = JSON.parse((await storedDraft(page)) ?? "null") as { savedAt: number; values: Record<string, unknown> };
  expect(draft.values).toMatchObject({ title, contactEmail: email, type: "ROOM", languages: ["uk"], durationDays: "30" });
  expect(Object.keys(draft.values)).not.toContain("privacyConsent");
  expect(Object.keys(draft.values)).not.toContain("website");
  expect(Object.keys(draft.values)).not.toContain("formStartedAt");

  // A reload (a locked phone, a dropped tab) brings it all back, with a notice; the consent is given anew.
  await page.reload();
  await expect(draftNotice(page)).toBeVisible();
  await expect(draftNotice(page)).toContainText("nur in diesem Browser auf diesem Gerät gespeichert");
  await expect(form.title).toHaveValue(title);
  await expect(form.contactEmail).toHaveValue(email);
  await expect(form.place).toHaveValue("Musterhausen-Süd");
  await expect(form.description).toHaveValue("Ruhige Lage, Bus in 3 Minuten. Bettwäsche ist vorhanden.");
  await expect(form.type("ROOM")).toBeChecked();
  await expect(form.residents("LANDLORD")).toBeChecked();
  await expect(form.hostType("COUPLE")).toBeChecked();
  await expect(form.furnished).toBeChecked();
  await expect(form.language("uk")).toBeChecked();
  await expect(form.language("de")).not.toBeChecked();
  await expect(form.duration(30)).toBeChecked();
  await expect(form.duration(14)).not.toBeChecked();
  await expect(form.privacyConsent).not.toBeChecked();

  // Sent, the draft is gone: the form starts empty again.
  await form.privacyConsent.check();
  await form.submit.click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten/gesendet`);
  await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
  await expect.poll(() => storedDraft(page)).toBeNull();
  await page.goto(formPath("de"));
  await expect(form.submit).toBeVisible();
  await expect(draftNotice(page)).toHaveCount(0);
  await expect(form.title).toHaveValue("");
  await expect(form.contactEmail).toHaveValue("");
  await expect(form.type("ROOM")).not.toBeChecked();
  await expect(form.duration(14)).toBeChecked();
});

test("“start again” empties the form and drops the draft", async ({ page }) => {
  const form = offerForm(page, de);
  const contactRequests = page.getByLabel(startsWith(de("OfferForm.fields.contactRequests.label")));
  await page.goto(formPath("de"));
  await form.type("HOUSE").check();
  await form.title.fill(`Haus am Waldrand ${uniqueSuffix()}`);
  await form.showName.check();
  await contactRequests.uncheck();

  await page.reload();
  await expect(draftNotice(page)).toBeVisible();
  await expect(form.type("HOUSE")).toBeChecked();
  await expect(contactRequests).not.toBeChecked();
  await startAgain(page).click();

  await expect(draftNotice(page)).toHaveCount(0);
  await expect(form.title).toHaveValue("");
  await expect(form.type("HOUSE")).not.toBeChecked();
  await expect(form.showName).not.toBeChecked();
  // A new form's own defaults are back.
  await expect(contactRequests).toBeChecked();
  await expect(form.duration(14)).toBeChecked();
  // The cursor waits in the form's first field.
  await expect(form.type("FLAT")).toBeFocused();
  expect(await storedDraft(page)).toBeNull();

  await page.reload();
  await expect(form.submit).toBeVisible();
  await expect(draftNotice(page)).toHaveCount(0);
  await expect(form.title).toHaveValue("");
});

test("the change form of a stored offer neither restores nor keeps a draft", async ({ page }) => {
  const offer = await submitOffer(page, catcher, { titlePrefix: "Wohnung mit Änderung" });
  await publishOffer(page, catcher, offer);
  const form = offerForm(page, de);
  const draftTitle = `Entwurf eines neuen Angebots ${uniqueSuffix()}`;
  await page.goto(formPath("de"));
  await form.title.fill(draftTitle);

  await page.goto(linkPath(offer.token, "aendern"));
  await expect(form.title).toHaveValue(offer.title);
  await expect(draftNotice(page)).toHaveCount(0);
  await form.title.fill(`${offer.title} (geändert)`);
  expect(JSON.parse((await storedDraft(page)) ?? "null")).toMatchObject({ values: { title: draftTitle } });
});

test("a failed send lists every error at the top with their count, each link putting the cursor in its field", async ({ page }) => {
  const form = offerForm(page, de);
  await page.goto(formPath("de"));
  await form.submit.click();

  // The summary takes the focus (GOV.UK's pattern); nothing was sent.
  const summary = page.getByRole("alert", { name: /^Bitte prüfen Sie/ });
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten`);
  const count = Number(/folgende (\d+) Angaben:$/.exec((await summary.getByRole("heading").textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(5);
  const links = summary.getByRole("link");
  await expect(links).toHaveCount(count);
  // Every error next to a field is in the summary, and nothing else.
  await expect(page.locator("form [id$='-error']")).toHaveCount(count);
  await expect(links.first()).toHaveText("Art der Unterkunft: Bitte wählen Sie eine der Möglichkeiten aus.");
  await expect(summary.getByRole("link", { name: "Überschrift: Bitte füllen Sie dieses Feld aus." })).toBeVisible();
  await expect(summary.getByRole("link", { name: /^Bitte stimmen Sie der Datenschutzerklärung zu/ })).toBeVisible();

  // Each link leads into its field.
  for (const link of await links.all()) {
    const target = (await link.getAttribute("href"))?.slice(1) ?? "";
    await link.click();
    await expect(page.locator(`[id="${target}"]`)).toBeFocused();
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  }
  await summary.getByRole("link", { name: /^Überschrift:/ }).click();
  await expect(form.title).toBeFocused();

  // A corrected field leaves the list, and the count follows.
  await form.title.fill("Helles Zimmer in der Altstadt");
  await form.place.click();
  await expect(summary.getByRole("heading")).toHaveText(`Bitte prüfen Sie folgende ${count - 1} Angaben:`);
  await expect(links).toHaveCount(count - 1);
  await expect(summary.getByRole("link", { name: /^Überschrift:/ })).toHaveCount(0);

  // Sent again with the errors left, the summary takes the focus again.
  await form.submit.click();
  await expect(summary).toBeFocused();
});

test("the sections are listed at the top, each complete or still open, and each heading says where it stands", async ({ page }) => {
  const form = offerForm(page, de);
  await page.goto(formPath("de"));
  const progress = page.getByRole("navigation", { name: "Die 9 Abschnitte des Formulars" });
  const sections = progress.getByRole("listitem");
  await expect(sections).toHaveText([
    "Ihr Angebot – noch offen",
    "Größe – noch offen",
    "Wer wohnt dort? – noch offen",
    "Zeitraum – noch offen",
    "Kosten – noch offen",
    // Nothing is required here.
    "Ausstattung – vollständig",
    "Ihre Kontaktdaten – noch offen",
    "Wie können Interessierte Sie erreichen? – vollständig",
    "Anzeigedauer und Absenden – noch offen",
  ]);
  await expect(progress).toContainText("Vollständig: 2 von 9 Abschnitten");
  await expect(page.getByRole("group", { name: "Abschnitt 2 von 9 Größe" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Abschnitt 5 von 9 Kosten" })).toBeVisible();
  await expect(page.getByText("Abschnitt 9 von 9", { exact: true })).toBeVisible();

  await fillOfferForm(page, de, { title: `Zimmer mit Fortschritt ${uniqueSuffix()}`, email: "fortschritt@example.test", privacyConsent: false });
  await expect(progress).toContainText("Vollständig: 8 von 9 Abschnitten");
  await expect(sections.last()).toHaveText("Anzeigedauer und Absenden – noch offen");
  await form.privacyConsent.check();
  await expect(progress).toContainText("Vollständig: 9 von 9 Abschnitten");
  await expect(sections.last()).toHaveText("Anzeigedauer und Absenden – vollständig");
  // A wrong entry opens its section again.
  await form.postalCode.fill("123");
  await expect(sections.first()).toHaveText("Ihr Angebot – noch offen");

  // Each entry leads to its section.
  await progress.getByRole("link", { name: "Kosten" }).click();
  await expect(page).toHaveURL(/#offer-section-costs$/);
  await expect(page.getByRole("group", { name: "Abschnitt 5 von 9 Kosten" })).toBeInViewport();
});
