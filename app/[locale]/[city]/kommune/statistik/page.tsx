import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { FailedMails } from "@/components/statistics/failed-mails";
import { ReviewStatistics } from "@/components/statistics/review-statistics";
import styles from "@/components/statistics/statistics.module.css";
import { WeeklyChart } from "@/components/statistics/weekly-chart";
import { WeeklyTable } from "@/components/statistics/weekly-table";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { activeOfferCount, activeSearchAlertCount, failedMails, weeklyStatistics } from "@/lib/statistics/weekly";
import { FileDownload } from "../file-download";
import { StaffNav } from "../staff-nav";

// Per request and never cached: the numbers change with every offer, and only signed-in staff may see them.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; city: string }> };

/** A quarter of a year fits an office screen as columns with their labels; the table has every week. */
const chartWeeks = 12;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return { title: t("title", { region: region.name }), robots: { index: false, follow: false } };
}

/** For the region's signed-in staff: what the exchange achieved, week by week, and mails that never arrived. */
export default async function StatisticsPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffStatistics"));

  const [t, weeks, activeOffers, activeAlerts, failed] = await Promise.all([
    getTranslations("Statistics"),
    weeklyStatistics(region.slug),
    activeOfferCount(region.slug),
    activeSearchAlertCount(region.slug),
    failedMails(region.slug),
  ]);

  return (
    <PageShell region={region} wide>
      <StaffNav region={region} current="statistics" />
      <h1>{t("title", { region: region.name })}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="statistics-overview">
        <h2 id="statistics-overview">{t("overviewHeading")}</h2>
        <dl className={styles.figures}>
          <div>
            <dt>{t("activeOffers")}</dt>
            <dd>{activeOffers}</dd>
          </div>
          <div>
            <dt>{t("activeSearchAlerts")}</dt>
            <dd>{activeAlerts}</dd>
          </div>
          <div className={failed.count > 0 ? styles.alarm : undefined}>
            <dt>{t("failedMails")}</dt>
            <dd>{failed.count}</dd>
          </div>
        </dl>
        {failed.count > 0 && <FailedMails mails={failed.latest} />}
      </section>

      <ReviewStatistics region={region} />

      <section aria-labelledby="statistics-chart">
        <h2 id="statistics-chart">{t("chartHeading")}</h2>
        <WeeklyChart id="statistics-chart-image" weeks={weeks.slice(-chartWeeks)} />
      </section>

      <section aria-labelledby="statistics-table">
        <h2 id="statistics-table">{t("tableHeading")}</h2>
        <FileDownload href={getPathname({ href: sitePath(region.site, pagePath("staffStatisticsExport")), locale })}>
          {t("download")}
        </FileDownload>
        <WeeklyTable weeks={weeks} />
      </section>
    </PageShell>
  );
}
