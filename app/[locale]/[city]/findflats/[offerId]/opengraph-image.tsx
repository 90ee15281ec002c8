import type { Locale } from "@/lib/i18n/routing";
import { previewImageSize, previewImageType } from "@/lib/preview-images/preview-image";
import { offerImage } from "../link-preview";
import { listedOffer } from "../listing-route";

// Built from the region's cached listing and refreshed with it, like the offer page.
export const revalidate = 3600;

// None at build time; each is kept once drawn (without this, Next.js draws the picture on every request).
export function generateStaticParams() {
  return [];
}

export const size = previewImageSize;
export const contentType = previewImageType;

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

/** `/{city}/findflats/{offerId}/opengraph-image`: the offer's picture for shared links, nothing of its contact. */
export default async function OfferImage({ params }: Props) {
  const { locale, city, offerId } = await params;
  const { region, offer } = await listedOffer(locale, city, offerId);
  return offerImage(region, locale, offer);
}
