import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { previewImageSize, previewImageType } from "@/lib/preview-images/preview-image";
import { listingImage } from "./link-preview";
import { listedRegion } from "./listing-route";

// Like the listing: drawn on first request per city and language, then served from the cache until an offer changes
// (it reads the same tagged cache entries, so expiring the listing expires the picture too).
export const revalidate = 3600;

// None at build time; each is kept once drawn (without this, Next.js draws the picture on every request).
export function generateStaticParams() {
  return [];
}

export const size = previewImageSize;
export const contentType = previewImageType;

type Props = { params: Promise<{ locale: Locale; city: string }> };

/** `/{city}/findflats/opengraph-image`: the listing's picture for shared links (see link-preview.ts). */
export default async function ListingImage({ params }: Props) {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const [t, offers] = await Promise.all([getTranslations({ locale, namespace: "Listing" }), getListing(region.slug)]);
  return listingImage(region, locale, { title: t("title", { region: region.name }), offerCount: offers.length });
}
