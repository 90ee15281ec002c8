import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicOffer } from "@/lib/offers/listing";
import { offerFactLine } from "@/lib/offers/fact-line";
import type { SiteRegion } from "@/lib/regions/regions";
import { regionUrl } from "@/lib/regions/urls";

/**
 * What a link to a listing or an offer shows where it is shared (messenger groups, social media): a description
 * and Open Graph / Twitter card tags in the page's language, with nothing personal (no name, no contact).
 */

/** Open Graph writes languages with their territory. */
const ogLocales: Record<Locale, string> = { de: "de_DE", uk: "uk_UA", ru: "ru_RU", en: "en_GB", ar: "ar_SY" };

function preview(locale: Locale, url: string, title: string, description: string, siteName: string): Metadata {
  return {
    description,
    openGraph: { type: "website", url, title, description, siteName, locale: ogLocales[locale] },
    twitter: { card: "summary", title, description },
  };
}

/** The listing (or a search): the region and how many offers it has, and where its Atom feed is. */
export async function listingPreview(
  region: SiteRegion,
  locale: Locale,
  { title, offerCount, path, feedPath }: { title: string; offerCount: number; path: string; feedPath: string },
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Listing" });
  const description = t("preview", { region: region.name, count: offerCount });
  return {
    ...preview(locale, regionUrl(region, locale, path), title, description, region.senderName),
    alternates: { types: { "application/atom+xml": [{ url: regionUrl(region, locale, feedPath), title }] } },
  };
}

/** One fact line of an offer: place, beds, rent or "free", available from. Also the feed's entry summary. */
export async function offerSummary(offer: PublicOffer, locale: Locale): Promise<string> {
  return offerFactLine(offer, locale, await loadMessages(locale));
}

export async function offerPreview(region: SiteRegion, locale: Locale, offer: PublicOffer, title: string): Promise<Metadata> {
  const url = regionUrl(region, locale, `/findflats/${offer.id}`);
  return preview(locale, url, title, await offerSummary(offer, locale), region.senderName);
}
