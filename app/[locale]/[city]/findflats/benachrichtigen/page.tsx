import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { SearchAlertForm } from "@/components/search-alert/search-alert-form";
import { SearchDescription } from "@/components/search-alert/search-description";
import { subscribeToAlertsAction } from "@/lib/alerts/alert-actions";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listingQueryString, parseListingSearch, searchString, type ListingSearchParams } from "@/lib/offers/listing-filters";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listedRegion, noindex } from "../listing-route";

type Props = { params: Promise<{ locale: Locale; city: string }>; searchParams: Promise<ListingSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "SearchAlert" });
  return { title: t("title", { region: region.name }), robots: noindex };
}

/**
 * "Tell me about new offers like these": the search of the page it was opened from (its query string), an e-mail
 * address, how often, and consent. Nothing is sent before the address is confirmed (lib/alerts/search-alerts.ts).
 */
export default async function SearchAlertPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const [region, rawQuery, t] = await Promise.all([listedRegion(locale, city), searchParams, getTranslations("SearchAlert")]);
  const { sort: _sort, page: _page, ...filters } = parseListingSearch(new URLSearchParams(searchString(rawQuery)));
  const search = listingQueryString({ ...filters, sort: "newest", page: 1 }, 1);

  return (
    <PageShell region={region} languages={region.listingLocales} query={search}>
      <h1>{t("title", { region: region.name })}</h1>
      <p>{t("intro")}</p>
      <section className="notice" aria-labelledby="alert-search">
        <h2 id="alert-search">{t("search")}</h2>
        <SearchDescription filters={filters} regionName={region.name} />
        <p>
          <Link href={sitePath(region.site, search ? pagePath("search", { query: search }) : pagePath("listing"))}>{t("changeSearch")}</Link>
        </p>
      </section>
      <SearchAlertForm
        action={subscribeToAlertsAction.bind(null, region.site, search, locale)}
        privacyPolicyUrl={`${getPathname({ href: sitePath(region.site, pagePath("privacyPolicy")), locale })}#benachrichtigungen`}
      />
    </PageShell>
  );
}
