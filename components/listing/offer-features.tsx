import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/listing";
import { FeatureIcon } from "./feature-icon";
import styles from "./offer-card.module.css";

const features = ["furnished", "petsAllowed", "barrierFree", "kitchen", "ownBathroom", "smokingAllowed"] as const;
export type OfferFeature = (typeof features)[number];

/** The features an offer has, each as an icon with its name. */
export async function OfferFeatures({ offer }: { offer: PublicOffer }) {
  const t = await getTranslations("Listing");
  const present = features.filter((feature) => offer[feature]);
  if (present.length === 0) return null;
  return (
    <ul className={styles.features} aria-label={t("features")}>
      {present.map((feature) => (
        <li key={feature}>
          <FeatureIcon feature={feature} />
          {t(`feature.${feature}`)}
        </li>
      ))}
    </ul>
  );
}
