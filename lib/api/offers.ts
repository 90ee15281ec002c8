import { createTranslator } from "next-intl";
import { z } from "zod";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { offerHeading, rentText } from "@/lib/offers/fact-line";
import { landlordLanguages } from "@/lib/offers/offer-schema";
import { publicOfferSchema, type PublicOffer } from "@/lib/offers/public-offer";
import { listingLanguage } from "@/lib/regions/listing-language";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import type { ListedRegion } from "./regions";
import { serializeJson, type SerializedJson } from "./responses";

export const languageCodeSchema = z
  .enum(landlordLanguages)
  .meta({ description: "A language the landlord speaks (ISO 639-1)." });
type LandlordLanguage = z.output<typeof languageCodeSchema>;

const onlyWithLang = (description: string) => `${description}; only with \`lang\`.`;

/**
 * One offer as the API publishes it: the public offer (lib/offers/public-offer.ts) with the labels `lang` asks for,
 * the addresses of its pages, and only the language codes the document names.
 */
export const apiOfferSchema = publicOfferSchema.extend({
  heading: z
    .string()
    .optional()
    .meta({
      description:
        "Only with `lang`: what the offer is, composed from its facts in that language (type, rooms, beds, m², " +
        "place, rent or free), e.g. `Уся квартира · 2 кімнати · 3 ліжка · 54 м² · Augsburg · 600 €`. Lead with it; " +
        "the landlord's `title` follows in `textLanguage`.",
    }),
  typeLabel: z.string().optional().meta({ description: onlyWithLang("`type` in the language of `lang`") }),
  rentLabel: z.string().optional().meta({
    description: onlyWithLang(
      "The rent in the language of `lang`, as the listing shows it: the amount, free, or free at first and the rent later",
    ),
  }),
  freeOfCharge: z.boolean().meta({ deprecated: true, description: "Free, at least at first: `rentType` FREE or FREE_THEN_RENT." }),
  rentLater: z.boolean().meta({ deprecated: true, description: "Free at first, rent later: `rentType` FREE_THEN_RENT." }),
  petsAllowed: z.boolean().meta({
    deprecated: true,
    description: "Any pets allowed: true when one of `catsAllowed`, `dogsAllowed`, `otherPetsAllowed` is.",
  }),
  hostTypeLabel: z
    .string()
    .nullable()
    .optional()
    .meta({ description: onlyWithLang("`hostType` in the language of `lang`") }),
  languages: z.array(languageCodeSchema).meta({ uniqueItems: true, description: "Languages the landlord speaks." }),
  languageLabels: z
    .partialRecord(languageCodeSchema, z.string())
    .optional()
    .meta({ description: onlyWithLang("The name of each of `languages` in the language of `lang`") }),
  contactRequestUrl: z.url().nullable().meta({
    description:
      "Absolute address of the offer's contact form (in the language of `detailUrl`); null when it takes no requests.",
  }),
  detailUrl: z.url().meta({ description: "Absolute address of the offer's page." }),
});
export type ApiOffer = z.output<typeof apiOfferSchema>;

/** The answer of `GET /{city}/offers`. */
export const offersBodySchema = z.object({
  region: z.object({ slug: z.string(), name: z.string() }),
  offers: z.array(apiOfferSchema).meta({ description: "Newest first." }),
});
export type OffersBody = z.output<typeof offersBodySchema>;

/** What `lang` asks for: the enum labels and the composed heading in that language. */
async function labelsIn(locale: Locale) {
  const messages = await loadMessages(locale);
  return { locale, messages, t: createTranslator({ locale, messages, namespace: "Enums" }) };
}
type Labels = Awaited<ReturnType<typeof labelsIn>>;

function isLandlordLanguage(code: string): code is LandlordLanguage {
  return (landlordLanguages as readonly string[]).includes(code);
}

function apiOffer(offer: PublicOffer, urlOf: (path: string) => string, labels: Labels | undefined): ApiOffer {
  const detailUrl = urlOf(pagePath("offer", { offerId: offer.id }));
  const languages = offer.languages.filter(isLandlordLanguage);
  const t = labels?.t;
  return {
    ...offer,
    ...(labels && { heading: offerHeading(offer, labels.locale, labels.messages) }),
    ...(t && { typeLabel: t(`type.${offer.type}`) }),
    ...(labels && { rentLabel: rentText(offer, labels.locale, labels.messages) }),
    freeOfCharge: offer.rentType !== "RENTED",
    rentLater: offer.rentType === "FREE_THEN_RENT",
    petsAllowed: offer.catsAllowed || offer.dogsAllowed || offer.otherPetsAllowed,
    ...(t && { hostTypeLabel: offer.hostType && t(`hostType.${offer.hostType}`) }),
    languages,
    ...(t && { languageLabels: Object.fromEntries(languages.map((code) => [code, t(`language.${code}`)])) }),
    contactRequestUrl: offer.takesContactRequests ? urlOf(pagePath("contactForm", { offerId: offer.id })) : null,
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
    offers: offers.map((offer) => apiOffer(offer, (path) => regionUrl(region, locale, path), labels || undefined)),
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
