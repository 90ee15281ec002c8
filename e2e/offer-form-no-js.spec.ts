import { expect } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import type { MailCatcher } from "./support/mail-catcher";
import {
  expectFieldError,
  expectNoFieldError,
  fillOfferForm,
  formPath,
  linkTo,
  listingPath,
  mailsTo,
  municipalMailbox,
  offerForm,
  pressAndWaitForPage,
  todayInGermany,
  translator,
  uniqueSuffix,
  waitForAbsence,
} from "./support/offers";
import { test } from "./support/test";

// Landlords with JavaScript switched off (or a script that failed to load) get the same form as a plain HTML form.
test.use({ javaScriptEnabled: false });

const de = translator("de");
const uk = translator("uk");

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

test("without JavaScript, the empty form comes back with German errors and stores nothing", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Kellerzimmer ohne Angaben ${suffix}`;
  const email = `leer-${suffix}@example.test`;
  const form = offerForm(page, de);

  await page.goto(`/${SEEDED_REGION}/anbieten`);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await pressAndWaitForPage(page, page.getByRole("button", { name: "Angebot absenden" }));

  // The same page again, now with a summary of what to correct, each entry linking to its field.
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnraum für Geflüchtete anbieten");
  const summary = page.getByRole("alert");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading")).toHaveText(/^Bitte prüfen Sie folgende \d+ Angaben:$/);
  await expect(
    summary.getByRole("link", { name: "Art der Unterkunft: Bitte wählen Sie eine der Möglichkeiten aus." }),
  ).toHaveAttribute("href", "#offer-type-FLAT");
  await expect(summary.getByRole("link", { name: "Überschrift: Bitte füllen Sie dieses Feld aus." })).toHaveAttribute(
    "href",
    "#offer-title",
  );
  await expect(
    summary.getByRole("link", { name: "Postleitzahl: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein." }),
  ).toBeVisible();
  await expect(summary.getByRole("link", { name: /^Bitte stimmen Sie der Datenschutzerklärung zu/ })).toHaveAttribute(
    "href",
    "#offer-privacyConsent",
  );

  // The cursor is in the first field to correct (autofocus, as no script can move it).
  await expect(form.type("FLAT")).toBeFocused();

  // Each error also stands next to its field and is part of the field's description.
  await expectFieldError(form.type("FLAT"), "Bitte wählen Sie eine der Möglichkeiten aus.", form.typeGroup);
  await expectFieldError(form.title, "Bitte füllen Sie dieses Feld aus.");
  await expectFieldError(form.place, "Bitte füllen Sie dieses Feld aus.");
  await expectFieldError(form.postalCode, "Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.");
  await expectFieldError(form.availableFrom, "Bitte füllen Sie dieses Feld aus.");
  await expectFieldError(form.rentType("RENTED"), "Bitte wählen Sie eine der Möglichkeiten aus.", form.rentTypeGroup);
  await expectFieldError(form.coldRent, "Bitte geben Sie die Kaltmiete an – oder wählen Sie „Kostenlos“.");
  await expectFieldError(
    form.contactEmail,
    "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
  );
  await expectFieldError(
    form.privacyConsent,
    "Bitte stimmen Sie der Datenschutzerklärung zu, damit wir Ihr Angebot speichern können.",
  );
  // Optional fields left empty are fine.
  await expectNoFieldError(form.description);
  await expectNoFieldError(form.areaSqm);

  // With only a title and an address the form still comes back; nothing is stored and no mail goes out.
  await form.title.fill(title);
  await form.contactEmail.fill(email);
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten`);
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(form.title).toHaveValue(title);
  await expect(form.contactEmail).toHaveValue(email);
  await expectNoFieldError(form.title);
  await expectFieldError(form.place, "Bitte füllen Sie dieses Feld aus.");

  await waitForAbsence(page);
  expect(mailsTo(catcher, email)).toHaveLength(0);
  for (const locale of ["de", "uk"] as const) {
    await page.goto(listingPath(locale));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(title)).toHaveCount(0);
  }
});

