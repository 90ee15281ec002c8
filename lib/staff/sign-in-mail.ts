import { createElement } from "react";
import { staffMailTranslator } from "@/emails/components/i18n";
import StaffSignIn, { type StaffSignInProps } from "@/emails/staff-sign-in";
import { loadMessages } from "@/lib/i18n/messages";
import { renderMail, requireHttpUrl, type RenderedMail } from "@/lib/mail/render";

/** The sign-in link for municipal staff, in the language of the page it was requested on. Pure. */
export async function renderStaffSignInMail(mail: Omit<StaffSignInProps, "messages">): Promise<RenderedMail> {
  requireHttpUrl(mail.signInUrl, "signInUrl");
  const messages = await loadMessages(mail.locale);
  const t = staffMailTranslator(mail.locale, messages);
  return renderMail(
    t("signIn.subject", { regionName: mail.regionName }),
    createElement(StaffSignIn, { ...mail, messages }),
  );
}
