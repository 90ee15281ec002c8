import { Button, Heading, Link, Section, Text } from "@react-email/components";
import type { CSSProperties } from "react";
import { isolate, type MailTranslator } from "./i18n";
import { colors, linkStyle, textStyle } from "./mail-layout";
import { textDirection } from "../../lib/i18n/direction";
import type { Locale } from "../../lib/i18n/routing";

export type OfferSummaryData = { title: string; place: string; postalCode: string };

const labelStyle: CSSProperties = { fontWeight: 700 };

/** Which offer the mail is about: title, place and, if given, the chosen display duration. */
export function OfferSummary({
  locale,
  t,
  offer,
  durationDays,
}: {
  locale: Locale;
  t: MailTranslator;
  offer: OfferSummaryData;
  durationDays?: number;
}) {
  const rowStyle: CSSProperties = { ...textStyle, margin: "0 0 4px" };
  // The accent bar marks where lines start. A physical side, because many mail clients ignore border-inline-start.
  const barSide = textDirection(locale) === "rtl" ? "borderRight" : "borderLeft";
  return (
    <Section
      style={{
        backgroundColor: colors.page,
        [barSide]: `4px solid ${colors.accent}`,
        padding: "12px 16px",
        margin: "0 0 16px",
      }}
    >
      <Heading as="h2" style={{ color: colors.text, fontSize: "18px", lineHeight: "26px", margin: "0 0 8px" }}>
        {t("summary.heading")}
      </Heading>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("summary.title")}:</span> {isolate(offer.title)}
      </Text>
      <Text style={rowStyle}>
        <span style={labelStyle}>{t("summary.place")}:</span>{" "}
        {/* Postal code and place as one run: together they read as an address line in any language. */}
        {isolate(t("summary.placeValue", { place: offer.place, postalCode: offer.postalCode }))}
      </Text>
      {durationDays !== undefined && (
        <Text style={rowStyle}>
          <span style={labelStyle}>{t("summary.duration")}:</span> {t("summary.durationValue", { days: durationDays })}
        </Text>
      )}
    </Section>
  );
}

/** A big call-to-action link. Colours keep at least 7:1 contrast with the white label. */
export function MailButton({
  href,
  color = colors.accent,
  children,
}: {
  href: string;
  color?: string;
  children: string;
}) {
  return (
    <Button
      href={href}
      style={{
        backgroundColor: color,
        color: colors.onAccent,
        borderRadius: "6px",
        fontSize: "16px",
        lineHeight: "24px",
        fontWeight: 700,
        textDecoration: "none",
        padding: "12px 20px",
      }}
    >
      {children}
    </Button>
  );
}

export type OfferActionLinks = { delete: string; placed: string; extend: string; change: string };

const sectionHeadingStyle: CSSProperties = { color: colors.text, fontSize: "18px", lineHeight: "26px", margin: "8px 0 12px" };
const hintStyle: CSSProperties = { ...textStyle, margin: "8px 0 20px" };

/** The everyday management buttons, first in the mail: extend by 7 days; change. */
export function OfferActions({ t, links }: { t: MailTranslator; links: OfferActionLinks }) {
  return (
    <Section style={{ margin: "8px 0 0" }}>
      <Heading as="h2" style={sectionHeadingStyle}>
        {t("actions.heading")}
      </Heading>
      <MailButton href={links.extend}>{t("actions.extend")}</MailButton>
      <Text style={hintStyle}>{t("actions.extendHint")}</Text>
      <MailButton href={links.change}>{t("actions.change")}</MailButton>
      <Text style={hintStyle}>{t("actions.changeHint")}</Text>
    </Section>
  );
}

/** The deleting buttons, last in the mail: delete; delete and report "placed, advice wanted". */
export function OfferRemovalActions({ t, links }: { t: MailTranslator; links: OfferActionLinks }) {
  return (
    <Section style={{ margin: "8px 0 0" }}>
      <Heading as="h2" style={sectionHeadingStyle}>
        {t("actions.endHeading")}
      </Heading>
      <MailButton href={links.delete} color="#8b0000">
        {t("actions.delete")}
      </MailButton>
      <Text style={hintStyle}>{t("actions.deleteHint")}</Text>
      <MailButton href={links.placed} color="#1b5e20">
        {t("actions.placed")}
      </MailButton>
      <Text style={hintStyle}>{t("actions.placedHint")}</Text>
      <Text style={{ ...textStyle, fontWeight: 700 }}>{t("actions.keep")}</Text>
    </Section>
  );
}

/** The published offer as seekers see it, linked from the mails about a listed offer. */
export function PublishedOfferLink({ t, href }: { t: MailTranslator; href: string }) {
  return (
    <Text style={textStyle}>
      {t("publishedOffer.text")}{" "}
      <Link href={href} style={linkStyle}>
        {t("publishedOffer.link")}
      </Link>
    </Text>
  );
}

/**
 * Between the everyday and the deleting buttons: how many contact requests came, and the button that pauses them ("no more
 * requests for now") or takes them again, as the offer stands when the mail is written.
 */
export function ContactRequestsAction({
  t,
  status,
  count,
  href,
}: {
  t: MailTranslator;
  status: "NOT_OFFERED" | "OPEN" | "PAUSED" | "FULL";
  count: number;
  href: string;
}) {
  return (
    <Section style={{ margin: "8px 0 0" }}>
      <Heading as="h2" style={sectionHeadingStyle}>
        {t("requests.heading")}
      </Heading>
      <Text style={textStyle}>{t(`requests.status.${status}`, { count })}</Text>
      <MailButton href={href} color={colors.muted}>
        {status === "OPEN" ? t("requests.pause") : t("requests.resume")}
      </MailButton>
      <Text style={{ ...textStyle, margin: "8px 0 20px" }}>{status === "OPEN" ? t("requests.pauseHint") : t("requests.resumeHint")}</Text>
    </Section>
  );
}

/** The one link of the final mails: offer housing again. */
export function NewOfferLink({ t, href }: { t: MailTranslator; href: string }) {
  return (
    <Text style={textStyle}>
      {t("newOffer.text")}{" "}
      <Link href={href} style={linkStyle}>
        {t("newOffer.link")}
      </Link>
    </Text>
  );
}
