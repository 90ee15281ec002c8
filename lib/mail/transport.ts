import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { saveDevMail } from "./dev-mailbox";

/**
 * The one way mail leaves the app. With SMTP_URL it goes to that server; without, it is stored in the
 * development mailbox (MAILBOX_DIR, shown at /dev/mailbox).
 */
export type MailMessage = {
  /** The region's sender name, shown in front of MAIL_FROM's address; MAIL_FROM as it is without one. */
  senderName?: string;
  to: string;
  /** Receives the mail without appearing in the delivered headers (the municipality's mailbox). */
  bcc?: string | null;
  /** Where a press of "Reply" sends the answer, instead of MAIL_FROM's address. */
  replyTo?: string | null;
  subject: string;
  html: string;
  text: string;
  /** "<unique@host>" (angle brackets optional); the same on every retry so receivers can drop duplicates. */
  messageId: string;
  /** An https URL a POST to which unsubscribes at once (RFC 8058 one-click; a search alert's mails). */
  listUnsubscribe?: string | null;
};

let smtpTransport: ReturnType<typeof nodemailer.createTransport> | undefined;

function smtp(url: string) {
  // One connection per mail: the volume is small, and no idle socket outlives a send (or keeps a script alive).
  smtpTransport ??= nodemailer.createTransport({
    url,
    // Fail within a minute instead of holding the outbox for nodemailer's default ten.
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
    // Mails carry no attachments; nothing may make nodemailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return smtpTransport;
}

let streamTransport: ReturnType<typeof nodemailer.createTransport> | undefined;

function stream() {
  streamTransport ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return streamTransport;
}

function sender(senderName: string | undefined): string {
  if (!senderName) return env.MAIL_FROM;
  const address = /<([^>]+)>/.exec(env.MAIL_FROM)?.[1] ?? env.MAIL_FROM;
  return `"${senderName.replace(/["\\\p{Cc}]/gu, "")}" <${address}>`;
}

/** Sends one mail; resolves once the SMTP server accepted it (or it is stored in the development mailbox). */
export async function sendMail(message: MailMessage): Promise<void> {
  const mail = {
    from: sender(message.senderName),
    to: singleRecipient(message.to),
    bcc: message.bcc ? singleRecipient(message.bcc) : undefined,
    replyTo: message.replyTo ? singleRecipient(message.replyTo) : undefined,
    subject: oneLine(message.subject),
    html: message.html,
    text: message.text,
    messageId: normalizeMessageId(message.messageId),
    // RFC 3834: tells mail servers not to send out-of-office or other automatic replies.
    headers: {
      "Auto-Submitted": "auto-generated",
      // RFC 8058: the mail program offers "unsubscribe", which POSTs "List-Unsubscribe=One-Click" to the URL.
      ...(message.listUnsubscribe && {
        "List-Unsubscribe": `<${oneLine(message.listUnsubscribe)}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      }),
    },
    disableFileAccess: true,
    disableUrlAccess: true,
  };

  if (env.SMTP_URL) {
    // Throws when the server accepts no recipient at all. A partly accepted mail counts as sent: a retry would
    // deliver it again to those who already have it.
    const info = await smtp(env.SMTP_URL).sendMail(mail);
    const rejected: string[] = info.rejected ?? [];
    if (rejected.length > 0) {
      // The count only: addresses are personal data and stay out of the log.
      console.warn(`Mail ${mail.messageId}: the SMTP server rejected ${rejected.length} of its recipients`);
    }
    return;
  }

  const info = await stream().sendMail(mail);
  const raw = Buffer.isBuffer(info.message) ? info.message : Buffer.from(String(info.message));
  await saveDevMail(
    {
      from: mail.from,
      to: mail.to,
      bcc: mail.bcc ?? null,
      replyTo: mail.replyTo ?? null,
      subject: mail.subject,
      messageId: mail.messageId,
      html: mail.html,
      text: mail.text,
    },
    raw,
  );
}

// nodemailer reads a recipient string as a list: "a@x.de, b@y.de" or a line break followed by "Bcc: b@y.de"
// would add recipients. Each of ours is exactly one bare address; anything else fails the mail.
const bareAddress = /^[^\s\p{Cc}",;:<>()[\]\\@]+@[^\s\p{Cc}",;:<>()[\]\\@]+$/u;

function singleRecipient(address: string): string {
  // The error names no address: it is stored with the outbox row and may be logged.
  if (!bareAddress.test(address)) throw new Error("Invalid recipient: not a single e-mail address");
  return address;
}

function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
}

function normalizeMessageId(value: string): string {
  const bare = value.trim().replace(/^<(.*)>$/, "$1");
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(bare)) throw new Error(`Invalid Message-ID: ${JSON.stringify(value)}`);
  return `<${bare}>`;
}
