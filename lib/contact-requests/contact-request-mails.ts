import { createElement } from "react";
import { mailTranslator } from "@/emails/components/i18n";
import ContactRequest, { type ContactRequestProps } from "@/emails/contact-request";
import ContactRequestSent, { type ContactRequestSentProps } from "@/emails/contact-request-sent";
import ContactRequestsFull, { type ContactRequestsFullProps } from "@/emails/contact-requests-full";
import { loadMessages } from "@/lib/i18n/messages";
import { renderMail, requireHttpUrl, subjectSafe, type RenderedMail } from "@/lib/mail/render";

/** A seeker's contact request, for the landlord, in the landlord's language. Pure; seeker text reaches the body only. */
export async function renderContactRequestMail(mail: Omit<ContactRequestProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.requestsUrl, "requestsUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("contactRequest.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequest, { ...mail, messages }),
  );
}

/** The seeker's confirmation of a contact request, in the seeker's language. Pure. */
export async function renderContactRequestSentMail(mail: Omit<ContactRequestSentProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.offerUrl, "offerUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("contactRequestSent.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequestSent, { ...mail, messages }),
  );
}

/** Tells the landlord, once, that the offer takes no more contact requests. Pure. */
export async function renderContactRequestsFullMail(mail: Omit<ContactRequestsFullProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.requestsUrl, "requestsUrl");
  const messages = await loadMessages(mail.locale);
  const t = mailTranslator(mail.locale, messages);
  return renderMail(
    t("contactRequestsFull.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(ContactRequestsFull, { ...mail, messages }),
  );
}
