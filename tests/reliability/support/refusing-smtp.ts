/**
 * A real SMTP server for the reliability tests that plays an outage: it answers the first `refusals` mails
 * (after reading them in full) with "451 try again later", then accepts. Every attempt is recorded with its
 * Message-ID, so a test sees what was tried and what was delivered.
 *
 *   const smtp = await startRefusingSmtp({ refusals: 2 });
 *   process.env.SMTP_URL = smtp.url;   // before the app's env is first read
 */
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type SmtpAttempt = {
  messageId: string;
  /** RCPT TO addresses, lower-cased (the landlord and the BCC mailbox). */
  envelopeTo: string[];
  subject: string;
  text: string;
  /** The Reply-To header's address, if any. */
  replyTo: string | undefined;
  accepted: boolean;
};

export type RefusingSmtp = {
  url: string;
  readonly attempts: readonly SmtpAttempt[];
  /** Mails the server accepted, i.e. delivered. */
  delivered(): SmtpAttempt[];
  /** Refuse the next `count` mails (an outage starting now). */
  refuseNext(count: number): void;
  /** Refuse every mail to `address` (a mailbox that is full for now). */
  refuseMailTo(address: string): void;
  stop(): Promise<void>;
};

export async function startRefusingSmtp({ refusals = 0 } = {}): Promise<RefusingSmtp> {
  const attempts: SmtpAttempt[] = [];
  let refuse = refusals;
  const refusedAddresses = new Set<string>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase());
          const accepted = refuse <= 0 && !envelopeTo.some((address) => refusedAddresses.has(address));
          if (refuse > 0) refuse--;
          attempts.push({
            messageId: parsed.messageId ?? "",
            envelopeTo,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            replyTo: parsed.replyTo?.value[0]?.address,
            accepted,
          });
          if (accepted) return callback();
          // Quoting the recipients, as many real servers do.
          const recipients = session.envelope.rcptTo.map((recipient) => `<${recipient.address}>`).join(", ");
          callback(Object.assign(new Error(`Mail service unavailable for ${recipients}, try again later`), { responseCode: 451 }));
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    get attempts() {
      return attempts;
    },
    delivered: () => attempts.filter((attempt) => attempt.accepted),
    refuseNext(count) {
      refuse = count;
    },
    refuseMailTo(address) {
      refusedAddresses.add(address.toLowerCase());
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
