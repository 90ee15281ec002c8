import { createTranslator } from "next-intl";
import { createElement } from "react";
import OfferReport, { type OfferReportProps } from "@/emails/offer-report";
import { loadMessages } from "@/lib/i18n/messages";
import { renderMail, subjectSafe, type RenderedMail } from "@/lib/mail/render";

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
  return renderMail(subject, createElement(OfferReport, { ...mail, messages }));
}
