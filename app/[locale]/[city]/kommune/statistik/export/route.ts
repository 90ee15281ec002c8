import { getTranslations } from "next-intl/server";
import { readOnlyRoute } from "@/lib/security/request-methods";
import { csvDownload, staffFileRequest } from "@/lib/staff/staff-file";
import { statisticsCsv, statisticsFileName, type CsvHeadings } from "@/lib/statistics/csv";
import { reviewCells, reviewColumns, showsReview, weeklyReviews } from "@/lib/statistics/review";
import { weeklyCounts, weeklyStatistics } from "@/lib/statistics/weekly";

type Context = { params: Promise<{ locale: string; city: string }> };

/** The weekly statistics as a CSV file for the region's signed-in staff, column titles in the page's language. */
export async function GET(_request: Request, { params }: Context) {
  const { locale: requested, city } = await params;
  const file = await staffFileRequest(requested, city);
  if (file.refusal) return file.refusal;
  const { region, locale } = file;

  const t = await getTranslations({ locale, namespace: "Statistics" });
  const headings = {
    isoWeek: t("columns.isoWeek"),
    weekStart: t("columns.weekStart"),
    ...Object.fromEntries(weeklyCounts.map((count) => [count, t(`columns.${count}`)])),
  } as CsvHeadings;
  const [weeks, reviewWeeks] = await Promise.all([weeklyStatistics(region.slug), weeklyReviews(region.slug)]);
  // Where the region checks offers (or did): the week's decisions after the counts, hours as German Excel reads them.
  const tReview = await getTranslations({ locale, namespace: "Statistics.review" });
  const byWeek = new Map(reviewWeeks.map((week) => [week.isoWeek, week]));
  const hours = (value: number | null) => (value === null ? "" : value.toLocaleString("de-DE", { maximumFractionDigits: 1 }));
  const review = showsReview(region.review, reviewWeeks)
    ? {
        headings: reviewColumns.map((column) => tReview(column)),
        cells: (week: { isoWeek: string }) => reviewCells(byWeek.get(week.isoWeek), hours),
      }
    : undefined;
  return csvDownload(statisticsCsv(weeks, headings, review), statisticsFileName(region.slug));
}

export const { POST, OPTIONS } = readOnlyRoute;
