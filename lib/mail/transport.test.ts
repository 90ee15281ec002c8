import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// lib/env.ts parses process.env once when imported: each test sets the environment, then imports afresh.
const savedEnv = { ...process.env };

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  process.env = { ...savedEnv };
});

type Received = { mailFrom: string; rcptTo: string[]; raw: Buffer };

async function startSmtpServer(options: { rejectRecipients?: boolean } = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 100,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipients) {
        const error = new Error(`Mailbox ${address.address} unavailable`) as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          rcptTo: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const message = {
  to: "vermieterin@example.org",
  bcc: "wohnraum@kommune.example.org",
  subject: "Ihr Wohnraumangebot „Helle Wohnung“ ist online",
  html: '<!DOCTYPE html><html lang="de"><body><p>Hallo <a href="https://wohnraum.example.org/x">Link</a></p></body></html>',
  text: "Hallo Link https://wohnraum.example.org/x\n",
  messageId: "<7f1c2a9e-1111-4c4c-9b9b-123456789abc@wohnraum.example.org>",
};

describe("sendMail over SMTP", () => {
  it("delivers to the recipient and the BCC address, with the given Message-ID, without a Bcc header, and with Reply-To when given", async () => {
    const smtp = await startSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      process.env.MAIL_FROM = "Wohnraumbörse Test <noreply@wohnraum.example.org>";
      process.env.MAILBOX_DIR = path.join(tmpdir(), "must-not-be-created");
      const { sendMail } = await import("./transport");

      await sendMail(message);

      expect(smtp.received).toHaveLength(1);
      const [delivery] = smtp.received;
      expect(delivery.mailFrom).toBe("noreply@wohnraum.example.org");
      expect(delivery.rcptTo.sort()).toEqual(["vermieterin@example.org", "wohnraum@kommune.example.org"]);
      expect(delivery.raw.toString("utf8")).not.toMatch(/^bcc:/im);

      const parsed = await simpleParser(delivery.raw);
      expect(parsed.messageId).toBe(message.messageId);
      expect(parsed.headers.has("bcc")).toBe(false);
      expect(parsed.subject).toBe(message.subject);
      expect(parsed.from?.text).toContain("noreply@wohnraum.example.org");
      expect(parsed.html).toContain('href="https://wohnraum.example.org/x"');
      expect(parsed.text).toContain("https://wohnraum.example.org/x");
      expect(parsed.headers.get("auto-submitted")).toBe("auto-generated");
      expect(parsed.replyTo).toBeUndefined();

      // With a Reply-To, an answer goes there; it is a header, not a recipient.
      await sendMail({ ...message, replyTo: "kontakt@kommune.example.org", messageId: "<reply-to@wohnraum.example.org>" });
      const answered = await simpleParser(smtp.received[1].raw);
      expect(answered.replyTo?.value.map((address) => address.address)).toEqual(["kontakt@kommune.example.org"]);
      expect(smtp.received[1].rcptTo.sort()).toEqual(["vermieterin@example.org", "wohnraum@kommune.example.org"]);
    } finally {
      await smtp.close();
    }
  });

  it("keeps the Message-ID stable across retries, shows the region's sender name and takes a Message-ID without brackets", async () => {
    const smtp = await startSmtpServer();
    try {
      process.env.SMTP_URL = smtp.url;
      process.env.MAIL_FROM = "Wohnraumbörse <noreply@wohnraum.example.org>";
      const { sendMail } = await import("./transport");

      const retry = { ...message, senderName: "Wohnraumbörse Stadt Augsburg", bcc: null };
      await sendMail(retry);
      await sendMail({ ...retry, messageId: "7f1c2a9e-1111-4c4c-9b9b-123456789abc@wohnraum.example.org" });

      expect(smtp.received).toHaveLength(2);
      for (const delivery of smtp.received) {
        expect(delivery.rcptTo).toEqual(["vermieterin@example.org"]);
        expect(delivery.mailFrom).toBe("noreply@wohnraum.example.org");
        expect((await simpleParser(delivery.raw)).from?.value).toEqual([
          { name: "Wohnraumbörse Stadt Augsburg", address: "noreply@wohnraum.example.org" },
        ]);
        expect((await simpleParser(delivery.raw)).messageId).toBe(message.messageId);
      }
    } finally {
      await smtp.close();
    }
  });

  it("throws when the server refuses the mail", async () => {
    const smtp = await startSmtpServer({ rejectRecipients: true });
    try {
      process.env.SMTP_URL = smtp.url;
      const { sendMail } = await import("./transport");
      await expect(sendMail(message)).rejects.toThrow();
      expect(smtp.received).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });

  it("throws when no server is listening", async () => {
    const smtp = await startSmtpServer();
    await smtp.close();
    process.env.SMTP_URL = smtp.url;
    const { sendMail } = await import("./transport");
    await expect(sendMail(message)).rejects.toThrow();
  });

  it("rejects a malformed Message-ID", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    const { sendMail } = await import("./transport");
    await expect(sendMail({ ...message, messageId: "no-at-sign" })).rejects.toThrow(/Message-ID/);
  });
});