test("without JavaScript, a form with errors keeps what was typed, the consent included, and is then sent", async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const shortTitle = "Zu kurz";
  const title = `Dachzimmer mit Gaube ${suffix}`;
  const email = `korrektur-${suffix}@example.test`;
  const place = `Musterhausen-Ost ${suffix}`;
  const description = `Zweite Etage, kein Aufzug.\nEinkaufen in 5 Minuten zu Fuß. ${suffix}`;
  const form = offerForm(page, de);

  await page.goto(`/${SEEDED_REGION}/anbieten`);
  await fillOfferForm(page, de, { title: shortTitle, email, place, description, postalCode: "123", durationDays: 30 });
  await form.rentType("RENTED").check();
  await form.coldRent.fill("450");
  await form.rentType("FREE").check();
  await expect(form.privacyConsent).toBeChecked();
  await pressAndWaitForPage(page, form.submit);

  // Exactly the two wrong fields are named, in the summary and at the fields.
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten`);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("Bitte prüfen Sie folgende 2 Angaben:");
  await expect(summary.getByRole("listitem")).toHaveText([
    "Überschrift: Bitte geben Sie mindestens 10 Zeichen ein.",
    "Postleitzahl: Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.",
  ]);
  await expect(form.title).toBeFocused();
  await expectFieldError(form.title, "Bitte geben Sie mindestens 10 Zeichen ein.");
  await expectFieldError(form.postalCode, "Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.");
  await expectNoFieldError(form.place);
  await expectNoFieldError(form.description);
  await expectNoFieldError(form.privacyConsent);
  await expect(summary).not.toContainText("Datenschutzerklärung");

  // What was typed and chosen is still there …
  await expect(form.title).toHaveValue(shortTitle);
  await expect(form.postalCode).toHaveValue("123");
  await expect(form.place).toHaveValue(place);
  await expect(form.description).toHaveValue(description);
  await expect(form.rooms).toHaveValue("1");
  await expect(form.beds).toHaveValue("2");
  await expect(form.availableFrom).toHaveValue(todayInGermany());
  await expect(form.contactName).toHaveValue("Erika Gastfreundlich");
  await expect(form.contactEmail).toHaveValue(email);
  await expect(form.type("ROOM")).toBeChecked();
  // Free: the rent typed before choosing it is out of sight, and kept as typed.
  await expect(form.rentType("FREE")).toBeChecked();
  await expect(form.coldRent).toHaveCount(0);
  await expect(page.locator('input[name="coldRent"]')).toHaveValue("450");
  await expect(form.furnished).toBeChecked();
  await expect(form.catsAllowed).toBeChecked();
  await expect(form.residents("LANDLORD")).toBeChecked();
  await expect(form.residentCount).toHaveValue("2");
  await expect(form.hostType("COUPLE")).toBeChecked();
  await expect(form.language("uk")).toBeChecked();
  await expect(form.language("de")).not.toBeChecked();
  await expect(form.showName).toBeChecked();
  await expect(form.duration(30)).toBeChecked();
  await expect(form.duration(14)).not.toBeChecked();
  // … the landlord's own consent as well: a correction needs no second tick.
  await expect(form.privacyConsent).toBeChecked();

  // Corrected, the offer is sent.
  await form.title.fill(title);
  await form.postalCode.fill("12349");
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten/gesendet`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bitte bestätigen Sie Ihr Angebot");

  // One confirmation mail to the landlord, and by BCC to the municipality, with the corrected values.
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
  expect(confirmation.subject).toBe(`Bitte bestätigen Sie Ihr Wohnraumangebot „${title}“`);
  expect(confirmation.to).toEqual([email]);
  expect(confirmation.envelopeTo).toContain(municipalMailbox);
  expect(confirmation.text).toContain(`12349 ${place}`);
  expect(confirmation.text).toContain("30 Tage");
  expect(linkTo(confirmation, "bestaetigen")).toMatch(
    new RegExp(`^${E2E_BASE_URL}/${SEEDED_REGION}/angebot/[A-Za-z0-9_-]{43}/bestaetigen$`),
  );
  await waitForAbsence(page);
  expect(mailsTo(catcher, email)).toHaveLength(1);
});

