import { createTranslator } from "next-intl";
import type { Messages } from "../../lib/i18n/messages";
import type { Locale } from "../../lib/i18n/routing";

/** Mails state times in the time zone of the participating municipalities. */
export const MAIL_TIME_ZONE = "Europe/Berlin";

function createMailTranslator(locale: Locale, messages: Messages) {
  return createTranslator({
    locale,
    messages,
    namespace: "Mail",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
}

export type MailTranslator = ReturnType<typeof createMailTranslator>;

/** One translator per messages and language: it keeps the messages it has parsed, so a mail does not parse them again. */
const translators = new WeakMap<Messages, Map<Locale, MailTranslator>>();

/**
 * Translator for the `Mail` namespace. Works outside a request (no next-intl request config needed).
 * A missing or broken message throws instead of sending a mail with a placeholder in it.
 */
export function mailTranslator(locale: Locale, messages: Messages): MailTranslator {
  let byLocale = translators.get(messages);
  if (!byLocale) translators.set(messages, (byLocale = new Map()));
  let translator = byLocale.get(locale);
  if (!translator) byLocale.set(locale, (translator = createMailTranslator(locale, messages)));
  return translator;
}

/** Translator for the staff's mails (`Staff.mail`: the sign-in link, the advice wish); throws like `mailTranslator`. */
export function staffMailTranslator(locale: Locale, messages: Messages) {
  return createTranslator({
    locale,
    messages,
    namespace: "Staff.mail",
    onError(error) {
      throw error;
    },
  });
}

/**
 * The messages with the layout's footer line (`Mail.footer.bcc`, which tells landlords about the municipality's BCC
 * copy) replaced, for a mail that goes with no such copy; `footer` may use `{regionName}` as that line does.
 */
export function withFooter(messages: Messages, footer: string): Messages {
  return { ...messages, Mail: { ...messages.Mail, footer: { ...messages.Mail.footer, bcc: footer } } };
}

const mailDateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** Date and time in the mail's language, e.g. "15. Juli 2026 um 12:30". One format per language: the job writes many. */
export function formatMailDate(date: Date, locale: Locale): string {
  let format = mailDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: MAIL_TIME_ZONE });
    mailDateFormats.set(locale, format);
  }
  return format.format(date);
}

/**
 * A value inside a sentence (region name, title, place, operator) as its own directional run: FIRST STRONG ISOLATE
 * … POP DIRECTIONAL ISOLATE, so a German name keeps its order and brackets inside Arabic text and vice versa.
 * Control characters rather than <bdi>, because they survive the plain-text part and mail clients that drop
 * unknown tags; user text cannot close the run early, as forms refuse directional controls.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
