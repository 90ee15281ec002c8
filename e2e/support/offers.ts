/**
 * Helpers shared by the offer specs: the app's own texts (messages/<locale>.json), filling in the offer form in
 * the language it is shown in, submitting an offer and reading the mail links that manage it.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import { E2E_BASE_URL, SEEDED_REGION } from "./constants";
import { linksIn, type CaughtMail, type MailCatcher } from "./mail-catcher";

/** The BCC mailbox of the seeded region (prisma/regions.json). */
export const municipalMailbox = "kommune@musterhausen.example";

export type TestLocale = "de" | "uk" | "ar";

/** The German URL segment of each mail button's page (lib/offers/links.ts). */
export const linkSegments = ["bestaetigen", "loeschen", "vermittelt", "verlaengern"] as const;
export type LinkSegment = (typeof linkSegments)[number];

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A pattern matching text that starts with `value` (labels carry a "(Pflichtfeld)" mark after them). */
export function startsWith(value: string): RegExp {
  return new RegExp(`^${escapeRegExp(value)}`);
}

/** The app's translator for one language, reading the same message files as the app. */
export function translator(locale: TestLocale) {
  const messages = JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8"));
  return createTranslator({ locale, messages });
}
export type Translator = ReturnType<typeof translator>;

/** Path prefix of a language: German has none (localePrefix "as-needed"). */
export function localePrefix(locale: TestLocale): string {
  return locale === "de" ? "" : `/${locale}`;
}

export function formPath(locale: TestLocale, region = SEEDED_REGION): string {
  return `${localePrefix(locale)}/${region}/anbieten`;
}

export function listingPath(locale: TestLocale, region = SEEDED_REGION): string {
  return `${localePrefix(locale)}/${region}/findflats`;
}

/** The page of a mail button, built from an offer's token (all four buttons of an offer share one token). */
export function linkPath(token: string, segment: string, { locale = "de" as TestLocale, region = SEEDED_REGION } = {}) {
  return `${localePrefix(locale)}/${region}/angebot/${token}/${segment}`;
}

export function linkTo(mail: CaughtMail, segment: LinkSegment): string {
  const link = linksIn(mail).find((href) => href.includes("/angebot/") && href.endsWith(`/${segment}`));
  if (!link) throw new Error(`No ${segment} link in "${mail.subject}"`);
  return link;
}

export function tokenOf(link: string): string {
  const match = /\/angebot\/([^/]+)\//.exec(link);
  if (!match) throw new Error(`No token in ${link}`);
  return match[1];
}

/** Today in Germany as YYYY-MM-DD, the earliest valid "available from" date. */
export function todayInGermany(): string {
  return new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
}

export type OfferFormInput = {
  title: string;
  email: string;
  description?: string;
  place?: string;
  postalCode?: string;
  durationDays?: 3 | 7 | 14 | 30;
  privacyConsent?: boolean;
  /** Free unless given: rented, or free at first with the rent later. */
  rent?: OfferRent;
};

export type OfferRent = { type: "RENTED" | "FREE_THEN_RENT"; cold: string; running: string };

