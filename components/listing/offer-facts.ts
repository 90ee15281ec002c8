import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/listing";
import { totalRent } from "@/lib/offers/listing-filters";

/** One fact of an offer, translated and formatted; `written` marks the landlord's own words (any script). */
export type OfferFact = { label: string; value: string; written?: true };

/**
 * The structured facts of an offer in the visitor's language: five on a card, all of them on the offer page (which
 * names the landlord in its contact section).
 */
export async function offerFacts(offer: PublicOffer, variant: "card" | "detail"): Promise<OfferFact[]> {
  const [t, tEnums, format] = await Promise.all([getTranslations("Listing"), getTranslations("Enums"), getFormatter()]);
  // Dates without a time: noon UTC is the same calendar day in every time zone a visitor may be in.
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  const euros = (amount: number) => format.number(amount, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  if (variant === "card") {
    // The five facts that decide whether to look closer; the offer page has the rest.
    return [
      { label: t("rent"), value: offer.freeOfCharge ? t(offer.rentLater ? "freeAtFirst" : "freeOfCharge") : euros(totalRent(offer)) },
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
    ...(offer.freeOfCharge
      ? [{ label: t("rent"), value: offer.rentLater ? t("freeAtFirst") : t("freeOfCharge") }]
      : [
          offer.coldRent !== null && { label: t("coldRent"), value: euros(offer.coldRent) },
          offer.runningCosts !== null && { label: t("runningCosts"), value: euros(offer.runningCosts) },
          { label: t("totalRent"), value: euros(totalRent(offer)) },
          offer.deposit !== null && { label: t("deposit"), value: euros(offer.deposit) },
        ]),
    offer.residents !== null && {
      label: t("residents"),
      value: t(`residentsValue.${offer.residents}`, { count: offer.residentCount ?? 0 }),
    },
    offer.hostType !== null && { label: t("household"), value: tEnums(`hostType.${offer.hostType}`) },
    offer.languages.length > 0 && {
      label: t("spokenLanguages"),
      value: offer.languages.map((code) => tEnums(`language.${code}` as never)).join(", "),
    },
  ];
  return facts.filter((fact) => fact !== false);
}
