import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { readRegions } from "@/lib/regions/regions";

export const dynamic = "force-dynamic";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [regions, t] = await Promise.all([readRegions(), getTranslations("Home")]);
  return (
    <PageShell>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("regions")}</h2>
      <ul>
        {regions.map((region) => (
          <li key={region.slug}>
            <Link href={`/${region.slug}`}>{region.name}</Link>
          </li>
        ))}
      </ul>
    </PageShell>
  );
}
