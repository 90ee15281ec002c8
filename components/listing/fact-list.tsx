import styles from "./offer-card.module.css";
import type { OfferFact } from "./offer-facts";

/** An offer's facts as a description list; rendered on the server (detail page) and in the card (./offer-card-view.tsx). */
export function FactList({ facts }: { facts: OfferFact[] }) {
  return (
    <dl className={styles.facts}>
      {facts.map(({ label, value, written, ltr }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{written ? <span dir="auto">{value}</span> : ltr ? <bdi dir="ltr">{value}</bdi> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
