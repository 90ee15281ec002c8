import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_CRON_SECRET, FEW_LANGUAGES_REGION, SEEDED_REGION } from "./support/constants";
import { linksIn, type CaughtMail, type MailCatcher } from "./support/mail-catcher";
import { submitOffer } from "./support/offers";
import { test } from "./support/test";

const municipalMailbox = "kommune@musterhausen.example";

let catcher: MailCatcher;
test.beforeAll(({ mailCatcher }) => {
  catcher = mailCatcher;
});

function linkTo(mail: CaughtMail, segment: string): string {
  const link = linksIn(mail).find((href) => href.includes("/angebot/") && href.endsWith(`/${segment}`));
  if (!link) throw new Error(`No ${segment} link in "${mail.subject}"`);
  return link;
}

async function fillOfferForm(page: Page, title: string, email: string) {
  await page.getByLabel("Überschrift").fill(title);
  await page.getByLabel("Beschreibung").fill("Ruhige Lage, Bus in 3 Minuten. Bettwäsche ist vorhanden.");
  await page.getByRole("radio", { name: "Zimmer in einer Wohnung" }).check();
  await page.getByLabel("Ort oder Stadtteil").fill("Musterhausen-Süd");
  await page.getByLabel("Postleitzahl").fill("12349");
  await page.getByLabel("Anzahl der Zimmer").fill("1");
  await page.getByLabel("Wohnfläche").fill("16");
  await page.getByLabel("Schlafplätze").fill("2");
  await page.getByRole("radio", { name: "Nein, die Unterkunft ist frei" }).check();
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
  await page.getByLabel("Frei ab").fill(today);
  await page.getByRole("radio", { name: "Kostenlos", exact: true }).check();
  await page.getByLabel("Möbliert").check();
  await page.getByLabel("Katzen erlaubt").check();
  await page.getByRole("checkbox", { name: "Ukrainisch" }).check();
  await page.getByLabel("Ihr Name").fill("Erika Gastfreundlich");
  await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill(email);
  await page.getByLabel("Meinen Namen anzeigen").check();
  await page.getByRole("radio", { name: "7 Tage" }).check();
  await page.getByRole("checkbox", { name: /Datenschutzerklärung/ }).check();
}

