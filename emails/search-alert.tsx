import { Link, Section, Text } from "@react-email/components";
import { isolate, mailTranslator, withFooter } from "./components/i18n";
import { linkStyle, MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import uk from "../messages/uk.json";

export type AlertOfferEntryData = {
  /** Composed from the offer's facts in the mail's language (lib/offers/fact-line.ts offerHeading). */
  heading: string;
  title: string;
  /** The language the landlord wrote the title in. */
  textLanguage: string;
  /** Place, beds, rent or "free", available from: the listing's one fact line (Listing.offerPreview). */
  summary: string;
  url: string;
};

/** One new offer in an alert: its heading linking to its page, the landlord's title in its language, the fact line. */
function AlertOfferEntry({ offer }: { offer: AlertOfferEntryData }) {
  return (
    <Text style={textStyle}>
      <Link href={offer.url} style={{ ...linkStyle, fontWeight: 700 }}>
        {isolate(offer.heading)}
      </Link>
      <br />
      <span lang={offer.textLanguage}>{isolate(offer.title)}</span>
      <br />
      {isolate(offer.summary)}
    </Text>
  );
}

export type SearchAlertProps = {
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  /** The new offers it lists, newest first. */
  offers: AlertOfferEntryData[];
  /** How many more matched than it lists: the search button shows them. */
  more: number;
  /** When the alert ends unless the seeker is still looking, as the mail states it. */
  endsOn: string;
  links: { search: string; keep: string; unsubscribe: string };
};

/** New offers matching a seeker's search, composed when the mail is delivered (lib/alerts/alert-mails.ts). */
export default function SearchAlert({ locale, messages, regionName, identity, offers, more, endsOn, links }: SearchAlertProps) {
  const t = mailTranslator(locale, withFooter(messages, messages.Mail.alert.footer));
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t("alert.preview")}
      heading={t("alert.heading")}
    >
      <Text style={textStyle}>{t("alert.intro", { regionName: isolate(regionName) })}</Text>
      <Section style={{ margin: "0 0 8px" }}>
        {offers.map((offer) => (
          <AlertOfferEntry key={offer.url} offer={offer} />
        ))}
        {more > 0 && <Text style={textStyle}>{t("alert.more", { count: more })}</Text>}
      </Section>
      <Section style={{ margin: "8px 0 24px" }}>
        <MailButton href={links.search}>{t("alert.showAll")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("alert.endsOn", { date: endsOn })}</Text>
      <Section style={{ margin: "0 0 24px" }}>
        <MailButton href={links.keep}>{t("alert.keepButton")}</MailButton>
      </Section>
      <Text style={textStyle}>
        {t("alert.why")}{" "}
        <Link href={links.unsubscribe} style={linkStyle}>
          {t("alert.unsubscribe")}
        </Link>
      </Text>
    </MailLayout>
  );
}

const previewUrl = "http://localhost:3000/uk/augsburg";

SearchAlert.PreviewProps = {
  locale: "uk",
  messages: uk,
  regionName: "Stadt Augsburg",
  offers: [
    {
      heading: "Уся квартира · 2 кімнати · 3 ліжка · 54 м² · Augsburg · безкоштовно",
      title: "Helle 2-Zimmer-Wohnung",
      textLanguage: "de",
      summary: "86150 Augsburg · 3 ліжка · безкоштовно · вільно з 1 лип. 2026 р.",
      url: `${previewUrl}/findflats/3f2b8c1e-6a4d-4e57-9b1a-2c7d9e0f4a11`,
    },
  ],
  more: 0,
  endsOn: "15 липня 2026 р.",
  links: {
    search: `${previewUrl}/findflats/suche?beds=2`,
    keep: `${previewUrl}/suchauftrag/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/weitersuchen`,
    unsubscribe: `${previewUrl}/suchauftrag/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/abbestellen`,
  },
} satisfies SearchAlertProps;
