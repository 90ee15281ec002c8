import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { MAIL_TIME_ZONE, mailTranslator, withFooter } from "./components/i18n";
import { MailLayout, textStyle } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { RegionIdentity } from "../lib/regions/identity";
import de from "../messages/de.json";

export type OfferToReviewProps = {
  /** German messages: the mail goes to municipal staff, who read German. */
  messages: Messages;
  regionName: string;
  identity?: Pick<RegionIdentity, "logoUrl" | "accentColor">;
  offer: { title: string; place: string; postalCode: string };
  /** A new offer waiting to be listed, or the changed text of a listed one (which shows its listed text meanwhile). */
  what?: "offer" | "text";
  /** Absolute URL of the offer on the review queue page: it needs the staff session, so the mail itself decides nothing. */
  reviewUrl: string;
};

const rowStyle: CSSProperties = { ...textStyle, margin: "0 0 4px" };
const labelStyle: CSSProperties = { fontWeight: 700 };

/** One mail per offer that waits for the municipality's check, to the municipal mailbox. */
export default function OfferToReview({ messages, regionName, identity, offer, what = "offer", reviewUrl }: OfferToReviewProps) {
  const t = createTranslator({
    locale: "de",
    messages,
    namespace: "Staff.mail.review",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  const tLayout = mailTranslator("de", withFooter(messages, messages.Staff.mail.review.footer));
  return (
    <MailLayout locale="de" t={tLayout} regionName={regionName} identity={identity} preview={t("preview")} heading={t("heading")}>
      <Text style={textStyle}>{t(what === "text" ? "introText" : "intro", { regionName })}</Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("offerTitle")}:</span> {offer.title}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("offerPlace")}:</span> {t("placeValue", { place: offer.place, postalCode: offer.postalCode })}
      </Text>
      <Section style={{ margin: "16px 0 8px" }}>
        <MailButton href={reviewUrl}>{t("button")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("signIn")}</Text>
    </MailLayout>
  );
}

OfferToReview.PreviewProps = {
  messages: de,
  regionName: "Stadt Augsburg",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
  },
  reviewUrl: "http://localhost:3000/augsburg/kommune/pruefen#angebot-3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11",
} satisfies OfferToReviewProps;
