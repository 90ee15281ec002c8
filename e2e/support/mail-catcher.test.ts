import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linksIn, startMailCatcher, type MailCatcher } from "./mail-catcher";

describe("e2e mail catcher", () => {
  let catcher: MailCatcher;
  beforeAll(async () => {
    catcher = await startMailCatcher(0);
  });
  afterAll(async () => {
    await catcher?.stop();
  });

  it("receives mail over SMTP with envelope recipients, including BCC", async () => {
    const transport = nodemailer.createTransport(catcher.url);
    await transport.sendMail({
      from: "Wohnraumbörse <wohnraum@example.test>",
      to: "Anna Vermieterin <Anna@example.test>",
      bcc: "postfach@musterhausen.example.test",
      subject: "Bitte bestätigen Sie Ihr Angebot",
      text: "Bestätigen: http://127.0.0.1:3100/de/confirm?token=abc.\nDanke!",
      html: '<p><a href="http://127.0.0.1:3100/de/confirm?token=abc&amp;x=1">Bestätigen</a> <a href="/relative">x</a></p>',
    });
    transport.close();

    const mail = await catcher.waitForMail((m) => m.envelopeTo.includes("anna@example.test"), 5_000);
    expect(mail.envelopeTo.sort()).toEqual(["anna@example.test", "postfach@musterhausen.example.test"]);
    expect(mail.to).toEqual(["anna@example.test"]);
    expect(mail.envelopeFrom).toBe("wohnraum@example.test");
    expect(mail.subject).toBe("Bitte bestätigen Sie Ihr Angebot");
    expect(mail.parsed.headers.has("bcc")).toBe(false);
    expect(linksIn(mail)).toEqual([
      "http://127.0.0.1:3100/de/confirm?token=abc&x=1",
      "http://127.0.0.1:3100/de/confirm?token=abc",
    ]);
    expect(catcher.mails).toHaveLength(1);
    catcher.clear();
    expect(catcher.mails).toHaveLength(0);
  });

  it("times out with a list of what arrived", async () => {
    await expect(catcher.waitForMail(() => false, 300)).rejects.toThrow(/No matching mail within 300 ms/);
  });
});
