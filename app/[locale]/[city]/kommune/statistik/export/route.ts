import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { staffSessionFor } from "@/lib/staff/session";
import { statisticsCsv, statisticsFileName, type CsvHeadings } from "@/lib/statistics/csv";
import { weeklyCounts, weeklyStatistics } from "@/lib/statistics/weekly";

type Context = { params: Promise<{ locale: string; city: string }> };

/** The weekly statistics as a CSV file for the region's signed-in staff, column titles in the page's language. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, city } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response(null, { status: 404 });
  const region = await getRegion(city);
  if (!region) return new Response(null, { status: 404 });
  if (!(await staffSessionFor(region.slug))) {
    // Signed out (or the session expired) while the page was open: back to the sign-in page.
    const signIn = getPathname({ href: sitePath(region.site, "/kommune"), locale });
    return new Response(null, { status: 303, headers: { Location: signIn, "Cache-Control": "no-store" } });
  }

  const t = await getTranslations({ locale, namespace: "Statistics" });
  const headings = {
    isoWeek: t("columns.isoWeek"),
    weekStart: t("columns.weekStart"),
    ...Object.fromEntries(weeklyCounts.map((count) => [count, t(`columns.${count}`)])),
  } as CsvHeadings;
  return new Response(statisticsCsv(await weeklyStatistics(region.slug), headings), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${statisticsFileName(region.slug)}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
