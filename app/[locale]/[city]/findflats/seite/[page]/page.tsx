import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ListingView } from "@/components/listing/listing-view";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { paginate } from "@/lib/offers/listing-filters";
import { pagePath } from "@/lib/routes/site-routes";
import { listingPreview } from "../../link-preview";
import { listedRegion, listingPageHref, listingRobots } from "../../listing-route";

// Like the first page: rendered on first visit, then cached until an offer of the region changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string; page: string }> };

/** Page 2 and later; page 1 is the listing itself, and a page past the end does not exist. */
async function listingPage(locale: Locale, city: string, segment: string) {
  const region = await listedRegion(locale, city);
  const offers = await getListing(region.slug);
  const number = /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : 0;
  const page = paginate(offers, number);
  if (number < 2 || page.page !== number) notFound();
  return { region, offers, page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, page: segment } = await params;
  const { region, offers, page } = await listingPage(locale, city, segment);
  const t = await getTranslations({ locale, namespace: "Listing" });
  const title = t("titlePage", { region: region.name, page: page.page });
  const path = pagePath("listingPage", { page: page.page });
  return {
    title,
    robots: listingRobots(region),
    ...(await listingPreview(region, locale, {
      title,
      offerCount: offers.length,
      path,
      feedPath: pagePath("listingFeed"),
      imagePath: pagePath("listingImage"),
    })),
  };
}

export default async function ListingPageNumber({ params }: Props) {
  const { locale, city, page: segment } = await params;
  setRequestLocale(locale);
  const { region, offers, page } = await listingPage(locale, city, segment);

  return (
    <PageShell region={region} languages={region.listingLocales}>
      <ListingView
        region={region}
        locale={locale}
        regionOffers={offers}
        page={page}
        query={null}
        pageHref={(number) => listingPageHref(region.site, number)}
      />
    </PageShell>
  );
}
