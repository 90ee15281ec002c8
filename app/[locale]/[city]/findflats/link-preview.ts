import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { offerFactLine, offerFactValues, offerHeading } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/public-offer";
import { previewImage, previewImageSize, previewImageType } from "@/lib/preview-images/preview-image";
import type { SiteRegion } from "@/lib/regions/regions";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";

/**
 * What a link to a listing or an offer shows where it is shared (messenger groups, social media): a description
 * and Open Graph / Twitter card tags in the page's language, with nothing personal (no name, no contact).
 */

/** Open Graph writes languages with their territory. */
const ogLocales: Record<Locale, string> = { de: "de_DE", uk: "uk_UA", ru: "ru_RU", en: "en_GB", ar: "ar_SY" };

/** Where a page's picture is (the vorschaubild routes and lib/preview-images), described by the page's description. */
function preview(locale: Locale, url: string, title: string, description: string, siteName: string, imageUrl: string): Metadata {
  const image = { url: imageUrl, ...previewImageSize, type: previewImageType, alt: description };
  return {
    description,
    openGraph: { type: "website", url, title, description, siteName, locale: ogLocales[locale], images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [{ url: imageUrl, alt: description }] },
  };
}

/**
 * The listing (or a search): the region and how many offers it has, and where its Atom feed is. `imagePath` is its
 * picture: the listing's (`/findflats/vorschaubild`), or a search's with the search in its query string.
 */
export async function listingPreview(
  region: SiteRegion,
  locale: Locale,
  {
    title,
    offerCount,
    path,
    feedPath,
    imagePath,
  }: { title: string; offerCount: number; path: string; feedPath: string; imagePath: string },
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Listing" });
  const description = t("preview", { region: region.name, count: offerCount });
  const imageUrl = regionUrl(region, locale, imagePath);
  return {
    ...preview(locale, regionUrl(region, locale, path), title, description, region.senderName, imageUrl),
    alternates: { types: { "application/atom+xml": [{ url: regionUrl(region, locale, feedPath), title }] } },
  };
}

/** One fact line of an offer: place, beds, rent or "free", available from. Also the feed's entry summary. */
export async function offerSummary(offer: PublicOffer, locale: Locale): Promise<string> {
  return offerFactLine(offer, locale, await loadMessages(locale));
}

export async function offerPreview(region: SiteRegion, locale: Locale, offer: PublicOffer, title: string): Promise<Metadata> {
  const url = regionUrl(region, locale, pagePath("offer", { offerId: offer.id }));
  const imageUrl = regionUrl(region, locale, pagePath("offerImage", { offerId: offer.id }));
  return preview(locale, url, title, await offerSummary(offer, locale), region.senderName, imageUrl);
}

/** The picture of a listing or search: the region, the page's title and how many offers it lists. */
export async function listingImage(region: SiteRegion, locale: Locale, { title, offerCount }: { title: string; offerCount: number }) {
  const [tListing, tCommon] = await Promise.all([
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Common" }),
  ]);
  const lead = tListing("count", { count: offerCount });
  return previewImage({ locale, region, siteName: tCommon("siteName"), heading: title, lead });
}

/** The picture of an offer: its title and the facts of its summary, each with its label as on the offer page. */
export async function offerImage(region: SiteRegion, locale: Locale, offer: PublicOffer) {
  const [messages, t, tCommon] = await Promise.all([
    loadMessages(locale),
    getTranslations({ locale, namespace: "Listing" }),
    getTranslations({ locale, namespace: "Common" }),
  ]);
  const { place, rent, from } = offerFactValues(offer, locale, messages);
  return previewImage({
    locale,
    region,
    siteName: tCommon("siteName"),
    heading: offerHeading(offer, locale, messages),
    facts: [
      { label: t("place"), value: place },
      { label: t("beds"), value: String(offer.beds) },
      { label: t("rent"), value: rent },
      { label: t("availableFrom"), value: from },
    ],
  });
}
