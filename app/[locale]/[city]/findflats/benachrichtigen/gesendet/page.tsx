import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listedRegion, noindex } from "../../listing-route";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "SearchAlert" });
  return { title: t("sentTitle"), robots: noindex };
}

/** Where the search alert form leads after sending (redirect after POST): check your mail. */
export default async function SearchAlertSentPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const [region, t] = await Promise.all([listedRegion(locale, city), getTranslations("SearchAlert")]);
  return (
    <PageShell region={region} languages={region.listingLocales}>
      <h1>{t("sentTitle")}</h1>
      <div role="status" className="notice notice-success">
        <p>{t("sentText")}</p>
        <p>{t("sentSpam")}</p>
      </div>
      <p>
        <Link href={sitePath(region.site, pagePath("listing"))}>{t("backToListing")}</Link>
      </p>
    </PageShell>
  );
}
