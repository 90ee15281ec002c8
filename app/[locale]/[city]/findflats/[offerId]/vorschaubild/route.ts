import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/lib/i18n/routing";
import { offerImage } from "../../link-preview";
import { listedOffer } from "../../listing-route";

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
  const { region, offer } = await listedOffer(locale, city, offerId);
  return offerImage(region, locale, offer);
}
