import "server-only";
import { db } from "@/lib/db/client";
import type { Region } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";
import { limitsOfForm } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { regionIdentity } from "@/lib/regions/identity";
import { sitePath } from "@/lib/regions/site";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath, tokenLinkPath } from "@/lib/routes/site-routes";
import type { TokenLinkFlow } from "@/lib/routes/token-links";
import { createToken, hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { returnPathParameter, staffReturnPath, withReturnPath } from "./return-path";
import { startStaffSession } from "./session";
import { renderStaffSignInMail } from "./sign-in-mail";

/**
 * Passwordless sign-in of a municipality's staff: whoever can read the region's municipal mailbox may act for the
 * region. A sign-in link is a random token (only its HMAC is stored), valid for a short time and used once.
 */

export const signInLinkMinutes = 20;

export type SignInRequestOutcome = "accepted" | "rateLimited";

/**
 * Someone asks for a sign-in link for `mailbox`. Only the region's own mailbox gets a link; every other address
 * gets the same answer, so the form reveals nothing about the mailbox. Every request counts against the limits
 * (per client and per region), so the answer to "rate limited" is the same for right and wrong addresses too.
 */
export async function requestStaffSignIn(
  region: Region,
  mailbox: string,
  locale: Locale,
  clientKey: string,
  now = new Date(),
  returnPath: string | null = null,
): Promise<SignInRequestOutcome> {
  const granted = await consumeRateLimits(limitsOfForm("staffSignInRequest", { regionSlug: region.slug, clientKey }), now);
  if (granted.includes(false)) return "rateLimited";
  if (mailbox.trim().toLowerCase() !== region.mailbox.trim().toLowerCase()) return "accepted";

  const { token, tokenHash } = createToken();
  const mail = await renderStaffSignInMail({
    locale,
    regionName: region.name,
    identity: regionIdentity(region),
    requestedAt: now,
    validMinutes: signInLinkMinutes,
    signInUrl: regionUrl(region, locale, withReturnPath(tokenLinkPath("staffSignIn", { token }), staffReturnPath(returnPath))),
  });
  await db().$transaction(async (tx) => {
    await tx.staffSignIn.create({
      data: { regionSlug: region.slug, tokenHash, expiresAt: new Date(now.getTime() + signInLinkMinutes * 60_000) },
    });
    await queueMail(tx, { regionSlug: region.slug, to: region.mailbox, ...mail });
  });
  return "accepted";
}

export type SignInLinkState = "valid" | "used" | "expired" | "unknown";

/** What a sign-in link of this region is worth now. Reads only: opening the link must not use it up. */
export async function signInLinkState(regionSlug: string, token: string, now = new Date()): Promise<SignInLinkState> {
  if (!isWellFormedToken(token)) return "unknown";
  const signIn = await db().staffSignIn.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!signIn || signIn.regionSlug !== regionSlug) return "unknown";
  if (signIn.usedAt) return "used";
  return signIn.expiresAt > now ? "valid" : "expired";
}

/**
 * Redeems a sign-in link of this region: one conditional update, so a link signs in once, however often and
 * simultaneously it is pressed. True when this call redeemed it (the caller then starts the session).
 */
export async function redeemStaffSignIn(regionSlug: string, token: string, now = new Date()): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const { count } = await db().staffSignIn.updateMany({
    where: { tokenHash: hashToken(token), regionSlug, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/**
 * The sign-in link's page and button (lib/routes/token-links.ts): the page says whether the link still works, the
 * button redeems it and starts the session, then leads to the page the mail or the sign-in came from, else the offers.
 */
export const staffSignInLinks: TokenLinkFlow<"staffSignIn", SignInLinkState> = {
  link: "staffSignIn",

  find: (token, region, now) => signInLinkState(region.slug, token, now),

  state(state) {
    if (state === "valid") return { message: null, canAct: true };
    return { message: { key: state, values: { minutes: signInLinkMinutes }, tone: "error" }, canAct: false };
  },

  async run(token, _action, form, region) {
    // Used, expired or unknown: the link's page says which.
    if (!(await redeemStaffSignIn(region.slug, token))) return null;
    await startStaffSession(region.slug);
    return { next: sitePath(region.site, staffReturnPath(form?.get(returnPathParameter)) ?? pagePath("staffOffers")) };
  },
};
