"use client";

import { hasLocale } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";

type Language = { locale: Locale; name: string };
type Props = {
  label: string;
  current: Locale;
  languages: Language[];
  /** Origin of the region's absolute URLs; when given, the page names its language versions for search engines. */
  origin?: string;
};

/**
 * Links to the same page (city, offer, filters) in the other languages. Plain links, so switching works without
 * JavaScript and the new page loads with its own `lang` and `dir`. A statically rendered page does not know its
 * query string on the server: there the links keep the path, and the browser adds the query once it runs.
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<LanguageLinks {...props} query="" />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  );
}

function LanguageLinksWithQuery(props: Props) {
  return <LanguageLinks {...props} query={useSearchParams().toString()} />;
}

function LanguageLinks({ label, current, languages, origin, query }: Props & { query: string }) {
  const path = pathWithoutLocale(usePathname());
  const search = query ? `?${query}` : "";
  const href = (locale: Locale) => getPathname({ locale, href: path }) + search;
  const alternates = languages.map(({ locale }): [string, Locale] => [locale, locale]);
  if (languages.some(({ locale }) => locale === routing.defaultLocale)) {
    alternates.push(["x-default", routing.defaultLocale]);
  }
  return (
    <nav aria-label={label} className="language-switcher">
      {/* hreflang alternates of this very page; React places them in <head>. */}
      {origin &&
        alternates.map(([hrefLang, locale]) => (
          <link key={hrefLang} rel="alternate" hrefLang={hrefLang} href={origin + href(locale)} />
        ))}
      <ul>
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={href(locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "page" : undefined}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "/uk/augsburg/findflats" → "/augsburg/findflats"; also drops the "/de" that a page may see after the proxy's rewrite. */
function pathWithoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  return hasLocale(routing.locales, first) ? `/${rest.join("/")}` : pathname;
}
