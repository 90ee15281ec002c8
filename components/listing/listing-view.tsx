import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Pagination } from "@/components/pagination";
import { AlertInvitation } from "@/components/search-alert/alert-invitation";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listingPlaces, type ListingPage, type ListingQuery } from "@/lib/offers/listing-filters";
import type { PublicOffer } from "@/lib/offers/public-offer";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { ListingFilterForm } from "./listing-filter-form";
import styles from "./listing.module.css";
import { OfferCard } from "./offer-card";
import { RegionContact } from "./region-contact";

type Props = {
  region: SiteRegion;
  locale: Locale;
  /** All active offers of the region, before filtering (the cached listing). */
  regionOffers: PublicOffer[];
  page: ListingPage;
  /** The visitor's search, or null on the unfiltered listing. */
  query: ListingQuery | null;
  pageHref: (page: number) => string;
};

/**
 * A page of the listing: how many match, the filters folded into one line, the offers of this page, links to the
 * other pages and the invitation to a search alert; or a kind word when empty.
 */
export async function ListingView({ region, locale, regionOffers, page, query, pageHref }: Props) {
  const [t, tFilters] = await Promise.all([getTranslations("Listing"), getTranslations("Filters")]);

  if (regionOffers.length === 0) {
    return (
      <>
        <h1>{t("title", { region: region.name })}</h1>
        <NothingFound region={region} query={query} askMunicipality={t("askMunicipality")}>
          {t("count", { count: 0 })} {t("empty")}
        </NothingFound>
      </>
    );
  }

  return (
    <>
      <h1>{t("title", { region: region.name })}</h1>
      <p className={styles.count}>
        {query ? tFilters("resultCount", { count: page.total }) : t("count", { count: page.total })}
      </p>
      <ListingFilterForm site={region.site} locale={locale} query={query} places={listingPlaces(regionOffers)} />
      {page.total === 0 ? (
        <NothingFound region={region} query={query} askMunicipality={t("askMunicipality")}>
          {tFilters("noMatch")} <Link href={sitePath(region.site, pagePath("listing"))}>{t("backToListing")}</Link>
        </NothingFound>
      ) : (
        <>
          <ol className="offer-list">
            {page.offers.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} site={region.site} regionName={region.name} />
              </li>
            ))}
          </ol>
          <Pagination page={page.page} pageCount={page.pageCount} href={pageHref} />
          {/* After the offers: on a phone the first result comes first. */}
          <AlertInvitation site={region.site} query={query} />
        </>
      )}
    </>
  );
}

/** No offer to show: why, who at the municipality can help, and the invitation to hear of new ones. */
function NothingFound(props: { region: SiteRegion; query: ListingQuery | null; askMunicipality: string; children: ReactNode }) {
  return (
    <>
      <div className="notice">
        <p>{props.children}</p>
        <p>{props.askMunicipality}</p>
        <RegionContact region={props.region} />
      </div>
      <AlertInvitation site={props.region.site} query={props.query} />
    </>
  );
}
