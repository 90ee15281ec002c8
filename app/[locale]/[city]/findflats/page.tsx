import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfferCard } from "@/components/listing/offer-card";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { getRegion } from "@/lib/regions/regions";

// Rendered on first visit per city and language, then served from the cache until an offer changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

async function listedRegion(locale: Locale, city: string) {
  const region = await getRegion(city);
  if (!region || !region.listingLocales.includes(locale)) notFound();
  return region;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "Listing" });
  // Private persons' phone numbers must not end up in search engines.
  return { title: t("title", { region: region.name }), robots: { index: false, follow: false } };
}

export default async function ListingPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await listedRegion(locale, city);
  const [offers, t, tLocale] = await Promise.all([
    getListing(region.slug),
    getTranslations("Listing"),
    getTranslations("LocaleName"),
  ]);

  return (
    <PageShell region={region}>
      <nav aria-label={t("languages")} className="language-links">
        <ul>
          {region.listingLocales
            .filter((other) => other !== locale)
            .map((other) => (
              <li key={other}>
                <Link href={`/${region.slug}/findflats`} locale={other as Locale} hrefLang={other} lang={other}>
                  {tLocale(other as Locale)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <h1>{t("title", { region: region.name })}</h1>
      <p>{t("count", { count: offers.length })}</p>
      {offers.length === 0 ? (
        <p className="notice">
          {t("empty")}{" "}
          <a href={`mailto:${region.contactEmail}`}>{region.contactName}</a>
        </p>
      ) : (
        <ol className="offer-list">
          {offers.map((offer) => (
            <li key={offer.id}>
              <OfferCard offer={offer} />
            </li>
          ))}
        </ol>
      )}
    </PageShell>
  );
}
