import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageShell } from "@/components/page-shell";
import { loadBuildEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";

/*
 * The reference page of `npm run bench`: the app's shell around a heading, prerendered at build time, so the
 * listing is compared with a static page of the same app. The underscore keeps it apart from every region slug.
 * It exists only in a build made with BENCH=1 (bench/run.ts); elsewhere it is the 404 page.
 */
export const dynamic = "force-static";

export default async function BenchBlankPage({ params }: { params: Promise<{ locale: Locale }> }) {
  if (!loadBuildEnv().BENCH) notFound();
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Common");
  return (
    <PageShell>
      <h1>{t("siteName")}</h1>
    </PageShell>
  );
}
