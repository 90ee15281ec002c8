import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listingQueryString, type ListingQuery } from "@/lib/offers/listing-filters";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";

/** "Tell me about new offers like these" under a listing or search: leads to the alert form with the same filters. */
export async function AlertInvitation({ site, query }: { site: string; query: ListingQuery | null }) {
  const t = await getTranslations("SearchAlert");
  const search = query ? listingQueryString({ ...query, sort: "newest" }, 1) : "";
  return (
    <p>
      <Link className="button button-secondary" href={sitePath(site, pagePath("alertForm", { query: search }))}>
        {t("cta")}
      </Link>{" "}
      <span>{t("ctaHint")}</span>
    </p>
  );
}
