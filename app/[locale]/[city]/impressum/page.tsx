import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { operator } from "@/lib/legal/operator";
import { getRegion } from "@/lib/regions/regions";
import { isolated, OperatorAddress, RegionContact } from "./legal-parts";

// Rendered on first visit per city and language; a changed region contact shows within the hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "Imprint" });
  return { title: `${t("metaTitle")} · ${region.name}` };
}

/** The operator's imprint, with the region as the municipal partner and its contact. */
export default async function ImprintPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const t = await getTranslations("Imprint");

  return (
    <PageShell region={region}>
      <h1>{t("heading")}</h1>
      <h2>{t("operator.heading")}</h2>
      <p>{t("operator.intro")}</p>
      <OperatorAddress />
      <p>{t("registerCourt", { court: operator.registerCourt })}</p>
      <h2>{t("municipality.heading")}</h2>
      <p>{t("municipality.text", { region: isolated(region.name) })}</p>
      <RegionContact region={region} />
    </PageShell>
  );
}
