import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { listingUrl, posterLocales } from "@/lib/qr/listing-codes";
import { getRegion } from "@/lib/regions/regions";
import { PosterSheet } from "../../poster-sheet";

type Props = { params: Promise<{ locale: Locale; city: string; languages: string }> };

async function posterOrNotFound(city: string, languages: string) {
  const region = await getRegion(city);
  const locales = region && posterLocales(region, languages);
  if (!region || !locales) notFound();
  return { region, locales };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, languages } = await params;
  const { region } = await posterOrNotFound(city, languages);
  const t = await getTranslations({ locale, namespace: "Qr" });
  return { title: t("posterTitle", { region: region.name }), robots: { index: false, follow: false } };
}

/**
 * The seekers' poster in one language or two (e.g. /augsburg/qr/plakat/uk-de); the poster speaks the languages in
 * its path.
 */
export default async function PosterPage({ params }: Props) {
  const { locale, city, languages } = await params;
  setRequestLocale(locale);
  const { region, locales } = await posterOrNotFound(city, languages);
  // The code leads to the first language's listing, which links to the others.
  return <PosterSheet region={region} words="Poster" locales={locales} url={listingUrl(region, locales[0])} />;
}
