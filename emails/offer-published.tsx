import { Text } from "@react-email/components";
import { formatMailDate, isolate, mailTranslator } from "./components/i18n";
import { MailLayout, textStyle, type MailIdentity } from "./components/mail-layout";
import {
  ContactRequestsAction,
  OfferActions,
  OfferRemovalActions,
  OfferSummary,
  PublishedOfferLink,
  type OfferActionLinks,
} from "./components/offer-parts";
import type { ContactRequestStatus } from "../lib/db/generated/enums";
import type { Messages } from "../lib/i18n/messages";
import type { Locale } from "../lib/i18n/routing";
import de from "../messages/de.json";

export type OfferPublishedProps = {
  /**
   * First publication after the confirmation, a later extension by 7 days, a change by the landlord or the
   * municipality, or the reminder shortly before the display time ends.
   */
  kind: "published" | "extended" | "changed" | "changedByMunicipality" | "extendedByMunicipality" | "reminder";
  locale: Locale;
  messages: Messages;
  regionName: string;
  identity?: MailIdentity;
  offer: {
    title: string;
    place: string;
    postalCode: string;
    expiresAt: Date;
  };
  /** The management buttons, and `offer`: the published offer's public page. */
  links: OfferActionLinks & { offer: string };
  /** How many contact requests came and the button that pauses or takes them again; not in the reminder. */
  requests?: { status: ContactRequestStatus; count: number; href: string };
};

/**
 * The offer is online until a date: the management mail (after confirming, extending, changing) with the link to the
 * published offer and its buttons, the everyday ones first and the deleting ones last.
 */
export default function OfferPublished({ kind, locale, messages, regionName, identity, offer, links, requests }: OfferPublishedProps) {
  const t = mailTranslator(locale, messages);
  const date = formatMailDate(offer.expiresAt, locale);
  return (
    <MailLayout
      locale={locale}
      t={t}
      regionName={regionName}
      identity={identity}
      preview={t(`${kind}.preview`, { date })}
      heading={t(`${kind}.heading`)}
    >
      <Text style={textStyle}>{t(`${kind}.intro`, { regionName: isolate(regionName) })}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t(`${kind}.until`, { date })}</Text>
      <OfferSummary locale={locale} t={t} offer={offer} />
      <PublishedOfferLink t={t} href={links.offer} />
      <OfferActions t={t} links={links} />
      {requests && <ContactRequestsAction t={t} {...requests} />}
      <OfferRemovalActions t={t} links={links} />
    </MailLayout>
  );
}

OfferPublished.PreviewProps = {
  kind: "published",
  locale: "de",
  messages: de,
  regionName: "Stadt Augsburg",
  offer: {
    title: "Helle 2-Zimmer-Wohnung nahe dem Hauptbahnhof",
    place: "Augsburg-Innenstadt",
    postalCode: "86150",
    expiresAt: new Date("2026-07-15T10:30:00Z"),
  },
  links: {
    delete: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/loeschen",
    placed: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/vermittelt",
    extend: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/verlaengern",
    change: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/aendern",
    offer: "http://localhost:3000/augsburg/findflats/0b7f8a52-3c1e-4d6a-9f2b-5e8c1a7d4f30",
  },
  requests: {
    status: "OPEN",
    count: 0,
    href: "http://localhost:3000/augsburg/angebot/Q2hhbmdlTWVCZWlzcGllbHRva2Vu/anfragen",
  },
} satisfies OfferPublishedProps;
