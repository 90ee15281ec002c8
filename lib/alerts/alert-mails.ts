import { Text } from "@react-email/components";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formatMailDate, mailTranslator, withFooter } from "@/emails/components/i18n";
import { textStyle } from "@/emails/components/mail-layout";
import { AlertOfferEntry } from "@/emails/search-alert";
import type { Region, SearchAlert } from "@/lib/db/generated/client";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { OutgoingMail } from "@/lib/mail/outbox";
import { renderAlertTemplate } from "@/lib/mail/render";
import { escapeMarkup } from "@/lib/markup";
import { offerFactLine } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/listing";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { alertLinkUrl, alertSearchUrl } from "./search-alerts";

/** An alert mail lists this many offers, newest first; the button to the search shows the others. */
export const offersPerAlertMail = 10;

type Slot = "OFFERS" | "ENDS" | "SEARCH" | "KEEP" | "UNSUBSCRIBE";
const slot = (name: Slot) => `%%ALERT_${name}%%`;
const slots = /%%ALERT_(OFFERS|ENDS|SEARCH|KEEP|UNSUBSCRIBE)%%/g;

/** One pass over the template: what is filled in (a landlord's title, say) is never read as a slot itself. */
function fill(template: string, values: Record<Slot, string>): string {
  return template.replace(slots, (_, name: Slot) => values[name]);
}

export type AlertRecipient = Pick<SearchAlert, "id" | "locale" | "email" | "search" | "expiresAt">;

/**
 * Writes the alert mails of one job run. Rendering a mail with react-email takes milliseconds, too long for
 * thousands of subscribers: the mail is rendered once per region and language with slots, each offer's entry once
 * per language, and every subscriber's mail is that template with its offers, end date and links filled in.
 */
export function alertMailWriter() {
  const templates = new Map<string, ReturnType<typeof renderAlertTemplate>>();
  const entries = new Map<string, { html: string; text: string }>();

  function template(region: Region, locale: Locale) {
    const key = `${region.slug}:${locale}`;
    let rendered = templates.get(key);
    if (!rendered) {
      rendered = renderAlertTemplate({ locale, regionName: region.name, identity: regionIdentity(region) }, slot);
      templates.set(key, rendered);
    }
    return rendered;
  }

  function entry(offer: PublicOffer, region: Region, locale: Locale, messages: Awaited<ReturnType<typeof loadMessages>>) {
    const key = `${locale}:${offer.id}`;
    let written = entries.get(key);
    if (!written) {
      const data = {
        title: offer.title,
        textLanguage: offer.textLanguage,
        summary: offerFactLine(offer, locale, messages),
        url: regionUrl(region, locale, `/findflats/${offer.id}`),
      };
      written = {
        html: renderToStaticMarkup(createElement(AlertOfferEntry, { offer: data })),
        text: `${data.title}\n${data.summary}\n${data.url}`,
      };
      entries.set(key, written);
    }
    return written;
  }

  /** The mail telling `alert` of `offers` (newest first, at least one). */
  return async function alertMail(alert: AlertRecipient, region: Region, offers: PublicOffer[]): Promise<OutgoingMail> {
    const locale = alert.locale as Locale;
    const messages = await loadMessages(locale);
    const t = mailTranslator(locale, withFooter(messages, messages.Mail.alert.footer));
    const shown = offers.slice(0, offersPerAlertMail).map((offer) => entry(offer, region, locale, messages));
    const more = offers.length - shown.length;
    const moreLine = more > 0 ? t("alert.more", { count: more }) : null;
    const links = {
      SEARCH: alertSearchUrl(alert, region),
      KEEP: alertLinkUrl(alert, region, "keep"),
      UNSUBSCRIBE: alertLinkUrl(alert, region, "unsubscribe"),
    };
    const endsOn = formatMailDate(alert.expiresAt!, locale);
    const { html, text } = await template(region, locale);
    return {
      regionSlug: region.slug,
      searchAlertId: alert.id,
      to: alert.email,
      subject: t("alert.subject", { count: offers.length, regionName: region.name }),
      html: fill(html, {
        OFFERS:
          shown.map((written) => written.html).join("") +
          (moreLine ? renderToStaticMarkup(createElement(Text, { style: textStyle }, moreLine)) : ""),
        ENDS: escapeMarkup(endsOn),
        SEARCH: escapeMarkup(links.SEARCH),
        KEEP: escapeMarkup(links.KEEP),
        UNSUBSCRIBE: escapeMarkup(links.UNSUBSCRIBE),
      }),
      text: fill(text, {
        OFFERS: [...shown.map((written) => written.text), ...(moreLine ? [moreLine] : [])].join("\n\n"),
        ENDS: endsOn,
        ...links,
      }),
      // The mail program's "unsubscribe" posts to the button's route handler (RFC 8058).
      listUnsubscribe: `${links.UNSUBSCRIBE}/ausfuehren`,
    };
  };
}
