import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { leftToRight } from "@/components/left-to-right";
import { PageShell } from "@/components/page-shell";
import { getListedRegions } from "@/lib/api/regions";
import type { Locale } from "@/lib/i18n/routing";
import { listingLanguage } from "@/lib/regions/listing-language";
import { isPostalCode } from "@/lib/regions/postal-codes";
import { regionUrl } from "@/lib/regions/urls";
import { mainSitePath, pagePath } from "@/lib/routes/site-routes";
import styles from "./region-choice.module.css";

export const dynamic = "force-dynamic";

const slugPattern = /^[a-z0-9-]{2,60}$/;

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ plz?: string | string[]; region?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "RegionChoice" });
  // An address for the Integreat app, not a page to find in a search engine.
  return { title: t("title"), robots: { index: false, follow: false } };
}

/**
 * The Integreat app's entry address when it finds no region (an unknown or missing postal code, an unknown slug):
 * the proxy (proxy.ts) shows this page in the visitor's language instead of an error, with every region's listing
 * and a field for the postal code. Its language links name their language in the path (/de/findflats too): the
 * address without one chooses by the browser's languages again.
 */
export default async function RegionChoicePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [regions, t, tLocale] = await Promise.all([getListedRegions(), getTranslations("RegionChoice"), getTranslations("LocaleName")]);
  const postalCode = first(query.plz)?.replace(/\s+/g, "") ?? "";
  const slug = first(query.region)?.trim() ?? "";
  // The language links carry the question on, as far as it is one (the page never repeats text a link put in it).
  const search = new URLSearchParams({
    ...(isPostalCode(postalCode) && { plz: postalCode }),
    ...(slugPattern.test(slug) && { region: slug }),
  }).toString();
  return (
    <PageShell query={search} languagePrefixes>
      <h1>{t("title")}</h1>
      {isPostalCode(postalCode) ? (
        <p className="notice">{t.rich("unknownPostalCode", { postalCode, ltr: leftToRight })}</p>
      ) : postalCode ? (
        <p className="notice">{t("invalidPostalCode")}</p>
      ) : (
        slug && <p className="notice">{t("unknownRegion")}</p>
      )}
      <p>{t("intro")}</p>
      <form className={styles.form} action={`/${locale}${mainSitePath("regionList")}`} method="get">
        <label htmlFor="plz">{t("postalCode")}</label>
        <input
          id="plz"
          name="plz"
          dir="ltr"
          inputMode="numeric"
          autoComplete="postal-code"
          pattern="[0-9]{5}"
          maxLength={5}
          aria-describedby="plz-hint"
        />
        <button className="button" type="submit">
          {t("find")}
        </button>
        <p id="plz-hint" className={styles.hint}>
          {t.rich("postalCodeHint", { ltr: leftToRight })}
        </p>
      </form>
      <h2>{t("regions")}</h2>
      {regions.length === 0 ? (
        <p>{t("noRegions")}</p>
      ) : (
        <ul className={styles.regions}>
          {regions.map((region) => {
            const language = listingLanguage(region, [locale]);
            return (
              <li key={region.slug}>
                <a href={regionUrl(region, language, pagePath("listing"))} hrefLang={language}>
                  <bdi>{region.name}</bdi>
                </a>
                {/* Where the region does not list in the page's language, the link says which one it opens. */}
                {language !== locale && (
                  <span lang={language}> ({tLocale(language)})</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </PageShell>
  );
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
