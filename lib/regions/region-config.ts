import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import { routing } from "@/lib/i18n/routing";
import { mainSitePath } from "@/lib/routes/site-routes";
import { overlappingPostalCodes, postalCodeItemProblem } from "./postal-codes";

/**
 * What a municipality's region is made of, as prisma/regions.json and `npm run region` give it. One schema for
 * both, so a region set up either way is checked the same.
 */
const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{4,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]{2,63}$/, "must be a host name like wohnraum.example.de");

/** An origin allowed to embed the form: scheme, host and port only, as browsers compare it in frame-ancestors. */
const origin = z
  .string()
  .trim()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "must be an origin like https://www.example.de (no path)")
  .transform((value) => value.toLowerCase());

/** A postal code or a range of them ("86316", "86150-86199"); spaces are dropped, so "86150 - 86199" is fine too. */
const postalCodeItem = z
  .string()
  .transform((item) => item.replace(/\s+/g, ""))
  .superRefine((item, context) => {
    const problem = postalCodeItemProblem(item);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/**
 * A review mode as the command and regions.json write it ("off", "first-offer", "every-offer"); stored as the enum,
 * which a region read back gives, so both spellings are accepted.
 */
const reviewMode = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase().replace("-", "_") : value),
  z.enum(["OFF", "FIRST_OFFER", "EVERY_OFFER"], "must be off, first-offer or every-offer"),
);

/**
 * Paths on the main site that are no region: the Integreat entry address (/findflats) and the language prefixes.
 * A region with such a slug would never be reached.
 */
const reservedSlugs: readonly string[] = [mainSitePath("regionList").slice(1), ...routing.locales];

export const regionConfigSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9-]{2,60}$/, "must be 2–60 lower-case letters, digits or hyphens")
    .refine((slug) => !reservedSlugs.includes(slug), `must not be one of ${reservedSlugs.join(", ")} (paths of the main site)`),
  name: z.string().trim().min(2),
  mailbox: z.email(),
  senderName: z.string().trim().min(2),
  hostnames: z.array(hostname).default([]),
  embedOrigins: z.array(origin).default([]),
  listingLocales: z.array(z.enum(routing.locales)).min(1).default([...routing.locales]),
  contactName: z.string().trim().min(2),
  contactEmail: z.email(),
  contactPhone: z.string().trim().min(3).nullable().default(null),
  privacyPolicyVersion: z.string().trim().min(1),
  logoUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  accentColor: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, "must be a colour like #005ca9")
    .nullable()
    .default(null),
  searchIndexing: z.boolean().default(false),
  /** Contact requests an offer takes before it stops taking them by itself. */
  contactRequestsPerOffer: z.number("must be a whole number from 1 to 1000").int().min(1).max(1000).default(15),
  /** Copies of contact requests (with the seekers' details) to the municipal mailbox; off by default. */
  contactRequestCopies: z.boolean().default(false),
  /** The reminder mail to landlords shortly before an offer's display time ends; on by default. */
  reminders: z.boolean().default(true),
  /** The postal codes the region serves, for the Integreat app's entry address (./postal-codes.ts). */
  postalCodes: z.array(postalCodeItem).default([]),
  /** Whether staff check offers before they are listed (lib/review/review-mode.ts); off by default. */
  review: reviewMode.default("OFF"),
});

export type RegionConfig = z.infer<typeof regionConfigSchema>;

export class RegionConfigError extends Error {}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "region"}: ${issue.message}`).join("\n");
}

/** A region's hostname must lead to that region only. */
async function assertHostnamesFree(config: RegionConfig): Promise<void> {
  const taken = await db().region.findMany({
    where: { slug: { not: config.slug }, hostnames: { hasSome: config.hostnames } },
    select: { slug: true, hostnames: true },
  });
  for (const other of taken) {
    const shared = other.hostnames.filter((name) => config.hostnames.includes(name));
    throw new RegionConfigError(`hostnames: ${shared.join(", ")} already belongs to region "${other.slug}"`);
  }
}

/**
 * A postal code must lead to one region: the entry address could not choose between two. Refused rather than
 * resolved by some order, so the municipality that claims a code already taken hears of it when it sets it up.
 */
async function assertPostalCodesFree(config: RegionConfig): Promise<void> {
  if (config.postalCodes.length === 0) return;
  const others = await db().region.findMany({
    where: { slug: { not: config.slug }, postalCodes: { isEmpty: false } },
    select: { slug: true, postalCodes: true },
    orderBy: { slug: "asc" },
  });
  for (const other of others) {
    const shared = overlappingPostalCodes(config.postalCodes, other.postalCodes);
    if (shared.length === 0) continue;
    const theirs = overlappingPostalCodes(other.postalCodes, shared);
    throw new RegionConfigError(
      `postalCodes: ${shared.join(", ")} overlaps ${theirs.join(", ")} of region "${other.slug}"; a postal code can belong to one region only`,
    );
  }
}

/**
 * Creates the region or changes the given settings of an existing one. A new region needs at least a name and a
 * mailbox; the sender name, the contact and the languages then have sensible defaults.
 */
export async function saveRegion(slug: string, changes: Partial<RegionConfig>): Promise<Region> {
  const existing = await db().region.findUnique({ where: { slug } });
  const result = regionConfigSchema.safeParse({ ...(existing ? storedSettings(existing) : defaults(changes)), ...changes, slug });
  if (!result.success) throw new RegionConfigError(describe(result.error));
  await assertHostnamesFree(result.data);
  await assertPostalCodesFree(result.data);
  return db().region.upsert({ where: { slug }, create: result.data, update: result.data });
}

function storedSettings(region: Region): Record<string, unknown> {
  const { createdAt: _created, updatedAt: _updated, ...settings } = region;
  return settings;
}

function defaults(changes: Partial<RegionConfig>): Partial<RegionConfig> {
  return {
    senderName: changes.name && `Wohnraumbörse ${changes.name}`,
    contactName: changes.name,
    contactEmail: changes.mailbox,
    privacyPolicyVersion: new Date().toISOString().slice(0, 7),
  };
}
