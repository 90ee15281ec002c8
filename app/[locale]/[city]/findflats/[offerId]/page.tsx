import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferDetails } from "@/components/listing/offer-details";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { offerPreview } from "../link-preview";
import { listedOrGoneOffer, listingRobots, noindex } from "../listing-route";
import { GoneOfferView } from "./gone-offer";

// Built from the region's cached listing and refreshed with it: a deleted offer's page is gone at once. A deleted or
// expired offer's page is cached as well and answers 410 Gone (lib/cache-handlers/page-cache.mjs).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, offerId } = await params;
  const { region, offer } = await listedOrGoneOffer(locale, city, offerId);
  if (!offer) {
    const t = await getTranslations({ locale, namespace: "GoneOffer" });
    return { title: t("metaTitle", { region: region.name }), robots: noindex };
  }
  const t = await getTranslations({ locale, namespace: "Listing" });
  const title = t("detailTitle", { title: offer.title, region: region.name });
  return { title, robots: listingRobots(region), ...(await offerPreview(region, locale, offer, title)) };
}

export default async function OfferPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const { region, offer, gone } = await listedOrGoneOffer(locale, city, offerId);

  return (
    <PageShell region={region} languages={region.listingLocales}>
      {offer ? <OfferDetails offer={offer} region={region} /> : <GoneOfferView region={region} gone={gone} />}
    </PageShell>
  );
}
