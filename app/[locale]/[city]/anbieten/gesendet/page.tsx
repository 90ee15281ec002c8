import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "OfferSubmitted" });
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * Where the offer form leads after sending. It knows nothing about the offer (the URL carries no data),
 * so it shows no personal data; it explains the confirmation mail and what follows.
 */
export default async function OfferSubmittedPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("OfferSubmitted");

  return (
    <PageShell region={region}>
      <h1>{t("heading")}</h1>
      <div className="notice notice-success">
        <p>{t("sent")}</p>
        <p>
          <strong>{t("notPublic")}</strong> {t("notPublicText")}
        </p>
        <p>{t("deadline")}</p>
      </div>

      <h2>{t("noMail.heading")}</h2>
      <ul>
        <li>{t("noMail.wait")}</li>
        <li>{t("noMail.spam", { sender: region.senderName })}</li>
        <li>{t.rich("noMail.typo", { link: (chunks) => <Link href={sitePath(region.site, "/anbieten")}>{chunks}</Link> })}</li>
      </ul>

      <h2>{t("next.heading")}</h2>
      <p>{t("next.confirm")}</p>
      <p>{t("next.manage")}</p>
      <ul>
        <li>{t("next.delete")}</li>
        <li>{t("next.placed")}</li>
        <li>{t("next.extend")}</li>
      </ul>
      <p>{t("next.keepMail")}</p>

      <h2>{t("help.heading")}</h2>
      <p>{t("help.text", { contactName: region.contactName, region: region.name })}</p>
      <ul>
        <li>
          {t("help.email")} <a href={`mailto:${region.contactEmail}`}>{region.contactEmail}</a>
        </li>
        {region.contactPhone && (
          <li>
            {t("help.phone")} <a href={`tel:${region.contactPhone.replace(/[^\d+]/g, "")}`}>{region.contactPhone}</a>
          </li>
        )}
      </ul>
    </PageShell>
  );
}
