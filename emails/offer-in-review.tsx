import { Heading, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { isolate, mailTranslator } from "./components/i18n";
import { colors, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton, OfferSummary } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type OfferInReviewProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  offer: { title: string; place: string; postalCode: string; durationDays: number };
  /** The buttons that work while the offer waits; extending starts only once it is listed. */
  links: { delete: string; change: string };
};

/** The landlord confirmed, and the municipality checks the offer before it is listed: "you will hear from us". */
export default function OfferInReview({ locale, messages, regionName, identity, offer, links }: OfferInReviewProps) {
  const t = mailTranslator(locale, messages);
  const hintStyle: CSSProperties = { ...textStyle, margin: "8px 0 20px" };
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("inReview.preview", { regionName: isolate(regionName) })}
      heading={t("inReview.heading")}
    >
      <Text style={textStyle}>{t("inReview.intro", { regionName: isolate(regionName) })}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("inReview.duration", { days: offer.durationDays })}</Text>
      <OfferSummary locale={locale} t={t} offer={offer} />
      <Section style={{ margin: "8px 0 0" }}>
        <Heading as="h2" style={{ color: colors.text, fontSize: "18px", lineHeight: "26px", margin: "8px 0 12px" }}>
          {t("actions.heading")}
        </Heading>
        <MailButton href={links.change}>{t("actions.change")}</MailButton>
        <Text style={hintStyle}>{t("actions.changeHint")}</Text>
        <MailButton href={links.delete} color="#8b0000">
          {t("actions.delete")}
        </MailButton>
        <Text style={hintStyle}>{t("inReview.deleteHint")}</Text>
        <Text style={{ ...textStyle, fontWeight: 700 }}>{t("inReview.keep")}</Text>
      </Section>
    </MailLayout>
  );
}

OfferInReview.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
    durationDays: 30,
  },
  links: {
    delete: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/loeschen",
    change: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/aendern",
  },
} satisfies OfferInReviewProps;
