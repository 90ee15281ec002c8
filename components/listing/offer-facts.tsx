import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { PublicOffer } from "@/lib/offers/listing";
import { totalRent } from "@/lib/offers/listing-filters";
import styles from "./offer-card.module.css";

/**
 * The structured facts of an offer, translated and formatted for the visitor's language. The card adds who
 * offers it; the detail page adds the deposit (and names the landlord in its contact section).
 */
export async function OfferFacts({ offer, variant }: { offer: PublicOffer; variant: "card" | "detail" }) {
  const [t, tEnums, format] = await Promise.all([getTranslations("Listing"), getTranslations("Enums"), getFormatter()]);
  // Dates without a time: noon UTC is the same calendar day in every time zone a visitor may be in.
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  const euros = (amount: number) =>
    format.number(amount, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const fact = (label: string, value: ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <dl className={styles.facts}>
      {fact(
        t("place"),
        <span dir="auto">
          {offer.postalCode} {offer.place}
        </span>,
      )}
      {fact(t("rooms"), format.number(offer.rooms))}
      {fact(t("beds"), format.number(offer.beds))}
      {offer.areaSqm !== null && fact(t("area"), t("areaValue", { area: format.number(offer.areaSqm) }))}
      {fact(t("availableFrom"), date(offer.availableFrom))}
      {fact(t("availableUntil"), offer.availableUntil ? date(offer.availableUntil) : t("openEnded"))}
      {offer.freeOfCharge ? (
        fact(t("rent"), t("freeOfCharge"))
      ) : (
        <>
          {offer.coldRent !== null && fact(t("coldRent"), euros(offer.coldRent))}
          {offer.runningCosts !== null && fact(t("runningCosts"), euros(offer.runningCosts))}
          {fact(t("totalRent"), euros(totalRent(offer)))}
          {variant === "detail" && offer.deposit !== null && fact(t("deposit"), euros(offer.deposit))}
        </>
      )}
      {offer.languages.length > 0 &&
        fact(t("spokenLanguages"), offer.languages.map((code) => tEnums(`language.${code}` as never)).join(", "))}
      {variant === "card" && offer.contact.name && fact(t("offeredBy"), <span dir="auto">{offer.contact.name}</span>)}
    </dl>
  );
}
