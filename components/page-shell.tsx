import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "@/components/language-switcher";
import { routing, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { regionOrigin } from "@/lib/regions/urls";

type Props = {
  region?: SiteRegion;
  /** The languages this page exists in; a listing passes its region's listing languages. */
  languages?: readonly string[];
  children: ReactNode;
};

/**
 * Header with the region's name and the language switcher, the page's main landmark and the footer with the
 * operator and privacy link. A region's pages also name their language versions (hreflang) with absolute URLs
 * on the origin regionUrl builds; pages without a region have the proxy's Link header only.
 */
export async function PageShell({ region, languages = routing.locales, children }: Props) {
  const [locale, t, tLocale] = await Promise.all([
    getLocale(),
    getTranslations("Common"),
    getTranslations("LocaleName"),
  ]);
  const offered = routing.locales.filter((other) => other === locale || languages.includes(other));
  return (
    <>
      <header className="site-header">
        <p className="site-name">
          <strong>{t("siteName")}</strong>
          {/* <bdi>: a German name inside Arabic text keeps its own direction. */}
          {region && (
            <>
              {" · "}
              <bdi>{region.name}</bdi>
            </>
          )}
        </p>
        <LanguageSwitcher
          label={t("languages")}
          current={locale}
          languages={offered.map((other: Locale) => ({ locale: other, name: tLocale(other) }))}
          origin={region && regionOrigin(region)}
        />
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t("operator")}</p>
        {region && (
          <p>
            <Link href={sitePath(region.site, "/datenschutz")}>{t("privacy")}</Link>
          </p>
        )}
      </footer>
    </>
  );
}
