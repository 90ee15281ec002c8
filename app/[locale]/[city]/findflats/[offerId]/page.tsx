import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferDetails } from "@/components/listing/offer-details";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { offerPreview } from "../link-preview";
import { listedOffer, listingRobots } from "../listing-route";

// Built from the region's cached listing and refreshed with it: a deleted offer's page is gone at once.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, offerId } = await params;
  const { region, offer } = await listedOffer(locale, city, offerId);
  const t = await getTranslations({ locale, namespace: "Listing" });
  const title = t("detailTitle", { title: offer.title, region: region.name });
  return { title, robots: listingRobots(region), ...(await offerPreview(region, locale, offer, title)) };
}

export default async function OfferPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const { region, offer } = await listedOffer(locale, city, offerId);

  return (
    <PageShell region={region} languages={region.listingLocales}>
      <OfferDetails offer={offer} region={region} />
    </PageShell>
  );
}
