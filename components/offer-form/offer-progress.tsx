import { useTranslations } from "next-intl";
import styles from "./offer-progress.module.css";

export type OfferSection = { id: string; title: string };

type Props = {
  sections: readonly OfferSection[];
  /** The ids of the sections in which something is still missing or wrong; null until the browser has checked. */
  incomplete: ReadonlySet<string> | null;
};

/**
 * The form's sections at its top, each a link to its section. With JavaScript each says whether it is complete
 * (nothing missing or wrong in it), and a bar counts the complete ones; without, it is the list of sections.
 * Each section's heading also says where it stands ("Section 2 of 9"), so the long page never loses the landlord.
 */
export function OfferProgress({ sections, incomplete }: Props) {
  const t = useTranslations("OfferForm.progress");
  const complete = incomplete && sections.filter((section) => !incomplete.has(section.id)).length;
  return (
    <nav aria-labelledby="offer-progress-title" className={styles.progress}>
      <h2 id="offer-progress-title" className={styles.title}>
        {t("title", { count: sections.length })}
      </h2>
      {complete !== null && (
        <div className={styles.count}>
          <p id="offer-progress-count">{t("count", { complete, count: sections.length })}</p>
          <progress value={complete} max={sections.length} aria-labelledby="offer-progress-count" />
        </div>
      )}
      <ol className={styles.sections}>
        {sections.map((section) => {
          const state = incomplete === null ? undefined : incomplete.has(section.id) ? "open" : "complete";
          return (
            <li key={section.id} data-state={state}>
              <a href={`#${section.id}`}>{section.title}</a>
              {state && <span className={styles.state}> – {t(state)}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
