import { Section, Text } from "@react-email/components";
import { isolate, mailTranslator } from "./components/i18n";
import { MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton, OfferSummary } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type OfferConfirmationProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  offer: { title: string; place: string; postalCode: string; durationDays: number };
  links: { confirm: string };
};

/** Double opt-in: nothing is published until the landlord follows the confirm link. */
export default function OfferConfirmation({ locale, messages, regionName, identity, offer, links }: OfferConfirmationProps) {
  const t = mailTranslator(locale, messages);
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("confirmation.preview")}
      heading={t("confirmation.heading")}
    >
      <Text style={textStyle}>{t("confirmation.intro", { regionName: isolate(regionName) })}</Text>
      <OfferSummary locale={locale} t={t} offer={offer} durationDays={offer.durationDays} />
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={links.confirm}>{t("confirmation.button")}</MailButton>
      </Section>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("confirmation.deadline")}</Text>
      <Text style={textStyle}>{t("confirmation.notPublic")}</Text>
      <Text style={textStyle}>{t("confirmation.ignore")}</Text>
    </MailLayout>
  );
}

OfferConfirmation.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
    durationDays: 28,
  },
  links: { confirm: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/bestaetigen" },
} satisfies OfferConfirmationProps;
