import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactRequestForm } from "@/components/contact-request/contact-request-form";
import { RegionContact } from "@/components/listing/region-contact";
import { PageShell } from "@/components/page-shell";
import { requestContactAction } from "@/lib/contact-requests/contact-request-actions";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { todayInGermany } from "@/lib/offers/offer-schema";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listedOffer } from "../../listing-route";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, offerId } = await params;
  const { region } = await listedOffer(locale, city, offerId);
  const t = await getTranslations({ locale, namespace: "ContactRequest" });
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * "Request contact": the seeker's facts and contact details go to the landlord by mail, in the landlord's
 * language; the landlord's address stays hidden. An offer that takes no requests says so instead of the form.
 */
export default async function ContactRequestPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const { region, offer } = await listedOffer(locale, city, offerId);
  const t = await getTranslations("ContactRequest");

  return (
    <PageShell region={region} languages={region.listingLocales}>
      <p>
        <Link href={sitePath(region.site, pagePath("offer", { offerId: offer.id }))}>{t("backToOffer")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <section className="notice" aria-labelledby="requested-offer">
        <h2 id="requested-offer">{t("offerHeading")}</h2>
        <p>
          <strong lang={offer.textLanguage} dir="auto">
            {offer.title}
          </strong>
          <br />
          <bdi>{t("placeValue", { place: offer.place, postalCode: offer.postalCode })}</bdi>
        </p>
      </section>
      {offer.takesContactRequests ? (
        <>
          <p>{t("intro")}</p>
          <ContactRequestForm
            action={requestContactAction.bind(null, region.site, offer.id, locale)}
            privacyPolicyUrl={`${getPathname({ href: sitePath(region.site, pagePath("privacyPolicy")), locale })}#kontaktanfragen`}
            regionContactEmail={region.contactEmail}
            today={todayInGermany()}
            locale={locale}
          />
        </>
      ) : (
        <>
          <p role="status">{t("notTaking")}</p>
          <RegionContact region={region} />
        </>
      )}
    </PageShell>
  );
}
