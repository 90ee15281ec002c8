import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { OfferForm } from "@/components/offer-form/offer-form";
import { PageShell } from "@/components/page-shell";
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
  return { title: `${t("metaTitle")} · ${region.name}` };
}

/** The landlord's form for a new offer; no account, the offer goes public once its mail link is confirmed. */
export default async function OfferPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("OfferForm");

  return (
    <PageShell region={region}>
      <h1>{t("heading")}</h1>
      <p>{t("intro.lead", { region: region.name })}</p>
      <ul>
        <li>{t("intro.noAccount")}</li>
        <li>{t("intro.confirmation")}</li>
        <li>{t("intro.address")}</li>
      </ul>
      <OfferForm
        action={submitOfferAction.bind(null, region.site, locale, "page")}
        privacyPolicyUrl={getPathname({ href: sitePath(region.site, "/datenschutz"), locale })}
        today={todayInGermany()}
      />
    </PageShell>
  );
}
