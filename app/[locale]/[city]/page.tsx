import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { city } = await params;
  const region = await getRegion(city);
  return region ? { title: region.name } : {};
}

/** A region's start page: the two ways in, to offer housing or to find it. */
export default async function RegionPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("Region");
  return (
    <PageShell region={region}>
      <h1>{region.name}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link className="button" href={sitePath(region.site, pagePath("offerForm"))}>
          {t("offer")}
        </Link>
      </p>
      {region.listingLocales.includes(locale) && (
        <p>
          <Link className="button button-secondary" href={sitePath(region.site, pagePath("listing"))}>
            {t("find")}
          </Link>
        </p>
      )}
    </PageShell>
  );
}
