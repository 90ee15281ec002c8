import { Link, Text } from "@react-email/components";
import { isolate, mailTranslator } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { NewOfferLink, OfferSummary } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type OfferDeletionReason = "BY_LANDLORD" | "PLACED" | "BY_MUNICIPALITY";

export type OfferDeletedProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  regionContactEmail: string;
  reason: OfferDeletionReason;
  offer: { title: string; place: string; postalCode: string };
  links: { newOffer: string };
};

/** Confirms a deletion: by the landlord, as "placed, advice wanted", or by the municipality. */
export default function OfferDeleted({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  reason,
  offer,
  links,
}: OfferDeletedProps) {
  const t = mailTranslator(locale, messages);
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("deleted.preview")}
      heading={t(`deleted.heading.${reason}`)}
    >
      <Text style={textStyle}>{t(`deleted.intro.${reason}`, { regionName: isolate(regionName) })}</Text>
      {reason === "PLACED" && (
        <Text style={{ ...textStyle, fontWeight: 700 }}>{t("deleted.advice")}</Text>
      )}
      <OfferSummary locale={locale} t={t} offer={offer} />
      {reason === "BY_MUNICIPALITY" && (
        <Text style={textStyle}>
          {t("deleted.contact")}{" "}
          <Link href={`mailto:${regionContactEmail}`} style={linkStyle} dir="ltr">
            {regionContactEmail}
          </Link>
        </Text>
      )}
      <NewOfferLink t={t} href={links.newOffer} />
    </MailLayout>
  );
}

OfferDeleted.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  reason: "PLACED",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
  },
  links: { newOffer: "http://localhost:3000/augsburg/anbieten" },
} satisfies OfferDeletedProps;
