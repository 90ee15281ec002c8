import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import type { CSSProperties } from "react";
import { isolate, MAIL_TIME_ZONE, type MailTranslator } from "./i18n";
import { colors, textStyle } from "./mail-layout";
import type { Messages } from "../../lib/i18n/messages";
import type { Locale } from "../../lib/i18n/routing";

/** What a seeker told the landlord through the contact form: facts chosen from lists, and their own words. */
export type SeekerRequest = {
  name: string;
  adults: number;
  children: number;
  pets: ("CAT" | "DOG" | "OTHER")[];
  /** YYYY-MM-DD */
  neededFrom: string;
  stay: "MONTHS_3" | "MONTHS_6" | "MONTHS_12" | "LONGER" | "UNSURE";
  languages: string[];
  phone: string | null;
  email: string | null;
  message: string;
  /** The language of the page the seeker wrote on: the language of the message. */
  locale: Locale;
};

const rowStyle: CSSProperties = { ...textStyle, margin: "0 0 4px" };
const labelStyle: CSSProperties = { fontWeight: 700 };

function enumTranslator(locale: Locale, messages: Messages) {
  return createTranslator({
    locale,
    messages,
    namespace: "Enums",
    onError(error) {
      throw error;
    },
  });
}

/**
 * The seeker's request as rows in the mail's language: every fact is rendered from messages/, so a German landlord
 * reads German whatever language the seeker wrote in; only the message is quoted as written, marked with its
 * language (lang attribute, and a line naming it, which the plain text keeps too).
 */
export function SeekerFacts({
  locale,
  messages,
  t,
  seeker,
  withContact,
}: {
  locale: Locale;
  messages: Messages;
  t: MailTranslator;
  seeker: SeekerRequest;
  withContact: boolean;
}) {
  const tEnums = enumTranslator(locale, messages);
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const neededFrom = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: MAIL_TIME_ZONE }).format(
    new Date(`${seeker.neededFrom}T12:00:00Z`),
  );
  const row = (label: string, value: string) => (
    <Text style={rowStyle}>
      <span style={labelStyle}>{label}:</span> {value}
    </Text>
  );
  return (
    <Section
      style={{ backgroundColor: colors.page, padding: "12px 16px", margin: "0 0 16px", border: `1px solid ${colors.border}` }}
    >
      {row(t("seeker.name"), isolate(seeker.name))}
      {row(
        t("seeker.people"),
        list([
          t("seeker.adults", { count: seeker.adults }),
          ...(seeker.children > 0 ? [t("seeker.children", { count: seeker.children })] : [t("seeker.noChildren")]),
        ]),
      )}
      {row(t("seeker.pets"), seeker.pets.length ? list(seeker.pets.map((pet) => t(`seeker.pet.${pet}`))) : t("seeker.noPets"))}
      {row(t("seeker.neededFrom"), neededFrom)}
      {row(t("seeker.stay"), t(`seeker.stayValue.${seeker.stay}`))}
      {row(t("seeker.languages"), list(seeker.languages.map((language) => tEnums(`language.${language}` as "language.de"))))}
      {withContact && seeker.phone && row(t("seeker.phone"), isolate(seeker.phone))}
      {withContact && seeker.email && row(t("seeker.email"), isolate(seeker.email))}
      {seeker.message && (
        <>
          <Text style={{ ...rowStyle, margin: "12px 0 4px" }}>
            <span style={labelStyle}>
              {t("seeker.message", { language: tEnums(`language.${seeker.locale}` as "language.de") })}
            </span>
          </Text>
          <Text
            lang={seeker.locale}
            dir="auto"
            style={{ ...textStyle, margin: "0 0 4px", padding: "8px 12px", borderInlineStart: `4px solid ${colors.border}` }}
          >
            {seeker.message.split(/\r?\n/).map((line, index) => (
              <span key={index}>
                {index > 0 && <br />}
                {line}
              </span>
            ))}
          </Text>
        </>
      )}
    </Section>
  );
}
