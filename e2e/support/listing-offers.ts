/**
 * Offers with chosen facts for the listing spec, published the real way: the German form, then the link in the
 * confirmation mail. (The e2e server owns its database, so a spec cannot insert offers directly.)
 */
import { expect, type Page } from "@playwright/test";
import { E2E_BASE_URL, SEEDED_REGION } from "./constants";
import type { CaughtMail, MailCatcher } from "./mail-catcher";
import {
  formPath,
  linkTo,
  listingPath,
  publishOffer,
  startsWith,
  todayInGermany,
  tokenOf,
  translator,
  uniqueSuffix,
} from "./offers";

type Language = "de" | "uk" | "ru" | "en";

export type ListingOfferInput = {
  titlePrefix: string;
  type: "FLAT" | "ROOM" | "SHARED_ROOM" | "HOUSE";
  rooms: string;
  beds: string;
  areaSqm: string;
  place: string;
  postalCode: string;
  description: string;
  /** Days after today (in Germany) from which the place is free. */
  availableInDays?: number;
  /** Rented, free, or free at first with the rent later (`freeAtFirst`). */
  rent: "free" | { cold: string; running: string; deposit?: string; freeAtFirst?: true };
  /** Nobody unless given. */
  residents?: { kind: "LANDLORD" | "OTHERS"; count: string; hostType: "SINGLE_PERSON" | "COUPLE" | "FAMILY_WITH_CHILDREN" | "SHARED_FLAT" };
  furnished?: boolean;
  pets?: ("catsAllowed" | "dogsAllowed" | "otherPetsAllowed")[];
  barrierFree?: boolean;
  lgbtiqFriendly?: boolean;
  languages: Language[];
  contactName: string;
  /** Published on the offer page when given. */
  phone?: string;
  showEmail?: boolean;
};

export type ListedOffer = {
  title: string;
  email: string;
  published: CaughtMail;
  /** Path of the offer's detail page, e.g. /musterhausen/findflats/<uuid>. */
  path: string;
  id: string;
};

/** A date `days` after today in Germany, as YYYY-MM-DD. */
export function daysFromToday(days: number): string {
  const date = new Date(`${todayInGermany()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function publishListingOffer(page: Page, catcher: MailCatcher, input: ListingOfferInput): Promise<ListedOffer> {
  const t = translator("de");
  const suffix = uniqueSuffix();
  const title = `${input.titlePrefix} ${suffix}`;
  const email = `listing-${suffix}@example.test`;
  const field = (name: string) => page.getByLabel(startsWith(t(`OfferForm.fields.${name}.label` as never)));
  const check = async (name: string, on: boolean | undefined) => {
    if (on) await field(name).check();
  };

  await page.goto(formPath("de"));
  await page.getByRole("radio", { name: t(`Enums.type.${input.type}`), exact: true }).check();
  await field("title").fill(title);
  await field("description").fill(input.description);
  await field("place").fill(input.place);
  await field("postalCode").fill(input.postalCode);
  await field("rooms").fill(input.rooms);
  await field("areaSqm").fill(input.areaSqm);
  await field("beds").fill(input.beds);
  const radio = (name: string) => page.getByRole("radio", { name, exact: true });
  await radio(t(`OfferForm.fields.residents.option.${input.residents?.kind ?? "NOBODY"}`)).check();
  if (input.residents) {
    await field("residentCount").fill(input.residents.count);
    await radio(t(`Enums.hostType.${input.residents.hostType}`)).check();
  }
  await field("availableFrom").fill(daysFromToday(input.availableInDays ?? 0));
  const rentType = (value: string) => radio(t(`OfferForm.fields.rentType.option.${value}` as never));
  if (input.rent === "free") {
    await rentType("FREE").check();
  } else {
    await rentType(input.rent.freeAtFirst ? "FREE_THEN_RENT" : "RENTED").check();
    await field("coldRent").fill(input.rent.cold);
    await field("runningCosts").fill(input.rent.running);
    if (input.rent.deposit) await field("deposit").fill(input.rent.deposit);
  }
  await check("furnished", input.furnished);
  for (const pet of input.pets ?? []) await field(pet).check();
  await check("barrierFree", input.barrierFree);
  await check("lgbtiqFriendly", input.lgbtiqFriendly);
  for (const language of input.languages) {
    await page.getByRole("checkbox", { name: t(`Enums.language.${language}`), exact: true }).check();
  }
  await field("contactName").fill(input.contactName);
  await page.getByRole("textbox", { name: startsWith(t("OfferForm.fields.contactEmail.label")) }).fill(email);
  await field("showName").check();
  if (input.phone) {
    await field("contactPhone").fill(input.phone);
    await field("showPhone").check();
  }
  await check("showEmail", input.showEmail);
  await page.getByRole("radio", { name: t("OfferForm.fields.durationDays.option", { days: 7 }), exact: true }).check();
  await page.getByRole("checkbox", { name: /Datenschutzerklärung/ }).check();
  await page.getByRole("button", { name: t("OfferForm.submit") }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}${formPath("de")}/gesendet`);

  const confirmation = await catcher.waitForMail(
    (mail) => mail.envelopeTo.includes(email) && mail.subject === t("Mail.confirmation.subject", { title }),
  );
  const confirmLink = linkTo(confirmation, "bestaetigen");
  const published = await publishOffer(page, catcher, { title, email, confirmation, confirmLink, token: tokenOf(confirmLink) });

  await page.goto(listingPath("de"));
  // The card's link holds the heading composed from the facts and the landlord's title.
  const card = page.getByRole("article").filter({ has: page.getByText(title, { exact: true }) });
  const href = await card.getByRole("link").getAttribute("href");
  const match = new RegExp(`^/${SEEDED_REGION}/findflats/([0-9a-f-]{36})$`).exec(href ?? "");
  if (!match) throw new Error(`No detail link for "${title}" in the listing (found ${href})`);
  return { title, email, published, path: match[0], id: match[1] };
}
