import { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicOffer } from "./listing";
import { totalRent } from "./listing-filters";

function createListingTranslator(locale: Locale, messages: Messages) {
  return createTranslator({ locale, messages, namespace: "Listing", timeZone: "Europe/Berlin" });
}

/** One translator per messages and language: it keeps the messages it parsed (the alerts write thousands of lines). */
const translators = new WeakMap<Messages, Map<Locale, ReturnType<typeof createListingTranslator>>>();

function listingTranslator(locale: Locale, messages: Messages) {
  let byLocale = translators.get(messages);
  if (!byLocale) translators.set(messages, (byLocale = new Map()));
  let translator = byLocale.get(locale);
  if (!translator) byLocale.set(locale, (translator = createListingTranslator(locale, messages)));
  return translator;
}

const formats = new Map<Locale, { euros: Intl.NumberFormat; date: Intl.DateTimeFormat }>();

/** One number and one date format per language: the alerts format thousands of offers. */
function formatsOf(locale: Locale) {
  let known = formats.get(locale);
  if (!known) {
    known = {
      euros: new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" }),
    };
    formats.set(locale, known);
  }
  return known;
}

/** The facts a preview tells of an offer, formatted in `locale`: place, rent or "free", available from. */
export function offerFactValues(offer: PublicOffer, locale: Locale, messages: Messages) {
  const t = listingTranslator(locale, messages);
  const { euros, date } = formatsOf(locale);
  return {
    place: `${offer.postalCode} ${offer.place}`,
    rent: offer.freeOfCharge ? t(offer.rentLater ? "freeAtFirst" : "freeOfCharge") : euros.format(totalRent(offer)),
    from: date.format(new Date(`${offer.availableFrom}T12:00:00Z`)),
  };
}

/**
 * An offer in one line: place, beds, rent or "free", available from. What a shared link's preview, a feed entry and
 * a search alert say about an offer. Works outside a request (the alert job).
 */
export function offerFactLine(offer: PublicOffer, locale: Locale, messages: Messages): string {
  return listingTranslator(locale, messages)("offerPreview", { ...offerFactValues(offer, locale, messages), beds: offer.beds });
}

/**
 * The heading an offer leads with in every language: what it is, composed from its structured facts ("Ganze Wohnung ·
 * 2 Zimmer · 3 Betten · 54 m² · Musterhausen-Mitte · 600 €"), so a reader sees it in the page's language whatever
 * language the landlord wrote the title in. Cards, the offer page, feeds, preview pictures, alert mails and the API.
 */
export function offerHeading(offer: PublicOffer, locale: Locale, messages: Messages): string {
  const t = listingTranslator(locale, messages);
  const { euros } = formatsOf(locale);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const rent = offer.freeOfCharge ? t(offer.rentLater ? "headingFreeAtFirst" : "freeOfCharge") : euros.format(totalRent(offer));
  return [
    messages.Enums.type[offer.type],
    t("headingRooms", { count: offer.rooms }),
    t("headingBeds", { count: offer.beds }),
    offer.areaSqm !== null && t("areaValue", { area: number(offer.areaSqm) }),
    offer.place,
    rent,
  ]
    .filter(Boolean)
    .join(" · ");
}
