import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferPageContent } from "@/components/offer-form/offer-page-content";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "OfferForm" });
  return { title: `${t("metaTitle")} · ${region.name}` };
}

/** The landlord's form for a new offer; no account, the offer goes public once its mail link is confirmed. */
export default async function OfferPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  return (
    <PageShell region={region}>
      <OfferPageContent region={region} locale={locale} presentation="page" />
    </PageShell>
  );
}
