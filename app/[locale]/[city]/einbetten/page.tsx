import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { embeddablePages, fixedFrameHeight, iframeSnippet, scriptSnippet } from "@/components/embed/embed-snippets";
import { Snippet } from "@/components/embed/snippet";
import snippetStyles from "@/components/embed/snippet.module.css";
import { PageShell } from "@/components/page-shell";
import type { Locale } from "@/lib/i18n/routing";
import { getRegion } from "@/lib/regions/regions";

type Props = { params: Promise<{ locale: Locale; city: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, city } = await params;
  const region = await getRegion(city);
  if (!region) return {};
  const t = await getTranslations({ locale, namespace: "Embed.snippets" });
  // A working page for municipal staff, linked from nowhere public.
  return { title: t("metaTitle", { region: region.name }), robots: { index: false, follow: false } };
}

/**
 * For municipal staff: the snippets that put the region's offer form or listing into the municipal website, and
 * which websites may do so (the proxy's frame-ancestors).
 */
export default async function EmbedSnippetsPage({ params }: Props) {
  const { locale, city } = await params;
  setRequestLocale(locale);
  const region = await getRegion(city);
  if (!region) notFound();
  const [t, tFrame] = await Promise.all([getTranslations("Embed.snippets"), getTranslations("Embed.frameTitle")]);

  return (
    <PageShell region={region}>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p>{t("language")}</p>

      {embeddablePages.map((page) => {
        const title = tFrame(page, { region: region.name });
        const listed = page !== "findflats" || region.listingLocales.includes(locale);
        return (
          <section key={page} aria-labelledby={`embed-${page}`}>
            <h2 id={`embed-${page}`}>{t(`pages.${page}`)}</h2>
            {listed ? (
              <>
                <Snippet
                  id={`${page}-script`}
                  groupHeadingId={`embed-${page}`}
                  heading={t("script")}
                  text={t("scriptText")}
                  code={scriptSnippet(region, locale, page, title)}
                />
                <Snippet
                  id={`${page}-iframe`}
                  groupHeadingId={`embed-${page}`}
                  heading={t("iframe")}
                  text={t("iframeText", { height: fixedFrameHeight })}
                  code={iframeSnippet(region, locale, page, title)}
                />
              </>
            ) : (
              <p>{t("notListed")}</p>
            )}
          </section>
        );
      })}

      <section aria-labelledby="embed-origins">
        <h2 id="embed-origins">{t("origins.heading")}</h2>
        {region.embedOrigins.length > 0 ? (
          <>
            <p>{t("origins.list")}</p>
            <ul dir="ltr">
              {region.embedOrigins.map((origin) => (
                <li key={origin}>
                  <code>{origin}</code>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t("origins.none")}</p>
        )}
        <p>{t("origins.refused")}</p>
        <p>{t("origins.change")}</p>
        <pre className={snippetStyles.code} dir="ltr">
          <code>{`npm run region -- ${region.slug} --embed-origins=${[...region.embedOrigins, "https://www.example.de"].join(",")}`}</code>
        </pre>
      </section>
    </PageShell>
  );
}
