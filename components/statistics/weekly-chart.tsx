import type { WeekStatistics, WeeklyCount } from "@/lib/statistics/weekly";
import styles from "./statistics.module.css";

export type ChartSeries = { count: WeeklyCount; label: string; color: string };

type Props = {
  weeks: readonly WeekStatistics[];
  series: readonly ChartSeries[];
  title: string;
  description: string;
  /** Prefix of the ids that tie the picture to its title and description. */
  id: string;
};

const height = 200;
const axisSpace = 24;
const barWidth = 10;
const groupGap = 12;

/**
 * A column chart drawn on the server as inline SVG: no script, prints as is. It is one picture for assistive
 * technology (role="img" with title and description); the table next to it carries the numbers.
 */
export function WeeklyChart({ weeks, series, title, description, id }: Props) {
  const highest = Math.max(1, ...weeks.flatMap((week) => series.map((one) => week[one.count])));
  const groupWidth = series.length * barWidth + groupGap;
  const width = weeks.length * groupWidth + groupGap;
  const barHeight = (value: number) => (value / highest) * (height - axisSpace - 16);
  const baseline = height - axisSpace;

  return (
    <figure className={styles.chart}>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        className={styles.chartImage}
        // Weeks run left to right in every language, also on Arabic pages.
        direction="ltr"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={0} x2={width} y1={baseline} y2={baseline} stroke="currentColor" />
        <text x={2} y={12} fontSize={11} fill="currentColor">
          {highest}
        </text>
        {weeks.map((week, index) => {
          const x = groupGap + index * groupWidth;
          return (
            <g key={week.isoWeek}>
              {series.map((one, position) => {
                const value = week[one.count];
                return (
                  <rect
                    key={one.count}
                    x={x + position * barWidth}
                    y={baseline - barHeight(value)}
                    width={barWidth - 1}
                    height={barHeight(value)}
                    fill={one.color}
                  />
                );
              })}
              <text x={x + (series.length * barWidth) / 2} y={height - 8} fontSize={11} textAnchor="middle" fill="currentColor">
                {week.isoWeek.slice(-2)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {series.map((one) => (
            <li key={one.count}>
              <span className={styles.swatch} style={{ background: one.color }} aria-hidden="true" />
              {one.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
