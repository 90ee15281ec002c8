import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { formatEuros, formatList, rentText } from "@/lib/offers/fact-line";
import { totalRent } from "@/lib/offers/listing-filters";
import type { PublicOffer } from "@/lib/offers/public-offer";

/**
 * One fact of an offer, translated and formatted; `written` marks the landlord's own words (any script), `ltr` an
 * amount kept left to right as one run on a right-to-left page.
 */
export type OfferFact = { label: string; value: string; written?: true; ltr?: true };

/**
 * The structured facts of an offer in the visitor's language: five on a card, all of them on the offer page (which
 * names the landlord in its contact section).
 */
export async function offerFacts(offer: PublicOffer, variant: "card" | "detail"): Promise<OfferFact[]> {
  const locale = (await getLocale()) as Locale;
  const [t, tEnums, format, messages] = await Promise.all([
    getTranslations("Listing"),
    getTranslations("Enums"),
    getFormatter(),
    loadMessages(locale),
  ]);
  // Dates without a time: noon UTC is the same calendar day in every time zone a visitor may be in.
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  const euros = (label: string, amount: number): OfferFact => ({ label, value: formatEuros(amount, locale), ltr: true });
  if (variant === "card") {
    // The five facts that decide whether to look closer; the offer page has the rest.
    return [
      offer.rentType === "RENTED" ? euros(t("rent"), totalRent(offer)) : { label: t("rent"), value: rentText(offer, locale, messages) },
      { label: t("bedsAndRooms"), value: `${t("headingBeds", { count: offer.beds })} · ${t("headingRooms", { count: offer.rooms })}` },
      { label: t("place"), value: `${offer.postalCode} ${offer.place}`, written: true },
      { label: t("availableFrom"), value: date(offer.availableFrom) },
      { label: t("type"), value: tEnums(`type.${offer.type}`) },
    ];
  }
  const facts: (OfferFact | false)[] = [
    { label: t("place"), value: `${offer.postalCode} ${offer.place}`, written: true },
    { label: t("rooms"), value: format.number(offer.rooms) },
    { label: t("beds"), value: format.number(offer.beds) },
    offer.areaSqm !== null && { label: t("area"), value: t("areaValue", { area: format.number(offer.areaSqm) }) },
    { label: t("availableFrom"), value: date(offer.availableFrom) },
    { label: t("availableUntil"), value: offer.availableUntil ? date(offer.availableUntil) : t("openEnded") },
    ...(offer.rentType === "RENTED"
      ? [
          offer.coldRent !== null && euros(t("coldRent"), offer.coldRent),
          offer.runningCosts !== null && euros(t("runningCosts"), offer.runningCosts),
          euros(t("totalRent"), totalRent(offer)),
        ]
      : [{ label: t("rent"), value: rentText(offer, locale, messages) }]),
    offer.deposit !== null && euros(t("deposit"), offer.deposit),
    offer.residents !== null && {
      label: t("residents"),
      value: t(`residentsValue.${offer.residents}`, { count: offer.residentCount ?? 0 }),
    },
    offer.hostType !== null && { label: t("household"), value: tEnums(`hostType.${offer.hostType}`) },
    offer.languages.length > 0 && {
      label: t("spokenLanguages"),
      value: formatList(
        offer.languages.map((code) => tEnums(`language.${code}` as never)),
        locale,
      ),
    },
  ];
  return facts.filter((fact) => fact !== false);
}
