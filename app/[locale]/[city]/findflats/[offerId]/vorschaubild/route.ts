import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { offerImage } from "../../link-preview";
import { findListedOffer, listedRegion } from "../../listing-route";

// Built from the region's cached listing and refreshed with it, like the offer page.
export const revalidate = 3600;

// None at build time; each is kept once drawn (without this, Next.js draws the picture on every request).
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; city: string; offerId: string }> };

/** `/{city}/findflats/{offerId}/vorschaubild`: the offer's picture for shared links, nothing of its contact. */
export async function GET(_request: Request, { params }: Context) {
  const { locale, city, offerId } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const region = await listedRegion(locale, city);
  const offer = await findListedOffer(region.slug, offerId);
  // Answered, not thrown: Next.js keeps a thrown notFound()'s 404 without the listing's cache tags, so it would outlast
  // the approval of an offer that waited for the municipality's check by the hour of `revalidate`.
  if (!offer) return new Response(null, { status: 404 });
  return offerImage(region, locale, offer);
}
