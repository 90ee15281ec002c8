import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmbedShell } from "@/components/embed/embed-shell";
import { NewWindowLinks } from "@/components/embed/new-window-links";
import { ListingView } from "@/components/listing/listing-view";
import type { Locale } from "@/lib/i18n/routing";
import { getListing } from "@/lib/offers/listing";
import { paginate } from "@/lib/offers/listing-filters";
import { listedRegion, listingPageHref, noindex } from "../../findflats/listing-route";

// As the full listing: rendered on first visit per city and language, then cached until an offer changes.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "Listing" });
  // A copy of the full listing, which is the one search engines may index.
  return { title: t("title", { region: region.name }), robots: noindex };
}

/**
 * The first page of a region's listing inside a municipal website's frame. Offers, further pages and the search
 * open the full site in a new window: a visitor gets the whole offer page with its own address to keep or share,
 * and the embedded page stays one small, cached page.
 */
export default async function EmbeddedListingPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await listedRegion(locale, city);
  const [offers, t] = await Promise.all([getListing(region.slug), getTranslations("Embed")]);

  return (
    <EmbedShell region={region}>
      <NewWindowLinks hint={t("listing.newWindow")}>
        <ListingView
          region={region}
          locale={locale}
          regionOffers={offers}
          page={paginate(offers, 1)}
          query={null}
          pageHref={(page) => listingPageHref(region.site, page)}
        />
      </NewWindowLinks>
    </EmbedShell>
  );
}
