import { getLocale, getTranslations } from "next-intl/server";
import type { CSSProperties, ReactNode } from "react";
import { LanguageSwitcher } from "@/components/language-switcher";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { regionIdentity } from "@/lib/regions/identity";
import type { SiteRegion } from "@/lib/regions/regions";
import { sitePath } from "@/lib/regions/site";
import { canonicalSite } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";

type Props = {
  region?: SiteRegion;
  /** The languages this page exists in; a listing passes its region's listing languages. */
  languages?: readonly string[];
  /** The query string of a page rendered per request, for its language links (cached pages leave it to the browser). */
  query?: string;
  /** Language links name German in the path too (/de/…): for an address whose form without one negotiates. */
  languagePrefixes?: boolean;
  /** The whole width of a wide screen, for the staff's tables; other pages keep a column that reads well. */
  wide?: boolean;
  children: ReactNode;
};

/**
 * Header with the region's name (or logo) and the language switcher, the page's main landmark and the footer with
 * the operator and the region's privacy policy and imprint. A region's accent colour replaces the default accent
 * of header band, links and buttons. A region's pages also name their language versions (hreflang) with absolute
 * URLs on the region's canonical site; pages without a region have the proxy's Link header only.
 */
export async function PageShell({ region, languages = routing.locales, query, languagePrefixes, wide, children }: Props) {
  const [locale, t, tLocale] = await Promise.all([
    getLocale(),
    getTranslations("Common"),
    getTranslations("LocaleName"),
  ]);
  const offered = routing.locales.filter((other) => other === locale || languages.includes(other));
  const identity = region && regionIdentity(region);
  const accent = identity && ({ "--color-accent": identity.accentColor } as CSSProperties);
  return (
    <div className="page" style={accent}>
      <header className="site-header">
        <p className="site-name">
          <strong>{t("siteName")}</strong>
          {identity && (
            <>
              {" · "}
              {identity.logoUrl ? (
                // A municipality's logo from its own server: next/image would need every such host configured.
                // eslint-disable-next-line @next/next/no-img-element
                <img className="region-logo" src={identity.logoUrl} alt={identity.name} />
              ) : (
                // <bdi>: a German name inside Arabic text keeps its own direction.
                <bdi>{identity.name}</bdi>
              )}
            </>
          )}
        </p>
        <LanguageSwitcher
          label={t("languages")}
          current={locale}
          languages={offered.map((other: Locale) => ({ locale: other, name: tLocale(other) }))}
          canonical={region && canonicalSite(region)}
          query={query}
          prefixDefaultLocale={languagePrefixes}
        />
      </header>
      <main id="main" className={wide ? "main-wide" : undefined}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("operator")}</p>
        {region && (
          <p>
            <Link href={sitePath(region.site, pagePath("privacyPolicy"))}>{t("privacy")}</Link>
            {" · "}
            <Link href={sitePath(region.site, pagePath("imprint"))}>{t("imprint")}</Link>
          </p>
        )}
      </footer>
    </div>
  );
}
