import { plainTextSelectors, render } from "@react-email/render";
import { compile } from "html-to-text";
import { createTranslator } from "next-intl";
import { createElement, type ReactElement } from "react";
import { mailTranslator } from "@/emails/components/i18n";
import type { MailIdentity } from "@/emails/components/mail-layout";
import OfferConfirmation from "@/emails/offer-confirmation";
import OfferDeleted from "@/emails/offer-deleted";
import OfferPublished from "@/emails/offer-published";
import OfferReport, { type OfferReportProps } from "@/emails/offer-report";
import AdviceRequested, { type AdviceRequestedProps } from "@/emails/advice-requested";
import StaffSignIn, { type StaffSignInProps } from "@/emails/staff-sign-in";
import ContactRequest, { type ContactRequestProps } from "@/emails/contact-request";
import ContactRequestSent, { type ContactRequestSentProps } from "@/emails/contact-request-sent";
import ContactRequestsFull, { type ContactRequestsFullProps } from "@/emails/contact-requests-full";
import SearchAlert, { type SearchAlertProps } from "@/emails/search-alert";
import SearchAlertConfirmation, { type SearchAlertConfirmationProps } from "@/emails/search-alert-confirmation";
import SearchAlertReminder, { type SearchAlertReminderProps } from "@/emails/search-alert-reminder";
import type { ContactRequestStatus } from "@/lib/db/generated/enums";
import { loadMessages, type Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** Shape of the `Mail` message namespace (messages/<locale>.json) the templates read. */
export type MailMessages = Messages["Mail"];

export type OfferMailKind =
  | "confirmation"
  | "published"
  | "extended"
  | "changed"
  | "changedByMunicipality"
  | "extendedByMunicipality"
  | "reminder"
  | "deleted";
export type OfferMailDeletionReason = "BY_LANDLORD" | "PLACED" | "BY_MUNICIPALITY";

export type OfferMail = {
  kind: OfferMailKind;
  locale: Locale;
  regionName: string;
  regionContactEmail: string;
  /** The region's logo and accent colour (regionIdentity in lib/regions/identity.ts). */
  identity?: MailIdentity;
  offer: {
    title: string;
    place: string;
    postalCode: string;
    durationDays: number;
    expiresAt?: Date;
    /** Required for the kinds with the requests button (all with buttons but the reminder): it fits the offer's state. */
    contactRequests?: ContactRequestStatus;
    contactRequestCount?: number;
  };
  /** Required for kind "deleted". */
  reason?: OfferMailDeletionReason;
  /**
   * Absolute http(s) URLs. Required per kind: confirmation → confirm; published, extended, changed and the
   * municipality's change and extension → delete, placed, extend, change, requests; reminder → the same without
   * requests; deleted → newOffer. Links a kind does not use are ignored.
   */
  links: {
    confirm?: string;
    delete?: string;
    placed?: string;
    extend?: string;
    change?: string;
    requests?: string;
    newOffer?: string;
  };
};

export type RenderedMail = { subject: string; html: string; text: string };

/**
 * Renders one mail to the landlord: localized subject, HTML and plain text. Pure (no database, no sending).
 * Throws on a missing link, reason or expiry date the kind needs, and on a missing message.
 */
export async function renderOfferMail(mail: OfferMail): Promise<RenderedMail> {
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  const title = subjectSafe(mail.offer.title);
  const { locale, regionName, offer } = mail;
  const base = { locale, messages, regionName, identity: mail.identity };

  let subject: string;
  let element: ReactElement;
  switch (mail.kind) {
    case "confirmation":
      subject = t("confirmation.subject", { title });
      element = createElement(OfferConfirmation, { ...base, offer, links: { confirm: requireLink(mail, "confirm") } });
      break;
    case "published":
    case "extended":
    case "changed":
    case "changedByMunicipality":
    case "extendedByMunicipality":
    case "reminder": {
      const expiresAt = mail.offer.expiresAt;
      if (!expiresAt) throw new Error(`Mail "${mail.kind}" needs offer.expiresAt`);
      const links = {
        delete: requireLink(mail, "delete"),
        placed: requireLink(mail, "placed"),
        extend: requireLink(mail, "extend"),
        change: requireLink(mail, "change"),
      };
      const { contactRequests, contactRequestCount } = mail.offer;
      // The reminder asks one question and offers only the buttons that answer it.
      const requests =
        mail.kind === "reminder"
          ? undefined
          : contactRequests && contactRequestCount !== undefined
            ? { status: contactRequests, count: contactRequestCount, href: requireLink(mail, "requests") }
            : null;
      if (requests === null) throw new Error(`Mail "${mail.kind}" needs the offer's contact requests`);
      subject = t(`${mail.kind}.subject`, { title });
      element = createElement(OfferPublished, { ...base, kind: mail.kind, offer: { ...offer, expiresAt }, links, requests });
      break;
    }
    case "deleted": {
      const reason = mail.reason;
      if (!reason) throw new Error('Mail "deleted" needs a reason');
      subject = t(`deleted.subject.${reason}`, { title });
      element = createElement(OfferDeleted, {
        ...base,
        regionContactEmail: mail.regionContactEmail,
        reason,
        offer,
        links: { newOffer: requireLink(mail, "newOffer") },
      });
      break;
    }
    default:
      throw new Error(`Unknown mail kind: ${String((mail as { kind: unknown }).kind)}`);
  }

  return renderedMail(subject, element);
}

/** A report about a listed offer, for the region's municipal mailbox. */
export type ReportMail = Omit<OfferReportProps, "messages">;

/**
 * Renders the mail about a reported offer to the municipal mailbox: always German, because municipal staff
 * read it. Pure (no database, no sending); the reporter's text reaches the body only, never a header.
 */
export async function renderReportMail(mail: ReportMail): Promise<RenderedMail> {
  const messages = await loadMessages("de");
  const t = createTranslator({
    locale: "de",
    messages,
    namespace: "Report",
    onError(error) {
      throw error;
    },
  });
  const subject = t("mail.subject", { title: subjectSafe(mail.offer.title), reason: t(`reasons.${mail.reason}`) });
  return renderedMail(subject, createElement(OfferReport, { ...mail, messages }));
}

/** The sign-in link for municipal staff, in the language of the page it was requested on. Pure. */
export async function renderStaffSignInMail(mail: Omit<StaffSignInProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.signInUrl, "signInUrl");
  const messages = await loadMessages(mail.locale);
  const t = staffMailTranslator(mail.locale, messages);
  return renderedMail(
    t("signIn.subject", { regionName: mail.regionName }),
    createElement(StaffSignIn, { ...mail, messages }),
  );
}

