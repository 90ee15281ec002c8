import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Prisma, Region, SearchAlert } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/outbox";
import { confirmationWindowHours } from "@/lib/offers/lifecycle";
import { limitsOfForm } from "@/lib/rate-limit/page-limits";
import { consumeRateLimits } from "@/lib/rate-limit/rate-limit";
import { regionIdentity } from "@/lib/regions/identity";
import type { LinkMessage, TokenLinkFlow } from "@/lib/routes/token-links";
import { hashToken, isWellFormedToken } from "@/lib/security/tokens";
import { alertLinkUrl, alertSearchUrl, alertToken } from "./alert-links";
import { renderAlertConfirmationMail } from "./alert-mails";
import type { AlertInput } from "./alert-schema";

/**
 * A seeker's search alert: set up (pending) → confirmed by the link in its mail (active) → ended by unsubscribing,
 * after 30 days without "still looking", or never confirmed within 48 hours. Every step is one conditional update,
 * so a repeated or simultaneous press changes nothing the second time. An ended alert keeps no address: its
 * undelivered mails lose recipient and bodies in the same transaction.
 */

export const alertDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

export type AlertByToken = SearchAlert & { region: Region };

/** The alert a link token belongs to, or null for a malformed or unknown token. Reads only. */
export async function findAlertByToken(token: string): Promise<AlertByToken | null> {
  if (!isWellFormedToken(token)) return null;
  return db().searchAlert.findUnique({ where: { tokenHash: hashToken(token) }, include: { region: true } });
}

/** Whether an alert has ended: ended for good, or active and its time run out (the job may not have ended it yet). */
export function hasAlertEnded(alert: Pick<SearchAlert, "status" | "expiresAt">, now = new Date()): boolean {
  return alert.status === "ENDED" || (alert.status === "ACTIVE" && !(alert.expiresAt !== null && alert.expiresAt > now));
}

export type SubscribeOutcome = "sent" | "rateLimited";

/**
 * Sets up a pending alert for `search` (the listing's filters as listingQueryString gives them) and queues its
 * confirmation mail in the seeker's language, in one transaction. Counts against the limits per client address
 * and per e-mail address first; `clientKey` is the keyed hash of the client's address.
 */
export async function subscribeToAlerts(
  region: Region,
  input: AlertInput,
  search: string,
  locale: Locale,
  clientKey: string,
  now = new Date(),
): Promise<SubscribeOutcome> {
  const limits = limitsOfForm("alertForm", { regionSlug: region.slug, clientKey, contactEmail: input.contactEmail });
  const granted = await consumeRateLimits(limits, now);
  if (granted.includes(false)) return "rateLimited";
  const alert = {
    id: randomUUID(),
    regionSlug: region.slug,
    locale,
    email: input.contactEmail,
    search,
    frequency: input.frequency,
    consentedAt: now,
    privacyPolicyVersion: region.privacyPolicyVersion,
  };
  const mail = await renderAlertConfirmationMail({
    locale,
    regionName: region.name,
    identity: regionIdentity(region),
    frequency: input.frequency,
    searchUrl: alertSearchUrl(alert, region),
    links: { confirm: alertLinkUrl(alert, region, "confirm") },
  });
  await db().$transaction(async (tx) => {
    await tx.searchAlert.create({ data: { ...alert, tokenHash: hashToken(alertToken(alert.id)) } });
    await queueMail(tx, { regionSlug: region.slug, searchAlertId: alert.id, to: alert.email, ...mail });
  });
  return "sent";
}

export type ConfirmAlertOutcome = "confirmed" | "alreadyActive" | "windowPassed" | "ended";

