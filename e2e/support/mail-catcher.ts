/**
 * A real SMTP server for tests: the app sends through SMTP_URL, the test reads what arrived.
 *
 *   const catcher = await startMailCatcher();            // port 2525, see constants.ts
 *   const mail = await catcher.waitForMail((m) => m.envelopeTo.includes("anna@example.test"));
 *   const [confirmLink] = linksIn(mail).filter((href) => href.includes("/confirm"));
 *   await catcher.stop();
 *
 * `envelopeTo` holds the RCPT TO addresses, so BCC recipients (which no header shows) can be checked.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { SMTP_PORT } from "./constants";

export interface CaughtMail {
  /** MAIL FROM of the SMTP envelope. */
  envelopeFrom: string;
  /** RCPT TO addresses of the SMTP envelope (To, Cc and Bcc recipients alike), lower-cased. */
  envelopeTo: string[];
  /** Addresses of the To header, lower-cased. */
  to: string[];
  /** Addresses of the Cc header, lower-cased. */
  cc: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: Date;
  parsed: ParsedMail;
}

export interface MailCatcher {
  port: number;
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Every mail received so far, oldest first. */
  readonly mails: readonly CaughtMail[];
  /** Resolves with the first mail (received before or after the call) that matches; rejects after timeoutMs. */
  waitForMail(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  clear(): void;
  stop(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => (entry.address ?? "").toLowerCase())).filter(Boolean);
}

/**
 * Starts an SMTP server on 127.0.0.1 (port 0 picks a free port). No TLS, any or no authentication is accepted.
 * `refuses` names recipients it answers with 550, as a mail server does for an unknown mailbox; the mail still goes
 * to the others.
 */
export async function startMailCatcher(
  port = SMTP_PORT,
  refuses: (address: string) => boolean = () => false,
): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];

  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    size: 25 * 1024 * 1024,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onRcptTo(address, _session, callback) {
      if (!refuses(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const { mailFrom, rcptTo } = session.envelope;
          mails.push({
            envelopeFrom: mailFrom ? mailFrom.address.toLowerCase() : "",
            envelopeTo: rcptTo.map((recipient) => recipient.address.toLowerCase()),
            to: addresses(parsed.to),
            cc: addresses(parsed.cc),
            from: addresses(parsed.from)[0] ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: parsed.html || "",
            receivedAt: new Date(),
            parsed,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error("mail catcher:", error));
  const actualPort = (server.server.address() as AddressInfo).port;

  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    get mails() {
      return mails;
    },
    async waitForMail(predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = mails.find(predicate);
        if (match) return match;
        if (Date.now() > deadline) {
          const seen = mails.map((mail) => `  "${mail.subject}" to ${mail.envelopeTo.join(", ")}`).join("\n");
          throw new Error(`No matching mail within ${timeoutMs} ms. Received:\n${seen || "  (none)"}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    clear() {
      mails.length = 0;
    },
    stop() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&#x2F;/gi, "/")
    .replace(/&#47;/g, "/")
    .replace(/&#38;/g, "&")
    .replace(/&#x3D;/gi, "=")
    .replace(/&#61;/g, "=")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Absolute http(s) links in the mail: every href of the HTML part plus every URL in the text part, de-duplicated. */
export function linksIn(mail: Pick<CaughtMail, "html" | "text">): string[] {
  const links = new Set<string>();
  for (const match of mail.html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const href = decodeEntities((match[1] ?? match[2] ?? "").trim());
    if (/^https?:\/\//i.test(href)) links.add(href);
  }
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"'\])]+/gi)) {
    links.add(match[0].replace(/[.,;:!?]+$/, ""));
  }
  return [...links];
}
