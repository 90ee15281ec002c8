import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { landlordPosterLocales, offerFormUrl } from "@/lib/qr/offer-form-code";
import { getRegion } from "@/lib/regions/regions";
import { PosterSheet } from "../../poster-sheet";

type Props = { params: Promise<{ locale: Locale; city: string; languages: string }> };

async function posterOrNotFound(city: string, languages: string) {
  const region = await getRegion(city);
  const locales = landlordPosterLocales(languages);
  if (!region || !locales) notFound();
  return { region, locales };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, languages } = await params;
  const { region } = await posterOrNotFound(city, languages);
  const t = await getTranslations({ locale, namespace: "Qr" });
  return { title: t("landlordPosterTitle", { region: region.name }), robots: { index: false, follow: false } };
}

/** The landlords' poster "Wohnraum anbieten", in German or German and English; its code leads to the offer form. */
export default async function LandlordPosterPage({ params }: Props) {
  const { locale, city, languages } = await params;
  setRequestLocale(locale);
  const { region, locales } = await posterOrNotFound(city, languages);
  return <PosterSheet region={region} words="LandlordPoster" locales={locales} url={offerFormUrl(region)} />;
}
