import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { ListingView } from "@/components/listing/listing-view";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { listingQueryString, parseListingSearch, searchListing, searchString, type ListingSearchParams } from "@/lib/offers/listing-filters";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listingPreview } from "../link-preview";
import { listedRegion, noindex } from "../listing-route";

type Props = {
  params: Promise<{ locale: Locale; city: string }>;
  searchParams: Promise<ListingSearchParams>;
};

/** The search of a request, shared by the page and its metadata: filtering and sorting the listing once. */
const searchOf = cache(async (regionSlug: string, search: string) => {
  const offers = await getListing(regionSlug);
  const query = parseListingSearch(new URLSearchParams(search));
  return { offers, query, page: searchListing(offers, query) };
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const [t, rawQuery] = await Promise.all([getTranslations({ locale, namespace: "Filters" }), searchParams]);
  const { query, page } = await searchOf(region.slug, searchString(rawQuery));
  const search = listingQueryString({ ...query, sort: "newest" }, 1);
  const pageSearch = listingQueryString(query, query.page);
  const title = t("searchTitle", { region: region.name });
  return {
    title,
    robots: noindex,
    ...(await listingPreview(region, locale, {
      title,
      offerCount: page.total,
      path: pagePath("search", { query: pageSearch }),
      feedPath: pagePath("listingFeed", { query: search }),
      imagePath: pagePath("searchImage", { query: search }),
    })),
  };
}

/**
 * The filtered listing: rendered per request because every visitor asks differently, but served from the cached
 * listing and region, so it costs no database query.
 */
export default async function ListingSearchPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await listedRegion(locale, city);
  const rawQuery = await searchParams;
  const { offers, query, page } = await searchOf(region.slug, searchString(rawQuery));
  const pageHref = (page: number) => {
    const search = listingQueryString(query, page);
    return sitePath(region.site, pagePath("search", { query: search }));
  };

  return (
    <PageShell region={region} languages={region.listingLocales} query={searchString(rawQuery)}>
      <ListingView
        region={region}
        locale={locale}
        regionOffers={offers}
        page={page}
        query={query}
        pageHref={pageHref}
      />
    </PageShell>
  );
}
