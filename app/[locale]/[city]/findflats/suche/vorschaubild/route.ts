import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { matchesFilters, parseListingSearch } from "@/lib/offers/listing-filters";
import { getCachedRegion } from "@/lib/regions/regions";
import { listingImage } from "../../link-preview";

type Context = { params: Promise<{ locale: string; city: string }> };

/**
 * `/{city}/findflats/suche/vorschaubild?beds=2`: a search's picture for shared links, with the number of offers
 * it finds. An image route of Next.js gets no query string, so this is a route handler; like the search page and
 * its feed it reads the cached listing and region and costs no query.
 */
export async function GET(request: Request, { params }: Context) {
  const { locale, city } = await params;
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!hasLocale(routing.locales, locale)) return notFound();
  const region = await getCachedRegion(city);
  if (!region?.listingLocales.includes(locale)) return notFound();
  const query = parseListingSearch(new URL(request.url).searchParams);
  const [t, offers] = await Promise.all([getTranslations({ locale, namespace: "Filters" }), getListing(region.slug)]);
  const offerCount = offers.filter((offer) => matchesFilters(offer, query)).length;
  return listingImage(region, locale, { title: t("searchTitle", { region: region.name }), offerCount });
}
