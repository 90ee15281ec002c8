import { weeklyCounts, type WeekStatistics, type WeeklyCount } from "./weekly";

/** Column titles in the reader's language: the week, its start and one per count. */
export type CsvHeadings = { isoWeek: string; weekStart: string } & Record<WeeklyCount, string>;

/**
 * A cell as German Excel reads it. A cell starting with = + - @ (or a tab or carriage return) would run as a
 * formula when opened, so it gets a leading apostrophe; cells with the separator, quotes or line breaks are quoted.
 * Soft hyphens go: in the column titles they mark where the page's narrow table columns may break a long word.
 */
export function csvCell(value: string | number): string {
  let text = String(value).replaceAll("\u00AD", "");
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The weekly statistics as a CSV file for German Excel: UTF-8 with a byte order mark (else Excel reads umlauts
 * as Windows-1252), semicolons between cells, CRLF between rows, one row per week.
 */
export function statisticsCsv(weeks: readonly WeekStatistics[], headings: CsvHeadings, more?: MoreColumns): string {
  const columns = ["isoWeek", "weekStart", ...weeklyCounts] as const;
  return csvFile([
    [...columns.map((column) => headings[column]), ...(more?.headings ?? [])],
    ...weeks.map((week) => [...columns.map((column) => week[column]), ...(more?.cells(week) ?? [])]),
  ]);
}

/** Columns after the weekly counts (the municipality's check, lib/statistics/review.ts): titles, and a week's cells. */
export type MoreColumns = { headings: string[]; cells: (week: WeekStatistics) => (string | number)[] };

/** Rows as a CSV file for German Excel (see statisticsCsv); the first row holds the column titles. */
export function csvFile(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/** The download's file name, e.g. wohnraum-augsburg-statistik.csv (slugs are [a-z0-9-]). */
export function statisticsFileName(regionSlug: string): string {
  return `wohnraum-${regionSlug}-statistik.csv`;
}
