import { Text } from "@react-email/components";
import { createElement } from "react";
import { formatMailDate, mailTranslator, withFooter, type MailTranslator } from "@/emails/components/i18n";
import { textStyle } from "@/emails/components/mail-layout";
import { AlertOfferEntry } from "@/emails/search-alert";
import type { Prisma, Region, SearchAlert } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { renderAlertTemplate, renderMailParts } from "@/lib/mail/render";
import { escapeMarkup } from "@/lib/markup";
import { offerFactLine } from "@/lib/offers/fact-line";
import type { PublicOffer } from "@/lib/offers/listing";
import { regionIdentity } from "@/lib/regions/identity";
import { regionUrl } from "@/lib/regions/urls";
import { alertLinkUrl, alertSearchUrl } from "./search-alerts";

/** An alert mail lists this many offers, newest first; the button to the search shows the others. */
export const offersPerAlertMail = 10;

type Slot = "OFFERS" | "ENDS" | "SEARCH" | "KEEP" | "UNSUBSCRIBE" | "MORE";
const slot = (name: Slot) => `%%ALERT_${name}%%`;

export type AlertRecipient = Pick<SearchAlert, "id" | "locale" | "email" | "search" | "expiresAt">;

/** What one language's alert mails of a region share, as numbers of the run's shared parts: template and entries. */
type RegionLanguage = {
  t: MailTranslator;
  template: { html: number; text: number };
  entries: Map<string, { html: number; text: number }>;
  moreHtml: string;
};

/** A slot's value in one mail, for its HTML part (escaped) and its text part. */
type Values = Record<Exclude<Slot, "OFFERS" | "MORE">, string> & { more: string };

/** One subscriber's mail: the numbers of its template and its offers' entries, and the values of its own slots. */
type AlertMailRow = {
  regionSlug: string;
  searchAlertId: string;
  to: string;
  subject: string;
  listUnsubscribe: string;
  template: { html: number; text: number };
  entries: { html: number[]; text: number[] };
  html: Values;
  text: Values;
};

/**
 * Writes and queues the alert mails of one job run. Rendering a mail with react-email takes milliseconds, and
 * handing thousands of whole mails to the database takes seconds more: per region and language the mail is rendered
 * once with slots, and the entries of all the region's new offers in one pass; the database puts each subscriber's
 * mail together from those shared parts, its offers' entries, end date and links, in the one statement that queues
 * them all. `newOffers` are the run's new offers per region.
 */