test("without JavaScript, the Ukrainian form speaks Ukrainian and sends a Ukrainian mail", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Кімната біля парку ${suffix}`;
  const email = `ukr-${suffix}@example.test`;
  const form = offerForm(page, uk);

  await page.goto(formPath("uk"));
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("OfferForm.heading"));
  await expect(form.title).toBeVisible();
  await expect(form.postalCode).toBeVisible();
  await expect(form.contactEmail).toBeVisible();
  await expect(form.type("ROOM")).toBeVisible();
  await expect(form.submit).toBeVisible();
  await expect(page.getByRole("button", { name: de("OfferForm.submit") })).toHaveCount(0);

  // Wrong and missing input: Ukrainian errors.
  await form.title.fill("Коротко");
  await form.postalCode.fill("123");
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}${formPath("uk")}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText(/^Будь ласка, перевірте дані/);
  await expect(summary).toContainText(
    `${uk("OfferForm.fields.title.label")}: ${uk("OfferForm.errors.tooShort", { min: 10 })}`,
  );
  await expectFieldError(form.title, uk("OfferForm.errors.tooShort", { min: 10 }));
  await expectFieldError(form.postalCode, uk("OfferForm.errors.postalCode"));
  await expectFieldError(form.place, uk("OfferForm.errors.required"));
  await expectFieldError(form.contactEmail, uk("OfferForm.errors.email"));
  await expectFieldError(form.privacyConsent, uk("OfferForm.errors.consent"));
  await expectFieldError(form.type("FLAT"), uk("OfferForm.errors.choice"), form.typeGroup);
  await expect(page.getByText(de("OfferForm.errors.required"))).toHaveCount(0);
  await expect(form.title).toHaveValue("Коротко");

  // Valid: the Ukrainian "sent" page and a Ukrainian confirmation mail whose link stays Ukrainian.
  await fillOfferForm(page, uk, { title, email });
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/uk/${SEEDED_REGION}/anbieten/gesendet`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("OfferSubmitted.heading"));

  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
  expect(confirmation.subject).toBe(uk("Mail.confirmation.subject", { title }));
  expect(confirmation.envelopeTo).toContain(municipalMailbox);
  const confirmLink = linkTo(confirmation, "bestaetigen");
  expect(confirmLink).toMatch(
    new RegExp(`^${E2E_BASE_URL}/uk/${SEEDED_REGION}/angebot/[A-Za-z0-9_-]{43}/bestaetigen$`),
  );

  // The link's page is Ukrainian too; opening it publishes nothing.
  await page.goto(confirmLink);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(uk("OfferLink.confirm.title"));
  await expect(
    page.getByText(`${uk("OfferLink.status")}: ${uk("OfferLink.statusValue.PENDING_CONFIRMATION")}`),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: uk("OfferLink.confirm.button") })).toBeVisible();
  await page.goto(listingPath("uk"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("without JavaScript, the confirm, extend and delete pages work as plain forms", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Einliegerwohnung am Bach ${suffix}`;
  const email = `ohne-js-${suffix}@example.test`;
  const form = offerForm(page, de);

  await page.goto(`/${SEEDED_REGION}/anbieten`);
  await fillOfferForm(page, de, { title, email });
  await pressAndWaitForPage(page, form.submit);
  await expect(page).toHaveURL(`${E2E_BASE_URL}/${SEEDED_REGION}/anbieten/gesendet`);
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email));
  expect(confirmation.envelopeTo).toContain(municipalMailbox);

  // Confirm.
  await page.goto(linkTo(confirmation, "bestaetigen"));
  await expect(page.getByText("Status: noch nicht bestätigt")).toBeVisible();
  await pressAndWaitForPage(page, page.getByRole("button", { name: "Jetzt bestätigen und veröffentlichen" }));
  await expect(page.getByRole("status")).toContainText("Vielen Dank! Ihr Angebot ist jetzt veröffentlicht");
  await expect(page.getByRole("button", { name: "Jetzt bestätigen und veröffentlichen" })).toHaveCount(0);
  const published = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === `Ihr Wohnraumangebot „${title}“ ist online`,
  );
  expect(published.envelopeTo).toContain(municipalMailbox);

  await page.goto(listingPath("de"));
  const card = page.getByRole("article").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Musterhausen-Süd");

  // Extend.
  await page.goto(linkTo(published, "verlaengern"));
  await pressAndWaitForPage(page, page.getByRole("button", { name: "Um 7 Tage verlängern" }));
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wird jetzt bis");
  await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === `Ihr Wohnraumangebot „${title}“ wurde verlängert`,
  );

  // Delete.
  await page.goto(linkTo(published, "loeschen"));
  await pressAndWaitForPage(page, page.getByRole("button", { name: "Angebot jetzt löschen" }));
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wurde gelöscht und wird nicht mehr angezeigt.");
  await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === `Ihr Wohnraumangebot „${title}“ wurde gelöscht`,
  );
  await page.goto(listingPath("de"));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("without JavaScript, how many live there and which household are asked only when someone does", async ({ page }) => {
  const t = translator("de");
  const form = offerForm(page, t);
  await page.goto(formPath("de"));
  // Before a choice, and with others living there, both questions are there.
  await expect(form.residentCount).toBeVisible();
  await form.residents("OTHERS").check();
  await expect(form.residentCount).toBeVisible();
  await expect(form.hostType("SHARED_FLAT")).toBeVisible();
  await form.residents("NOBODY").check();
  await expect(form.residentCount).toBeHidden();
  await expect(form.hostType("SHARED_FLAT")).toBeHidden();
  await form.residents("LANDLORD").check();
  await expect(form.residentCount).toBeVisible();
});

test("without JavaScript, the sections are listed at the top, each heading says where it stands, and the summary's links lead to the fields", async ({
  page,
}) => {
  const form = offerForm(page, de);
  await page.goto(formPath("de"));
  // No draft and no check of what is complete without a script: the list of sections, each a link.
  const progress = page.getByRole("navigation", { name: "Die 9 Abschnitte des Formulars" });
  await expect(progress.getByRole("link")).toHaveText([
    "Ihr Angebot",
    "Größe",
    "Wer wohnt dort?",
    "Zeitraum",
    "Kosten",
    "Ausstattung",
    "Ihre Kontaktdaten",
    "Wie können Interessierte Sie erreichen?",
    "Anzeigedauer und Absenden",
  ]);
  await expect(progress).not.toContainText("vollständig");
  await expect(page.getByRole("group", { name: "Abschnitt 1 von 9 Ihr Angebot" })).toBeVisible();
  await progress.getByRole("link", { name: "Ihre Kontaktdaten" }).click();
  await expect(page).toHaveURL(/#offer-section-contact$/);
  await expect(page.getByRole("group", { name: "Abschnitt 7 von 9 Ihre Kontaktdaten" })).toBeInViewport();

  await page.goto(formPath("de"));
  await pressAndWaitForPage(page, form.submit);
  const summary = page.getByRole("alert");
  await summary.getByRole("link", { name: /^Postleitzahl:/ }).click();
  await expect(page).toHaveURL(/#offer-postalCode$/);
  await expect(form.postalCode).toBeInViewport();
  await expect(form.postalCode).toBeFocused();
});
