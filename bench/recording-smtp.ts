import { SMTPServer } from "smtp-server";

/** One delivery as the mail server saw it: one Message-ID to one envelope recipient. */
export type Delivery = { messageId: string; recipient: string };

/**
 * A mail server that accepts every mail and records each (Message-ID, recipient) pair it receives, so a test can
 * tell a mail delivered twice from one delivered once.
 */
export async function startRecordingSmtp(port: number): Promise<{ deliveries: () => Delivery[]; stop: () => Promise<void> }> {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const message = Buffer.concat(chunks).toString("utf8");
        const headers = message.slice(0, message.search(/\r?\n\r?\n/));
        const messageId = /^message-id:\s*(<[^>\r\n]+>)/im.exec(headers)?.[1] ?? "";
        for (const { address } of session.envelope.rcptTo) deliveries.push({ messageId, recipient: address.toLowerCase() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return { deliveries: () => deliveries, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