/** The form's controls, found by their visible labels in the form's language. */
export function offerForm(page: Page, t: Translator) {
  const label = (name: string) => page.getByLabel(startsWith(t(`OfferForm.fields.${name}.label` as never)));
  const textbox = (key: string) => page.getByRole("textbox", { name: startsWith(t(`OfferForm.fields.${key}` as never)) });
  const consentLink = /<link>(.*)<\/link>/.exec(t.raw("OfferForm.fields.privacyConsent.label" as never) as string)?.[1];
  return {
    title: label("title"),
    description: label("description"),
    place: label("place"),
    postalCode: label("postalCode"),
    rooms: label("rooms"),
    areaSqm: label("areaSqm"),
    beds: label("beds"),
    availableFrom: label("availableFrom"),
    rentType: (value: "RENTED" | "FREE" | "FREE_THEN_RENT") =>
      page.getByRole("radio", { name: t(`OfferForm.fields.rentType.option.${value}`), exact: true }),
    // By their accessible names: the stylesheet shows either the label of the rent now or that of the rent later.
    coldRent: textbox("coldRent.label"),
    runningCosts: textbox("runningCosts.label"),
    laterColdRent: textbox("coldRent.laterLabel"),
    laterRunningCosts: textbox("runningCosts.laterLabel"),
    furnished: label("furnished"),
    catsAllowed: label("catsAllowed"),
    residents: (value: "NOBODY" | "LANDLORD" | "OTHERS") =>
      page.getByRole("radio", { name: t(`OfferForm.fields.residents.option.${value}`), exact: true }),
    residentCount: label("residentCount"),
    hostType: (value: "SINGLE_PERSON" | "COUPLE" | "FAMILY_WITH_CHILDREN" | "SHARED_FLAT") =>
      page.getByRole("radio", { name: t(`Enums.hostType.${value}`), exact: true }),
    contactName: label("contactName"),
    contactEmail: page.getByRole("textbox", { name: startsWith(t("OfferForm.fields.contactEmail.label")) }),
    showName: label("showName"),
    typeGroup: page.getByRole("group", { name: startsWith(t("OfferForm.fields.type.label")) }),
    rentTypeGroup: page.getByRole("group", { name: startsWith(t("OfferForm.fields.rentType.label")) }),
    type: (value: "FLAT" | "ROOM" | "SHARED_ROOM" | "HOUSE") =>
      page.getByRole("radio", { name: t(`Enums.type.${value}`), exact: true }),
    language: (value: "de" | "uk") => page.getByRole("checkbox", { name: t(`Enums.language.${value}`), exact: true }),
    duration: (days: number) =>
      page.getByRole("radio", { name: t("OfferForm.fields.durationDays.option", { days }), exact: true }),
    privacyConsent: page.getByRole("checkbox", { name: new RegExp(escapeRegExp(consentLink ?? "")) }),
    submit: page.getByRole("button", { name: t("OfferForm.submit") }),
  };
}

/**
 * Fills in every field validly (a free furnished room in a couple's flat, cats welcome), except what `input` says
 * otherwise.
 */
export async function fillOfferForm(page: Page, t: Translator, input: OfferFormInput) {
  const form = offerForm(page, t);
  await form.type("ROOM").check();
  await form.title.fill(input.title);
  await form.description.fill(input.description ?? "Ruhige Lage, Bus in 3 Minuten. Bettwäsche ist vorhanden.");
  await form.place.fill(input.place ?? "Musterhausen-Süd");
  await form.postalCode.fill(input.postalCode ?? "12349");
  await form.rooms.fill("1");
  await form.areaSqm.fill("16");
  await form.beds.fill("2");
  await form.residents("LANDLORD").check();
  await form.residentCount.fill("2");
  await form.hostType("COUPLE").check();
  await form.availableFrom.fill(todayInGermany());
  await form.rentType(input.rent?.type ?? "FREE").check();
  if (input.rent) {
    const later = input.rent.type === "FREE_THEN_RENT";
    await (later ? form.laterColdRent : form.coldRent).fill(input.rent.cold);
    await (later ? form.laterRunningCosts : form.runningCosts).fill(input.rent.running);
  }
  await form.furnished.check();
  await form.catsAllowed.check();
  await form.language("uk").check();
  await form.contactName.fill("Erika Gastfreundlich");
  await form.contactEmail.fill(input.email);
  await form.showName.check();
  await form.duration(input.durationDays ?? 7).check();
  if (input.privacyConsent ?? true) await form.privacyConsent.check();
}

/**
 * Presses a submit button of a plain (JavaScript-free) form and waits until the answer page has loaded, also
 * when the answer comes back under the same URL (the offer form with its errors).
 */
export async function pressAndWaitForPage(page: Page, button: Locator) {
  const navigated = page.waitForEvent("framenavigated", (frame) => frame === page.mainFrame());
  await button.click();
  await navigated;
  await page.waitForLoadState();
}

/**
 * A field marked invalid whose description (aria-describedby) leads to a visible element with the error text;
 * `control` carries aria-invalid, `described` the aria-describedby (they differ for a group of radio buttons).
 */
