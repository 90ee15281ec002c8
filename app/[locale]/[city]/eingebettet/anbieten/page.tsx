import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { EmbedShell } from "@/components/embed/embed-shell";
import { OfferForm } from "@/components/offer-form/offer-form";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submitOfferAction } from "@/lib/offers/actions/submit-offer";
import { todayInGermany } from "@/lib/offers/offer-schema";
import { getRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "OfferForm" });
  // The full page at /anbieten is the one to be found.
  return { title: `${t("metaTitle")} · ${region.name}`, robots: { index: false, follow: false } };
}

/**
 * The offer form inside a municipal website's frame (public/embed.js). Sending it, its errors and the "mail sent"
 * page all stay inside the frame; the privacy policy opens in a new window.
 */
export default async function EmbeddedOfferPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("OfferForm");

  return (
    <EmbedShell region={region}>
      <h1>{t("heading")}</h1>
      <p>{t("intro.lead", { region: region.name })}</p>
      <ul>
        <li>{t("intro.noAccount")}</li>
        <li>{t("intro.confirmation")}</li>
        <li>{t("intro.address")}</li>
      </ul>
      <OfferForm
        action={submitOfferAction.bind(null, region.site, locale, "embedded")}
        privacyPolicyUrl={getPathname({ href: sitePath(region.site, "/datenschutz"), locale })}
        today={todayInGermany()}
      />
    </EmbedShell>
  );
}
