import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { deleteOfferAction } from "@/lib/staff/offer-actions";
import { findStaffOffer } from "@/lib/staff/offers";
import { signedInStaffRegion } from "@/lib/staff/staff-region";
import { StaffNav } from "../../../staff-nav";
import styles from "../../../staff.module.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Staff.delete" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The confirmation step before the municipality deletes an offer: shows the offer, deletes only on the button. */
export default async function StaffDeleteOfferPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const region = await signedInStaffRegion(city, locale, pagePath("staffOfferRemoval", { offerId }));
  const [offer, t, tOffers, format] = await Promise.all([
    findStaffOffer(region.slug, offerId),
    getTranslations("Staff.delete"),
    getTranslations("Staff.offers"),
    getFormatter(),
  ]);
  if (!offer) notFound();
  const backPath = sitePath(region.site, pagePath("staffOffers"));

  return (
    <PageShell region={region}>
      <StaffNav region={region} current="offers" />
      <h1>{t("title")}</h1>
      <section aria-labelledby="staff-delete-offer" className={styles.summary}>
        <h2 id="staff-delete-offer" lang={offer.textLanguage} dir="auto">
          {offer.title}
        </h2>
        <p dir="auto">{tOffers("placeValue", { place: offer.place, postalCode: offer.postalCode })}</p>
        <p>
          {tOffers("columns.status")}: {tOffers(`status.${offer.status}`)}
          {offer.active && offer.expiresAt && (
            <>
              {" · "}
              {tOffers("expiresAt", { date: format.dateTime(offer.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </>
          )}
        </p>
        {offer.contact && (
          <p>
            {tOffers("columns.contact")}: <span dir="auto">{offer.contact.name}</span>, {offer.contact.email}
          </p>
        )}
      </section>
      {offer.active ? (
        <form action={deleteOfferAction.bind(null, { site: region.site, locale, offerId: offer.id })}>
          <p>{t("text")}</p>
          <button type="submit" className="button button-danger">
            {t("button")}
          </button>
        </form>
      ) : (
        <p role="status" className="notice">
          {t("notActive")}
        </p>
      )}
      <p>
        <Link href={backPath}>{t("cancel")}</Link>
      </p>
    </PageShell>
  );
}
