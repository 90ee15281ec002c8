import { createTranslator } from "next-intl";
import { textDirection } from "@/lib/i18n/direction";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { totalRent } from "./listing-filters";
import type { PublicOffer } from "./public-offer";

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

const formats = new Map<Locale, { euros: Intl.NumberFormat; date: Intl.DateTimeFormat; list: Intl.ListFormat }>();

/** One number, date and list format per language: the alerts format thousands of offers. */
function formatsOf(locale: Locale) {
  let known = formats.get(locale);
  if (!known) {
    known = {
      // The narrow symbol: Ukrainian's standard currency format writes "480 EUR", every other one "€".
      euros: new Intl.NumberFormat(locale, {
        style: "currency",
        currency: "EUR",
        currencyDisplay: "narrowSymbol",
        maximumFractionDigits: 0,
      }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" }),
      list: new Intl.ListFormat(locale, { type: "conjunction" }),
    };
    formats.set(locale, known);
  }
  return known;
}

/** Whole euros as the language writes an amount: "480 €", "€480", "480 €" in Ukrainian too. Every price shown. */
export function formatEuros(amount: number, locale: Locale): string {
  return formatsOf(locale).euros.format(amount);
}

/**
 * Items joined as the language joins a list ("Deutsch und Ukrainisch", "німецька і українська", "الألمانية والأوكرانية"),
 * not with ", " in every language.
 */
export function formatList(items: string[], locale: Locale): string {
  return formatsOf(locale).list.format(items);
}

/**
 * A left-to-right run (a price, a postal code and place) kept whole in the plain text of a right-to-left language
 * (a feed, a link preview, a mail): between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE, as pages do with
 * <bdi dir="ltr">. Text in other languages stays free of invisible marks.
 */
function leftToRightText(value: string, locale: Locale): string {
  return textDirection(locale) === "rtl" ? `\u2066${value}\u2069` : value;
}

/**
 * Text whose direction its own first letter decides (a place name a landlord typed, in Latin or Arabic letters),
 * kept whole in a right-to-left language: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, as <bdi> does.
 */
function isolatedText(value: string, locale: Locale): string {
  return textDirection(locale) === "rtl" ? `\u2068${value}\u2069` : value;
}

/**
 * The rent as seekers read it, in `locale`: "600 €" (rent and running costs), "kostenlos", or "zunächst kostenlos,
 * später 450 € + 120 € Nebenkosten" ("… später Miete nach Absprache" for offers made before the form asked for the
 * later rent). In a right-to-left language each amount is isolated, so "450 €" keeps its order.
 */
export function rentText(offer: Pick<PublicOffer, "rentType" | "coldRent" | "runningCosts">, locale: Locale, messages: Messages): string {
  const euros = (amount: number) => leftToRightText(formatEuros(amount, locale), locale);
  if (offer.rentType === "RENTED") return euros(totalRent(offer));
  const t = listingTranslator(locale, messages);
  if (offer.rentType === "FREE") return t("freeOfCharge");
  if (offer.coldRent === null) return t("freeAtFirst");
  return offer.runningCosts === null
    ? t("freeThenRent", { rent: euros(offer.coldRent) })
    : t("freeThenRentWithCosts", { rent: euros(offer.coldRent), runningCosts: euros(offer.runningCosts) });
}

/** The facts a preview tells of an offer, formatted in `locale`: place, rent or "free", available from. */
export function offerFactValues(offer: PublicOffer, locale: Locale, messages: Messages) {
  const { date } = formatsOf(locale);
  return {
    place: `${offer.postalCode} ${offer.place}`,
    rent: rentText(offer, locale, messages),
    from: date.format(new Date(`${offer.availableFrom}T12:00:00Z`)),
  };
}

/**
 * An offer in one line: place, beds, rent or "free", available from. What a shared link's preview, a feed entry and
 * a search alert say about an offer. Works outside a request (the alert job).
 */
export function offerFactLine(offer: PublicOffer, locale: Locale, messages: Messages): string {
  const { place, rent, from } = offerFactValues(offer, locale, messages);
  return listingTranslator(locale, messages)("offerPreview", {
    place: leftToRightText(place, locale),
    rent,
    from,
    beds: offer.beds,
  });
}

/**
 * The heading an offer leads with in every language: what it is, composed from its structured facts ("Ganze Wohnung ·
 * 2 Zimmer · 3 Betten · 54 m² · Musterhausen-Mitte · 600 €"), so a reader sees it in the page's language whatever
 * language the landlord wrote the title in. Cards, the offer page, feeds, preview pictures, alert mails and the API.
 * In a right-to-left language the place and the price are isolated, so "Musterhausen-Mitte · 600 €" keeps its order.
 */
export function offerHeading(offer: PublicOffer, locale: Locale, messages: Messages): string {
  const t = listingTranslator(locale, messages);
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  const rent = offer.rentType === "FREE_THEN_RENT" ? t("headingFreeAtFirst") : rentText(offer, locale, messages);
  return [
    messages.Enums.type[offer.type],
    t("headingRooms", { count: offer.rooms }),
    t("headingBeds", { count: offer.beds }),
    offer.areaSqm !== null && t("areaValue", { area: number(offer.areaSqm) }),
    isolatedText(offer.place, locale),
    rent,
  ]
    .filter(Boolean)
    .join(" · ");
}
