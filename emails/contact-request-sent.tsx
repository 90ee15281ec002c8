import { Link, Text } from "@react-email/components";
import { isolate, mailTranslator, withFooter } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { SeekerFacts, type SeekerRequest } from "./components/seeker-facts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import uk from "../messages/uk.json";

export type ContactRequestSentProps = {
  /** The seeker's language: the page the request was sent from. */
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  regionContactEmail: string;
  regionContactPhone: string | null;
  offer: { title: string; place: string; postalCode: string; textLanguage: string };
  offerUrl: string;
  seeker: SeekerRequest;
};

/**
 * The seeker's confirmation: what was passed on, that the landlord answers directly, and whom to ask when no answer
 * comes. It names no landlord's address: the landlord decides whether to answer.
 */
export default function ContactRequestSent({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  regionContactPhone,
  offer,
  offerUrl,
  seeker,
}: ContactRequestSentProps) {
  // The seeker's mail goes to the seeker alone; the layout's BCC footer is replaced by a line saying so.
  const t = mailTranslator(locale, withFooter(messages, messages.Mail.contactRequestSent.footer));
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("contactRequestSent.preview")}
      heading={t("contactRequestSent.heading")}
    >
      <Text style={textStyle}>{t("contactRequestSent.intro")}</Text>
      <Text style={textStyle}>
        <Link href={offerUrl} style={linkStyle}>
          <span lang={offer.textLanguage}>{isolate(offer.title)}</span>
        </Link>
        <br />
        {isolate(t("summary.placeValue", { place: offer.place, postalCode: offer.postalCode }))}
      </Text>
      <Text style={textStyle}>{t("contactRequestSent.passedOn")}</Text>
      <SeekerFacts locale={locale} messages={messages} t={t} seeker={seeker} withContact />
      <Text style={textStyle}>{t("contactRequestSent.direct")}</Text>
      <Text style={textStyle}>
        {regionContactPhone
          ? t("contactRequestSent.noAnswerWithPhone", { email: isolate(regionContactEmail), phone: isolate(regionContactPhone) })
          : t("contactRequestSent.noAnswer", { email: isolate(regionContactEmail) })}
      </Text>
      <Text style={textStyle}>{t("contactRequestSent.privacy")}</Text>
    </MailLayout>
  );
}

ContactRequestSent.PreviewProps = {
  locale: "uk",
  messages: uk,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  regionContactPhone: "+49 821 324-0",
  offer: { title: "Helle 2-Zimmer-Wohnung", place: "Augsburg", postalCode: "86150", textLanguage: "de" },
  offerUrl: "http://localhost:3000/uk/augsburg/findflats/0f8fad5b-d9cb-469f-a165-70867728950e",
  seeker: {
    name: "Olena Kovalenko",
    adults: 2,
    children: 1,
    pets: ["CAT"],
    neededFrom: "2026-12-10",
    stay: "MONTHS_6",
    languages: ["uk", "en"],
    phone: null,
    email: "olena@example.org",
    message: "Добрий день!",
    locale: "uk",
  },
} satisfies ContactRequestSentProps;
