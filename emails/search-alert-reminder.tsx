import { Link, Section, Text } from "@react-email/components";
import { formatMailDate, isolate, mailTranslator, withFooter } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import uk from "../messages/uk.json";

export type SearchAlertReminderProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  endsAt: Date;
  searchUrl: string;
  links: { keep: string; unsubscribe: string };
};

/** A few days before an alert ends by itself: "still looking?" keeps it; doing nothing ends it and erases the address. */
export default function SearchAlertReminder({ locale, messages, regionName, identity, endsAt, searchUrl, links }: SearchAlertReminderProps) {
  const t = mailTranslator(locale, withFooter(messages, messages.Mail.alert.footer));
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("alertReminder.preview")}
      heading={t("alertReminder.heading")}
    >
      <Text style={textStyle}>
        {t("alertReminder.intro", { regionName: isolate(regionName), date: formatMailDate(endsAt, locale) })}{" "}
        <Link href={searchUrl} style={linkStyle}>
          {t("alert.searchLink")}
        </Link>
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={links.keep}>{t("alert.keepButton")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("alertReminder.found")}</Text>
      <Text style={textStyle}>
        <Link href={links.unsubscribe} style={linkStyle}>
          {t("alert.unsubscribe")}
        </Link>
      </Text>
    </MailLayout>
  );
}

SearchAlertReminder.PreviewProps = {
  locale: "uk",
  messages: uk,
  regionName: "Stadt Augsburg",
  endsAt: new Date("2026-07-15T10:30:00Z"),
  searchUrl: "http://localhost:3000/uk/augsburg/findflats/suche?beds=2",
  links: {
    keep: "http://localhost:3000/uk/augsburg/suchauftrag/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/weitersuchen",
    unsubscribe: "http://localhost:3000/uk/augsburg/suchauftrag/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/abbestellen",
  },
} satisfies SearchAlertReminderProps;
