import { Link, Text } from "@react-email/components";
import { isolate, mailTranslator } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { NewOfferLink, OfferSummary } from "./components/offer-parts";
import type { RejectionReason } from "../lib/db/generated/enums";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type OfferRejectedProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  regionContactEmail: string;
  reason: RejectionReason;
  /** What staff wrote to the landlord, as written (in German, or whatever they chose); may be empty. */
  note: string;
  /** The offer was refused, or the changed text of a listed offer (which stays listed with its listed text). */
  what?: "offer" | "text";
  offer: { title: string; place: string; postalCode: string };
  links: { newOffer: string };
};

/** The municipality's check refused the offer or its changed text: why, in the landlord's language, and whom to ask. */
export default function OfferRejected({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  reason,
  note,
  what = "offer",
  offer,
  links,
}: OfferRejectedProps) {
  const t = mailTranslator(locale, messages);
  const kind = what === "text" ? "textRejected" : "rejected";
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t(`${kind}.preview`, { regionName: isolate(regionName) })}
      heading={t(`${kind}.heading`)}
    >
      <Text style={textStyle}>{t(`${kind}.intro`, { regionName: isolate(regionName) })}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>
        {t("rejected.reasonLabel")} {t(`rejected.reason.${reason}`)}
      </Text>
      {note && (
        <Text style={textStyle}>
          {t("rejected.noteLabel")}{" "}
          <span dir="auto" style={{ whiteSpace: "pre-line" }}>
            {note}
          </span>
        </Text>
      )}
      <OfferSummary locale={locale} t={t} offer={offer} />
      {what === "offer" && <Text style={textStyle}>{t("rejected.erased")}</Text>}
      <Text style={textStyle}>
        {t("deleted.contact")}{" "}
        <Link href={`mailto:${regionContactEmail}`} style={linkStyle} dir="ltr">
          {regionContactEmail}
        </Link>
      </Text>
      {what === "offer" && <NewOfferLink t={t} href={links.newOffer} />}
    </MailLayout>
  );
}

OfferRejected.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  reason: "INCOMPLETE",
  note: "Bitte geben Sie an, ab wann die Wohnung frei ist, und tragen Sie das Angebot neu ein.",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
  },
  links: { newOffer: "http://localhost:3000/augsburg/anbieten" },
} satisfies OfferRejectedProps;
