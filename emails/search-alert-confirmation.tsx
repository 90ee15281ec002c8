import { Link, Section, Text } from "@react-email/components";
import { isolate, mailTranslator, withFooter } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import uk from "../messages/uk.json";

export type SearchAlertConfirmationProps = {
  /** The language of the page the alert was set up on. */
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  frequency: "IMMEDIATE" | "DAILY";
  /** The search the alert watches. */
  searchUrl: string;
  links: { confirm: string };
};

/** Double opt-in: the alert sends nothing until the seeker confirms it on the page behind the button. */
export default function SearchAlertConfirmation({ locale, messages, regionName, identity, frequency, searchUrl, links }: SearchAlertConfirmationProps) {
  // Alerts go to the seeker alone: the layout's BCC line is replaced by one saying so.
  const t = mailTranslator(locale, withFooter(messages, messages.Mail.alert.footer));
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("alertConfirmation.preview")}
      heading={t("alertConfirmation.heading")}
    >
      <Text style={textStyle}>{t("alertConfirmation.intro", { regionName: isolate(regionName) })}</Text>
      <Text style={textStyle}>
        {t(`alert.frequency.${frequency}`)}{" "}
        <Link href={searchUrl} style={linkStyle}>
          {t("alert.searchLink")}
        </Link>
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={links.confirm}>{t("alertConfirmation.button")}</MailButton>
      </Section>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("alertConfirmation.deadline")}</Text>
      <Text style={textStyle}>{t("alertConfirmation.ignore")}</Text>
    </MailLayout>
  );
}

SearchAlertConfirmation.PreviewProps = {
  locale: "uk",
  messages: uk,
  regionName: "Stadt Augsburg",
  frequency: "IMMEDIATE",
  searchUrl: "http://localhost:3000/uk/augsburg/findflats/suche?beds=2",
  links: { confirm: "http://localhost:3000/uk/augsburg/suchauftrag/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/bestaetigen" },
} satisfies SearchAlertConfirmationProps;
