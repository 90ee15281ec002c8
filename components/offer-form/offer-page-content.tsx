import { getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submitOfferAction } from "@/lib/offers/offer-actions";
import { todayInGermany } from "@/lib/offers/offer-schema";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { OfferForm } from "./offer-form";

type Props = { region: SiteRegion; locale: Locale; presentation: "page" | "embedded" };

/** Heading, what to expect and the form: the same on the full page and embedded in a municipal website. */
export async function OfferPageContent({ region, locale, presentation }: Props) {
  const t = await getTranslations("OfferForm");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro.lead", { region: region.name })}</p>
      <ul>
        <li>{t("intro.noAccount")}</li>
        <li>{t("intro.confirmation")}</li>
        <li>{t("intro.address")}</li>
      </ul>
      <OfferForm
        action={submitOfferAction.bind(null, region.site, locale, presentation)}
        region={region.slug}
        privacyPolicyUrl={getPathname({ href: sitePath(region.site, pagePath("privacyPolicy")), locale })}
        today={todayInGermany()}
      />
    </>
  );
}
