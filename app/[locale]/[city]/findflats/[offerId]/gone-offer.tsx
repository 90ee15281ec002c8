import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { GoneOffer } from "@/lib/offers/gone-offer";
import { listingQueryString, listingQuerySchema } from "@/lib/offers/listing-filters";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";

/**
 * Where links to a deleted or expired offer lead (alert mails, feeds, links shared in messenger groups): not a
 * broken site, but the region's page saying the offer is gone, with the way to its current offers and to an alert
 * for offers like it (same type and place, the facts that stay after the personal data is erased).
 */
export async function GoneOfferView({ region, gone }: { region: SiteRegion; gone: GoneOffer }) {
  const t = await getTranslations("GoneOffer");
  const similar = listingQueryString(listingQuerySchema.parse({ type: gone.type, place: gone.place }), 1);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link className="button" href={sitePath(region.site, pagePath("listing"))}>
          {t.rich("listing", { region: region.name, name: (chunks) => <bdi>{chunks}</bdi> })}
        </Link>
      </p>
      <p>
        <Link className="button button-secondary" href={sitePath(region.site, pagePath("alertForm", { query: similar }))}>
          {t("alert")}
        </Link>{" "}
        <span>{t("alertHint")}</span>
      </p>
    </>
  );
}
