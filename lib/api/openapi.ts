import { z } from "zod";
import { routing } from "@/lib/i18n/routing";
import { accommodationTypeSchema } from "@/lib/offers/public-offer";
import { mainSitePath } from "@/lib/routes/site-routes";
import { apiOfferSchema, languageCodeSchema, offersBodySchema } from "./offers";
import { localeSchema, regionEntrySchema, regionsBodySchema } from "./regions";
import { errorSchema } from "./responses";

/**
 * The contract of the public API, served at /api/v1/openapi.json, for apps, municipal websites and other clients
 * (the Integreat app reads no offers here: it opens a region's entry address in its browser). The schemas of its
 * answers are generated from the zod schemas the answers are typed with (the offer's from the one public offer
 * shape, lib/offers/public-offer.ts), so the document cannot describe an answer other than the one sent.
 */

const locales = [...routing.locales];

/** The answers' schemas and those they share, by their names in the document (`#/components/schemas/…`). */
const namedSchemas = {
  Error: errorSchema,
  Locale: localeSchema,
  AccommodationType: accommodationTypeSchema,
  LanguageCode: languageCodeSchema,
  RegionsResponse: regionsBodySchema,
  ListedRegion: regionEntrySchema,
  OffersResponse: offersBodySchema,
  Offer: apiOfferSchema,
};

/** JSON Schema 2020-12, OpenAPI 3.1's dialect; a named schema used inside another becomes a `$ref` to it. */
function answerSchemas() {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(namedSchemas)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  // Each schema is part of the one document: without a `$schema` and `$id` of its own, its `$ref`s resolve in it.
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema, $id, ...schema }]) => [id, schema]));
}

const header = (ref: string) => ({ $ref: `#/components/headers/${ref}` });

const cacheableHeaders = {
  "Cache-Control": header("CacheControl"),
  ETag: header("ETag"),
  "Access-Control-Allow-Origin": header("AccessControlAllowOrigin"),
};

const json = (schema: keyof typeof namedSchemas) => ({ "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } });

const errorResponse = (description: string) => ({
  description,
  headers: { "Access-Control-Allow-Origin": header("AccessControlAllowOrigin") },
  content: json("Error"),
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
  servers: [{ url: mainSitePath("api") }],
  paths: {
    "/regions": {
      get: {
        operationId: "listRegions",
        summary: "Regions with a housing listing",
        description:
          "Every region that lists offers, with the address of its listing page per language, its entry address " +
          "for every language and its postal codes. New regions appear within an hour.",
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
    schemas: answerSchemas(),
  },
};
