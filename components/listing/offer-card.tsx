import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { PublicOffer } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";
import { OfferFacts } from "./offer-facts";
import { OfferFeatures } from "./offer-features";
import styles from "./offer-card.module.css";

/** One offer in the listing: what decides a visit at a glance; the title leads to the whole offer. */
export async function OfferCard({ offer, site }: { offer: PublicOffer; site: string }) {
  const [t, tEnums, format] = await Promise.all([getTranslations("Listing"), getTranslations("Enums"), getFormatter()]);
  return (
    <article className={styles.card} aria-labelledby={`offer-${offer.id}`}>
      <h2 id={`offer-${offer.id}`} className={styles.title} dir="auto">
        <Link href={sitePath(site, `/findflats/${offer.id}`)}>{offer.title}</Link>
      </h2>
      <p className={styles.type}>{tEnums(`type.${offer.type}`)}</p>
      <OfferFacts offer={offer} variant="card" />
      <OfferFeatures offer={offer} />
      <p className={styles.published}>
        {t("published", { date: format.dateTime(new Date(offer.publishedAt), { dateStyle: "medium" }) })}
      </p>
    </article>
  );
}
