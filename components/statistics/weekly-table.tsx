import { getFormatter, getTranslations } from "next-intl/server";
import { weeklyCounts, type WeekStatistics } from "@/lib/statistics/weekly";
import styles from "./statistics.module.css";

/** The placeholders of the "weekLabel" message for an ISO week such as "2026-W48". */
export function weekLabelValues(isoWeek: string): { week: number; year: string } {
  return { week: Number(isoWeek.slice(-2)), year: isoWeek.slice(0, 4) };
}

/** Monday of the week; noon UTC is that Monday in Germany too. */
function weekStartDate(week: Pick<WeekStatistics, "weekStart">): Date {
  return new Date(`${week.weekStart}T12:00:00Z`);
}

/** The numbers of every week, newest first: the accessible form of the chart and what the CSV file holds. */
export async function WeeklyTable({ weeks }: { weeks: readonly WeekStatistics[] }) {
  const [t, format] = await Promise.all([getTranslations("Statistics"), getFormatter()]);
  const captionId = "statistics-table-caption";
  return (
    // Focusable so that keyboard users can scroll the wide table sideways.
    <div className={styles.tableScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId}>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columns.isoWeek")}</th>
            <th scope="col">{t("columns.weekStart")}</th>
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
              </th>
              <td className={styles.text}>
                {format.dateTime(weekStartDate(week), { dateStyle: "medium", timeZone: "Europe/Berlin" })}
              </td>
              {weeklyCounts.map((count) => (
                <td key={count}>{week[count]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
