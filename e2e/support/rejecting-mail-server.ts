/**
 * An SMTP server that refuses some recipients (RCPT TO answered with 550), as a mail server does for an unknown
 * mailbox, and accepts the others. For specs that make the app handle a rejected recipient; mail-catcher.ts is
 * the server that accepts everything and parses the mails.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { SMTP_PORT } from "./constants";

export interface RejectingMailServer {
  port: number;
  /** The accepted RCPT TO addresses of every delivered mail, lower-cased, oldest first. */
  readonly deliveries: readonly string[][];
  stop(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 picks a free port). */
export async function startRejectingMailServer(
  rejects: (address: string) => boolean,
  port = SMTP_PORT,
): Promise<RejectingMailServer> {
  const deliveries: string[][] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onRcptTo(address, _session, callback) {
      if (!rejects(address.address.toLowerCase())) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      stream.on("end", () => {
        deliveries.push(session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()));
        callback();
      });
      stream.resume();
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => console.error("rejecting mail server:", error));

  return {
    port: (server.server.address() as AddressInfo).port,
    get deliveries() {
      return deliveries;
    },
    stop() {
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
