import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferForm } from "@/components/offer-form/offer-form";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { findOfferByToken, isChangeable } from "@/lib/offers/lifecycle";
import { changeOfferAction } from "@/lib/offers/offer-actions";
import { storedOfferValues } from "@/lib/offers/offer-form-state";
import { todayInGermany, unchangeableValues } from "@/lib/offers/offer-schema";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { InvalidLink } from "../invalid-link";

type Props = {
  params: Promise<{ locale: Locale; city: string; token: string }>;
  searchParams: Promise<{ ergebnis?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferLink" });
  return { title: t("change.title"), robots: { index: false, follow: false } };
}

/**
 * The page the mail's "change" button opens: the offer form filled with the offer's current values. Opening it
 * changes nothing (mail scanners open every link); saving the form does (lib/offers/offer-actions.ts).
 */
export default async function OfferChangePage({ params, searchParams }: Props) {
  const { locale, city, token } = await params;
  setRequestLocale(locale);
  const [{ ergebnis: result }, offer, region, t] = await Promise.all([
    searchParams,
    findOfferByToken(token),
    getRegion(city),
    getTranslations("OfferLink"),
  ]);
  if (!offer || offer.regionSlug !== region?.slug) return <InvalidLink city={city} />;

  if (!isChangeable(offer)) {
    return (
      <PageShell region={region}>
        <h1>{t("change.title")}</h1>
        <p className="notice notice-info" role="status">
          {t("change.gone")}
        </p>
        <p>
          <Link href={sitePath(city, pagePath("offerForm"))}>{t("newOffer")}</Link>
        </p>
      </PageShell>
    );
  }

  const inReview = offer.status === "IN_REVIEW";
  return (
    <PageShell region={region}>
      <h1>{t("change.title")}</h1>
      {(result === "changed" || result === "changedInReview" || result === "changedTextInReview") && (
        <p className="notice notice-success" role="status">
          {t(result === "changed" ? "change.done" : result === "changedInReview" ? "change.doneInReview" : "change.doneTextInReview")}
        </p>
      )}
      <p>{t(inReview ? "change.introInReview" : "change.intro")}</p>
      <OfferForm
        action={changeOfferAction.bind(null, region.site, locale, token)}
        today={todayInGermany()}
        // A changed text waiting for the municipality's check is what the landlord last wrote.
        change={{
          values: storedOfferValues({ ...offer, title: offer.pendingTitle ?? offer.title, description: offer.pendingDescription ?? offer.description }),
          unchangeable: unchangeableValues(offer),
        }}
      />
      {offer.region.listingLocales.includes(locale) && (
        <p>
          <Link href={sitePath(city, pagePath("listing"))}>{t("toListing")}</Link>
        </p>
      )}
    </PageShell>
  );
}
