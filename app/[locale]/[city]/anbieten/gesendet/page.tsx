import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferDraftSent } from "@/components/offer-form/use-offer-draft";
import { OfferSubmitted } from "@/components/offer-submitted/offer-submitted";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { sentAddress } from "@/lib/offers/sent-address";
import { getRegion } from "@/lib/regions/regions";
import { pagePath } from "@/lib/routes/site-routes";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "OfferSubmitted" });
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/** Where the offer form leads after sending. */
export default async function OfferSubmittedPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();

  return (
    <PageShell region={region}>
      <OfferDraftSent region={region.slug} />
      <OfferSubmitted region={region} formPath={pagePath("offerForm")} sentTo={await sentAddress(region.slug)} />
    </PageShell>
  );
}
