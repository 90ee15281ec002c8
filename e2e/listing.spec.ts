import { expect, type Locator, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./support/constants";
import { daysFromToday, publishListingOffer, type ListedOffer } from "./support/listing-offers";
import type { MailCatcher } from "./support/mail-catcher";
import { escapeRegExp, linkTo, pressAndWaitForPage } from "./support/offers";
import { test } from "./support/test";

const listing = `/${SEEDED_REGION}/findflats`;

let catcher: MailCatcher;
let family: ListedOffer;
let freeRoom: ListedOffer;
let cheapFlat: ListedOffer;

// Published in this order, so "newest first" is cheapFlat, freeRoom, family; "cheapest first" is freeRoom (free),
// cheapFlat (300 + 100 €), family (600 + 150 €).
test.beforeAll(async ({ browser, mailCatcher }) => {
  test.setTimeout(240_000);
  catcher = mailCatcher;
  const page = await browser.newPage({ baseURL: E2E_BASE_URL });
  family = await publishListingOffer(page, catcher, {
    titlePrefix: "Familienwohnung am Park",
    type: "FLAT",
    rooms: "3",
    beds: "5",
    areaSqm: "72",
    place: "Musterhausen-Nord",
    postalCode: "12345",
    description: "Zweite Etage mit Balkon.\nSchule und Kindergarten in der Nähe.",
    rent: { cold: "600", running: "150", deposit: "1200" },
    pets: ["catsAllowed", "dogsAllowed"],
    languages: ["de", "uk"],
    contactName: "Olena Kowalenko",
    phone: "0170 1234567",
    showEmail: true,
  });
  freeRoom = await publishListingOffer(page, catcher, {
    titlePrefix: "Kostenloses Zimmer im Erdgeschoss",
    type: "ROOM",
    rooms: "1",
    beds: "1",
    areaSqm: "14",
    place: "Musterhausen-Mitte",
    postalCode: "12346",
    description: "Ebenerdig erreichbar.",
    rent: { cold: "300", running: "80", freeAtFirst: true },
    residents: { kind: "OTHERS", count: "3", hostType: "SHARED_FLAT" },
    furnished: true,
    barrierFree: true,
    lgbtiqFriendly: true,
    languages: ["ru"],
    contactName: "Peter Stein",
  });
  cheapFlat = await publishListingOffer(page, catcher, {
    titlePrefix: "Kleine Wohnung ab nächstem Monat",
    type: "FLAT",
    rooms: "2",
    beds: "3",
    areaSqm: "48",
    place: "Musterhausen-Süd",
    postalCode: "12349",
    description: "Ruhig gelegen.",
    availableInDays: 30,
    rent: { cold: "300", running: "100" },
    languages: ["en"],
    contactName: "Anna Berg",
    showEmail: true,
  });
  await page.close();
});

function card(page: Page, offer: ListedOffer): Locator {
  return page.getByRole("article").filter({ has: page.getByText(offer.title, { exact: true }) });
}

/** The value (dd) of a fact (dt) in a card or on an offer's page. */
function fact(scope: Locator, label: string): Locator {
  return scope
    .locator("dl > div")
    .filter({ has: scope.page().locator("dt", { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .locator("dd");
}

function germanDate(iso: string): string {
  return new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeZone: "Europe/Berlin" }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}

/**
 * The landlords' titles of the cards in order, on this page and the ones after it (other specs publish offers too;
 * each card's link holds the composed heading and the title).
 */
async function listedTitles(page: Page): Promise<string[]> {
  const titles = await page.getByRole("article").getByRole("link").locator("[lang]").allTextContents();
  const next = page.getByRole("link", { name: "Nächste Seite" });
  if ((await next.count()) === 0) return titles;
  await page.goto((await next.getAttribute("href"))!);
  return [...titles, ...(await listedTitles(page))];
}

async function expectListed(page: Page, shown: ListedOffer[], hidden: ListedOffer[]) {
  for (const offer of shown) await expect(card(page, offer)).toBeVisible();
  for (const offer of hidden) await expect(card(page, offer)).toHaveCount(0);
}

test("a card shows what decides a visit, and its title leads to the whole offer", async ({ page }) => {
  await page.goto(listing);
  const familyCard = card(page, family);
  // What it is, composed from the facts; the landlord's title below it.
  await expect(familyCard.getByRole("heading", { level: 2 })).toHaveText("Ganze Wohnung · 3 Zimmer · 5 Betten · 72 m² · Musterhausen-Nord · 750 €");
  await expect(familyCard.getByText(family.title, { exact: true })).toBeVisible();
  // The five facts that decide; the rest is on the offer's page.
  await expect(familyCard.locator("dt")).toHaveText(["Miete", "Betten und Zimmer", "Ort", "Frei ab", "Art"]);
  await expect(fact(familyCard, "Miete")).toHaveText(/^750\s€$/);
  await expect(fact(familyCard, "Betten und Zimmer")).toHaveText("5 Betten · 3 Zimmer");
  await expect(fact(familyCard, "Ort")).toHaveText("12345 Musterhausen-Nord");
  await expect(fact(familyCard, "Frei ab")).toHaveText(germanDate(daysFromToday(0)));
  await expect(fact(familyCard, "Art")).toHaveText("Ganze Wohnung");
  // The description and the contact details are on the offer's own page.
  await expect(familyCard).not.toContainText("0170 1234567");
  await expect(familyCard).not.toContainText(family.email);

  const freeCard = card(page, freeRoom);
  await expect(fact(freeCard, "Miete")).toHaveText(/^zunächst kostenlos, später 300\s€ \+ 80\s€ Nebenkosten$/);
  await expect(freeCard.getByRole("heading", { level: 2 })).toContainText("zunächst kostenlos");
  await expect(fact(card(page, cheapFlat), "Frei ab")).toHaveText(germanDate(daysFromToday(30)));

  await familyCard.getByRole("link", { name: family.title }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(family.path)}$`));
  await expect(page.getByRole("article").getByText(family.title, { exact: true })).toBeVisible();
});

test("an offer's page shows everything, with tap-to-call and tap-to-mail, in the visitor's language", async ({ page }) => {
  await page.goto(family.path);
  await expect(page.getByRole("article").getByText(family.title, { exact: true })).toBeVisible();
  const description = page.getByRole("region", { name: "Beschreibung" }).locator("p");
  await expect(description).toHaveText("Zweite Etage mit Balkon.\nSchule und Kindergarten in der Nähe.");
  await expect(description).toHaveAttribute("dir", "auto");
  const article = page.getByRole("article");
  await expect(fact(article, "Kaution")).toHaveText(/^1\.200\s€$/);
  await expect(fact(article, "Miete gesamt")).toHaveText(/^750\s€$/);
  await expect(fact(article, "Betten / Personen")).toHaveText("5");
  await expect(fact(article, "Fläche")).toHaveText("72 m²");
  await expect(fact(article, "Frei bis")).toHaveText("unbefristet");
  await expect(fact(article, "Kaltmiete")).toHaveText(/^600\s€$/);
  await expect(fact(article, "Nebenkosten")).toHaveText(/^150\s€$/);
  await expect(fact(article, "Spricht")).toHaveText("Deutsch und Ukrainisch");
  await expect(fact(article, "Wohnt dort schon")).toHaveText("niemand");
  await expect(article.getByRole("list", { name: "Ausstattung" }).getByRole("listitem")).toHaveText(["Katzen erlaubt", "Hunde erlaubt"]);
  await expect(article).toContainText(`Eingestellt am ${germanDate(daysFromToday(0))}`);

  const contact = page.getByRole("region", { name: "Kontakt" });
  await expect(contact).toContainText("Olena Kowalenko");
  const call = contact.getByRole("link", { name: "Anrufen: 0170 1234567" });
  await expect(call).toHaveAttribute("href", "tel:01701234567");
  await expect(contact.getByRole("link", { name: `E-Mail schreiben: ${family.email}` })).toHaveAttribute(
    "href",
    `mailto:${family.email}`,
  );
  expect((await call.boundingBox())?.height).toBeGreaterThanOrEqual(44);

  await expect(page.getByRole("link", { name: "Dieses Angebot melden" })).toHaveAttribute(
    "href",
    `${listing}/${family.id}/melden`,
  );
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");

  await page.goto(`/uk${family.path}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  await expect(page.getByRole("article").getByText(family.title, { exact: true })).toBeVisible();
  await expect(page.getByText("Уся квартира")).toBeVisible();
  await expect(page.getByRole("link", { name: "Зателефонувати: 0170 1234567" })).toHaveAttribute("href", "tel:01701234567");
  await expect(page.getByRole("link", { name: "Повідомити про цю пропозицію" })).toHaveAttribute(
    "href",
    `/uk${listing}/${family.id}/melden`,
  );

  // In Arabic, right to left, the number and the address stay one left-to-right run each ("0170 1234567" would
  // otherwise be shown as "1234567 0170").
  await page.goto(`/ar${family.path}`);
  await expect(page.locator('a[href="tel:01701234567"] bdi[dir="ltr"]')).toHaveText("0170 1234567");
  await expect(page.locator(`a[href="mailto:${family.email}"] bdi[dir="ltr"]`)).toHaveText(family.email);
  await page.goto(`/ar${listing}/${family.id}/melden`);
  await expect(page.locator("#reported-offer + p bdi")).toHaveText(/^\d{5} /);
  await page.goto(`/ar/${SEEDED_REGION}/anbieten`);
  await expect(page.locator('[id$="contactPhone-hint"] bdi[dir="ltr"]')).toHaveText(["0821 123456", "+49 821 123456"]);

  // A landlord who published neither phone nor e-mail: visitors reach the landlord through a contact request.
  await page.goto(freeRoom.path);
  await expect(fact(page.getByRole("article"), "Miete")).toHaveText(/^zunächst kostenlos, später 300\s€ \+ 80\s€ Nebenkosten$/);
  await expect(fact(page.getByRole("article"), "Wohnt dort schon")).toHaveText("andere Personen (3 Personen)");
  await expect(fact(page.getByRole("article"), "Zusammenleben mit")).toHaveText("Wohngemeinschaft");
  const requestOnly = page.getByRole("region", { name: "Kontakt" });
  await expect(requestOnly.getByRole("link", { name: "Kontakt anfragen" })).toHaveAttribute("href", `${freeRoom.path}/kontakt`);
  await expect(requestOnly).not.toContainText("keine Kontaktdaten veröffentlicht");
  await expect(requestOnly.getByRole("link", { name: /^(Anrufen|E-Mail schreiben)/ })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  /** Opens the folded filter form on the listing, lets `fill` set it and sends it. */
  async function search(page: Page, fill: (form: Locator) => Promise<unknown>) {
    await page.goto(listing);
    await page.getByText("Filtern und sortieren").click();
    const form = page.getByRole("search", { name: "Filtern und sortieren" });
    await fill(form);
    await pressAndWaitForPage(page, form.getByRole("button", { name: "Angebote anzeigen" }));
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(listing)}/suche\\?`));
    // The results come first; the filters, folded into one line, open in place.
    await page.getByText("Filtern und sortieren").click();
    return page.getByRole("search", { name: "Filtern und sortieren" });
  }

  test("the filter form narrows the listing and keeps what was chosen", async ({ page }) => {
    let form = await search(page, (form) => form.getByLabel("Personen / Betten, mindestens").fill("4"));
    await expect(page).toHaveURL(/beds=4/);
    await expectListed(page, [family], [freeRoom, cheapFlat]);
    await expect(form.getByLabel("Personen / Betten, mindestens")).toHaveValue("4");

    await search(page, async (form) => {
      await form.getByLabel("Art der Unterkunft").selectOption({ label: "Ganze Wohnung" });
      await form.getByLabel("Höchstens, in Euro pro Monat (Kaltmiete und Nebenkosten)").fill("500");
    });
    await expectListed(page, [cheapFlat], [family, freeRoom]);

    form = await search(page, (form) => form.getByLabel("Nur kostenlose Unterkünfte").check());
    await expectListed(page, [freeRoom], [family, cheapFlat]);
    await expect(form.getByLabel("Nur kostenlose Unterkünfte")).toBeChecked();

    await search(page, (form) => form.getByLabel("Zimmer, mindestens").fill("2"));
    await expectListed(page, [family, cheapFlat], [freeRoom]);

    form = await search(page, (form) => form.getByLabel("Haustiere erlaubt").selectOption({ label: "Hunde" }));
    await expect(page).toHaveURL(/pets=DOG/);
    await expectListed(page, [family], [freeRoom, cheapFlat]);
    await expect(form.getByLabel("Haustiere erlaubt")).toHaveValue("DOG");

    await search(page, (form) => form.getByLabel("LGBTIQ-freundlich").check());
    await expectListed(page, [freeRoom], [family, cheapFlat]);

    // The places of the current offers, each with its postal codes and number of offers.
    form = await search(page, async (form) => {
      const place = form.getByLabel("Ort", { exact: true });
      await expect(place.locator("option", { hasText: /^Musterhausen-Süd \(.*12349.*\): \d+ Angebot/ })).toHaveCount(1);
      await place.selectOption("Musterhausen-Mitte");
    });
    await expectListed(page, [freeRoom], [family, cheapFlat]);
    await expect(form.getByLabel("Ort", { exact: true })).toHaveValue("Musterhausen-Mitte");

    await search(page, (form) => form.getByRole("group", { name: "Ausstattung" }).getByLabel("Barrierefrei").check());
    await expectListed(page, [freeRoom], [family, cheapFlat]);

    await search(page, (form) => form.getByLabel("Sprache der anbietenden Person").selectOption({ label: "Russisch" }));
    await expectListed(page, [freeRoom], [family, cheapFlat]);

    // Moving in next week: the flat that is free only in a month is left out.
    await search(page, (form) => form.getByLabel("Einzug am").fill(daysFromToday(7)));
    await expectListed(page, [family, freeRoom], [cheapFlat]);

    await page.getByRole("link", { name: "Alle Filter zurücksetzen" }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(listing)}$`));
    await expectListed(page, [family, freeRoom, cheapFlat], []);
  });

  test("the listing sorts by newest or by total rent", async ({ page }) => {
    const order = (titles: string[]) => [family, freeRoom, cheapFlat].toSorted(
      (a, b) => titles.indexOf(a.title) - titles.indexOf(b.title),
    );

    await search(page, (form) => form.getByLabel("Sortieren").selectOption({ label: "Neueste zuerst" }));
    expect(order(await listedTitles(page))).toEqual([cheapFlat, freeRoom, family]);

    await search(page, (form) => form.getByLabel("Sortieren").selectOption({ label: "Günstigste zuerst (Miete gesamt)" }));
    await expect(page).toHaveURL(/sort=rent/);
    expect(order(await listedTitles(page))).toEqual([freeRoom, cheapFlat, family]);
  });
});

test("an empty region and a search without results say so and name the municipality's contact", async ({ page }) => {
  await page.goto("/bayreuth/findflats");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wohnraumangebote – Stadt Bayreuth");
  await expect(page.getByText("Zurzeit gibt es keine Angebote.")).toBeVisible();
  await expect(page.getByText("Stadt Bayreuth, Integrationsbüro")).toBeVisible();
  await expect(page.getByRole("link", { name: "wohnraum@stadt.bayreuth.de" })).toHaveAttribute(
    "href",
    "mailto:wohnraum@stadt.bayreuth.de",
  );
  await expect(page.getByRole("link", { name: "0921 25-0" })).toHaveAttribute("href", "tel:0921250");
  await expect(page.getByRole("article")).toHaveCount(0);

  await page.goto(`${listing}/suche?beds=30`);
  await expect(page.getByText("Kein Angebot passt zu Ihrer Suche.")).toBeVisible();
  await expect(page.getByText("Integrationsbüro Musterhausen")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(0);
});

test("malformed search parameters are ignored instead of failing", async ({ page }) => {
  const response = await page.goto(`${listing}/suche?beds=viele&rooms=-1&maxRent=x&type=CASTLE&sort=cheap`);
  expect(response?.status()).toBe(200);
  await expectListed(page, [family, freeRoom, cheapFlat], []);
  await expect(page.getByLabel("Personen / Betten, mindestens")).toHaveValue("");
  // A page beyond the last shows the last (earlier specs publish offers too, so it may be the second).
  expect((await page.goto(`${listing}/suche?beds=viele&page=999`))?.status()).toBe(200);
  await expect(page.getByRole("article").first()).toBeVisible();
  expect((await page.goto(`${listing}/seite/999`))?.status()).toBe(404);
});

test("an offer's page is served from the cache and is gone at once when the offer is deleted", async ({
  page,
  request,
}) => {
  await request.get(cheapFlat.path);
  const cached = await request.get(cheapFlat.path);
  expect(cached.status()).toBe(200);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

  await page.goto(linkTo(cheapFlat.published, "loeschen"));
  await page.getByRole("button", { name: "Angebot jetzt löschen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot wurde gelöscht");

  // Its page says so at once (410 Gone, see e2e/gone-offer.spec.ts).
  const response = await page.goto(cheapFlat.path);
  expect(response?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieses Angebot ist nicht mehr verfügbar");
  await page.goto(listing);
  await expectListed(page, [family], [cheapFlat]);

  expect((await request.get(`${listing}/00000000-0000-4000-8000-000000000000`)).status()).toBe(404);
  expect((await request.get(`${listing}/not-an-offer`)).status()).toBe(404);
});
