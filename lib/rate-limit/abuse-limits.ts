import "server-only";
import { env } from "@/lib/env";
import { hashToken } from "@/lib/security/tokens";
import type { RateLimit } from "./rate-limit";

/**
 * The limits on what anyone may do without an account, counted in the database (see ./rate-limit.ts). Each is
 * defined once here: the code that counts it and the proxy that answers a used-up limit with 429 (./page-limits.ts)
 * use the same key, limit and window. `clientKey` is the keyed hash of the client's address (./client-address.ts);
 * e-mail addresses, too, are counted only under a keyed hash, never stored as they are.
 */

const hourSeconds = 3600;
const daySeconds = 24 * hourSeconds;

/** Offer submissions from one client address per hour. */
export function offerLimitPerClientAddress(clientKey: string): RateLimit {
  return { key: `offer:${clientKey}`, limit: env.OFFERS_PER_HOUR, windowSeconds: hourSeconds };
}

const offerEmailKind = "offer-email:";

/** Offer submissions with one contact e-mail address per day, counted case-insensitively. */
export function offerLimitPerEmail(contactEmail: string): RateLimit {
  const emailKey = hashToken(`${offerEmailKind}${contactEmail.trim().toLowerCase()}`);
  return { key: `${offerEmailKind}${emailKey}`, limit: env.OFFERS_PER_EMAIL_PER_DAY, windowSeconds: daySeconds };
}

/** Whether a limit is an e-mail address's offers of the day (the one limit a refusal explains differently). */
export function isOfferLimitPerEmail(limit: RateLimit): boolean {
  return limit.key.startsWith(offerEmailKind);
}

/** Presses of a mail button's page (confirm, extend, delete, placed) from one client address per hour. */
export function linkActionLimit(clientKey: string): RateLimit {
  return { key: `link-action:${clientKey}`, limit: env.LINK_ACTIONS_PER_HOUR, windowSeconds: hourSeconds };
}

/** Reports of offers from one client address per hour. */
export function reportLimit(clientKey: string): RateLimit {
  return { key: `report:${clientKey}`, limit: env.REPORTS_PER_HOUR, windowSeconds: hourSeconds };
}

/** Contact requests from one client address per hour. */
export function contactLimitPerClientAddress(clientKey: string): RateLimit {
  return { key: `contact:${clientKey}`, limit: env.CONTACT_REQUESTS_PER_HOUR, windowSeconds: hourSeconds };
}

/** Contact requests to one offer per hour, whoever sends them. */
export function contactLimitPerOffer(offerId: string): RateLimit {
  return { key: `contact-offer:${offerId}`, limit: env.CONTACT_REQUESTS_PER_OFFER_PER_HOUR, windowSeconds: hourSeconds };
}

const contactSeekerKind = "contact-seeker:";

/** Contact requests from one seeker's e-mail address or phone number per day, counted case-insensitively. */
export function contactLimitPerSeeker(address: string): RateLimit {
  const seekerKey = hashToken(`${contactSeekerKind}${address.replace(/\s+/g, "").toLowerCase()}`);
  return { key: `${contactSeekerKind}${seekerKey}`, limit: env.CONTACT_REQUESTS_PER_SEEKER_PER_DAY, windowSeconds: daySeconds };
}

/** Search alerts set up from one client address per hour. */
export function alertLimitPerClientAddress(clientKey: string): RateLimit {
  return { key: `alert:${clientKey}`, limit: env.SEARCH_ALERTS_PER_HOUR, windowSeconds: hourSeconds };
}

const alertEmailKind = "alert-email:";

/** Search alerts set up for one e-mail address per day, counted case-insensitively. */
export function alertLimitPerEmail(email: string): RateLimit {
  const emailKey = hashToken(`${alertEmailKind}${email.trim().toLowerCase()}`);
  return { key: `${alertEmailKind}${emailKey}`, limit: env.SEARCH_ALERTS_PER_EMAIL_PER_DAY, windowSeconds: daySeconds };
}

/** Staff sign-in requests from one client address per hour. */
export function staffSignInLimitPerClientAddress(clientKey: string): RateLimit {
  return { key: `staff-sign-in-client:${clientKey}`, limit: env.STAFF_SIGN_INS_PER_HOUR, windowSeconds: hourSeconds };
}

/** Staff sign-in requests for one region per hour, whoever sends them. */
export function staffSignInLimitPerRegion(regionSlug: string): RateLimit {
  return { key: `staff-sign-in:${regionSlug}`, limit: env.STAFF_SIGN_INS_PER_REGION_PER_HOUR, windowSeconds: hourSeconds };
}