describe("sendMail without SMTP_URL (development mailbox)", () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "wohnraum-mailbox-"));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("stores mails that listDevMails and readDevMail return, newest first", async () => {
    delete process.env.SMTP_URL;
    process.env.MAILBOX_DIR = path.join(dir, "nested", "mailbox"); // created on first use
    process.env.MAIL_FROM = "Wohnraumbörse Test <noreply@wohnraum.example.org>";
    const { sendMail } = await import("./transport");
    const { devMailboxEnabled, listDevMails, readDevMail } = await import("./dev-mailbox");

    expect(devMailboxEnabled()).toBe(true);
    expect(await listDevMails()).toEqual([]);

    await sendMail({ ...message, subject: "Erste\r\nMail" });
    await new Promise((resolve) => setTimeout(resolve, 5)); // distinct millisecond timestamps
    await sendMail({ ...message, subject: "Zweite Mail", bcc: null, messageId: "<second@wohnraum.example.org>" });

    const list = await listDevMails();
    expect(list.map((mail) => mail.subject)).toEqual(["Zweite Mail", "Erste Mail"]);
    expect(list[0].bcc).toBeNull();
    expect(list[1]).toMatchObject({ to: message.to, bcc: message.bcc });
    expect(list[0].date.getTime()).toBeGreaterThanOrEqual(list[1].date.getTime());

    const first = await readDevMail(list[1].id);
    expect(first).toMatchObject({
      id: list[1].id,
      from: "Wohnraumbörse Test <noreply@wohnraum.example.org>",
      to: message.to,
      bcc: message.bcc,
      subject: "Erste Mail",
      messageId: message.messageId,
      html: message.html,
      text: message.text,
    });

    // The raw message next to it is a complete mail (the development copy keeps the Bcc header for inspection).
    const files = (await readdir(process.env.MAILBOX_DIR)).sort();
    expect(files).toEqual([`${list[1].id}.eml`, `${list[1].id}.json`, `${list[0].id}.eml`, `${list[0].id}.json`]);
    const parsed = await simpleParser(await readFile(path.join(process.env.MAILBOX_DIR, `${list[1].id}.eml`)));
    expect(parsed.messageId).toBe(message.messageId);
    expect(parsed.subject).toBe("Erste Mail");
    expect(parsed.text).toContain("https://wohnraum.example.org/x");
  });

  it("accepts only well-formed ids", async () => {
    delete process.env.SMTP_URL;
    process.env.MAILBOX_DIR = dir;
    const { sendMail } = await import("./transport");
    const { listDevMails, readDevMail } = await import("./dev-mailbox");
    await sendMail(message);
    const [{ id }] = await listDevMails();
    expect(id).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{8}$/);
    expect(await readDevMail(id)).not.toBeNull();

    for (const bad of [
      "",
      "../../etc/passwd",
      `${id}/../${id}`,
      `${id}.json`,
      `${id} `,
      id.toUpperCase().replace("Z-", "z-"),
      "20260101T000000000Z-zzzzzzzz",
    ]) {
      expect(await readDevMail(bad)).toBeNull();
    }
    expect(await readDevMail("20260101T000000000Z-00000000")).toBeNull(); // well-formed but unknown
  });

  it("is disabled while SMTP_URL is set", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:25";
    const { devMailboxEnabled } = await import("./dev-mailbox");
    expect(devMailboxEnabled()).toBe(false);
  });
});
