import { FeatureIcon } from "./feature-icon";
import styles from "./offer-card.module.css";
import type { OfferFeature } from "./offer-features";

export type FeatureListProps = { label: string; features: { feature: OfferFeature; name: string }[] };

/** The features an offer has, each as an icon with its name; nothing when it has none. */
export function FeatureList({ label, features }: FeatureListProps) {
  if (features.length === 0) return null;
  return (
    <ul className={styles.features} aria-label={label}>
      {features.map(({ feature, name }) => (
        <li key={feature}>
          <FeatureIcon feature={feature} />
          {name}
        </li>
      ))}
    </ul>
  );
}
