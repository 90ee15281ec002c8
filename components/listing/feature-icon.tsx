import styles from "./feature-icon.module.css";
import type { OfferFeature } from "./offer-features";

/** Decoration only: screen readers read the text beside it. */
export function FeatureIcon({ feature }: { feature: OfferFeature }) {
  return <span className={`${styles.icon} ${styles[feature]}`} aria-hidden="true" />;
}