/** Switches a pending alert on if its 48 hours are not over: from now on new matching offers are news to it. */
export async function confirmAlert(token: string, now = new Date()): Promise<ConfirmAlertOutcome | null> {
  const alert = await findAlertByToken(token);
  if (!alert) return null;
  const { count } = await db().searchAlert.updateMany({
    where: {
      id: alert.id,
      status: "PENDING_CONFIRMATION",
      createdAt: { gt: new Date(now.getTime() - confirmationWindowHours * 60 * 60 * 1000) },
    },
    data: { status: "ACTIVE", confirmedAt: now, newSince: now, expiresAt: new Date(now.getTime() + alertDays * dayMs) },
  });
  if (count > 0) return "confirmed";
  if (alert.status === "ACTIVE") return "alreadyActive";
  return alert.status === "ENDED" ? "ended" : "windowPassed";
}

export type KeepAlertOutcome = "kept" | "ended";

/** "Still looking": an active alert runs for 30 days from now. */
export async function keepAlert(token: string, now = new Date()): Promise<KeepAlertOutcome | null> {
  const alert = await findAlertByToken(token);
  if (!alert) return null;
  const { count } = await db().searchAlert.updateMany({
    where: { id: alert.id, status: "ACTIVE", expiresAt: { gt: now } },
    data: { expiresAt: new Date(now.getTime() + alertDays * dayMs) },
  });
  return count > 0 ? "kept" : "ended";
}

export type UnsubscribeOutcome = "unsubscribed" | "alreadyEnded";

/** Ends the alert at once (also a pending one) and erases its address. */
export async function unsubscribeAlert(token: string, now = new Date()): Promise<UnsubscribeOutcome | null> {
  const alert = await findAlertByToken(token);
  if (!alert) return null;
  const ended = await db().$transaction(async (tx) => {
    const { count } = await tx.searchAlert.updateMany({
      where: { id: alert.id, status: { not: "ENDED" } },
      data: { status: "ENDED", endReason: "UNSUBSCRIBED", endedAt: now, email: "" },
    });
    if (count > 0) await eraseAlertMails(tx, [alert.id]);
    return count > 0;
  });
  return ended ? "unsubscribed" : "alreadyEnded";
}

/** Ended alerts keep no address: their mails lose recipient and bodies, so an undelivered one goes nowhere. */
export async function eraseAlertMails(tx: Prisma.TransactionClient, alertIds: string[]): Promise<void> {
  await tx.outboxMail.updateMany({
    where: { searchAlertId: { in: alertIds } },
    data: { to: "", subject: "", html: null, text: null },
  });
}

/** A search alert's mail buttons: confirm, "still looking", unsubscribe (also the mail program's one-click). */
export const alertLinks: TokenLinkFlow<"alert", AlertByToken> = {
  link: "alert",
  oneClick: true,

  async find(token, region) {
    const alert = await findAlertByToken(token);
    return alert?.regionSlug === region.slug ? alert : null;
  },

  state(alert, action, outcome, now) {
    const info = (key: string): LinkMessage => ({ key, tone: "info" });
    const success = (key: string): LinkMessage => ({ key, values: { date: alert.expiresAt ?? now }, tone: "success" });
    if (hasAlertEnded(alert, now)) {
      return { message: action === "unsubscribe" && outcome === "unsubscribed" ? success("unsubscribe.done") : info("ended"), canAct: false };
    }
    if (alert.status === "PENDING_CONFIRMATION") {
      if (action === "keep") return { message: info("notConfirmed"), canAct: false };
      const windowPassed = alert.createdAt.getTime() + confirmationWindowHours * 60 * 60 * 1000 <= now.getTime();
      if (action === "confirm" && windowPassed) return { message: info("confirm.windowPassed"), canAct: false };
      return { message: null, canAct: true };
    }
    if (action === "confirm") {
      const message = outcome === "confirmed" ? success("confirm.done") : { ...success("alreadyActive"), tone: "info" as const };
      return { message, canAct: false };
    }
    if (action === "keep" && outcome === "kept") return { message: success("keep.done"), canAct: false };
    return { message: null, canAct: true };
  },

  async run(token, action) {
    const outcome =
      action === "confirm" ? await confirmAlert(token) : action === "keep" ? await keepAlert(token) : await unsubscribeAlert(token);
    return outcome && { outcome };
  },
};
