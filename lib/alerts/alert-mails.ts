import "server-only";
import { createElement } from "react";
import { formatMailDate, mailTranslator } from "@/emails/components/i18n";
import SearchAlert, { type SearchAlertProps } from "@/emails/search-alert";
import SearchAlertConfirmation, { type SearchAlertConfirmationProps } from "@/emails/search-alert-confirmation";
import SearchAlertReminder, { type SearchAlertReminderProps } from "@/emails/search-alert-reminder";
import { db } from "@/lib/db/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { registerMailComposer, type ComposedMail } from "@/lib/mail/composed-mails";
import { renderMail, requireHttpUrl, type RenderedMail } from "@/lib/mail/render";
import { offerFactLine, offerHeading } from "@/lib/offers/fact-line";
import { toPublicOffer } from "@/lib/offers/listing";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { pagePath } from "@/lib/routes/site-routes";
import { alertLinkUrl, alertOneClickUnsubscribeUrl, alertSearchUrl } from "./alert-links";

/** An alert mail lists this many offers, newest first; the button to the search shows the others. */
export const offersPerAlertMail = 10;

/** The double opt-in mail of a search alert, in the language of the page it was set up on. Pure. */
export async function renderAlertConfirmationMail(mail: Omit<SearchAlertConfirmationProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.confirm, "links.confirm");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("alertConfirmation.subject", { regionName: mail.regionName }),
    createElement(SearchAlertConfirmation, { ...mail, messages }),
  );
}

/** "Still looking?" a few days before a search alert ends by itself. Pure. */
async function renderAlertReminderMail(mail: Omit<SearchAlertReminderProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.keep, "links.keep");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("alertReminder.subject", { regionName: mail.regionName }),
    createElement(SearchAlertReminder, { ...mail, messages }),
  );
}

/** New offers for a search alert's subscriber, composed when the mail is delivered. Pure. */
async function renderSearchAlertMail(mail: Omit<SearchAlertProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.keep, "links.keep");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("alert.subject", { count: mail.offers.length + mail.more, regionName: mail.regionName }),
    createElement(SearchAlert, { ...mail, messages }),
  );
}

/** The alert a mail is for, if it still runs: an ended one has no address, and its queued mails go nowhere. */
async function runningAlert(searchAlertId: string | null) {
  if (!searchAlertId) return null;
  const alert = await db().searchAlert.findUnique({ where: { id: searchAlertId }, include: { region: true } });
  if (!alert || alert.status !== "ACTIVE" || !alert.email || !alert.expiresAt || alert.expiresAt <= new Date()) return null;
  return { ...alert, expiresAt: alert.expiresAt, locale: alert.locale as Locale };
}

/**
 * The mail telling a subscriber of the offers the job matched for them (`offerIds`, newest first, `matchCount` in
 * all), written when it is delivered: offers deleted or ended since are left out, the end date is the alert's
 * latest. Null when the alert ended or none of its offers is still listed.
 */
async function composeSearchAlertMail(mail: {
  searchAlertId: string | null;
  alertOfferIds: string[];
  alertMatchCount: number | null;
}): Promise<ComposedMail | null> {
  const alert = await runningAlert(mail.searchAlertId);
  if (!alert) return null;
  const stillListed = await db().offer.findMany({
    where: { id: { in: mail.alertOfferIds }, regionSlug: alert.regionSlug, status: "ACTIVE", expiresAt: { gt: new Date() } },
  });
  if (stillListed.length === 0) return null;
  const byId = new Map(stillListed.map((offer) => [offer.id, toPublicOffer(offer)]));
  const offers = mail.alertOfferIds.flatMap((id) => byId.get(id) ?? []);
  const { region, locale } = alert;
  const messages = await loadMessages(locale);
  const rendered = await renderSearchAlertMail({
    locale,
    regionName: region.name,
    identity: regionIdentity(region),
    offers: offers.map((offer) => ({
      heading: offerHeading(offer, locale, messages),
      title: offer.title,
      textLanguage: offer.textLanguage,
      summary: offerFactLine(offer, locale, messages),
      url: regionUrl(region, locale, pagePath("offer", { offerId: offer.id })),
    })),
    more: Math.max(0, (mail.alertMatchCount ?? 0) - mail.alertOfferIds.length),
    endsOn: formatMailDate(alert.expiresAt, locale),
    links: { search: alertSearchUrl(alert, region), keep: alertLinkUrl(alert, region, "keep"), unsubscribe: alertLinkUrl(alert, region, "unsubscribe") },
  });
  // The mail program's "unsubscribe" posts to the button's route handler (RFC 8058).
  return { ...rendered, listUnsubscribe: alertOneClickUnsubscribeUrl(alert, region) };
}

/** "Still looking?" before the alert ends; null when it ended or "still looking" was pressed since it was queued. */
async function composeAlertReminderMail(mail: {
  searchAlertId: string | null;
  reminderFor: Date | null;
}): Promise<ComposedMail | null> {
  const alert = await runningAlert(mail.searchAlertId);
  if (!alert || alert.expiresAt.getTime() !== mail.reminderFor?.getTime()) return null;
  const { region, locale } = alert;
  const rendered = await renderAlertReminderMail({
    locale,
    regionName: region.name,
    identity: regionIdentity(region),
    endsAt: alert.expiresAt,
    searchUrl: alertSearchUrl(alert, region),
    links: { keep: alertLinkUrl(alert, region, "keep"), unsubscribe: alertLinkUrl(alert, region, "unsubscribe") },
  });
  return { ...rendered, listUnsubscribe: alertOneClickUnsubscribeUrl(alert, region) };
}

registerMailComposer("SEARCH_ALERT", composeSearchAlertMail);
registerMailComposer("ALERT_REMINDER", composeAlertReminderMail);
