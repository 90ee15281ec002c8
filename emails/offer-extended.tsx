import { Text } from "@react-email/components";
import de from "../messages/de.json";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import { formatMailDate, mailTranslator } from "./components/i18n";
import { MailLayout, textStyle } from "./components/mail-layout";
import { OfferActions, OfferSummary, type OfferActionLinks } from "./components/offer-parts";

export type OfferExtendedProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  offer: { title: string; place: string; postalCode: string; expiresAt: Date };
  links: OfferActionLinks;
};

/** The display was extended by 7 days; repeats the three management buttons. */
export default function OfferExtended({ locale, messages, regionName, offer, links }: OfferExtendedProps) {
  const t = mailTranslator(locale, messages);
  const date = formatMailDate(offer.expiresAt, locale);
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      preview={t("extended.preview", { date })}
      heading={t("extended.heading")}
    >
      <Text style={textStyle}>{t("extended.intro", { regionName })}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("extended.until", { date })}</Text>
      <OfferSummary t={t} offer={offer} />
      <OfferActions t={t} links={links} />
    </MailLayout>
  );
}

OfferExtended.PreviewProps = {
  locale: "de",
  messages: de,
  regionName: "Landkreis Neuburg-Schrobenhausen",
  offer: {
    title: "Möbliertes Zimmer in ruhigem Einfamilienhaus",
    place: "Schrobenhausen",
    postalCode: "86529",
    expiresAt: new Date("2026-07-22T10:30:00Z"),
  },
  links: {
    delete: "http://localhost:3000/neuburg-schrobenhausen/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/loeschen",
    placed: "http://localhost:3000/neuburg-schrobenhausen/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/vermittelt",
    extend: "http://localhost:3000/neuburg-schrobenhausen/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/verlaengern",
  },
} satisfies OfferExtendedProps;
