import { createElement } from "react";
import AdviceRequested, { type AdviceRequestedProps } from "@/emails/advice-requested";
import { staffMailTranslator } from "@/emails/components/i18n";
import { loadMessages } from "@/lib/i18n/messages";
import { renderMail, requireHttpUrl, subjectSafe, type RenderedMail } from "@/lib/mail/render";

/** A landlord's wish for further advice, for the municipal mailbox: always German, like the report mail. Pure. */
export async function renderAdviceRequestedMail(mail: Omit<AdviceRequestedProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.adviceListUrl, "adviceListUrl");
  const messages = await loadMessages("de");
  const t = staffMailTranslator("de", messages);
  return renderMail(
    t("advice.subject", { title: subjectSafe(mail.offer.title) }),
    createElement(AdviceRequested, { ...mail, messages }),
  );
}
