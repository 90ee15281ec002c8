import { Section, Text } from "@react-email/components";
import { isolate, mailTranslator, withFooter } from "./components/i18n";
import { MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton, OfferSummary, type OfferSummaryData } from "./components/offer-parts";
import { SeekerFacts, type SeekerRequest } from "./components/seeker-facts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type ContactRequestProps = {
  /** The landlord's language: the language of the offer form. */
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  regionContactEmail: string;
  offer: OfferSummaryData;
  seeker: SeekerRequest;
  /** Whether the municipal mailbox gets a copy (the region's choice); the footer says which. */
  copyToMunicipality: boolean;
  /** The offer's requests page ("no more requests for now"), on its derived token. */
  requestsUrl: string;
};

/** A seeker's contact request, passed on to the landlord in the landlord's language; answering reaches the seeker. */
export default function ContactRequest({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  offer,
  seeker,
  copyToMunicipality,
  requestsUrl,
}: ContactRequestProps) {
  // Without a copy to the municipality the layout's BCC footer would not be true: it says who got the mail instead.
  const t = mailTranslator(locale, copyToMunicipality ? messages : withFooter(messages, messages.Mail.contactRequest.footer));
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("contactRequest.preview", { name: isolate(seeker.name) })}
      heading={t("contactRequest.heading")}
    >
      <Text style={textStyle}>{t("contactRequest.intro", { regionName: isolate(regionName) })}</Text>
      <OfferSummary locale={locale} t={t} offer={offer} />
      <SeekerFacts locale={locale} messages={messages} t={t} seeker={seeker} withContact />
      <Text style={textStyle}>{seeker.email ? t("contactRequest.answerByMail") : t("contactRequest.answerByPhone")}</Text>
      <Text style={textStyle}>{t("contactRequest.privacy")}</Text>
      <Text style={textStyle}>{t("contactRequest.tooMany", { email: isolate(regionContactEmail) })}</Text>
      <Section style={{ margin: "0 0 24px" }}>
        <MailButton href={requestsUrl}>{t("requests.pause")}</MailButton>
      </Section>
    </MailLayout>
  );
}

ContactRequest.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  offer: { title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof", place: "Augsburg-Innenstadt", postalCode: "86150" },
  seeker: {
    name: "Olena Kovalenko",
    adults: 2,
    children: 1,
    pets: [],
    neededFrom: "2026-12-10",
    stay: "MONTHS_3",
    languages: ["uk", "en"],
    phone: "+49 151 2345678",
    email: "olena@example.org",
    message: "Добрий день! Ми родина з Харкова, шукаємо житло.",
    locale: "uk",
  },
  copyToMunicipality: false,
  requestsUrl: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/anfragen",
} satisfies ContactRequestProps;
