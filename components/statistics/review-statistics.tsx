import { getFormatter, getTranslations } from "next-intl/server";
import type { SiteRegion } from "@/lib/regions/regions";
import { reviewCells, reviewColumns, reviewWaiting, showsReview, weeklyReviews } from "@/lib/statistics/review";
import styles from "./statistics.module.css";
import { weekLabelValues } from "./week-label";

/**
 * The municipality's check on the statistics page: what waits now and since when, and per week the approvals, the
 * rejections by reason and how many hours a check took (median, 90th percentile). Shown where the region checks
 * offers or did so.
 */
export async function ReviewStatistics({ region }: { region: SiteRegion }) {
  const [t, tStatistics, format, waiting, weeks] = await Promise.all([
    getTranslations("Statistics.review"),
    getTranslations("Statistics"),
    getFormatter(),
    reviewWaiting(region.slug),
    weeklyReviews(region.slug),
  ]);
  // Offers left waiting when a region stopped checking still need a decision.
  if (!showsReview(region.review, weeks) && waiting.waiting === 0) return null;
  const hours = (value: number | null) => (value === null ? "–" : format.number(value, { maximumFractionDigits: 1 }));

  return (
    <section aria-labelledby="statistics-review">
      <h2 id="statistics-review">{t("heading")}</h2>
      <dl className={styles.figures}>
        <div>
          <dt>{t("waiting")}</dt>
          <dd>{waiting.waiting}</dd>
        </div>
        <div>
          <dt>{t("oldestSince")}</dt>
          <dd>{waiting.oldestSince ? format.dateTime(waiting.oldestSince, { dateStyle: "medium", timeStyle: "short" }) : "–"}</dd>
        </div>
      </dl>
      {weeks.length === 0 ? (
        <p>{t("noDecisions")}</p>
      ) : (
        <div className={styles.tableScroll} role="region" aria-labelledby="statistics-review-caption" tabIndex={0}>
          <table className={styles.table}>
            <caption id="statistics-review-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{tStatistics("columns.isoWeek")}</th>
                {reviewColumns.map((column) => (
                  <th scope="col" key={column}>
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.toReversed().map((week) => (
                <tr key={week.isoWeek}>
                  <th scope="row">{tStatistics("weekLabel", weekLabelValues(week.isoWeek))}</th>
                  {reviewCells(week, hours).map((cell, index) => (
                    <td key={reviewColumns[index]}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
