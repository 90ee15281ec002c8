import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { etagOf, isNotModified } from "@/lib/api/responses";
import { loadMessages } from "@/lib/i18n/messages";
import { routing } from "@/lib/i18n/routing";
import { atomFeed, feedUpdated } from "@/lib/offers/atom-feed";
import { offerHeading } from "@/lib/offers/fact-line";
import { getListing } from "@/lib/offers/listing";
import { hasFilters, listingQueryString, matchesFilters, parseListingSearch } from "@/lib/offers/listing-filters";
import { getCachedRegion } from "@/lib/regions/regions";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { frontCacheControl } from "@/lib/security/front-cache";
import { readOnlyRoute } from "@/lib/security/request-methods";
import { offerSummary } from "../link-preview";

type Context = { params: Promise<{ locale: string; city: string }> };

/** The newest offers a feed reader gets; older ones are on the listing. */
const entriesPerFeed = 50;

/**
 * `/{city}/findflats/feed` (with a search's filters: `…/feed?beds=2`): the listing's offers, newest first, as an
 * Atom feed in the page's language. Read from the cached listing and region like the pages, so a feed reader's
 * poll costs no query; a poll with the feed's ETag or date gets `304 Not Modified` while it has not changed.
 */
export async function GET(request: Request, { params }: Context) {
  const { locale, city } = await params;
  const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!hasLocale(routing.locales, locale)) return notFound();
  const region = await getCachedRegion(city);
  if (!region?.listingLocales.includes(locale)) return notFound();
  const query = parseListingSearch(new URL(request.url).searchParams);
  const search = listingQueryString({ ...query, sort: "newest" }, 1);
  const [tListing, tFilters, messages] = await Promise.all([
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Filters" }),
    loadMessages(locale),
  ]);
  // The cached listing is newest first already.
  const offers = (await getListing(region.slug)).filter((offer) => matchesFilters(offer, query)).slice(0, entriesPerFeed);
  const page = hasFilters(query) ? pagePath("search", { query: search }) : pagePath("listing");
  const entries = await Promise.all(
    offers.map(async (offer) => ({
      id: offer.id,
      title: offerHeading(offer, locale, messages),
      url: regionUrl(region, locale, pagePath("offer", { offerId: offer.id })),
      updated: offer.publishedAt,
      // The facts, and "checked by <region>" for a landlord the municipality checked, as the card says it.
      summary: [await offerSummary(offer, locale), offer.checkedByRegion && tListing("checkedBy", { regionName: region.name })]
        .filter(Boolean)
        .join(" · "),
      landlordText: offer.description ? `${offer.title}\n\n${offer.description}` : offer.title,
      textLanguage: offer.textLanguage,
    })),
  );
  // Without offers, the feed last changed with its region, as far as a reader can tell.
  const updated = feedUpdated(entries, region.updatedAt);
  const xml = atomFeed({
    title: hasFilters(query) ? tFilters("searchTitle", { region: region.name }) : tListing("title", { region: region.name }),
    url: regionUrl(region, locale, pagePath("listingFeed", { query: search })),
    pageUrl: regionUrl(region, locale, page),
    author: region.name,
    language: locale,
    updated,
    entries,
  });
  const lastModified = new Date(updated);
  const headers = { "cache-control": frontCacheControl, etag: etagOf(xml), "last-modified": lastModified.toUTCString() };
  if (isNotModified(request.headers, headers.etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "content-type": "application/atom+xml; charset=utf-8" } });
}

export const { POST, OPTIONS } = readOnlyRoute;
