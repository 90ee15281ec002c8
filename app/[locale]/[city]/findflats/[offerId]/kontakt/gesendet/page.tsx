import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegionContact } from "@/components/listing/region-contact";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { listedRegion } from "../../../listing-route";

type Props = { params: Promise<{ locale: Locale; city: string; offerId: string }>; searchParams: Promise<{ telefon?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await listedRegion(locale, city);
  const t = await getTranslations({ locale, namespace: "ContactRequest" });
  return { title: `${t("sent.metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * Where the contact form leads after sending (redirect after POST: reloading sends nothing twice). It shows nothing
 * of the request; a seeker who left no e-mail address gets here what the confirmation mail would have said.
 */
export default async function ContactRequestSentPage({ params, searchParams }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const [region, { telefon }, t] = await Promise.all([listedRegion(locale, city), searchParams, getTranslations("ContactRequest")]);

  return (
    <PageShell region={region} languages={region.listingLocales}>
      <h1>{t("sent.heading")}</h1>
      <div role="status" className="notice notice-success">
        <p>{t("sent.text")}</p>
        <p>{telefon ? t("sent.byPhone") : t("sent.byMail")}</p>
      </div>
      <p>{t("sent.noAnswer")}</p>
      <RegionContact region={region} />
      <p>
        <Link href={sitePath(region.site, pagePath("listing"))}>{t("sent.backToListing")}</Link>
      </p>
    </PageShell>
  );
}
