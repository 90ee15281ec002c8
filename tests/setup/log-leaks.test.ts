import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeLeaks, findLeaks, nonPersonalAddresses } from "../../e2e/support/log-leaks";
import { startMailCatcher } from "../../e2e/support/mail-catcher";

// The rules that tests/setup/log-leaks.ts and e2e/server-log.teardown.ts apply to what the app prints.
const rules = { allowedAddresses: nonPersonalAddresses("Wohnraumbörse <wohnraum@example.test>") };

describe("finding personal data in log output", () => {
  it("finds a landlord's address but not the sender's, a municipal mailbox or a Message-ID", () => {
    const log = [
      "Mail to wohnraum@augsburg.de sent",
      'Mail from "Wohnraumbörse" <wohnraum@example.test>',
      "Mail <7f1c2a9e-1111-4c4c-9b9b-123456789abc@wohnraum.example.org>: the SMTP server rejected 1 of its recipients",
      "Error: 550 rejected <Vermieterin-3f9a@example.test>",
    ].join("\n");
    expect(findLeaks(log, rules)).toEqual([
      { line: 4, kind: "e-mail address", excerpt: "Error: 550 rejected <[Ver…(29 characters)]>" },
    ]);
  });

  it("finds phone numbers as landlords type them, but not times, ports, durations or parts of a Message-ID", () => {
    const log = [
      "contact: +49 170 1234567",
      "contact: 0821 987654",
      "GET /uk/augsburg/findflats 200 in 0.0170 1234ms",
      "Ready in 1034ms on http://127.0.0.1:3100",
      "2026-11-26T12:00:00.000Z 08:00 1234567",
      "mail <0282a363-0823-4567-0170-123456789abc@127.0.0.1> sent",
      "mail <0282a363-0823-4567-0170-1234567890ab@127.0.0.1> sent",
    ].join("\n");
    expect(findLeaks(log, rules).map((leak) => [leak.line, leak.kind])).toEqual([
      [1, "phone number"],
      [2, "phone number"],
    ]);
  });

  it("finds a link token, also inside a URL, but not a hex digest of the same length", () => {
    const token = randomBytes(32).toString("base64url").replace(/^./, "Q").replace(/.$/, "z");
    const log = [
      `GET /musterhausen/angebot/${token}/bestaetigen 500`,
      `Failed to find Server Action "${randomBytes(21).toString("hex")}0"`,
    ].join("\n");
    const leaks = findLeaks(log, rules);
    expect(leaks.map((leak) => [leak.line, leak.kind])).toEqual([[1, "link token"]]);
    expect(describeLeaks(leaks, "log").join()).not.toContain(token);
  });

  it("finds given names and secrets case by case, and masks them in the description", () => {
    const leaks = findLeaks("submitted by ERIKA GASTFREUNDLICH with secret-0123456789", {
      ...rules,
      names: ["Erika Gastfreundlich"],
      secrets: ["secret-0123456789"],
    });
    expect(describeLeaks(leaks, "log")).toEqual([
      'log line 1: name in "submitted by [ERI…(20 characters)] with [sec…(17 characters)]"',
      'log line 1: secret in "submitted by [ERI…(20 characters)] with [sec…(17 characters)]"',
    ]);
  });
});

describe("what the app logs about a refused recipient", () => {
  const savedSmtpUrl = process.env.SMTP_URL;
  afterEach(() => {
    vi.restoreAllMocks();
    if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtpUrl;
  });

  // The warning is checked like every test's output (tests/setup/log-leaks.ts) after this test.
  it("names the mail but not the address", async () => {
    const server = await startMailCatcher(0, (address) => address.startsWith("vermieterin"));
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${server.port}`;
      vi.resetModules(); // lib/env reads SMTP_URL once per module instance.
      const { sendMail } = await import("@/lib/mail/transport");
      const warn = vi.spyOn(console, "warn");
      await sendMail({
        to: "vermieterin-3f9a@example.org",
        bcc: "wohnraum@augsburg.de",
        subject: "Ihr Angebot",
        html: "<p>Hallo</p>",
        text: "Hallo",
        messageId: "<7f1c2a9e-1111-4c4c-9b9b-123456789abc@wohnraum.example.org>",
      });
      expect(server.mails.map((mail) => mail.envelopeTo)).toEqual([["wohnraum@augsburg.de"]]);
      expect(warn.mock.calls.join("\n")).toContain("the SMTP server rejected 1 of its recipients");
      expect(warn.mock.calls.join("\n")).not.toContain("vermieterin");
    } finally {
      await server.stop();
    }
  });
});
