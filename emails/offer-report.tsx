import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { formatMailDate, MAIL_TIME_ZONE, mailTranslator, withFooter } from "./components/i18n";
import { colors, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { ReportReason } from "../lib/db/generated/enums";
import type { Messages } from "../lib/i18n/messages";
import de from "../messages/de.json";

export type OfferReportProps = {
  /** German messages: the mail goes to municipal staff, who read German. */
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  offer: { id: string; title: string; place: string; postalCode: string };
  reason: ReportReason;
  message: string;
  contact?: string;
  reportedAt: Date;
  /** Absolute URL of the offer's public detail page. */
  offerUrl: string;
  /** Absolute URL of the staff's page that removes the offer (after signing in with the municipal mailbox). */
  removeUrl: string;
};

const rowStyle: CSSProperties = { ...textStyle, margin: "0 0 4px" };
const labelStyle: CSSProperties = { fontWeight: 700 };

/** Someone reported a listed offer through its "report this offer" form: the mail to the municipal mailbox. */
export default function OfferReport({
  messages,
  regionName,
  identity,
  offer,
  reason,
  message,
  contact,
  reportedAt,
  offerUrl,
  removeUrl,
}: OfferReportProps) {
  const t = createTranslator({
    locale: "de",
    messages,
    namespace: "Report",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  // The layout's footer tells landlords about the municipality's BCC copy; this mail goes to the municipality
  // itself, so its footer says instead why it came.
  const tLayout = mailTranslator("de", withFooter(messages, messages.Report.mail.footer));

  return (
    <MailLayout locale="de" t={tLayout} regionName={regionName} identity={identity} preview={t("mail.preview", { reason: t(`reasons.${reason}`) })} heading={t("mail.heading")}>
      <Text style={textStyle}>{t("mail.intro", { regionName })}</Text>
      <Section
        style={{ backgroundColor: colors.page, borderLeft: `4px solid ${colors.accent}`, padding: "12px 16px", margin: "0 0 16px" }}
      >
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("mail.offerTitle")}:</span> {offer.title}
        </Text>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("mail.offerPlace")}:</span> {t("mail.placeValue", { place: offer.place, postalCode: offer.postalCode })}
        </Text>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("mail.offerNumber")}:</span> {offer.id}
        </Text>
      </Section>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("mail.reason")}:</span> {t(`reasons.${reason}`)}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("mail.reportedAt")}:</span> {formatMailDate(reportedAt, "de")}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("mail.contact")}:</span> {contact ?? t("mail.noContact")}
      </Text>
      <Text style={{ ...rowStyle, margin: "12px 0 4px" }}>
        <span style={labelStyle}>{t("mail.message")}:</span>
      </Text>
      <Text style={textStyle}>
        {message
          ? message.split(/\r?\n/).map((line, index) => (
              <span key={index}>
                {index > 0 && <br />}
                {line}
              </span>
            ))
          : t("mail.noMessage")}
      </Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={offerUrl}>{t("mail.link")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("mail.remove")}</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={removeUrl} color="#8b0000">
          {t("mail.removeLink")}
        </MailButton>
      </Section>
      <Text style={textStyle}>{t("mail.privacy")}</Text>
    </MailLayout>
  );
}

OfferReport.PreviewProps = {
  messages: de,
  regionName: "Stadt Augsburg",
  offer: {
    id: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
  },
  reason: "SUSPICIOUS",
  message: "Der Vermieter verlangt vor der Besichtigung eine Kaution per Überweisung ins Ausland.\nDas kommt mir seltsam vor.",
  contact: "helfer@example.org",
  reportedAt: new Date("2026-11-26T09:30:00Z"),
  offerUrl: "http://localhost:3000/augsburg/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
  removeUrl: "http://localhost:3000/augsburg/kommune/angebote/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11/loeschen",
} satisfies OfferReportProps;
