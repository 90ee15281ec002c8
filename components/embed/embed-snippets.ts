import type { Locale } from "@/lib/i18n/routing";
import { escapeMarkup } from "@/lib/markup";
import { canonicalSite, regionUrl, type RegionAddress } from "@/lib/regions/urls";
import { pagePath, type PageName } from "@/lib/routes/site-routes";

/** The region's pages a municipal website can embed, by the name public/embed.js takes (`data-page`), and their page. */
const framedPages = { anbieten: "embeddedOfferForm", findflats: "embeddedListing" } as const satisfies Record<string, PageName>;
export const embeddablePages = Object.keys(framedPages) as (keyof typeof framedPages)[];
export type EmbeddablePage = keyof typeof framedPages;

/** The plain iframe cannot follow its content: tall enough for the form on a phone-wide column, scrolling beyond. */
export const fixedFrameHeight = 2400;

/**
 * The one-line snippet with public/embed.js, which frames the page where the snippet stands and keeps the frame as
 * tall as its content. The script comes from the region's canonical origin; on a region's own hostname there is
 * no city segment, so the snippet names no region.
 */
export function scriptSnippet(region: RegionAddress, locale: Locale, page: EmbeddablePage, title: string): string {
  const site = canonicalSite(region);
  const regionAttribute = site.citySegment ? ` data-region="${site.slug}"` : "";
  return `<script src="${site.origin}/embed.js"${regionAttribute} data-page="${page}" data-lang="${locale}" data-title="${escapeMarkup(title)}" async></script>`;
}

/** The snippet for content management systems that allow no scripts: a frame of fixed height. */
export function iframeSnippet(region: RegionAddress, locale: Locale, page: EmbeddablePage, title: string): string {
  const src = regionUrl(region, locale, pagePath(framedPages[page]));
  return `<iframe src="${src}" title="${escapeMarkup(title)}" width="100%" height="${fixedFrameHeight}" style="border: 0" loading="lazy"></iframe>`;
}