export async function expectFieldError(control: Locator, message: string, described: Locator = control) {
  await expect(control).toHaveAttribute("aria-invalid", "true");
  const ids = (await described.getAttribute("aria-describedby"))?.split(/\s+/).filter(Boolean) ?? [];
  expect(ids, "aria-describedby").not.toHaveLength(0);
  const descriptions = described.page().locator(ids.map((id) => `[id="${id}"]`).join(", "));
  await expect(descriptions.filter({ hasText: message })).toBeVisible();
  await expect(described).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

export async function expectNoFieldError(control: Locator) {
  await expect(control).not.toHaveAttribute("aria-invalid", "true");
}

/** Mails of the catcher addressed (To or BCC) to `address` whose subject is `subject`. */
export function mailsTo(catcher: MailCatcher, address: string, subject?: string): CaughtMail[] {
  return catcher.mails.filter(
    (mail) => mail.envelopeTo.includes(address) && (subject === undefined || mail.subject === subject),
  );
}

/** Waits `ms` (at most 3 s) so that a mail that should not come would have arrived by then. */
export async function waitForAbsence(page: Page, ms = 3_000) {
  await page.waitForTimeout(Math.min(ms, 3_000));
}

export type SubmittedOffer = {
  title: string;
  email: string;
  confirmation: CaughtMail;
  confirmLink: string;
  token: string;
};

/** Sends a valid offer through the form (with or without JavaScript) and returns its confirmation mail. */
export async function submitOffer(
  page: Page,
  catcher: MailCatcher,
  {
    locale = "de" as TestLocale,
    titlePrefix = "Zimmer am Stadtpark",
    rent = undefined as OfferRent | undefined,
    region = SEEDED_REGION,
    email = undefined as string | undefined,
  } = {},
): Promise<SubmittedOffer> {
  const t = translator(locale);
  const suffix = uniqueSuffix();
  const title = `${titlePrefix} ${suffix}`;
  email ??= `landlord-${suffix}@example.test`;
  await page.goto(formPath(locale, region));
  await fillOfferForm(page, t, { title, email, rent });
  await offerForm(page, t).submit.click();
  // On whichever server the page's base URL names.
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(formPath(locale, region))}/gesendet$`));
  const confirmation = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === t("Mail.confirmation.subject", { title }),
  );
  const confirmLink = linkTo(confirmation, "bestaetigen");
  return { title, email, confirmation, confirmLink, token: tokenOf(confirmLink) };
}

/** Confirms a submitted offer through its mail link (German pages) and returns the "published" mail. */
export async function publishOffer(page: Page, catcher: MailCatcher, offer: SubmittedOffer): Promise<CaughtMail> {
  const t = translator("de");
  await page.goto(offer.confirmLink);
  await page.getByRole("button", { name: "Jetzt bestätigen und veröffentlichen" }).click();
  await expect(page.getByRole("status")).toContainText("Ihr Angebot ist jetzt veröffentlicht");
  return catcher.waitForMail(
    (mail) =>
      mail.envelopeTo.includes(offer.email) && mail.subject === t("Mail.published.subject", { title: offer.title }),
  );
}

/**
 * A new offer published through the real forms and mail links, by a landlord with JavaScript in a context of its
 * own; returns its title and id (from the listing's link to it).
 */
export async function publishedOffer(browser: Browser, catcher: MailCatcher, titlePrefix: string) {
  const landlord = await browser.newContext({ baseURL: E2E_BASE_URL, javaScriptEnabled: true });
  try {
    const page = await landlord.newPage();
    const offer = await submitOffer(page, catcher, { titlePrefix });
    await publishOffer(page, catcher, offer);
    await page.goto(listingPath("de"));
    const href = await page.getByRole("link", { name: offer.title }).getAttribute("href");
    const id = /\/findflats\/([0-9a-f-]{36})$/.exec(href ?? "")?.[1];
    if (!id) throw new Error(`No offer id in the listing's link ${href}`);
    return { title: offer.title, id, email: offer.email };
  } finally {
    await landlord.close();
  }
}
