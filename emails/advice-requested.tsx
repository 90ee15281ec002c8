import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { formatMailDate, MAIL_TIME_ZONE, mailTranslator, withFooter } from "./components/i18n";
import { colors, MailLayout, textStyle } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import type { RegionIdentity } from "../lib/regions/identity";
import de from "../messages/de.json";

export type AdviceRequestedProps = {
  /** German messages: the mail goes to municipal staff, who read German. */
  messages: Messages;
  regionName: string;
  /** The region's logo and accent colour (lib/regions/identity.ts). */
  identity?: Pick<RegionIdentity, "logoUrl" | "accentColor">;
  /** `language`: the language of the form the landlord used, in which the landlord's mails were written. */
  landlord: { name: string; email: string; phone: string | null; language: Locale };
  offer: { id: string; title: string; place: string; postalCode: string };
  requestedAt: Date;
  /** Absolute URL of the staff page listing every request for advice. */
  adviceListUrl: string;
};

const rowStyle: CSSProperties = { ...textStyle, margin: "0 0 4px" };
const labelStyle: CSSProperties = { fontWeight: 700 };

/**
 * A landlord pressed "placed, I'd like further advice": the municipal mailbox gets the contact details in a mail
 * of its own, so nobody has to find them in a BCC copy.
 */
export default function AdviceRequested({
  messages,
  regionName,
  identity,
  landlord,
  offer,
  requestedAt,
  adviceListUrl,
}: AdviceRequestedProps) {
  const t = createTranslator({
    locale: "de",
    messages,
    namespace: "Staff.mail.advice",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  const tEnums = createTranslator({ locale: "de", messages, namespace: "Enums" });
  const tLayout = mailTranslator("de", withFooter(messages, messages.Staff.mail.advice.footer));
  const boxStyle: CSSProperties = {
    backgroundColor: colors.page,
    borderLeft: `4px solid ${colors.accent}`,
    padding: "12px 16px",
    margin: "0 0 16px",
  };

  return (
    <MailLayout locale="de" t={tLayout} regionName={regionName} identity={identity} preview={t("preview", { name: landlord.name })} heading={t("heading")}>
      <Text style={textStyle}>{t("intro", { regionName })}</Text>
      <Section style={boxStyle}>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("name")}:</span> {landlord.name}
        </Text>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("email")}:</span> {landlord.email}
        </Text>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("phone")}:</span> {landlord.phone ?? t("noPhone")}
        </Text>
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("language")}:</span> {tEnums(`language.${landlord.language}`)}
        </Text>
      </Section>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("offerTitle")}:</span> {offer.title}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("offerPlace")}:</span> {t("placeValue", { place: offer.place, postalCode: offer.postalCode })}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("offerNumber")}:</span> {offer.id}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("requestedAt")}:</span> {formatMailDate(requestedAt, "de")}
      </Text>
      <Section style={{ margin: "16px 0 8px" }}>
        <MailButton href={adviceListUrl}>{t("link")}</MailButton>
      </Section>
    </MailLayout>
  );
}

AdviceRequested.PreviewProps = {
  messages: de,
  regionName: "Stadt Augsburg",
  landlord: { name: "Erika Gastfreundlich", email: "erika@example.org", phone: "+49 170 1234567", language: "uk" },
  offer: {
    id: "3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
  },
  requestedAt: new Date("2026-11-26T09:30:00Z"),
  adviceListUrl: "http://localhost:3000/augsburg/kommune/beratung",
} satisfies AdviceRequestedProps;
