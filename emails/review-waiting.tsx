import { Section, Text } from "@react-email/components";
import { createTranslator } from "next-intl";
import { MAIL_TIME_ZONE, mailTranslator, withFooter } from "./components/i18n";
import { MailLayout, textStyle } from "./components/mail-layout";
import { MailButton } from "./components/offer-parts";
import type { Messages } from "../lib/i18n/messages";
import type { RegionIdentity } from "../lib/regions/identity";
import de from "../messages/de.json";

export type ReviewWaitingProps = {
  /** German messages: the mail goes to municipal staff, who read German. */
  messages: Messages;
  regionName: string;
  identity?: Pick<RegionIdentity, "logoUrl" | "accentColor">;
  /** Offers (and changed texts) waiting longer than `days`, all waiting, and since when the longest waits. */
  overdue: number;
  waiting: number;
  days: number;
  oldestSince: Date;
  /** Absolute URL of the review queue page: it needs the staff session. */
  queueUrl: string;
};

/** The municipal mailbox's reminder, at most once a day, of offers waiting longer than two days for the check. */
export default function ReviewWaiting({ messages, regionName, identity, overdue, waiting, days, oldestSince, queueUrl }: ReviewWaitingProps) {
  const t = createTranslator({
    locale: "de",
    messages,
    namespace: "Staff.mail.reviewWaiting",
    timeZone: MAIL_TIME_ZONE,
    onError(error) {
      throw error;
    },
  });
  const tLayout = mailTranslator("de", withFooter(messages, messages.Staff.mail.reviewWaiting.footer));
  return (
    <MailLayout locale="de" t={tLayout} regionName={regionName} identity={identity} preview={t("preview")} heading={t("heading", { count: overdue })}>
      <Text style={textStyle}>{t("intro", { regionName, count: overdue, days, oldestSince })}</Text>
      {waiting > overdue && <Text style={textStyle}>{t("allWaiting", { count: waiting })}</Text>}
      <Text style={textStyle}>{t("why")}</Text>
      <Section style={{ margin: "16px 0 8px" }}>
        <MailButton href={queueUrl}>{t("button")}</MailButton>
      </Section>
      <Text style={textStyle}>{t("signIn")}</Text>
    </MailLayout>
  );
}

ReviewWaiting.PreviewProps = {
  messages: de,
  regionName: "Stadt Augsburg",
  overdue: 3,
  waiting: 5,
  days: 2,
  oldestSince: new Date("2026-12-01T09:30:00Z"),
  queueUrl: "http://localhost:3000/augsburg/kommune/pruefen",
} satisfies ReviewWaitingProps;
