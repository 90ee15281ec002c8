import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import { formatMailDate, isolate, MAIL_TIME_ZONE, mailTranslator, withFooter } from "./components/i18n";
import { MailLayout, textStyle } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import type { RegionIdentity } from "../lib/regions/identity";
import de from "../messages/de.json";

export type StaffSignInProps = {
  /** The language of the page the link was requested on; the link opens that language too. */
  locale: Locale;
  messages: Messages;
  regionName: string;
  /** The region's logo and accent colour (lib/regions/identity.ts). */
  identity?: Pick<RegionIdentity, "logoUrl" | "accentColor">;
  requestedAt: Date;
  validMinutes: number;
  /** Absolute URL of the page with the sign-in button. */
  signInUrl: string;
};

/** The sign-in link for municipal staff, sent to the region's municipal mailbox only. */
export default function StaffSignIn({
  locale,
  messages,
  regionName,
  identity,
  requestedAt,
  validMinutes,
  signInUrl,
}: StaffSignInProps) {
  const t = createTranslator({
    locale,
    messages,
    namespace: "Staff.mail.signIn",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  // The layout's footer speaks of a BCC copy to the municipality; this mail goes to its mailbox itself.
  const tLayout = mailTranslator(locale, withFooter(messages, messages.Staff.mail.signIn.footer));

  return (
    <MailLayout
      locale={locale}
      t={tLayout}
      regionName={regionName}
      identity={identity}
      preview={t("preview", { minutes: validMinutes })}
      heading={t("heading")}
    >
      <Text style={textStyle}>{t("intro", { regionName: isolate(regionName), date: formatMailDate(requestedAt, locale) })}</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={signInUrl}>{t("button")}</MailButton>
      </Section>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("validity", { minutes: validMinutes })}</Text>
      <Text style={textStyle}>{t("ignore")}</Text>
    </MailLayout>
  );
}

StaffSignIn.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  requestedAt: new Date("2026-11-26T09:30:00Z"),
  validMinutes: 20,
  signInUrl: "http://localhost:3000/augsburg/kommune/anmelden/Q2hhbmdlTWVCZWlzcGllbHRva2VuMDEyMzQ1Njc4OWFi",
} satisfies StaffSignInProps;
