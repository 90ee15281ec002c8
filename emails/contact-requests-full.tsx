import { Section, Text } from "@react-email/components";
import { isolate, mailTranslator } from "./components/i18n";
import { MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton, OfferSummary, type OfferSummaryData } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type ContactRequestsFullProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  regionContactEmail: string;
  offer: OfferSummaryData;
  /** The region's number of requests per offer, now reached. */
  count: number;
  /** The offer's requests page ("take requests again"), on its derived token. */
  requestsUrl: string;
};

/** Sent once, when the offer stops taking contact requests by itself: it stays listed, without the form. */
export default function ContactRequestsFull({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  offer,
  count,
  requestsUrl,
}: ContactRequestsFullProps) {
  const t = mailTranslator(locale, messages);
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("contactRequestsFull.preview", { count })}
      heading={t("contactRequestsFull.heading")}
    >
      <Text style={textStyle}>{t("contactRequestsFull.intro", { count })}</Text>
      <OfferSummary locale={locale} t={t} offer={offer} />
      <Text style={textStyle}>{t("contactRequestsFull.again")}</Text>
      <Section style={{ margin: "0 0 24px" }}>
        <MailButton href={requestsUrl}>{t("requests.resume")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("contactRequestsFull.help", { email: isolate(regionContactEmail) })}</Text>
    </MailLayout>
  );
}

ContactRequestsFull.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  offer: { title: "Helle 2-Zimmer-Wohnung", place: "Augsburg", postalCode: "86150" },
  count: 15,
  requestsUrl: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/anfragen",
} satisfies ContactRequestsFullProps;
