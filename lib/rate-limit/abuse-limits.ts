import { env } from "@/lib/env";
import { hashToken } from "@/lib/offers/tokens";
import { consumeRateLimits } from "./rate-limit";

/**
 * The limits on what anyone may do without an account, counted in the database (see ./rate-limit.ts).
 * `clientKey` is the keyed hash of the client's address (./client-address.ts); e-mail addresses, too, are
 * counted only under a keyed hash, never stored as they are.
 */

const hourSeconds = 3600;
const daySeconds = 24 * hourSeconds;

/** Which limit a submission exceeded: the client address's per hour, or the e-mail address's per day. */
export type OfferLimit = "clientAddress" | "email";

/**
 * Counts one offer submission against both limits; null while both hold. The e-mail address is counted
 * case-insensitively.
 */
export async function consumeOfferLimits(clientKey: string, contactEmail: string, now = new Date()): Promise<OfferLimit | null> {
  const emailKey = hashToken(`offer-email:${contactEmail.trim().toLowerCase()}`);
  const [addressGranted, emailGranted] = await consumeRateLimits(
    [
      { key: `offer:${clientKey}`, limit: env.OFFERS_PER_HOUR, windowSeconds: hourSeconds },
      { key: `offer-email:${emailKey}`, limit: env.OFFERS_PER_EMAIL_PER_DAY, windowSeconds: daySeconds },
    ],
    now,
  );
  if (!addressGranted) return "clientAddress";
  return emailGranted ? null : "email";
}

/** Counts one press of a mail button's page (confirm, extend, delete, placed); false once the hour's limit is used up. */
export async function consumeLinkActionLimit(clientKey: string, now = new Date()): Promise<boolean> {
  const [granted] = await consumeRateLimits(
    [{ key: `link-action:${clientKey}`, limit: env.LINK_ACTIONS_PER_HOUR, windowSeconds: hourSeconds }],
    now,
  );
  return granted;
}
