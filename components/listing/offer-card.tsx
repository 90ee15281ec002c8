import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { offerHeading } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/public-offer";
import { sitePath } from "@/lib/regions/site";
import { pagePath } from "@/lib/routes/site-routes";
import { OfferCardView, type OfferCardContent } from "./offer-card-view";
import { offerFacts } from "./offer-facts";

/**
 * One offer in the listing: what decides a visit at a glance, led by a heading composed from its facts in the
 * visitor's language; the landlord's title follows in the language it was written in. Translated and formatted
 * here; the card itself (./offer-card-view.tsx) gets only the finished strings, so the page carries each card's
 * data once as plain values instead of a second copy of its markup.
 */
export async function OfferCard({ offer, site, regionName }: { offer: PublicOffer; site: string; regionName: string }) {
  const [t, locale, messages, facts] = await Promise.all([
    getTranslations("Listing"),
    getLocale() as Promise<Locale>,
    getMessages() as Promise<Messages>,
    offerFacts(offer, "card"),
  ]);
  const card: OfferCardContent = {
    id: offer.id,
    href: sitePath(site, pagePath("offer", { offerId: offer.id })),
    heading: offerHeading(offer, locale, messages),
    title: offer.title,
    textLanguage: offer.textLanguage,
    originalText: offer.textLanguage === locale ? null : t("originalText", { language: offer.textLanguage }),
    facts,
    noContactRequests: offer.takesContactRequests ? null : t("noContactRequests"),
    checked: offer.checkedByRegion ? t("checkedBy", { regionName }) : null,
  };
  return <OfferCardView card={card} />;
}
