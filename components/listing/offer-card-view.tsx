"use client";

import { Link } from "@/lib/i18n/navigation";
import { FactList } from "./fact-list";
import styles from "./offer-card.module.css";
import type { OfferFact } from "./offer-facts";
import { OriginalText } from "./original-text";

export type OfferCardContent = {
  id: string;
  href: string;
  /** Composed from the facts, in the visitor's language. */
  heading: string;
  /** The landlord's own title, in the language it was written in. */
  title: string;
  textLanguage: string;
  /** Says which language the title is in, where it is not the page's; else null. */
  originalText: string | null;
  facts: OfferFact[];
  /** Said on offers that take no contact requests right now; null on those that do. */
  noContactRequests: string | null;
  /** "Checked by <region>" on offers of a landlord the municipality checked; else null. */
  checked: string | null;
};

/**
 * The listing card of ./offer-card.tsx: every string already in the visitor's language. The heading and the
 * landlord's title together are the link to the offer: one large target for a thumb.
 */
export function OfferCardView({ card }: { card: OfferCardContent }) {
  return (
    <article className={styles.card} aria-labelledby={`offer-${card.id}`}>
      <Link href={card.href} className={styles.link}>
        <h2 id={`offer-${card.id}`} className={styles.heading}>
          {card.heading}
        </h2>
        <span className={styles.title} lang={card.textLanguage} dir="auto">
          {card.title}
        </span>
      </Link>
      {card.originalText && <OriginalText note={card.originalText} />}
      {card.checked && <p className={styles.checked}>{card.checked}</p>}
      <FactList facts={card.facts} />
      {card.noContactRequests && <p className={styles.noRequests}>{card.noContactRequests}</p>}
    </article>
  );
}
