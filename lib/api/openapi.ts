import { routing } from "@/lib/i18n/routing";
import { accommodationTypes, hostTypes, landlordLanguages, residentKinds } from "@/lib/offers/offer-schema";

/**
 * The contract of the public API, served at /api/v1/openapi.json, for apps, municipal websites and other clients
 * (the Integreat app reads no offers here: it opens a region's entry address in its browser). Its enums come from
 * the same constants as the code, so a new language or accommodation type cannot be missing here.
 */

const locales = [...routing.locales];

const header = (ref: string) => ({ $ref: `#/components/headers/${ref}` });

const cacheableHeaders = {
  "Cache-Control": header("CacheControl"),
  ETag: header("ETag"),
  "Access-Control-Allow-Origin": header("AccessControlAllowOrigin"),
};

const json = (schema: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });

const errorResponse = (description: string) => ({
  description,
  headers: { "Access-Control-Allow-Origin": header("AccessControlAllowOrigin") },
  content: json("Error"),
});

const nullable = (type: string, description: string, more: object = {}) => ({
  type: [type, "null"],
  description,
  ...more,
});

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Wohnraumbörse API",
    version: "1.0.0",
    description:
      "Read-only access to the active housing offers of each region, as the public listing shows them. " +
      "Every answer may be read from any origin (CORS), may be kept one minute by shared caches and carries an " +
      "ETag: send it back in If-None-Match to get 304 Not Modified while nothing changed. Field names and enum " +
      "codes are stable within v1. Errors are JSON objects with a message.",
  },
  servers: [{ url: "/api/v1" }],
  paths: {
    "/regions": {
      get: {
        operationId: "listRegions",
        summary: "Regions with a housing listing",
        description:
          "Every region that lists offers, with the address of its listing page per language, its entry address " +
          "for every language and its postal codes. New regions appear within five minutes.",
        parameters: [{ $ref: "#/components/parameters/IfNoneMatch" }],
        responses: {
          "200": { description: "The regions, by name.", headers: cacheableHeaders, content: json("RegionsResponse") },
          "304": { $ref: "#/components/responses/NotModified" },
          "400": errorResponse("A query parameter was given; this endpoint takes none. `parameter` names it."),
          "500": errorResponse("The server could not answer; try again later."),
        },
      },
    },
    "/{city}/offers": {
      get: {
        operationId: "listOffers",
        summary: "Active offers of a region",
        description:
          "The offers currently shown on the region's listing, newest first. Only the contact details the " +
          "landlord chose to make public are included; the street is never included.",
        parameters: [
          {
            name: "city",
            in: "path",
            required: true,
            description: "The region's slug, as listed by GET /regions.",
            schema: { type: "string", examples: ["augsburg"] },
          },
          {
            name: "lang",
            in: "query",
            required: false,
            description:
              "Language of the composed `heading`, the enum labels (`typeLabel`, `hostTypeLabel`, `languageLabels`) and of the detail pages " +
              "(`detailUrl`; German where the region does not list in this language). Without it, labels are " +
              "left out and the detail pages are German.",
            schema: { type: "string", enum: locales },
          },
          { $ref: "#/components/parameters/IfNoneMatch" },
        ],
        responses: {
          "200": {
            description: "The region and its active offers.",
            headers: cacheableHeaders,
            content: json("OffersResponse"),
          },
          "304": { $ref: "#/components/responses/NotModified" },
          "400": errorResponse(
            "`lang` is not a supported language, or an unknown parameter was given. `parameter` names it.",
          ),
          "404": errorResponse("There is no region with this slug that lists offers."),
          "500": errorResponse("The server could not answer; try again later."),
        },
      },
    },
  },
  components: {
    parameters: {
      IfNoneMatch: {
        name: "If-None-Match",
        in: "header",
        required: false,
        description: "The ETag of an earlier answer: the server answers 304 Not Modified while it is still current.",
        schema: { type: "string" },
      },
    },
    headers: {
      CacheControl: {
        description: "`public, s-maxage=30, stale-while-revalidate=30`: shared caches keep the answer for a minute at most in all, so a deleted offer is gone from them within a minute.",
        schema: { type: "string" },
      },
      ETag: { description: "Weak entity tag: a hash of the body.", schema: { type: "string", pattern: '^W/".+"$' } },
      AccessControlAllowOrigin: {
        description: "`*`: any origin may read the answer.",
        schema: { type: "string", const: "*" },
      },
    },
    responses: {
      NotModified: {
        description: "The answer whose ETag was sent in If-None-Match is still current; no body.",
        headers: cacheableHeaders,
      },
    },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        additionalProperties: false,
        properties: {
          error: { type: "string", description: "What went wrong, in English, for developers." },
          parameter: { type: "string", description: "The query parameter that was refused (400 only)." },
        },
      },
      Locale: { type: "string", enum: locales, description: "A language of the listing pages (ISO 639-1)." },
      AccommodationType: {
        type: "string",
        enum: [...accommodationTypes],
        description: "FLAT: whole flat; ROOM: room in a flat; SHARED_ROOM: shared room; HOUSE: whole house.",
      },
      LanguageCode: {
        type: "string",
        enum: [...landlordLanguages],
        description: "A language the landlord speaks (ISO 639-1).",
      },
      RegionsResponse: {
        type: "object",
        required: ["regions"],
        additionalProperties: false,
        properties: { regions: { type: "array", items: { $ref: "#/components/schemas/ListedRegion" } } },
      },
      ListedRegion: {
        type: "object",
        required: ["slug", "name", "listingUrls", "entryUrl", "postalCodes"],
        additionalProperties: false,
        properties: {
          slug: { type: "string", description: "Identifies the region in /{city}/offers and in its page addresses." },
          name: { type: "string", description: "The municipality's name, e.g. \"Stadt Augsburg\"." },
          listingUrls: {
            type: "object",
            description: "Absolute address of the region's listing page for each language it lists offers in.",
            minProperties: 1,
            propertyNames: { $ref: "#/components/schemas/Locale" },
            additionalProperties: { type: "string", format: "uri" },
          },
          entryUrl: {
            type: "string",
            format: "uri",
            description:
              "The region's address for every language at once, e.g. for an Integreat CMS offer's url: it redirects " +
              "to the listing in the language the browser asks for (Accept-Language) where the region lists in it, " +
              "German otherwise. `…/findflats?plz={postal code}` does the same by one of the region's postal codes.",
          },
          postalCodes: {
            type: "array",
            description:
              "The postal codes the region serves, single codes and ranges of them (\"86150-86199\"); a code belongs " +
              "to one region only. Empty when the region has set none.",
            items: { type: "string", pattern: "^\\d{5}(-\\d{5})?$" },
          },
        },
      },
      OffersResponse: {
        type: "object",
        required: ["region", "offers"],
        additionalProperties: false,
        properties: {
          region: {
            type: "object",
            required: ["slug", "name"],
            additionalProperties: false,
            properties: { slug: { type: "string" }, name: { type: "string" } },
          },
          offers: { type: "array", description: "Newest first.", items: { $ref: "#/components/schemas/Offer" } },
        },
      },
      Offer: {
        type: "object",
        required: [
          "id",
          "title",
          "description",
          "textLanguage",
          "type",
          "place",
          "postalCode",
          "rooms",
          "areaSqm",
          "beds",
          "availableFrom",
          "availableUntil",
          "freeOfCharge",
          "rentLater",
          "coldRent",
          "runningCosts",
          "deposit",
          "furnished",
          "kitchen",
          "ownBathroom",
          "barrierFree",
          "petsAllowed",
          "catsAllowed",
          "dogsAllowed",
          "otherPetsAllowed",
          "smokingAllowed",
          "lgbtiqFriendly",
          "residents",
          "residentCount",
          "hostType",
          "languages",
          "contact",
          "takesContactRequests",
          "contactRequestUrl",
          "publishedAt",
          "expiresAt",
          "detailUrl",
        ],
        additionalProperties: false,
        properties: {
          id: { type: "string", format: "uuid" },
          heading: {
            type: "string",
            description:
              "Only with `lang`: what the offer is, composed from its facts in that language (type, rooms, beds, m², " +
              "place, rent or free), e.g. `Уся квартира · 2 кімнати · 3 ліжка · 54 м² · Augsburg · 600 €`. Lead with it; " +
              "the landlord's `title` follows in `textLanguage`.",
          },
          title: { type: "string", description: "As the landlord wrote it (any language)." },
          description: { type: "string", description: "As the landlord wrote it; may be empty." },
          textLanguage: {
            type: "string",
            description:
              "The language of the form the landlord filled in (ISO 639-1), which title and description are most likely written in.",
          },
          type: { $ref: "#/components/schemas/AccommodationType" },
          typeLabel: { type: "string", description: "`type` in the language of `lang`; only with `lang`." },
          place: { type: "string", description: "Town or district; never the street." },
          postalCode: { type: "string", pattern: "^[0-9]{5}$" },
          rooms: { type: "number", minimum: 0.5, multipleOf: 0.5 },
          areaSqm: nullable("integer", "Living area in square metres.", { minimum: 1 }),
          beds: { type: "integer", minimum: 1, description: "How many people can live there." },
          availableFrom: { type: "string", format: "date" },
          availableUntil: nullable("string", "Last day; null: open-ended.", { format: "date" }),
          freeOfCharge: { type: "boolean", description: "The accommodation costs nothing (at first, with `rentLater`)." },
          rentLater: {
            type: "boolean",
            description: "Free at first; a rent may be agreed later. Only true together with `freeOfCharge`.",
          },
          coldRent: nullable("integer", "Rent without running costs, whole euros per month.", { minimum: 0 }),
          runningCosts: nullable("integer", "Running costs, whole euros per month.", { minimum: 0 }),
          deposit: nullable("integer", "Deposit, whole euros.", { minimum: 0 }),
          furnished: { type: "boolean" },
          kitchen: { type: "boolean", description: "A kitchen or cooking facilities." },
          ownBathroom: { type: "boolean" },
          barrierFree: { type: "boolean" },
          petsAllowed: {
            type: "boolean",
            deprecated: true,
            description: "Any pets allowed: true when one of `catsAllowed`, `dogsAllowed`, `otherPetsAllowed` is.",
          },
          catsAllowed: { type: "boolean" },
          dogsAllowed: { type: "boolean" },
          otherPetsAllowed: { type: "boolean", description: "Pets other than cats and dogs." },
          smokingAllowed: { type: "boolean" },
          lgbtiqFriendly: { type: "boolean", description: "LGBTIQ people are explicitly welcome." },
          residents: {
            type: ["string", "null"],
            enum: [...residentKinds, null],
            description:
              "Who lives there already: NOBODY, LANDLORD (the landlord, perhaps with family) or OTHERS; " +
              "null for offers made before the form asked.",
          },
          residentCount: nullable("integer", "How many people live there already; null with NOBODY or unknown.", {
            minimum: 1,
          }),
          hostType: {
            type: ["string", "null"],
            enum: [...hostTypes, null],
            description: "The household already living there; null with NOBODY or unknown.",
          },
          hostTypeLabel: nullable("string", "`hostType` in the language of `lang`; only with `lang`."),
          languages: {
            type: "array",
            uniqueItems: true,
            description: "Languages the landlord speaks.",
            items: { $ref: "#/components/schemas/LanguageCode" },
          },
          languageLabels: {
            type: "object",
            description: "The name of each of `languages` in the language of `lang`; only with `lang`.",
            propertyNames: { $ref: "#/components/schemas/LanguageCode" },
            additionalProperties: { type: "string" },
          },
          contact: {
            type: "object",
            description: "Only what the landlord chose to make public; null where not.",
            required: ["name", "phone", "email"],
            additionalProperties: false,
            properties: {
              name: nullable("string", "The landlord's name."),
              phone: nullable("string", "Phone number as the landlord typed it."),
              email: nullable("string", "E-mail address.", { format: "email" }),
            },
          },
          takesContactRequests: {
            type: "boolean",
            description: "Whether seekers can reach the landlord through the exchange's contact form right now.",
          },
          contactRequestUrl: nullable(
            "string",
            "Absolute address of the offer's contact form (in the language of `detailUrl`); null when it takes no requests.",
            { format: "uri" },
          ),
          publishedAt: { type: "string", format: "date-time", description: "When the offer was confirmed." },
          expiresAt: { type: "string", format: "date-time", description: "When the offer leaves the listing." },
          detailUrl: { type: "string", format: "uri", description: "Absolute address of the offer's page." },
        },
      },
    },
  },
};