export function alertMailWriter(newOffers: Map<string, PublicOffer[]>) {
  const parts: string[] = [];
  const part = (text: string) => parts.push(text) - 1;
  const rows: AlertMailRow[] = [];
  const prepared = new Map<string, Promise<RegionLanguage>>();

  async function prepare(region: Region, locale: Locale): Promise<RegionLanguage> {
    const messages: Messages = await loadMessages(locale);
    const offers = newOffers.get(region.slug) ?? [];
    const data = offers.map((offer) => ({
      id: offer.id,
      title: offer.title,
      textLanguage: offer.textLanguage,
      summary: offerFactLine(offer, locale, messages),
      url: regionUrl(region, locale, `/findflats/${offer.id}`),
    }));
    const [template, [moreHtml, ...entryHtml]] = await Promise.all([
      renderAlertTemplate({ locale, regionName: region.name, identity: regionIdentity(region) }, slot),
      renderMailParts([
        createElement(Text, { style: textStyle }, slot("MORE")),
        ...data.map((offer) => createElement(AlertOfferEntry, { offer })),
      ]),
    ]);
    const entries = new Map(
      data.map((offer, index) => [offer.id, { html: part(entryHtml[index]), text: part(`${offer.title}\n${offer.summary}\n${offer.url}`) }]),
    );
    return {
      t: mailTranslator(locale, withFooter(messages, messages.Mail.alert.footer)),
      template: { html: part(template.html), text: part(template.text) },
      entries,
      moreHtml,
    };
  }

  function regionLanguage(region: Region, locale: Locale) {
    const key = `${region.slug}:${locale}`;
    let known = prepared.get(key);
    if (!known) prepared.set(key, (known = prepare(region, locale)));
    return known;
  }

  return {
    /** The mail telling `alert` of `offers` (some of the region's new offers, newest first, at least one). */
    async add(alert: AlertRecipient, region: Region, offers: PublicOffer[]): Promise<void> {
      const locale = alert.locale as Locale;
      const { t, template, entries, moreHtml } = await regionLanguage(region, locale);
      const shown = offers.slice(0, offersPerAlertMail).map((offer) => entries.get(offer.id)!);
      const more = offers.length - shown.length;
      const moreLine = more > 0 ? t("alert.more", { count: more }) : "";
      const links = {
        SEARCH: alertSearchUrl(alert, region),
        KEEP: alertLinkUrl(alert, region, "keep"),
        UNSUBSCRIBE: alertLinkUrl(alert, region, "unsubscribe"),
      };
      const ENDS = formatMailDate(alert.expiresAt!, locale);
      rows.push({
        regionSlug: region.slug,
        searchAlertId: alert.id,
        to: alert.email,
        subject: t("alert.subject", { count: offers.length, regionName: region.name }),
        // The mail program's "unsubscribe" posts to the button's route handler (RFC 8058).
        listUnsubscribe: `${links.UNSUBSCRIBE}/ausfuehren`,
        template,
        entries: { html: shown.map((entry) => entry.html), text: shown.map((entry) => entry.text) },
        html: {
          ENDS: escapeMarkup(ENDS),
          SEARCH: escapeMarkup(links.SEARCH),
          KEEP: escapeMarkup(links.KEEP),
          UNSUBSCRIBE: escapeMarkup(links.UNSUBSCRIBE),
          more: moreLine && moreHtml.replace(slot("MORE"), escapeMarkup(moreLine)),
        },
        text: { ENDS, ...links, more: moreLine && `\n\n${moreLine}` },
      });
    },

    /** Queues the mails added so far in one statement, in the caller's transaction; returns how many. */
    async queue(tx: Prisma.TransactionClient): Promise<number> {
      if (rows.length === 0) return 0;
      const column = <T>(value: (row: AlertMailRow) => T) => rows.map(value);
      const host = new URL(env.APP_URL).hostname;
      // Each body is its template with the slots filled, the offers last: nothing a landlord wrote is read as a slot.
      await tx.$executeRaw`
        WITH part AS (
          SELECT body, n::int FROM unnest(${parts}::text[]) WITH ORDINALITY AS part(body, n)
        ), mail AS (
          SELECT * FROM unnest(
            ${column((row) => row.regionSlug)}::text[], ${column((row) => row.searchAlertId)}::uuid[],
            ${column((row) => row.to)}::text[], ${column((row) => row.subject)}::text[],
            ${column((row) => row.listUnsubscribe)}::text[],
            ${column((row) => row.template.html + 1)}::int[], ${column((row) => row.template.text + 1)}::int[],
            ${column((row) => row.entries.html.map((entry) => entry + 1).join(","))}::text[],
            ${column((row) => row.entries.text.map((entry) => entry + 1).join(","))}::text[],
            ${column((row) => row.html.ENDS)}::text[], ${column((row) => row.html.SEARCH)}::text[],
            ${column((row) => row.html.KEEP)}::text[], ${column((row) => row.html.UNSUBSCRIBE)}::text[],
            ${column((row) => row.html.more)}::text[],
            ${column((row) => row.text.ENDS)}::text[], ${column((row) => row.text.SEARCH)}::text[],
            ${column((row) => row.text.KEEP)}::text[], ${column((row) => row.text.UNSUBSCRIBE)}::text[],
            ${column((row) => row.text.more)}::text[]
          ) WITH ORDINALITY AS mail("regionSlug", "searchAlertId", "to", "subject", "listUnsubscribe", "htmlTemplate",
            "textTemplate", "htmlEntries", "textEntries", "htmlEnds", "htmlSearch", "htmlKeep", "htmlUnsubscribe",
            "htmlMore", "textEnds", "textSearch", "textKeep", "textUnsubscribe", "textMore", n)
        ), offers AS (
          -- Every mail's entries in one join (not a lookup per mail), in the mail's order.
          SELECT mail.n,
            string_agg(html_part.body, '' ORDER BY entry.position) AS html,
            string_agg(text_part.body, E'\n\n' ORDER BY entry.position) AS text
          FROM mail
          CROSS JOIN LATERAL unnest(string_to_array(mail."htmlEntries", ',')::int[], string_to_array(mail."textEntries", ',')::int[])
            WITH ORDINALITY AS entry(html, text, position)
          JOIN part AS html_part ON html_part.n = entry.html
          JOIN part AS text_part ON text_part.n = entry.text
          GROUP BY mail.n
        )
        INSERT INTO "OutboxMail" ("id", "regionSlug", "searchAlertId", "messageId", "to", "subject", "html", "text", "listUnsubscribe")
        SELECT gen_random_uuid(), mail."regionSlug", mail."searchAlertId", '<' || gen_random_uuid() || '@' || ${host} || '>',
          mail."to", mail."subject",
          replace(replace(replace(replace(replace(html_template.body,
            ${slot("ENDS")}, mail."htmlEnds"), ${slot("SEARCH")}, mail."htmlSearch"), ${slot("KEEP")}, mail."htmlKeep"),
            ${slot("UNSUBSCRIBE")}, mail."htmlUnsubscribe"), ${slot("OFFERS")}, offers.html || mail."htmlMore"),
          replace(replace(replace(replace(replace(text_template.body,
            ${slot("ENDS")}, mail."textEnds"), ${slot("SEARCH")}, mail."textSearch"), ${slot("KEEP")}, mail."textKeep"),
            ${slot("UNSUBSCRIBE")}, mail."textUnsubscribe"), ${slot("OFFERS")}, offers.text || mail."textMore"),
          mail."listUnsubscribe"
        FROM mail
        JOIN offers ON offers.n = mail.n
        JOIN part AS html_template ON html_template.n = mail."htmlTemplate"
        JOIN part AS text_template ON text_template.n = mail."textTemplate"`;
      return rows.length;
    },
  };
}
