import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingView } from "@/components/listing/listing-view";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { paginate } from "@/lib/offers/listing-filters";
import { pagePath } from "@/lib/routes/site-routes";
import { listingPreview } from "./link-preview";
import { listedRegion, listingPageHref, listingRobots } from "./listing-route";

// Rendered on first visit per city and language, then served from the cache until an offer changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const [t, offers] = await Promise.all([getTranslations({ locale, namespace: "Listing" }), getListing(region.slug)]);
  const title = t("title", { region: region.name });
  return {
    title,
    robots: listingRobots(region),
    ...(await listingPreview(region, locale, {
      title,
      offerCount: offers.length,
      path: pagePath("listing"),
      feedPath: pagePath("listingFeed"),
      imagePath: pagePath("listingImage"),
    })),
  };
}

/** The first page of a region's listing, newest offers first. */
export default async function ListingPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await listedRegion(locale, city);
  const offers = await getListing(region.slug);

  return (
    <PageShell region={region} languages={region.listingLocales}>
      <ListingView
        region={region}
        locale={locale}
        regionOffers={offers}
        page={paginate(offers, 1)}
        query={null}
        pageHref={(page) => listingPageHref(region.site, page)}
      />
    </PageShell>
  );
}
