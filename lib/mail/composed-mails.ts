import "server-only";
import type { MailComposition } from "@/lib/db/generated/enums";

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

/**
 * Writes a queued mail of one composition: its subject, bodies and unsubscribe URL as of now, or null when it is no
 * longer to be sent.
 */
export type MailComposer = (mail: MailToCompose) => Promise<ComposedMail | null>;

/**
 * The composer of each composition, registered by the domain whose mails they are, when its module is loaded
 * (lib/alerts/alert-mails.ts, lib/offers/offer-mails.ts): this module, and the outbox that uses it, import no domain.
 * The scheduled job, which queues these mails and delivers them, loads both domains.
 */
const composers = new Map<MailComposition, MailComposer>();

export function registerMailComposer(composition: MailComposition, composer: MailComposer): void {
  composers.set(composition, composer);
}

/**
 * The mail as of now, or null when it is no longer to be sent. Throws when no domain registered its composition, so
 * the deliverer counts a failed attempt and keeps the mail for the next one.
 */
export function composeMail(mail: MailToCompose): Promise<ComposedMail | null> {
  const composer = composers.get(mail.composition);
  if (!composer) throw new Error(`No composer registered for ${mail.composition} mails`);
  return composer(mail);
}
