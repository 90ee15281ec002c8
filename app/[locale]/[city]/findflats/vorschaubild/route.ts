import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { listingImage } from "../link-preview";
import { listedRegion } from "../listing-route";

// Like the listing: drawn on first request per city and language, then served from the cache until an offer changes
// (it reads the same tagged cache entries, so expiring the listing expires the picture too).
export const revalidate = 3600;

// None at build time; each is kept once drawn (without this, Next.js draws the picture on every request).
export function generateStaticParams() {
  return [];
}

type Context = { params: Promise<{ locale: string; city: string }> };

/**
 * `/{city}/findflats/vorschaubild`: the listing's picture for shared links (see link-preview.ts). A route handler,
 * not an `opengraph-image` file: Next.js would name such a file on every page below it by its internal path.
 */
export async function GET(_request: Request, { params }: Context) {
  const { locale, city } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const region = await listedRegion(locale, city);
  const [t, offers] = await Promise.all([getTranslations({ locale, namespace: "Listing" }), getListing(region.slug)]);
  return listingImage(region, locale, { title: t("title", { region: region.name }), offerCount: offers.length });
}
