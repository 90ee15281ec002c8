import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startMailCatcher, type CaughtMail, type MailCatcher } from "@/e2e/support/mail-catcher";

/**
 * Every value that reaches a mail header (the subject built from the offer's title, the region's name and sender
 * name, the landlord's address) is tried with line breaks and header lines; the mail goes through a real SMTP
 * server and is parsed with mailparser. lib/env reads SMTP_URL once, so the app's modules are imported only after
 * the server is running.
 */

let catcher: MailCatcher;
let app: Awaited<ReturnType<typeof importApp>>;

async function importApp() {
  const [{ db }, lifecycle, transport, schema, support] = await Promise.all([
    import("@/lib/db/client"),
    import("@/lib/offers/lifecycle"),
    import("@/lib/mail/transport"),
    import("@/lib/offers/offer-schema"),
    import("@/tests/support/offers"),
  ]);
  return { db, ...lifecycle, ...transport, ...schema, ...support };
}

beforeAll(async () => {
  catcher = await startMailCatcher(0);
  process.env.SMTP_URL = catcher.url;
  process.env.MAIL_FROM = "Wohnraumbörse <wohnraum@kommune.example.test>";
  vi.resetModules();
  app = await importApp();
  await app.db().$connect();
});

afterAll(async () => {
  await catcher?.stop();
});

beforeEach(() => catcher.clear());

const injected = [
  ["CR LF", "\r\n"],
  ["LF", "\n"],
  ["CR", "\r"],
  ["NEL", "\u0085"],
  ["line separator", "\u2028"],
] as const;

/** Header names of the parsed mail, lower-cased. */
const headerNames = (mail: CaughtMail) => [...mail.parsed.headers.keys()];

function expectNoInjection(mail: CaughtMail) {
  expect(headerNames(mail)).not.toContain("bcc");
  expect(headerNames(mail)).not.toContain("x-injected");
  expect(headerNames(mail)).not.toContain("reply-to");
  expect(mail.envelopeTo.some((address) => address.endsWith("@evil.test"))).toBe(false);
  expect(mail.subject).not.toMatch(/[\r\n]/);
}

describe("mail headers cannot be injected", () => {
  it.each(injected)("through the offer title, the region's name and sender name (%s)", async (_case, lineBreak) => {
    const header = (name: string) => `${lineBreak}Bcc: ${name}@evil.test${lineBreak}X-Injected: yes${lineBreak}Reply-To: ${name}@evil.test`;
    const region = await app.createTestRegion();
    await app.db().region.update({
      where: { slug: region.slug },
      data: { name: `Stadt Testort${header("name")}`, senderName: `Wohnraumbörse Testort${header("sender")}` },
    });
    const landlord = `vermieterin-${region.slug}@example.test`;
    // The schema refuses such a title (singleLineText); stored anyway, it must still not reach a header as a line.
    const offer = { ...app.validOffer({ contactEmail: landlord }), title: `Helle Wohnung${header("title")}` };
    const { offerId } = await app.submitOffer(region, offer, "de");

    // Sent as the outbox sends it (deliverDueMails), but only this mail: on a shared PostgreSQL database the
    // outbox also holds other tests' mails, which are not this test's to send.
    const queued = await app.db().outboxMail.findFirstOrThrow({ where: { offerId }, include: { region: true } });
    await app.sendMail({
      senderName: queued.region.senderName,
      to: queued.to,
      bcc: queued.bcc,
      subject: queued.subject,
      html: queued.html ?? "",
      text: queued.text ?? "",
      messageId: queued.messageId,
    });
    const mail = await catcher.waitForMail((caught) => caught.envelopeTo.includes(landlord), 5_000);
    expectNoInjection(mail);
    expect(mail.envelopeTo.sort()).toEqual([landlord, region.mailbox].sort());
    expect(mail.to).toEqual([landlord]);
    expect(mail.from).toBe("wohnraum@kommune.example.test");
    expect(mail.subject).toContain("Helle Wohnung Bcc: title@evil.test X-Injected: yes Reply-To: title@evil.test");
    // The sender name stays one display name: its line breaks are gone, nothing of it became a header.
    const senderName = mail.parsed.from?.value[0]?.name ?? "";
    expect(senderName).toMatch(/^Wohnraumbörse Testort/);
    expect(senderName).not.toMatch(/[\r\n]/);
  });

  it.each([
    ["a header line after CR LF", "vermieterin@example.test\r\nBcc: landlord@evil.test"],
    ["a header line after LF", "vermieterin@example.test\nBcc: landlord@evil.test"],
    ["a second address", "vermieterin@example.test, landlord@evil.test"],
    ["an address group", "Freunde: vermieterin@example.test, landlord@evil.test;"],
    ["a display name", '"Anna" <landlord@evil.test>'],
  ])("through the landlord's address: %s is refused by the schema and by the transport", async (_case, address) => {
    const checked = app.offerSchema.safeParse(app.validFormValues({ contactEmail: address }));
    expect(checked.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["contactEmail", "email"]]);

    await expect(
      app.sendMail({ to: address, subject: "Test", html: "<p>Test</p>", text: "Test\n", messageId: "<inject-test@kommune.example.test>" }),
    ).rejects.toThrow("Invalid recipient");
    await expect(
      app.sendMail({
        to: "vermieterin@example.test",
        bcc: address,
        subject: "Test",
        html: "<p>Test</p>",
        text: "Test\n",
        messageId: "<inject-test-bcc@kommune.example.test>",
      }),
    ).rejects.toThrow("Invalid recipient");
    // Reply-To holds a landlord's or a reporter's address in the municipality's mails.
    await expect(
      app.sendMail({
        to: "wohnraum@kommune.example.test",
        replyTo: address,
        subject: "Test",
        html: "<p>Test</p>",
        text: "Test\n",
        messageId: "<inject-test-reply-to@kommune.example.test>",
      }),
    ).rejects.toThrow("Invalid recipient");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(catcher.mails).toEqual([]);
  });
});
