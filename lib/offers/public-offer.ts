import { z } from "zod";
import { accommodationTypes, hostTypes, rentTypes, residentKinds } from "./offer-schema";

/**
 * The one shape of what the public may see of an active offer: never the street, contact details only where the
 * landlord allowed them. The listing, its feeds and the search alerts read it (lib/offers/listing.ts); the API
 * publishes it with a few additions (lib/api/offers.ts), and its OpenAPI document is generated from the same
 * schema, so the API, its document and the listing cannot drift apart. The descriptions are the document's.
 */

export const accommodationTypeSchema = z
  .enum(accommodationTypes)
  .meta({ description: "FLAT: whole flat; ROOM: room in a flat; SHARED_ROOM: shared room; HOUSE: whole house." });

const euros = (description: string) => z.int().min(0).nullable().meta({ description });

export const publicOfferSchema = z.object({
  id: z.uuid(),
  title: z.string().meta({ description: "As the landlord wrote it (any language)." }),
  description: z.string().meta({ description: "As the landlord wrote it; may be empty." }),
  textLanguage: z.string().meta({
    description:
      "The language of the form the landlord filled in (ISO 639-1), which title and description are most likely written in.",
  }),
  type: accommodationTypeSchema,
  place: z.string().meta({ description: "Town or district; never the street." }),
  postalCode: z.string().regex(/^[0-9]{5}$/),
  rooms: z.number().min(0.5).multipleOf(0.5),
  areaSqm: z.int().min(1).nullable().meta({ description: "Living area in square metres." }),
  beds: z.int().min(1).meta({ description: "How many people can live there." }),
  availableFrom: z.iso.date(),
  availableUntil: z.iso.date().nullable().meta({ description: "Last day; null: open-ended." }),
  rentType: z.enum(rentTypes).meta({
    description:
      "RENTED: for rent; FREE: free of charge; FREE_THEN_RENT: free at first, then for the rent in `coldRent` and " +
      "`runningCosts` (both null for offers made before the form asked: rent by arrangement).",
  }),
  coldRent: euros("Rent without running costs, whole euros per month: the rent later with FREE_THEN_RENT, null with FREE."),
  runningCosts: euros("Running costs, whole euros per month: later with FREE_THEN_RENT, null with FREE."),
  deposit: euros("Deposit, whole euros; null with FREE."),
  furnished: z.boolean(),
  kitchen: z.boolean().meta({ description: "A kitchen or cooking facilities." }),
  ownBathroom: z.boolean(),
  barrierFree: z.boolean(),
  catsAllowed: z.boolean(),
  dogsAllowed: z.boolean(),
  otherPetsAllowed: z.boolean().meta({ description: "Pets other than cats and dogs." }),
  smokingAllowed: z.boolean(),
  lgbtiqFriendly: z.boolean().meta({ description: "LGBTIQ people are explicitly welcome." }),
  residents: z.enum(residentKinds).nullable().meta({
    description:
      "Who lives there already: NOBODY, LANDLORD (the landlord, perhaps with family) or OTHERS; " +
      "null for offers made before the form asked.",
  }),
  residentCount: z.int().min(1).nullable().meta({
    description: "How many people live there already; null with NOBODY or unknown.",
  }),
  hostType: z.enum(hostTypes).nullable().meta({
    description: "The household already living there; null with NOBODY or unknown.",
  }),
  /** As stored; the API publishes only the codes it documents. */
  languages: z.array(z.string()).meta({ description: "Languages the landlord speaks." }),
  contact: z
    .object({
      name: z.string().nullable().meta({ description: "The landlord's name." }),
      phone: z.string().nullable().meta({ description: "Phone number as the landlord typed it." }),
      email: z.email().nullable().meta({ description: "E-mail address." }),
    })
    .meta({ description: "Only what the landlord chose to make public; null where not." }),
  takesContactRequests: z.boolean().meta({
    description: "Whether seekers can reach the landlord through the exchange's contact form right now.",
  }),
  checkedByRegion: z.boolean().meta({
    description: "Whether the municipality's staff checked the landlord (met or phoned them): the pages say \"checked by\" the region.",
  }),
  publishedAt: z.iso.datetime().meta({
    description: "When the offer was listed: confirmed by the landlord, or approved by the municipality where it checks offers first.",
  }),
  expiresAt: z.iso.datetime().meta({ description: "When the offer leaves the listing." }),
});

/** What the public may see of an active offer (see publicOfferSchema). */
export type PublicOffer = z.output<typeof publicOfferSchema>;
