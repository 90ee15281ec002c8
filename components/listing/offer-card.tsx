import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/listing";
import styles from "./offer-card.module.css";

const features = ["furnished", "kitchen", "ownBathroom", "barrierFree", "petsAllowed", "smokingAllowed"] as const;

/** One offer in the listing: every structured field translated, the landlord's own text as written. */
export async function OfferCard({ offer }: { offer: PublicOffer }) {
  const [t, tEnums, format] = await Promise.all([
    getTranslations("Listing"),
    getTranslations("Enums"),
    getFormatter(),
  ]);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "medium" });
  const euros = (amount: number) => format.number(amount, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const presentFeatures = features.filter((feature) => offer[feature]);
  const { contact } = offer;

  return (
    <article className={styles.card} aria-labelledby={`offer-${offer.id}`}>
      <h2 id={`offer-${offer.id}`} className={styles.title} dir="auto">
        {offer.title}
      </h2>
      <p className={styles.type}>{tEnums(`type.${offer.type}`)}</p>
      <dl className={styles.facts}>
        <div>
          <dt>{t("place")}</dt>
          <dd dir="auto">
            {offer.postalCode} {offer.place}
          </dd>
        </div>
        <div>
          <dt>{t("rooms")}</dt>
          <dd>{format.number(offer.rooms)}</dd>
        </div>
        <div>
          <dt>{t("beds")}</dt>
          <dd>{format.number(offer.beds)}</dd>
        </div>
        {offer.areaSqm !== null && (
          <div>
            <dt>{t("area")}</dt>
            <dd>{t("areaValue", { area: offer.areaSqm })}</dd>
          </div>
        )}
        <div>
          <dt>{t("availableFrom")}</dt>
          <dd>{date(offer.availableFrom)}</dd>
        </div>
        <div>
          <dt>{t("availableUntil")}</dt>
          <dd>{offer.availableUntil ? date(offer.availableUntil) : t("openEnded")}</dd>
        </div>
        {offer.freeOfCharge ? (
          <div>
            <dt>{t("rent")}</dt>
            <dd>{t("freeOfCharge")}</dd>
          </div>
        ) : (
          <>
            {offer.coldRent !== null && (
              <div>
                <dt>{t("coldRent")}</dt>
                <dd>{euros(offer.coldRent)}</dd>
              </div>
            )}
            {offer.runningCosts !== null && (
              <div>
                <dt>{t("runningCosts")}</dt>
                <dd>{euros(offer.runningCosts)}</dd>
              </div>
            )}
            {offer.deposit !== null && (
              <div>
                <dt>{t("deposit")}</dt>
                <dd>{euros(offer.deposit)}</dd>
              </div>
            )}
          </>
        )}
        {offer.languages.length > 0 && (
          <div>
            <dt>{t("spokenLanguages")}</dt>
            <dd>{offer.languages.map((code) => tEnums(`language.${code}` as never)).join(", ")}</dd>
          </div>
        )}
      </dl>
      {presentFeatures.length > 0 && (
        <ul className={styles.features} aria-label={t("features")}>
          {presentFeatures.map((feature) => (
            <li key={feature}>{t(`feature.${feature}`)}</li>
          ))}
        </ul>
      )}
      {offer.description && (
        <p className={styles.description} dir="auto">
          {offer.description}
        </p>
      )}
      {(contact.name || contact.phone || contact.email) && (
        <div className={styles.contact}>
          <h3>{t("contact")}</h3>
          {contact.name && <p dir="auto">{contact.name}</p>}
          {contact.phone && (
            <p>
              <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a>
            </p>
          )}
          {contact.email && (
            <p>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
        </div>
      )}
      <p className={styles.published}>{t("published", { date: format.dateTime(new Date(offer.publishedAt), { dateStyle: "medium" }) })}</p>
    </article>
  );
}
