import "server-only";
import { composeAlertReminderMail, composeSearchAlertMail } from "@/lib/alerts/alert-mails";
import type { MailComposition } from "@/lib/db/generated/enums";
import { composeOfferReminderMail } from "@/lib/offers/offer-mails";

/**
 * The jobs queue the mails they write (search alerts, reminders) without bodies, in one set-based statement:
 * rendering thousands of mails inside the job's transaction and storing their bodies took far longer than finding
 * out who gets one. The deliverer composes each mail when it sends it, from the current state of what it reports,
 * so an offer deleted or an alert ended meanwhile is not mailed about; a mail with nothing left to tell is dropped.
 */
export type ComposedMail = { subject: string; html: string; text: string; listUnsubscribe?: string };

/** An outbox row queued for composition, as the deliverer claimed it. */
export type MailToCompose = {
  composition: MailComposition;
  offerId: string | null;
  searchAlertId: string | null;
  alertOfferIds: string[];
  alertMatchCount: number | null;
  reminderFor: Date | null;
};

/** The mail's subject, bodies and unsubscribe URL as of now, or null when it is no longer to be sent. */
export function composeMail(mail: MailToCompose): Promise<ComposedMail | null> {
  switch (mail.composition) {
    case "SEARCH_ALERT":
      return composeSearchAlertMail(mail);
    case "ALERT_REMINDER":
      return composeAlertReminderMail(mail);
    case "OFFER_REMINDER":
      return composeOfferReminderMail(mail);
  }
}
