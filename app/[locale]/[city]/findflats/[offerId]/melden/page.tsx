import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { reportOfferAction } from "@/lib/reports/report-actions";
import { pagePath } from "@/lib/routes/site-routes";
import { ReportForm } from "./report-form";
import { listedOffer } from "../../listing-route";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city, offerId } = await params;
  const { region } = await listedOffer(locale, city, offerId);
  const t = await getTranslations({ locale, namespace: "Report" });
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/** "Report this offer": a short form whose report goes to the region's municipal mailbox; no account needed. */
export default async function ReportOfferPage({ params }: Props) {
  const { locale, city, offerId } = await params;
  setRequestLocale(locale);
  const { region, offer } = await listedOffer(locale, city, offerId);
  const t = await getTranslations("Report");
  const offerPath = sitePath(region.site, pagePath("offer", { offerId: offer.id }));

  return (
    <PageShell region={region}>
      <p>
        <Link href={offerPath}>{t("backToOffer")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <section className="notice" aria-labelledby="reported-offer">
        <h2 id="reported-offer">{t("offerHeading")}</h2>
        <p>
          <strong lang={offer.textLanguage} dir="auto">
            {offer.title}
          </strong>
          <br />
          {/* Postal code and place as the landlord wrote them, in their own direction inside an Arabic page. */}
          <bdi>{t("placeValue", { place: offer.place, postalCode: offer.postalCode })}</bdi>
        </p>
      </section>
      <p>{t("intro")}</p>
      <ClientMessages namespaces={["Report"]}>
        <ReportForm action={reportOfferAction.bind(null, region.site, offer.id, locale)} contactEmail={region.contactEmail} />
      </ClientMessages>
    </PageShell>
  );
}
