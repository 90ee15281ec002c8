"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { hasLocale } from "next-intl";
import { Suspense } from "react";
import { getPathname } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { isHostnameSite } from "@/lib/regions/site";
import type { CanonicalSite } from "@/lib/regions/urls";

type Language = { locale: Locale; name: string };
type Props = {
  label: string;
  current: Locale;
  languages: Language[];
  /** Where the region's pages are canonical; when given, the page names its language versions for search engines. */
  canonical?: CanonicalSite;
  /** The page's query string when the server knows it (a page rendered per request). */
  query?: string;
  /** German links with their /de prefix as well, where the unprefixed address chooses the language itself. */
  prefixDefaultLocale?: boolean;
};

/**
 * Links to the same page (city, offer, filters) in the other languages. Plain links, so switching works without
 * JavaScript and the new page loads with its own `lang` and `dir`. A page rendered per request passes its query
 * string; a cached page does not know it on the server: there the links keep the path, and the browser adds the
 * query once it runs.
 */
export function LanguageSwitcher(props: Props) {
  if (props.query !== undefined) return <LanguageLinks {...props} query={props.query} />;
  return (
    <Suspense fallback={<LanguageLinks {...props} query="" />}>
      <LanguageLinksWithQuery {...props} />
    </Suspense>
  );
}

function LanguageLinksWithQuery(props: Props) {
  return <LanguageLinks {...props} query={useSearchParams().toString()} />;
}

function LanguageLinks({ label, current, languages, canonical, query, prefixDefaultLocale }: Props & { query: string }) {
  const path = pathWithoutLocale(usePathname());
  const search = query ? `?${query}` : "";
  const href = (locale: Locale) =>
    (prefixDefaultLocale && locale === routing.defaultLocale ? `/${locale}${path}` : getPathname({ locale, href: path })) + search;
  const canonicalHref = (locale: Locale) => canonical && canonicalUrl(canonical, path, locale) + search;
  const alternates = languages.map(({ locale }): [string, Locale] => [locale, locale]);
  if (languages.some(({ locale }) => locale === routing.defaultLocale)) {
    alternates.push(["x-default", routing.defaultLocale]);
  }
  return (
    <nav aria-label={label} className="language-switcher">
      {/* hreflang alternates of this very page; React places them in <head>. */}
      {canonical && <link rel="canonical" href={canonicalHref(current)} />}
      {canonical &&
        alternates.map(([hrefLang, locale]) => (
          <link key={hrefLang} rel="alternate" hrefLang={hrefLang} href={canonicalHref(locale)} />
        ))}
      <ul>
        {currentFirst(languages, current).map(({ locale, name }) => (
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

/**
 * The page's own language leads, the others follow in the region's order: on a phone, where the line scrolls
 * sideways, the reader sees the language they read in without scrolling, in Arabic at the right edge as in German at
 * the left; screen readers hear it first.
 */
function currentFirst(languages: Language[], current: Locale): Language[] {
  return [...languages.filter(({ locale }) => locale === current), ...languages.filter(({ locale }) => locale !== current)];
}

/**
 * "/uk/augsburg/findflats" → "/augsburg/findflats". On the server a page may see the path the proxy rewrote to:
 * "/de/augsburg/…", or "/uk/wohnraum.example.de/findflats" on a region's own hostname, where the browser shows
 * "/uk/findflats"; both sides must arrive at the same path.
 */
function pathWithoutLocale(pathname: string): string {
  const [, first, ...rest] = pathname.split("/");
  const segments = hasLocale(routing.locales, first) ? rest : [first, ...rest];
  return `/${(isHostnameSite(segments[0] ?? "") ? segments.slice(1) : segments).join("/")}`;
}

/** The page's address on the region's canonical site: its own hostname (without the city segment) if it has one. */
function canonicalUrl({ origin, slug, citySegment }: CanonicalSite, path: string, locale: Locale): string {
  const belowCity = path === `/${slug}` || path.startsWith(`/${slug}/`) ? path.slice(slug.length + 1) : path;
  const href = citySegment ? `/${slug}${belowCity}` : belowCity || "/";
  return origin + getPathname({ locale, href });
}
