import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedShell } from "@/components/embed/embed-shell";
import { OfferPageContent } from "@/components/offer-form/offer-page-content";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "OfferForm" });
  // The full page at /anbieten is the one to be found.
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * The offer form inside a municipal website's frame (public/embed.js). Sending it, its errors and the "mail sent"
 * page all stay inside the frame; the privacy policy opens in a new window.
 */
export default async function EmbeddedOfferPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  return (
    <EmbedShell region={region}>
      <OfferPageContent region={region} locale={locale} presentation="embedded" />
    </EmbedShell>
  );
}
