import { getTranslations } from "next-intl/server";
import { readOnlyRoute } from "@/lib/security/request-methods";
import { csvDownload, staffFileRequest } from "@/lib/staff/staff-file";
import { statisticsCsv, statisticsFileName, type CsvHeadings } from "@/lib/statistics/csv";
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
  return csvDownload(statisticsCsv(await weeklyStatistics(region.slug), headings), statisticsFileName(region.slug));
}

export const { POST, OPTIONS } = readOnlyRoute;
