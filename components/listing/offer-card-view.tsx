"use client";

import { Link } from "@/lib/i18n/navigation";
import { FactList } from "./fact-list";
import { FeatureList, type FeatureListProps } from "./feature-list";
import type { OfferFact } from "./offer-facts";
import styles from "./offer-card.module.css";

export type OfferCardContent = {
  id: string;
  href: string;
  title: string;
  textLanguage: string;
  type: string;
  facts: OfferFact[];
  features: FeatureListProps;
  published: string;
  /** Said on offers that take no contact requests right now; null on those that do. */
  noContactRequests: string | null;
};

/** The listing card of ./offer-card.tsx: every string already in the visitor's language. */
export function OfferCardView({ card }: { card: OfferCardContent }) {
  return (
    <article className={styles.card} aria-labelledby={`offer-${card.id}`}>
      <h2 id={`offer-${card.id}`} className={styles.title} lang={card.textLanguage} dir="auto">
        <Link href={card.href}>{card.title}</Link>
      </h2>
      <p className={styles.type}>{card.type}</p>
      <FactList facts={card.facts} />
      <FeatureList {...card.features} />
      {card.noContactRequests && <p className={styles.noRequests}>{card.noContactRequests}</p>}
      <p className={styles.published}>{card.published}</p>
    </article>
  );
}