test("a landlord offers a room, confirms it, extends it and reports it placed", async ({ page, request }) => {
  const suffix = randomBytes(4).toString("hex");
  const title = `Zimmer mit Blick ins Grüne ${suffix}`;
  const email = `erika-${suffix}@example.test`;

  // The form shows localized errors and stores nothing while it is invalid.
  await page.goto(`/${SEEDED_REGION}/anbieten`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnraum für Geflüchtete anbieten");
  await page.getByRole("button", { name: "Angebot absenden" }).click();
  await expect(page.getByLabel("Überschrift")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Bitte füllen Sie dieses Feld aus.").first()).toBeVisible();
  // The summary of what to correct receives the focus; its first link leads to the form's first field, the type of
  // accommodation (e2e/offer-form.spec.ts follows every link).
  const summary = page.getByRole("alert").filter({ has: page.getByRole("link") });
  await expect(summary).toBeFocused();
  await summary.getByRole("link").first().click();
  await expect(page.getByRole("radio", { name: "Ganze Wohnung" })).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/anbieten$`));

  await fillOfferForm(page, title, email);
  await page.getByRole("button", { name: "Angebot absenden" }).click();
  await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/anbieten/gesendet$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bitte bestätigen Sie Ihr Angebot");
  await expect(page.getByText("48 Stunden").first()).toBeVisible();
  // It names the address the mail went to (the URL does not carry it) and the management mail's buttons.
  const main = page.getByRole("main");
  await expect(main).toContainText(`Wir haben eine E-Mail mit einem Bestätigungslink an ${email} geschickt.`);
  expect(page.url()).not.toContain(suffix);
  await expect(main.getByRole("listitem")).toHaveText([
    "Manchmal dauert es einige Minuten, bis die E-Mail ankommt.",
    /Spam/,
    /tragen Sie Ihr Angebot bitte neu ein/,
    "die Anzeige um 7 Tage zu verlängern,",
    "die Angaben zu ändern, zum Beispiel Miete, Text oder Termin,",
    "das Angebot zu löschen,",
    /^zu melden, dass Sie Ihren Wohnraum vermittelt haben/,
    /E-Mail:/,
    /Telefon:/,
  ]);
  // The address comes from an encrypted, http-only cookie sent to this page only.
  const sentCookies = (await page.context().cookies()).filter((cookie) => cookie.name === "offer_sent_to");
  expect(sentCookies).toHaveLength(1);
  const [sentCookie] = sentCookies;
  expect(sentCookie).toMatchObject({ path: `/${SEEDED_REGION}/anbieten/gesendet`, httpOnly: true });
  expect(sentCookie.value).not.toContain(suffix);
  // Rendered for this browser only: no shared cache keeps it, and without its cookie the page names no address.
  const sentPage = await page.request.get(`/${SEEDED_REGION}/anbieten/gesendet`);
  expect(sentPage.headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);
  expect(await sentPage.text()).toContain(email);
  const elsewhere = await page.request.get(`/${FEW_LANGUAGES_REGION}/anbieten/gesendet`);
  expect(await elsewhere.text()).not.toContain(email);
  const withoutCookie = await request.get(`/${SEEDED_REGION}/anbieten/gesendet`);
  expect(withoutCookie.status()).toBe(200);
  expect(await withoutCookie.text()).not.toContain(email);

  // The confirmation mail reaches the landlord and, by BCC, the municipality.
  const confirmation = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email) && mail.subject.includes(title));
  expect(confirmation.envelopeTo).toContain(municipalMailbox);
  expect(confirmation.to).toEqual([email]);
  const confirmLink = linkTo(confirmation, "bestaetigen");

  // Nothing is public before the confirmation, and opening the link changes nothing by itself.
  await page.goto(confirmLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angebot bestätigen");
  await page.goto(`/uk/${SEEDED_REGION}/findflats`);
  await expect(page.getByText(title)).toHaveCount(0);

  await page.goto(confirmLink);
  await page.getByRole("button", { name: "Jetzt bestätigen und veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot ist jetzt veröffentlicht");
  await expect(page.getByRole("status")).toContainText("verlängern, ändern oder löschen");

  const published = await catcher.waitForMail((mail) => mail.envelopeTo.includes(email) && mail !== confirmation);
  expect(published.envelopeTo).toContain(municipalMailbox);
  // The management mail leads with the everyday buttons and ends with the deleting ones.
  const buttons = ["Anzeige um 7 Tage verlängern", "Angaben ändern", "Angebot löschen", "Erfolgreich vermittelt"];
  const positions = buttons.map((label) => published.text.indexOf(label));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(linksIn(published).filter((href) => href.includes("/angebot/")).map((href) => href.split("/").pop())).toEqual([
    "verlaengern",
    "aendern",
    "anfragen",
    "loeschen",
    "vermittelt",
  ]);

  // The confirmation page and the mail both lead to the published offer.
  await page.getByRole("link", { name: "Ihr veröffentlichtes Angebot ansehen" }).click();
  await expect(page).toHaveURL(new RegExp(`/${SEEDED_REGION}/findflats/[0-9a-f-]{36}$`));
  await expect(page.getByRole("main")).toContainText(title);
  const offerUrl = page.url();
  expect(linksIn(published)).toContain(offerUrl);
  await page.goto(linksIn(published).find((href) => href.includes("/findflats/"))!);
  await expect(page.getByRole("main")).toContainText(title);

  // The Ukrainian listing shows the offer with translated labels and the landlord's own text as written.
  await page.goto(`/uk/${SEEDED_REGION}/findflats`);
  const card = page.getByRole("article").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Кімната в квартирі");
  await expect(card).toContainText("безкоштовно");
  await expect(card).not.toContainText(email);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  // Features and the landlord's name are on the offer's page.
  await card.getByRole("link").click();
  await expect(page.getByRole("main")).toContainText("з меблями");
  await expect(page.getByRole("main")).toContainText("Erika Gastfreundlich");
  await expect(page.getByRole("main")).not.toContainText(email);
  await page.goBack();

  // Extend by seven days.
  await page.goto(linkTo(published, "verlaengern"));
  await page.getByRole("button", { name: "Um 7 Tage verlängern" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wird jetzt bis");
  await catcher.waitForMail((mail) => mail.envelopeTo.includes(email) && mail.subject.includes("verlängert"));

  // Delete as "placed, I'd like further advice": gone from the listing at once.
  await page.goto(linkTo(published, "vermittelt"));
  await page.getByRole("button", { name: "Löschen und Beratung anfragen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wurde gelöscht");
  await page.goto(`/uk/${SEEDED_REGION}/findflats`);
  await expect(page.getByText(title)).toHaveCount(0);
  await page.goto(`/${SEEDED_REGION}/findflats`);
  await expect(page.getByText(title)).toHaveCount(0);

  // The link now explains the state; pressing nothing, opening it again, changes nothing.
  await page.goto(linkTo(published, "loeschen"));
  await expect(page.getByRole("status")).toContainText("bereits gelöscht");
  await expect(page.getByRole("button", { name: "Angebot jetzt löschen" })).toHaveCount(0);
});

test("without JavaScript the sent page names the address too, in the landlord's language", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const offer = await submitOffer(page, catcher, { locale: "uk" });
    await expect(page.getByRole("main")).toContainText(
      `Ми надіслали лист із посиланням для підтвердження на адресу ${offer.email}.`,
    );
    // Left to right inside any text around it.
    await expect(page.getByRole("main").locator("bdi[dir=ltr]", { hasText: offer.email })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("mail links send no referrer and are neither cached nor indexed", async ({ page, request }) => {
  const token = "A".repeat(43);
  const response = await request.get(`/${SEEDED_REGION}/angebot/${token}/loeschen`);
  expect(response.status()).toBe(200);
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");

  // A link followed from such a page tells no one, not even this site, where it came from.
  await page.goto(`/${SEEDED_REGION}/angebot/${token}/loeschen`);
  // With JavaScript the link fetches the next page's data rather than navigating: the same policy applies.
  const followed = page.waitForRequest((each) => new URL(each.url()).pathname.endsWith("/anbieten"));
  await page.getByRole("link", { name: "Angebot neu eintragen" }).click();
  expect((await (await followed).allHeaders())["referer"]).toBeUndefined();

  expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
  expect(response.headers()["cache-control"]).toContain("no-store");
  expect(await response.text()).toContain("Dieser Link ist ungültig");
});

test("the expiry job requires the cron secret and reports counts", async ({ request }) => {
  expect((await request.get("/api/cron/expire")).status()).toBe(401);
  expect((await request.get("/api/cron/expire", { headers: { Authorization: "Bearer wrong" } })).status()).toBe(401);
  const response = await request.get("/api/cron/expire", { headers: { Authorization: `Bearer ${E2E_CRON_SECRET}` } });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ expired: expect.any(Number), purged: expect.any(Number) });
});

test("an unknown city is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/atlantis/findflats");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  // No dead end: the page leads to the start page, which lists the regions.
  await page.getByRole("main").getByRole("link", { name: "Zur Startseite" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
});

test("the listing is served from the cache, not rendered per visitor", async ({ request }) => {
  await request.get(`/${SEEDED_REGION}/findflats`);
  const response = await request.get(`/${SEEDED_REGION}/findflats`);
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
});

test("the development mailbox does not exist while SMTP_URL is set", async ({ request }) => {
  expect((await request.get("/dev/mailbox")).status()).toBe(404);
});
