import type { getFormatter } from "next-intl/server";
import type { WeekStatistics } from "@/lib/statistics/weekly";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

const dayMs = 24 * 60 * 60 * 1000;

/** The placeholders of the "weekLabel" message for an ISO week such as "2026-W48". */
export function weekLabelValues(isoWeek: string): { week: number; year: string } {
  return { week: Number(isoWeek.slice(-2)), year: isoWeek.slice(0, 4) };
}

/** The placeholders of the "weekDates" message: the week's Monday and Sunday ("30.11." and "6.12." in German). */
export function weekDatesValues(week: Pick<WeekStatistics, "weekStart">, format: Formatter): { start: string; end: string } {
  // Noon UTC is the same day in Germany, also across a change of daylight saving time.
  const monday = new Date(`${week.weekStart}T12:00:00Z`);
  const sunday = new Date(monday.getTime() + 6 * dayMs);
  const dayAndMonth = { day: "numeric", month: "numeric", timeZone: "Europe/Berlin" } as const;
  return { start: format.dateTime(monday, dayAndMonth), end: format.dateTime(sunday, dayAndMonth) };
}
