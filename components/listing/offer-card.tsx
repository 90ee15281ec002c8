import { getFormatter, getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/listing";
import { sitePath } from "@/lib/regions/site";
import { offerFacts } from "./offer-facts";
import { offerFeatures } from "./offer-features";
import { OfferCardView, type OfferCardContent } from "./offer-card-view";

/**
 * One offer in the listing: what decides a visit at a glance; the title leads to the whole offer. Translated and
 * formatted here; the card itself (./offer-card-view.tsx) gets only the finished strings, so the page carries each
 * card's data once as plain values instead of a second copy of its markup.
 */
export async function OfferCard({ offer, site }: { offer: PublicOffer; site: string }) {
  const [t, tEnums, format, facts, features] = await Promise.all([
    getTranslations("Listing"),
    getTranslations("Enums"),
    getFormatter(),
    offerFacts(offer, "card"),
    offerFeatures(offer),
  ]);
  const card: OfferCardContent = {
    id: offer.id,
    href: sitePath(site, `/findflats/${offer.id}`),
    title: offer.title,
    textLanguage: offer.textLanguage,
    type: tEnums(`type.${offer.type}`),
    facts,
    features: { label: t("features"), features },
    noContactRequests: offer.takesContactRequests ? null : t("noContactRequests"),
    published: t("published", { date: format.dateTime(new Date(offer.publishedAt), { dateStyle: "medium" }) }),
  };
  return <OfferCardView card={card} />;
}
