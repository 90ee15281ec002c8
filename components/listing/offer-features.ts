import { getTranslations } from "next-intl/server";
import type { PublicOffer } from "@/lib/offers/listing";

const features = [
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
export type OfferFeature = (typeof features)[number];

/** The features an offer has, each with its name in the visitor's language. */
export async function offerFeatures(offer: PublicOffer): Promise<{ feature: OfferFeature; name: string }[]> {
  const t = await getTranslations("Listing");
  return features.filter((feature) => offer[feature]).map((feature) => ({ feature, name: t(`feature.${feature}`) }));
}
