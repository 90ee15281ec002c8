import { getFormatter, getTranslations } from "next-intl/server";
import { weeklyCounts, type WeekStatistics } from "@/lib/statistics/weekly";
import styles from "./statistics.module.css";
import { weekDatesValues, weekLabelValues } from "./week-label";

/** The numbers of every week, newest first: the accessible form of the chart and what the CSV file holds. */
export async function WeeklyTable({ weeks }: { weeks: readonly WeekStatistics[] }) {
  const [t, format] = await Promise.all([getTranslations("Statistics"), getFormatter()]);
  const captionId = "statistics-table-caption";
  return (
    <>
      {/* The table's title outside its box, so that it stays in view while a narrow screen scrolls the table. */}
      <p id={captionId} className={styles.caption}>
        {t("tableCaption")}
      </p>
      {/* Focusable so that keyboard users can scroll the wide table sideways on a narrow screen. */}
      <div className={styles.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table} aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{t("columns.isoWeek")}</th>
              {weeklyCounts.map((count) => (
                <th scope="col" key={count}>
                  {t(`columns.${count}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.toReversed().map((week) => (
              <tr key={week.isoWeek}>
                <th scope="row">
                  {t("weekLabel", weekLabelValues(week.isoWeek))}
                  <br />
                  <span className={styles.weekDates}>{t("weekDates", weekDatesValues(week, format))}</span>
                </th>
                {weeklyCounts.map((count) => (
                  <td key={count}>{week[count]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
