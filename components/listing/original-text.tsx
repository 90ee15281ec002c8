import styles from "./offer-card.module.css";

/** "Original text in German": the landlord's words below are in another language than the page. */
export function OriginalText({ note }: { note: string }) {
  return <p className={styles.originalText}>{note}</p>;
}
