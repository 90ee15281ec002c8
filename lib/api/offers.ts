import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { offerHeading } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/listing";
import { landlordLanguages } from "@/lib/offers/offer-schema";
import { listingLanguage } from "@/lib/regions/listing-language";
import { regionUrl } from "@/lib/regions/urls";
import type { ListedRegion } from "./regions";
import { serializeJson, type SerializedJson } from "./responses";

type LandlordLanguage = (typeof landlordLanguages)[number];

/**
 * One offer as the API publishes it (described in lib/api/openapi.ts). Every field is named here, not spread from
 * PublicOffer, so a change to the listing cannot silently change the API.
 */
export type ApiOffer = {
  id: string;
  heading?: string;
  title: string;
  description: string;
  textLanguage: string;
  type: PublicOffer["type"];
  typeLabel?: string;
  place: string;
  postalCode: string;
  rooms: number;
  areaSqm: number | null;
  beds: number;
  availableFrom: string;
  availableUntil: string | null;
  freeOfCharge: boolean;
  rentLater: boolean;
  coldRent: number | null;
  runningCosts: number | null;
  deposit: number | null;
  furnished: boolean;
  kitchen: boolean;
  ownBathroom: boolean;
  barrierFree: boolean;
  /** Deprecated: any of the three kinds below. */
  petsAllowed: boolean;
  catsAllowed: boolean;
  dogsAllowed: boolean;
  otherPetsAllowed: boolean;
  smokingAllowed: boolean;
  lgbtiqFriendly: boolean;
  residents: PublicOffer["residents"];
  residentCount: number | null;
  hostType: PublicOffer["hostType"];
  hostTypeLabel?: string | null;
  languages: LandlordLanguage[];
  languageLabels?: Partial<Record<LandlordLanguage, string>>;
  contact: { name: string | null; phone: string | null; email: string | null };
  takesContactRequests: boolean;
  contactRequestUrl: string | null;
  publishedAt: string;
  expiresAt: string;
  detailUrl: string;
};

export type OffersBody = { region: { slug: string; name: string }; offers: ApiOffer[] };

/** What `lang` asks for: the enum labels and the composed heading in that language. */
async function labelsIn(locale: Locale) {
  const messages = await loadMessages(locale);
  return { locale, messages, t: createTranslator({ locale, messages, namespace: "Enums" }) };
}
type Labels = Awaited<ReturnType<typeof labelsIn>>;

function isLandlordLanguage(code: string): code is LandlordLanguage {
  return (landlordLanguages as readonly string[]).includes(code);
}

function apiOffer(offer: PublicOffer, detailUrl: string, labels: Labels | undefined): ApiOffer {
  const languages = offer.languages.filter(isLandlordLanguage);
  const t = labels?.t;
  return {
    id: offer.id,
    ...(labels && { heading: offerHeading(offer, labels.locale, labels.messages) }),
    title: offer.title,
    description: offer.description,
    textLanguage: offer.textLanguage,
    type: offer.type,
    ...(t && { typeLabel: t(`type.${offer.type}`) }),
    place: offer.place,
    postalCode: offer.postalCode,
    rooms: offer.rooms,
    areaSqm: offer.areaSqm,
    beds: offer.beds,
    availableFrom: offer.availableFrom,
    availableUntil: offer.availableUntil,
    freeOfCharge: offer.freeOfCharge,
    rentLater: offer.rentLater,
    coldRent: offer.coldRent,
    runningCosts: offer.runningCosts,
    deposit: offer.deposit,
    furnished: offer.furnished,
    kitchen: offer.kitchen,
    ownBathroom: offer.ownBathroom,
    barrierFree: offer.barrierFree,
    petsAllowed: offer.catsAllowed || offer.dogsAllowed || offer.otherPetsAllowed,
    catsAllowed: offer.catsAllowed,
    dogsAllowed: offer.dogsAllowed,
    otherPetsAllowed: offer.otherPetsAllowed,
    smokingAllowed: offer.smokingAllowed,
    lgbtiqFriendly: offer.lgbtiqFriendly,
    residents: offer.residents,
    residentCount: offer.residentCount,
    hostType: offer.hostType,
    ...(t && { hostTypeLabel: offer.hostType && t(`hostType.${offer.hostType}`) }),
    languages,
    ...(t && { languageLabels: Object.fromEntries(languages.map((code) => [code, t(`language.${code}`)])) }),
    // PublicOffer holds only the contact details the landlord chose to show.
    contact: { name: offer.contact.name, phone: offer.contact.phone, email: offer.contact.email },
    takesContactRequests: offer.takesContactRequests,
    contactRequestUrl: offer.takesContactRequests ? `${detailUrl}/kontakt` : null,
    publishedAt: offer.publishedAt,
    expiresAt: offer.expiresAt,
    detailUrl,
  };
}

/**
 * The answer of `GET /{city}/offers`; with `lang`, each offer also carries its heading composed in that language
 * and its enum values their labels.
 */
export async function offersBody(
  region: ListedRegion,
  offers: PublicOffer[],
  lang: Locale | undefined,
): Promise<OffersBody> {
  const labels = lang && (await labelsIn(lang));
  // The detail page in the requested language where the region lists in it, otherwise in German.
  const locale = listingLanguage(region, lang ? [lang] : []);
  return {
    region: { slug: region.slug, name: region.name },
    offers: offers.map((offer) => apiOffer(offer, regionUrl(region, locale, `/findflats/${offer.id}`), labels || undefined)),
  };
}

/**
 * `offersBody` serialized, built once per listing and variant: `getListing` returns the same list while a
 * region's offers are unchanged, so requests in between share one body and tag instead of each building its own.
 */
const serializedBodies = new WeakMap<PublicOffer[], Map<string, Promise<SerializedJson>>>();

export function serializedOffersBody(region: ListedRegion, offers: PublicOffer[], lang: Locale | undefined): Promise<SerializedJson> {
  let byVariant = serializedBodies.get(offers);
  if (!byVariant) serializedBodies.set(offers, (byVariant = new Map()));
  // Everything of the region the body depends on (name, hostnames for the URLs, languages) is part of the variant.
  const variant = JSON.stringify([lang ?? null, region]);
  let body = byVariant.get(variant);
  if (!body) {
    body = offersBody(region, offers, lang).then(serializeJson);
    byVariant.set(variant, body);
    // A failed build is not kept: the next request tries again.
    body.catch(() => byVariant.delete(variant));
  }
  return body;
}
