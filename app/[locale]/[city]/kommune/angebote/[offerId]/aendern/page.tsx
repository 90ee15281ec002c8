import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferForm } from "@/components/offer-form/offer-form";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { findRegionOffer, isStillActive } from "@/lib/offers/lifecycle";
import { storedOfferValues } from "@/lib/offers/offer-form-state";
import { todayInGermany, unchangeableValues } from "@/lib/offers/offer-schema";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { changeOfferByMunicipalityAction } from "@/lib/staff/offer-actions";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { StaffNav } from "../../../staff-nav";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.change" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The municipality corrects an offer of its region (a landlord who phoned in a change): the landlord's change form,
 * filled with the offer's current values; saving it mails the landlord.
 */
export default async function StaffChangeOfferPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffOfferChange", { offerId }));
  const [offer, t] = await Promise.all([findRegionOffer(region.slug, offerId), getTranslations("Staff.change")]);
  if (!offer) notFound();

  return (
    <PageShell region={region}>
      <StaffNav region={region} current="offers" />
      <h1>{t("title")}</h1>
      {isStillActive(offer) ? (
        <>
          <p>{t("intro")}</p>
          <OfferForm
            action={changeOfferByMunicipalityAction.bind(null, { site: region.site, locale, offerId: offer.id })}
            today={todayInGermany()}
            change={{ values: storedOfferValues(offer), unchangeable: unchangeableValues(offer) }}
          />
        </>
      ) : (
        <p role="status" className="notice">
          {t("notActive")}
        </p>
      )}
      <p>
        <Link href={sitePath(region.site, pagePath("staffOffers"))}>{t("cancel")}</Link>
      </p>
    </PageShell>
  );
}