/** A landlord's wish for further advice, for the municipal mailbox: always German, like the report mail. Pure. */
export async function renderAdviceRequestedMail(mail: Omit<AdviceRequestedProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.adviceListUrl, "adviceListUrl");
  const messages = await loadMessages("de");
  const t = staffMailTranslator("de", messages);
  return renderedMail(
    t("advice.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(AdviceRequested, { ...mail, messages }),
  );
}

/** A seeker's contact request, for the landlord, in the landlord's language. Pure; seeker text reaches the body only. */
export async function renderContactRequestMail(mail: Omit<ContactRequestProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.requestsUrl, "requestsUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("contactRequest.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequest, { ...mail, messages }),
  );
}

/** The seeker's confirmation of a contact request, in the seeker's language. Pure. */
export async function renderContactRequestSentMail(mail: Omit<ContactRequestSentProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.offerUrl, "offerUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("contactRequestSent.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequestSent, { ...mail, messages }),
  );
}

/** Tells the landlord, once, that the offer takes no more contact requests. Pure. */
export async function renderContactRequestsFullMail(mail: Omit<ContactRequestsFullProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.requestsUrl, "requestsUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("contactRequestsFull.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequestsFull, { ...mail, messages }),
  );
}

/** The double opt-in mail of a search alert, in the language of the page it was set up on. Pure. */
export async function renderAlertConfirmationMail(mail: Omit<SearchAlertConfirmationProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.confirm, "links.confirm");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("alertConfirmation.subject", { regionName: mail.regionName }),
    createElement(SearchAlertConfirmation, { ...mail, messages }),
  );
}

/** "Still looking?" a few days before a search alert ends by itself. Pure. */
export async function renderAlertReminderMail(mail: Omit<SearchAlertReminderProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.keep, "links.keep");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("alertReminder.subject", { regionName: mail.regionName }),
    createElement(SearchAlertReminder, { ...mail, messages }),
  );
}

/** New offers for a search alert's subscriber, composed when the mail is delivered. Pure. */
export async function renderSearchAlertMail(mail: Omit<SearchAlertProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.links.keep, "links.keep");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderedMail(
    t("alert.subject", { count: mail.offers.length + mail.more, regionName: mail.regionName }),
    createElement(SearchAlert, { ...mail, messages }),
  );
}

function staffMailTranslator(locale: Locale, messages: Messages) {
  return createTranslator({
    locale,
    messages,
    namespace: "Staff.mail",
    onError(error) {
      throw error;
    },
  });
}

/**
 * The plain-text part from the HTML, as react-email's `toPlainText` makes it, but compiled once: html-to-text
 * otherwise parses its selectors again for every mail, which costs more than rendering the mail itself.
 * Headings keep their case (html-to-text would upper-case them); every link is followed by its full URL.
 */
const plainText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
});

/** HTML and plain text of a mail; the subject becomes one safe header line. */
async function renderedMail(subject: string, element: ReactElement): Promise<RenderedMail> {
  const html = await render(element);
  return { subject: subjectSafe(subject), html, text: plainText(html).trim() + "\n" };
}

// C0/C1 control characters (CR, LF, TAB, …), line/paragraph separators and bidirectional controls.
const unsafeInHeader = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line of plain text, safe inside a mail header: no control characters, no line breaks. */
function subjectSafe(value: string): string {
  return value.replace(unsafeInHeader, " ").replace(/\s+/g, " ").trim();
}

function requireLink(mail: OfferMail, name: keyof OfferMail["links"]): string {
  const url = mail.links[name];
  if (!url) throw new Error(`Mail "${mail.kind}" needs links.${name}`);
  return requireHttpUrl(url, `links.${name}`);
}

function requireHttpUrl(url: string, name: string): string {
  const { protocol } = new URL(url);
  if (protocol !== "https:" && protocol !== "http:") throw new Error(`${name} must be an http(s) URL`);
  return url;
}
