import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/public-offer";

export const offerFeatureNames = [
  "furnished",
  "catsAllowed",
  "dogsAllowed",
  "otherPetsAllowed",
  "barrierFree",
  "kitchen",
  "ownBathroom",
  "smokingAllowed",
  "lgbtiqFriendly",
] as const;
export type OfferFeature = (typeof offerFeatureNames)[number];

/** The features an offer has, each with its name in the visitor's language. */
export async function offerFeatures(offer: PublicOffer): Promise<{ feature: OfferFeature; name: string }[]> {
  const t = await getTranslations("Listing");
  return offerFeatureNames.filter((feature) => offer[feature]).map((feature) => ({ feature, name: t(`feature.${feature}`) }));
}
