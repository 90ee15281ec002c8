import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

async function listedRegion(locale: Locale, city: string) {
  const region = await getRegion(city);
  if (!region || !region.listingLocales.includes(locale)) notFound();
  return region;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "Report" });
  return { title: `${t("sent.metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * Where the report form leads after sending (redirect after POST, so reloading sends nothing twice). It shows
 * nothing of the report; the offer may be gone by now, so it leads back to the listing.
 */
export default async function ReportSentPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await listedRegion(locale, city);
  const t = await getTranslations("Report");

  return (
    <PageShell region={region}>
      <h1>{t("sent.heading")}</h1>
      <div role="status" className="notice notice-success">
        <p>{t("sent.text")}</p>
        <p>{t("sent.reply")}</p>
      </div>
      <p>
        <Link href={sitePath(region.site, pagePath("listing"))}>{t("sent.backToListing")}</Link>
      </p>
    </PageShell>
  );
}
