import { Link, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import de from "../messages/de.json";
import type { Messages } from "../lib/i18n/messages";
import type { RegionIdentity } from "../lib/regions/identity";
import type { Locale } from "../lib/i18n/routing";
import { formatMailDate, isolate, MAIL_TIME_ZONE, mailTranslator } from "./components/i18n";
import { linkStyle, MailLayout, textStyle } from "./components/mail-layout";
import { OfferSummary } from "./components/offer-parts";

export type OfferExtendedByMunicipalityProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  /** The region's logo and accent colour (lib/regions/identity.ts). */
  identity?: Pick<RegionIdentity, "logoUrl" | "accentColor">;
  regionContactEmail: string;
  offer: { title: string; place: string; postalCode: string; expiresAt: Date };
};

/**
 * The municipality extended an offer. The offer's link token exists only in the landlord's earlier mails (the
 * database keeps its hash), so this mail has no buttons and points to those mails instead.
 */
export default function OfferExtendedByMunicipality({
  locale,
  messages,
  regionName,
  identity,
  regionContactEmail,
  offer,
}: OfferExtendedByMunicipalityProps) {
  const tMail = mailTranslator(locale, messages);
  const t = createTranslator({
    locale,
    messages,
    namespace: "Staff.mail.extended",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  const date = formatMailDate(offer.expiresAt, locale);
  return (
    <MailLayout locale={locale} t={tMail} regionName={regionName} identity={identity} preview={t("preview", { date })} heading={t("heading")}>
      <Text style={textStyle}>{t("intro", { regionName: isolate(regionName) })}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("until", { date })}</Text>
      <OfferSummary locale={locale} t={tMail} offer={offer} />
      <Text style={textStyle}>{t("buttons")}</Text>
      <Text style={textStyle}>
        {t("contact")}{" "}
        <Link href={`mailto:${regionContactEmail}`} style={linkStyle}>
          {regionContactEmail}
        </Link>
      </Text>
    </MailLayout>
  );
}

OfferExtendedByMunicipality.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  regionContactEmail: "wohnraum@augsburg.de",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
    expiresAt: new Date("2026-12-15T10:30:00Z"),
  },
} satisfies OfferExtendedByMunicipalityProps;
