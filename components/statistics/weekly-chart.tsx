import { getFormatter, getTranslations } from "next-intl/server";
import type { WeekStatistics, WeeklyCount } from "@/lib/statistics/weekly";
import styles from "./statistics.module.css";
import { weekDatesValues, weekLabelValues } from "./week-label";

/** The counts the chart draws, each in a colour with at least 3:1 contrast to the white page (WCAG 1.4.11). */
const series = [
  { count: "submitted", color: "#1f4e79" },
  { count: "confirmed", color: "#b35900" },
  { count: "placed", color: "#6a3d9a" },
] as const satisfies readonly { count: WeeklyCount; color: string }[];

// In pixels: the picture is drawn at its own size, twelve weeks fit a 1024 px screen, a phone scrolls its box.
const barWidth = 18;
const barGap = 2;
const groupGap = 22;
const groupWidth = series.length * barWidth + (series.length - 1) * barGap + groupGap;
const padding = 8;
const valueSpace = 20;
const plotHeight = 150;
const baseline = valueSpace + plotHeight;
const height = baseline + 30;
/** A chart of one or two weeks keeps a sensible width; its weeks start at the left as in a longer one. */
const minWidth = 320;

/**
 * A column chart of the weeks drawn on the server as inline SVG: no script, prints as is. Each week is labelled with
 * its dates and each column with its value, the legend names the colours. For assistive technology the picture is
 * one image with a name and a description; the table after it carries the numbers.
 */
export async function WeeklyChart({ weeks, id }: { weeks: readonly WeekStatistics[]; id: string }) {
  const [t, format] = await Promise.all([getTranslations("Statistics"), getFormatter()]);
  const highest = Math.max(1, ...weeks.flatMap((week) => series.map(({ count }) => week[count])));
  const width = Math.max(minWidth, 2 * padding + weeks.length * groupWidth - groupGap);
  const barHeight = (value: number) => (value / highest) * plotHeight;
  const weekDates = (week: WeekStatistics) => t("weekDates", weekDatesValues(week, format));
  const first = weeks[0];
  const last = weeks[weeks.length - 1];

  return (
    <figure className={styles.chart}>
      <figcaption>
        <p id={`${id}-title`} className={styles.chartTitle}>
          {t("chartTitle")}
        </p>
        <ul className={styles.legend}>
          {series.map(({ count, color }) => (
            <li key={count}>
              <span className={styles.swatch} style={{ background: color }} aria-hidden="true" />
              {t(`columns.${count}`)}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* Focusable so that keyboard users can scroll a chart wider than a phone. */}
      <div className={styles.chartScroll} role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <svg
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className={styles.chartImage}
          // Weeks run left to right in every language, also on Arabic pages.
          direction="ltr"
        >
          <desc id={`${id}-desc`}>
            {t("chartDescription", {
              first: `${t("weekLabel", weekLabelValues(first.isoWeek))} (${weekDates(first)})`,
              last: `${t("weekLabel", weekLabelValues(last.isoWeek))} (${weekDates(last)})`,
            })}
          </desc>
          <line x1={0} x2={width} y1={baseline} y2={baseline} stroke="currentColor" />
          {weeks.map((week, index) => {
            const x = padding + index * groupWidth;
            return (
              <g key={week.isoWeek}>
                {series.map(({ count, color }, position) => {
                  const value = week[count];
                  const barX = x + position * (barWidth + barGap);
                  return (
                    <g key={count}>
                      <rect x={barX} y={baseline - barHeight(value)} width={barWidth} height={barHeight(value)} fill={color} />
                      <text
                        x={barX + barWidth / 2}
                        y={baseline - barHeight(value) - 4}
                        fontSize={11}
                        textAnchor="middle"
                        fill="currentColor"
                      >
                        {value}
                      </text>
                    </g>
                  );
                })}
                <text x={x + (groupWidth - groupGap) / 2} y={baseline + 18} fontSize={11} textAnchor="middle" fill="currentColor">
                  {weekDates(week)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
